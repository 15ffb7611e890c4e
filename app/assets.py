"""Fetch GraphiQL's bundles from the npm registry, verify them against graphiql.lock.json, unpack them."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from app.graphiql import GRAPHIQL_DIR, assets_present

LOCK_FILE = Path(__file__).resolve().parent.parent / "graphiql.lock.json"


class AssetError(RuntimeError):
    pass


def _integrity(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def fetch_graphiql_assets(force: bool = False) -> list[str]:
    """Returns the files written; does nothing when they are already there (unless `force`)."""
    if assets_present() and not force:
        return []
    npm = shutil.which("npm")
    if npm is None:
        raise AssetError("npm is needed to fetch GraphiQL (Node.js and npm are on every project machine)")
    lock = json.loads(LOCK_FILE.read_text())
    GRAPHIQL_DIR.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for package in lock["packages"]:
            spec = f"{package['name']}@{package['version']}"
            result = subprocess.run(  # noqa: S603 - fixed argv, no shell
                [npm, "pack", spec, "--silent", "--pack-destination", tmp],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                raise AssetError(f"npm pack {spec} failed: {result.stderr.strip()[-300:]}")
            tarball = Path(tmp) / result.stdout.strip().splitlines()[-1]
            if _integrity(tarball) != package["integrity"]:
                raise AssetError(f"{spec}: the tarball does not match the integrity in graphiql.lock.json")
            with tarfile.open(tarball, "r:gz") as archive:
                for member_name, target in package["files"].items():
                    member = archive.extractfile(member_name)
                    if member is None:
                        raise AssetError(f"{spec}: {member_name} is missing from the package")
                    (GRAPHIQL_DIR / target).write_bytes(member.read())
                    written.append(target)
    return written
