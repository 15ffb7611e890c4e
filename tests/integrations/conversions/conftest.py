from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.accounts.models import Organization
from app.leads.models import Lead
from app.leads.services import upsert_meta_lead
from schema.relay import to_global_id
from tests.fakes.meta import FakeMeta, connect_org
from tests.fakes.meta import meta_fixture as meta  # noqa: F401  # the fixture
from tests.support import GraphQLClient, make_org, make_user

CONFIGURE = """
mutation($input: ConfigureMetaConversionsInput!) {
  configureMetaConversions(input: $input) {
    metaConversions { datasetId enabled legalBasis stageEvents { leadStatus eventName } pending sentLast24h }
    errors { field code message }
  }
}
"""

HEALTH = """
{ metaConversions { datasetId enabled lastUploadAt sentLast24h failedLast24h pending droppedLast7d warnings }
  integrationHealth { metaConversions { sentLast24h pending } } }
"""

STAGES = [
    {"leadStatus": "NEW", "eventName": "Lead"},
    {"leadStatus": "CONTACTED", "eventName": "Contacted"},
    {"leadStatus": "QUALIFIED", "eventName": "Marketing Qualified Lead"},
    {"leadStatus": "CONVERTED", "eventName": "Converted"},
]


@dataclass
class Capi:
    org: Organization
    gql: GraphQLClient
    http: httpx.AsyncClient
    meta: FakeMeta
    _seq: int = 0

    async def configure(self, **overrides: Any) -> dict[str, Any]:
        payload = {"datasetId": self.meta.DATASET_ID, "stageEvents": STAGES, **overrides}
        body = await self.gql(CONFIGURE, {"input": payload})
        assert not body.get("errors"), body
        return body["data"]["configureMetaConversions"]

    async def meta_lead(
        self, email: str | None = "John_Smith@gmail.com", phone: str | None = "+16505551212"
    ) -> tuple[Lead, str]:
        """A Lead Ads lead as the webhook ingest stores it (the emulator knows its leadgen id)."""
        self._seq += 1
        leadgen_id = f"1305289340{self._seq:06d}"
        self.meta.add_lead(self.meta.FORM_ID, {"email": [email or ""]}, leadgen_id=leadgen_id)
        lead = await upsert_meta_lead(
            self.org.id,
            meta_lead_id=leadgen_id,
            created_time=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
            full_name="John Smith",
            email=email,
            phone=phone,
            answers=[],
        )
        assert lead is not None
        return lead, leadgen_id

    async def set_status(self, lead: Lead, status: str) -> None:
        await self.gql.data(
            "mutation($i: SetLeadStatusInput!) { setLeadStatus(input: $i) { errors { code } } }",
            {"i": {"id": to_global_id("Lead", lead.id), "status": status}},
        )

    def events_for(self, leadgen_id: str) -> list[dict[str, Any]]:
        return [r["event"] for r in self.meta.capi_events if str(r["event"]["user_data"]["lead_id"]) == leadgen_id]


@pytest.fixture
async def capi(client: httpx.AsyncClient, meta: FakeMeta) -> Capi:  # noqa: F811
    org = await make_org()
    _, token = await make_user(org)
    await connect_org(org, meta)
    return Capi(org=org, gql=GraphQLClient(client, token), http=client, meta=meta)
