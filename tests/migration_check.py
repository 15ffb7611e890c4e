"""Apply every migration to a scratch PostgreSQL database, then ask aerich for a diff (must be empty).

Run as a subprocess by tests/test_migrations.py so aerich's own ORM context does not touch the suite's.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

import asyncpg


async def main() -> int:
    admin = os.environ.get("QUANTIX_TEST_PG", "postgres://postgres@127.0.0.1:5432")
    name = f"quantix_migcheck_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(f"{admin}/postgres")
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()
    os.environ["DATABASE_URL"] = f"{admin}/{name}"
    os.environ["QUANTIX_ENV"] = "test"
    from aerich import Command

    from app.db import tortoise_config

    source = Path(__file__).resolve().parent.parent / "migrations"
    with tempfile.TemporaryDirectory() as tmp:
        location = Path(tmp) / "migrations"
        shutil.copytree(source, location)
        try:
            command = Command(tortoise_config=tortoise_config(with_aerich=True), location=str(location))
            await command.init()
            await command.upgrade(run_in_transaction=True)
            await command.init()  # reload the applied version aerich compares the models with
            diff = await command.migrate(name="drift", no_input=True)
            from tortoise import Tortoise

            policy = await Tortoise.get_connection("default").execute_query_dict("SELECT version FROM policy_version")
            await Tortoise.close_connections()
        finally:
            conn = await asyncpg.connect(f"{admin}/postgres")
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await conn.close()
    if diff:
        print(f"models and migrations differ: aerich generated {diff}")
        return 1
    if [row["version"] for row in policy] != ["1"]:
        print(f"the first migration must install policy version 1, found {policy}")
        return 1
    print("migrations match the models")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
