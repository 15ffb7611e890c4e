"""The hand-written reference for bench/leads_query.py: Starlette + asyncpg, no framework in between.

It answers `leads(first: 50) { [totalCount] edges { node { id fullName email status tags owner { id }
campaign { id name } } } }` the way the best hand-written code would, never doing more work than the API:
- one statement authenticates the session (the same checks as the API: not revoked, not expired, not idle, an
  active user, a member) and reads the organisation's maintained lead counter (the API's unfiltered count);
- one statement reads the 50 rows newest first with their campaign (a join) and their tags (an array);
- name and email are decrypted with the same keyring;
- one statement writes the page's audit events (one array per column through `unnest`, as app/orm.py does),
  the client IP sealed once for the page.
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
    'SELECT s.user_id, s.organization_id, o.lead_count FROM "session" s '
    'JOIN "user_account" u ON u.id = s.user_id '
    'JOIN "membership" m ON m.organization_id = s.organization_id AND m.user_id = s.user_id '
    'JOIN "organization" o ON o.id = s.organization_id '
    "WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() "
    "AND s.last_seen_at > now() - interval '7 days' AND u.status = 'ACTIVE'"
)
PAGE = (
    "SELECT l.id, l.full_name, l.email, l.status, l.owner_id, c.id AS campaign_id, c.name AS campaign_name, "
    'ARRAY(SELECT t.name FROM "lead_tag" t WHERE t.lead_id = l.id ORDER BY t.name) AS tags '
    'FROM "lead" l LEFT JOIN "campaign" c ON c.id = l.campaign_id '
    "WHERE l.organization_id = $1 ORDER BY l.created_at DESC, l.id DESC LIMIT 50"
)
AUDIT = (
    'INSERT INTO "audit_event" (id, created_at, organization_id, actor_user_id, action, target_type, target_id, '
    "ip_address, request_id) "
    "SELECT unnest($1::uuid[]), $2, $3, $4, 'lead.contact_read', 'Lead', unnest($5::text[]), $6, $7"
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
        rows = await conn.fetch(PAGE, org)
        edges = [
            {
                "node": {
                    "id": gid("Lead", r["id"]),
                    "fullName": decrypt(r["full_name"]),
                    "email": decrypt(r["email"]) if r["email"] else None,
                    "status": r["status"],
                    "tags": r["tags"],
                    "owner": {"id": gid("User", r["owner_id"])} if r["owner_id"] else None,
                    "campaign": (
                        {"id": gid("Campaign", r["campaign_id"]), "name": r["campaign_name"]}
                        if r["campaign_id"]
                        else None
                    ),
                }
            }
            for r in rows
        ]
        ip = request.client.host if request.client else ""
        await conn.execute(
            AUDIT,
            [uuid.uuid4() for _ in rows],
            dt.datetime.now(dt.UTC),
            org,
            viewer["user_id"],
            [str(r["id"]) for r in rows],
            encrypt(ip),
            uuid.uuid4().hex,
        )
    connection: dict[str, object] = {"edges": edges}
    if with_count:
        connection = {"totalCount": viewer["lead_count"], **connection}
    return JSONResponse({"data": {"leads": connection}})


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    app.state.pool = await asyncpg.create_pool(DSN, min_size=1, max_size=10)
    yield
    await app.state.pool.close()


app = Starlette(routes=[Route("/graphql", leads, methods=["POST"])], lifespan=lifespan)
