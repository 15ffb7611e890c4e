"""While an organisation is read-only its workflows pause (runs stay PENDING, no action taken) and Lead Ads
leads are still stored; when the subscription is active again the paused runs run."""

from __future__ import annotations

import httpx

from app.accounts.models import Role
from app.billing.models import BillingAccount, SubscriptionStatus
from app.billing.services import sync_subscription
from app.integrations.stripe.client import StripeClient
from app.leads.models import Lead
from app.messaging.models import WorkflowRun, WorkflowRunStatus
from app.sandbox.stripe import StripeEmulator
from app.settings import get_settings
from app.tasks.models import Task
from tests.billing.helpers import subscribe
from tests.factories.leads import make_lead
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import connect, drain
from tests.support import GraphQLClient, drain_jobs, make_user

CREATE_WORKFLOW = """mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) {
  workflow { id } errors { field code } } }"""
UPDATE_ORG = 'mutation { updateOrganization(input: {name: "Renamed"}) { errors { code } } }'


async def _lapse() -> None:
    account = await BillingAccount.get()
    account.status = SubscriptionStatus.CANCELED
    await account.save()


async def test_workflows_pause_while_read_only_and_resume_on_reactivation(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    owner, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    created = (
        await gql.data(
            CREATE_WORKFLOW,
            {
                "input": {
                    "name": "Call back",
                    "action": {"createTask": {"title": "Call back", "dueInMinutes": 60, "assignee": "LEAD_OWNER"}},
                }
            },
        )
    )["createWorkflow"]
    assert created["errors"] == []
    await _lapse()
    assert (await gql(UPDATE_ORG))["errors"][0]["extensions"]["reason"] == "SUBSCRIPTION_INACTIVE"

    org = await owner.memberships.all().first().prefetch_related("organization")
    lead = await make_lead(org.organization)
    await drain_jobs()
    run = await WorkflowRun.get(lead_key=lead.id)  # type: ignore[attr-defined]
    assert run.status is WorkflowRunStatus.PENDING
    assert await Task.all().count() == 0

    account = await BillingAccount.get()
    async with StripeClient(get_settings()) as client_:
        await sync_subscription(get_settings(), client_, str(account.stripe_subscription_id))  # Stripe says active
    await drain_jobs()
    run = await WorkflowRun.get(id=run.id)
    assert run.status is WorkflowRunStatus.COMPLETED, run.reason
    assert await Task.all().count() == 1


async def test_lead_ads_leads_are_stored_while_read_only(
    client: httpx.AsyncClient, stripe: StripeEmulator, meta: FakeMeta
) -> None:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    await connect(client, gql, meta)
    await drain()
    await _lapse()
    leadgen_id = meta.add_lead(meta.FORM_ID, {"full_name": ["Paid Or Not"], "email": ["kept@example.com"]})["id"]
    response = await meta.post_webhook(client, meta.leadgen_webhook(meta.PAGE_ID, meta.FORM_ID, leadgen_id))
    assert response.status_code == 200
    await drain()
    assert await Lead.filter(meta_lead_id=leadgen_id).count() == 1
