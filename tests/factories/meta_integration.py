"""Node factories for the Meta integration room's types (the ads catalogue's are in meta_emulator.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from schema.relay import to_global_id
from tests.factories.meta_emulator import _meta_id


async def _meta_connection(org: Organization, user: User) -> str:
    from app.integrations.meta.connection import meta_user_bidx
    from app.integrations.meta.models import MetaConnection

    meta_user = _meta_id()
    row = await MetaConnection.create(
        organization=org,
        meta_user_id=meta_user,
        meta_user_bidx=meta_user_bidx(meta_user),
        access_token="EAAtest",
        granted_scopes=["ads_read"],
        connected_by=user,
    )
    return to_global_id("MetaConnection", row.id)


async def _meta_page(org: Organization, user: User) -> str:
    from app.integrations.meta.models import Page

    row = await Page.create(organization=org, meta_id=_meta_id(), name="Page", tasks=["ADVERTISE"])
    return to_global_id("MetaPage", row.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "MetaConnection": _meta_connection,
    "MetaPage": _meta_page,
}
