"""The Meta emulator for tests, with conveniences: install it as the Graph transport, post signed webhooks.

async def test_x(meta: FakeMeta, client): ...   # fixture from `meta_fixture` (import it in a conftest)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from app.integrations.meta.graph import THROTTLE
from app.integrations.meta.transport import set_meta_transport
from app.sandbox.meta import DEFAULT_APP_ID, MAX_BATCH, GraphError, MetaEmulator, Token, iso
from app.sandbox.meta.testing import FaultInjectingEmulator
from app.settings import get_settings

__all__ = [
    "DEFAULT_APP_ID",
    "MAX_BATCH",
    "FakeMeta",
    "GraphError",
    "MetaEmulator",
    "Token",
    "connect_org",
    "iso",
    "meta_fixture",
]


class FakeMeta(FaultInjectingEmulator):
    """A seeded emulator with the test settings' app id/secret, installable as the Meta transport."""

    def __init__(self, *, seed: bool = True, require_appsecret_proof: bool = False) -> None:
        settings = get_settings()
        super().__init__(
            app_id=settings.meta_app_id,
            app_secret=settings.meta_app_secret,
            require_appsecret_proof=require_appsecret_proof,
            seed=seed,
        )

    def transport(self) -> httpx.ASGITransport:
        return httpx.ASGITransport(app=self.app)

    def install(self) -> FakeMeta:
        set_meta_transport(self.transport())
        return self

    @staticmethod
    def uninstall() -> None:
        set_meta_transport(None)

    def graph_calls(self, path_regex: str = "") -> int:
        """HTTP requests received (a batch counts once; its operations are in `calls()` with `batch: True`)."""
        return len([r for r in self.calls(path_regex) if not r.get("batch")])

    async def post_webhook(
        self, client: httpx.AsyncClient, body: bytes, *, bad_signature: bool = False, path: str = "/webhooks/meta"
    ) -> httpx.Response:
        """Deliver a notification to our app exactly as Meta would (signed raw bytes)."""
        return await client.post(path, content=body, headers=self.webhook_headers(body, bad_signature=bad_signature))

    async def deliver_lead(
        self,
        client: httpx.AsyncClient,
        field_data: dict[str, list[str]],
        *,
        form_id: str | None = None,
        ad_id: str | None = None,
        **lead: Any,
    ) -> tuple[str, httpx.Response]:
        """Create a lead at 'Meta' and post its leadgen webhook; returns (leadgen id, our response)."""
        form_id = form_id or self.FORM_ID
        created = self.add_lead(form_id, field_data, ad_id=ad_id, **lead)
        body = self.leadgen_webhook(
            self.objects[form_id]["page_id"], form_id, created["id"], ad_id=ad_id, created_time=int(created["_created"])
        )
        return created["id"], await self.post_webhook(client, body)


@pytest.fixture(name="meta")
async def meta_fixture() -> AsyncIterator[FakeMeta]:
    """A fresh seeded FakeMeta installed as the Meta transport for one test (no usage pauses before or after)."""
    THROTTLE.clear()
    fake = FakeMeta().install()
    try:
        yield fake
    finally:
        FakeMeta.uninstall()
        THROTTLE.clear()


async def connect_org(org: Any, fake: MetaEmulator, *, token: str | None = None, select_all: bool = False) -> Any:
    """Store a working Meta connection for `org` (what a completed OAuth connect leaves behind)."""
    from app.integrations.meta.models import ConnectionStatus, MetaConnection
    from app.security.crypto import PLATFORM_SCOPE, blind_index

    token = token or fake.user_token()
    user_id = fake.USER_ID
    return await MetaConnection.create(
        organization=org,
        meta_user_id=user_id,
        meta_user_bidx=blind_index(PLATFORM_SCOPE, "meta_user", user_id),
        meta_user_name="Dana Demo",
        access_token=token,
        status=ConnectionStatus.CONNECTED,
        granted_scopes=list(fake.user_scopes.get(user_id, [])),
    )
