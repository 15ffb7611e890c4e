"""The hand-written reference for bench/leads_query.py: Starlette + asyncpg, no framework in between.

It does what the API does for `leads(first: 50) { [totalCount] edges { node { id fullName email status tags
owner { id } } } }`: authenticate the session, count (when asked), fetch 50 rows newest first, their tags,
decrypt name and email with the same keyring, write one audit event per lead read, and answer the same JSON.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import os
import uuid
from collections.abc import AsyncIterator

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.security.crypto import decrypt, encrypt
from app.security.tokens import token_hash

DSN = os.environ["QUANTIX_BENCH_DSN"]
AUTH = (
    'SELECT s.user_id, s.organization_id FROM "session" s '
    'JOIN "membership" m ON m.organization_id = s.organization_id AND m.user_id = s.user_id '
    "WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()"
)
COUNT = 'SELECT count(*) FROM "lead" WHERE organization_id = $1'
PAGE = (
    'SELECT id, full_name, email, status, owner_id FROM "lead" WHERE organization_id = $1 '
    "ORDER BY created_at DESC, id DESC LIMIT 50"
)
TAGS = 'SELECT lead_id, name FROM "lead_tag" WHERE lead_id = ANY($1::uuid[]) ORDER BY name'
AUDIT = (
    'INSERT INTO "audit_event" (id, created_at, organization_id, actor_user_id, action, target_type, target_id, '
    "ip_address, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
)


def gid(type_name: str, pk: object) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).rstrip(b"=").decode("ascii")


async def leads(request: Request) -> Response:
    body = await request.json()
    with_count = "totalCount" in body.get("query", "")
    bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    pool: asyncpg.Pool = request.app.state.pool
    async with pool.acquire() as conn:
        viewer = await conn.fetchrow(AUTH, token_hash(bearer))
        if viewer is None:
            return JSONResponse({"errors": [{"message": "unauthenticated"}]}, status_code=401)
        org = viewer["organization_id"]
        total = await conn.fetchval(COUNT, org) if with_count else None
        rows = await conn.fetch(PAGE, org)
        ids = [r["id"] for r in rows]
        tags: dict[uuid.UUID, list[str]] = {}
        for t in await conn.fetch(TAGS, ids):
            tags.setdefault(t["lead_id"], []).append(t["name"])
        edges = [
            {
                "node": {
                    "id": gid("Lead", r["id"]),
                    "fullName": decrypt(r["full_name"]),
                    "email": decrypt(r["email"]) if r["email"] else None,
                    "status": r["status"],
                    "tags": tags.get(r["id"], []),
                    "owner": {"id": gid("User", r["owner_id"])} if r["owner_id"] else None,
                }
            }
            for r in rows
        ]
        now = dt.datetime.now(dt.UTC)
        ip = request.client.host if request.client else ""
        request_id = uuid.uuid4().hex
        await conn.executemany(
            AUDIT,
            [
                (
                    uuid.uuid4(),
                    now,
                    org,
                    viewer["user_id"],
                    "lead.contact_read",
                    "Lead",
                    str(i),
                    encrypt(ip),
                    request_id,
                )
                for i in ids
            ],
        )
    connection: dict[str, object] = {"edges": edges}
    if with_count:
        connection = {"totalCount": total, **connection}
    return JSONResponse({"data": {"leads": connection}})


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    app.state.pool = await asyncpg.create_pool(DSN, min_size=1, max_size=10)
    yield
    await app.state.pool.close()


app = Starlette(routes=[Route("/graphql", leads, methods=["POST"])], lifespan=lifespan)
