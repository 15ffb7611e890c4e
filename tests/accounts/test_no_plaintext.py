"""A dump of every table after the account flows shows no contact detail, IP, user agent or secret in clear."""

from __future__ import annotations

import re

from tortoise import Tortoise

from app.accounts.models import Role
from app.mail.models import OutboxMail
from app.settings import get_settings
from tests.accounts.helpers import CREATE_TOKEN, INVITE, LOG_IN, enrol_mfa, sign_up
from tests.support import GraphQLClient, make_org, make_user


async def _dump() -> str:
    conn = Tortoise.get_connection("default")
    tables = [m._meta.db_table for app in Tortoise.apps.values() for m in app.values()]
    chunks = []
    for table in tables:
        if get_settings().is_sqlite:
            rows = await conn.execute_query_dict(f'SELECT * FROM "{table}"')
            chunks.extend(str(r) for r in rows)
        else:
            rows = await conn.execute_query_dict(f'SELECT t::text AS row FROM "{table}" t')
            chunks.extend(r["row"] for r in rows)
    return "\n".join(chunks)


async def test_database_dump_holds_no_plaintext(client) -> None:
    gql = GraphQLClient(client)
    founder = await sign_up(
        gql, email="Zebediah.Quill@example.org", fullName="Zebediah Quillfeather", phone="+44 20 7946 0958"
    )
    token = founder["token"]
    login = await gql(
        LOG_IN,
        {"input": {"email": "zebediah.quill@example.org", "password": "a long and unusual passphrase"}},
        **{"x-forwarded-for": "203.0.113.123", "user-agent": "QuillBrowser/9.9"},
    )
    assert login["data"]["logIn"]["token"]
    secret, codes = await enrol_mfa(gql, token)
    created = await gql.data(CREATE_TOKEN, {"input": {"name": "sync", "scopes": ["leads:read"]}}, token=token)
    api_secret = created["createApiToken"]["secret"]
    org = await make_org()
    _admin, admin_token = await make_user(org, role=Role.ADMIN)
    await gql.data(INVITE, {"input": {"email": "invitee.unique@example.net", "role": "VIEWER"}}, token=admin_token)
    mail = await OutboxMail.filter(kind="invitation").first()
    assert mail is not None
    invite_token = re.search(r"Invitation token: (\S+)", mail.body_text).group(1)  # type: ignore[union-attr]

    dump = (await _dump()).lower()
    for needle in [
        "zebediah.quill@example.org",
        "zebediah",
        "quillfeather",
        "+442079460958",
        "203.0.113.123",
        "quillbrowser",
        "invitee.unique",
        secret.lower(),
        codes[0].lower(),
        api_secret.lower(),
        token.lower(),
        invite_token.lower(),
    ]:
        assert needle not in dump, needle
