from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.accounts.models import Organization, Role
from tests.fakes.meta import FakeMeta
from tests.fakes.meta import meta_fixture as meta  # noqa: F401  # the fixture
from tests.support import GraphQLClient, assert_no_jobs_left, make_org, make_user

CONFIGURE = """
mutation($input: ConfigureWhatsAppInput!) {
  configureWhatsApp(input: $input) {
    whatsAppConfiguration { phoneNumberId businessAccountId displayPhoneNumber
      templates { name language category status parameterCount } }
    errors { field code message }
  }
}
"""

SEND = """
mutation($input: SendWhatsAppMessageInput!) {
  sendWhatsAppMessage(input: $input) {
    message { id status direction templateName templateCategory body }
    whatsAppMessage { id status direction templateName templateCategory body }
    errors { field code message }
  }
}
"""

MESSAGE = """
query($id: ID!) { node(id: $id) { ... on WhatsAppMessage { id status errorCode errorTitle metaMessageId
  sentAt deliveredAt readAt } } }
"""


async def run_jobs(rounds: int = 20, *, due_only: bool = False) -> None:
    """The fast path: run drains, then queued jobs through `run_job` (see tests/leads); fails when jobs are
    still pending after `rounds` rounds. test_worker.py runs the same through a real arq worker. Deferred jobs
    run at once unless `due_only` (then they wait for their time, as in a real queue)."""
    import datetime as dt

    from tortoise.expressions import Q

    from app.jobs import queue
    from app.jobs.models import Job, JobStatus

    backend = queue.backend()
    if isinstance(backend, queue.InProcessBackend):
        await backend.drain()
        return
    for _ in range(rounds):
        for name in queue.registered_drains():
            await queue.run_drain(name)
        queued = Job.filter(status=JobStatus.QUEUED)
        if due_only:
            queued = queued.filter(Q(run_after__isnull=True) | Q(run_after__lte=dt.datetime.now(dt.UTC)))
        pending = await queued.order_by("created_at")
        if not pending:
            return
        for job in pending:
            await queue.run_job(job.id)
    assert_no_jobs_left(await queued, rounds)


@dataclass
class WA:
    org: Organization
    gql: GraphQLClient
    http: httpx.AsyncClient
    meta: FakeMeta

    async def configure(self, **overrides: str) -> dict[str, Any]:
        values = {
            "phoneNumberId": self.meta.PHONE_NUMBER_ID,
            "businessAccountId": self.meta.WABA_ID,
            "accessToken": self.meta.system_user_token(),
            **overrides,
        }
        return (await self.gql.data(CONFIGURE, {"input": values}))["configureWhatsApp"]

    async def lead(self, phone: str = "+4915112345678", *, consent: bool = True) -> str:
        data = await self.gql.data(
            "mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } errors { code } } }",
            {"i": {"fullName": "Jane Doe", "phone": phone}},
        )
        lead_id = data["createLead"]["lead"]["id"]
        if consent:
            await self.consent(lead_id, True)
        return lead_id

    async def consent(self, lead_id: str, granted: bool) -> None:
        data = await self.gql.data(
            "mutation($i: SetLeadConsentInput!) { setLeadConsent(input: $i) { errors { code } } }",
            {
                "i": {
                    "leadId": lead_id,
                    "purpose": "WHATSAPP",
                    "granted": granted,
                    "source": "FORM",
                    "textShown": "Yes, send me WhatsApp messages from Acme Clinic",
                    "channel": "WEBSITE",
                }
            },
        )
        assert data["setLeadConsent"]["errors"] == []

    async def send(self, lead_id: str, **fields: Any) -> dict[str, Any]:
        return (await self.gql.data(SEND, {"input": {"leadId": lead_id, **fields}}))["sendWhatsAppMessage"]

    async def message(self, message_id: str) -> dict[str, Any]:
        return (await self.gql.data(MESSAGE, {"id": message_id}))["node"]

    async def webhook(self, body: bytes) -> None:
        response = await self.meta.post_webhook(self.http, body)
        assert response.status_code == 200, response.text
        await run_jobs()


REMINDER = {"name": "appointment_reminder", "language": "en_US", "parameters": ["Jane", "14:30"]}
OFFER = {"name": "spring_offer", "language": "de", "parameters": ["Jane"]}


@pytest.fixture
async def wa(client: httpx.AsyncClient, meta: FakeMeta) -> WA:  # noqa: F811
    org = await make_org()
    _, token = await make_user(org, role=Role.OWNER)
    return WA(org=org, gql=GraphQLClient(client, token), http=client, meta=meta)
