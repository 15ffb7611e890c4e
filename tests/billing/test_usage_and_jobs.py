"""Usage counts leads by the month they were created, erased ones included; billing jobs are for ADMINs."""

from __future__ import annotations

import datetime as dt

from app.accounts.models import Organization, Role
from app.jobs.models import Job, JobKind, JobStatus
from app.leads.models import Lead
from app.sandbox.stripe import StripeEmulator
from schema.relay import to_global_id
from tests.billing.helpers import SUBSCRIPTION, subscribe
from tests.factories.leads import make_lead
from tests.support import GraphQLClient, make_user

DELETE = "mutation($i: DeleteLeadInput!) { deleteLead(input: $i) { deletedLeadId errors { code } } }"
JOBS = "{ jobs(first: 50, filter: {kind: BILLING_EVENT}) { totalCount } }"


async def leads_this_period(gql: GraphQLClient) -> int:
    return int((await gql.data(SUBSCRIPTION))["organization"]["usage"]["leadsThisPeriod"])


async def test_erased_leads_count_in_the_month_they_were_created(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    user, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    org = await Organization.get(id=(await user.memberships.all())[0].organization_id)
    this_month = [await make_lead(org) for _ in range(3)]
    old = await make_lead(org)
    last_month = dt.datetime.now(dt.UTC).replace(day=1) - dt.timedelta(days=3)
    await Lead.filter(id=old.id).update(created_at=last_month)  # type: ignore[attr-defined]
    assert await leads_this_period(gql) == 3

    for lead in (this_month[0], old):
        payload = (await gql.data(DELETE, {"i": {"id": to_global_id("Lead", lead.id)}}))["deleteLead"]  # type: ignore[attr-defined]
        assert payload["errors"] == []
    # The lead of this month still counts once erased; last month's lead erased today does not.
    assert await leads_this_period(gql) == 3


async def test_admin_only_job_kinds_are_hidden_from_members(client) -> None:  # type: ignore[no-untyped-def]
    owner, owner_token = await make_user(role=Role.OWNER)
    org = await Organization.get(id=(await owner.memberships.all())[0].organization_id)
    job = await Job.create(organization=org, kind=JobKind.BILLING_EVENT, status=JobStatus.SUCCEEDED)
    _, admin_token = await make_user(org, role=Role.ADMIN)
    _, member_token = await make_user(org, role=Role.MEMBER)
    one = "query($id: ID!) { job(id: $id) { kind } }"
    job_id = {"id": to_global_id("Job", job.id)}
    for token, seen in ((owner_token, 1), (admin_token, 1), (member_token, 0)):
        gql = GraphQLClient(client, token)
        assert (await gql.data(JOBS))["jobs"]["totalCount"] == seen
        assert (await gql.data(one, job_id))["job"] == ({"kind": "BILLING_EVENT"} if seen else None)


async def test_an_organisations_billing_events_are_its_admins_jobs(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7.7: BILLING_EVENT jobs are for ADMINs (and OWNERs): each carries the organisation whose Stripe
    customer its event is about."""
    owner, owner_token = await make_user(role=Role.OWNER)
    org = await Organization.get(id=(await owner.memberships.all())[0].organization_id)
    await subscribe(GraphQLClient(client, owner_token), stripe, seats=3)
    _, admin_token = await make_user(org, role=Role.ADMIN, email="admin@example.com")
    _, member_token = await make_user(org, role=Role.MEMBER, email="member@example.com")
    _, stranger_token = await make_user(role=Role.OWNER, email="stranger@example.com")
    handled = await Job.filter(kind=JobKind.BILLING_EVENT, organization_id=org.id).count()
    assert handled >= 3  # subscription created, invoice finalized and paid, checkout completed
    for token, seen in ((owner_token, handled), (admin_token, handled), (member_token, 0), (stranger_token, 0)):
        assert (await GraphQLClient(client, token).data(JOBS))["jobs"]["totalCount"] == seen
