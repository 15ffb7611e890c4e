"""Ads sync against the emulator: upserts, idempotence, incremental runs, insights, job and errors."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from app.accounts.models import Role
from app.campaigns.models import Ad, AdAccount, AdInsight, AdSet, Campaign, Insight, LeadForm
from app.errors import DomainError, ErrorCode
from app.integrations.meta.graph import THROTTLE
from app.integrations.meta.models import ConnectionStatus, MetaConnection, Page
from app.integrations.meta.purge import purge_meta_data
from app.integrations.meta.sync import FIRST_RUN_DAYS, insight_chunks, sync_organization
from app.integrations.meta.transport import set_meta_transport
from app.jobs import Job, JobKind, JobStatus, RetryLater, enqueue, run_job
from app.leads.models import Lead
from app.leads.services import create_lead
from app.notifications.models import Notification, NotificationKind
from tests.fakes.meta import FakeMeta, connect_org
from tests.support import make_org, make_user


@pytest.fixture(autouse=True)
def _no_pauses() -> Iterator[None]:
    THROTTLE.clear()
    yield
    THROTTLE.clear()


@pytest.mark.sqlite
async def test_first_sync_stores_everything(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    result = await sync_organization(org.id)
    assert result["adAccounts"] == 2
    assert await Campaign.for_org(org.id).count() == 3
    assert await AdSet.for_org(org.id).count() == 3
    assert await Ad.for_org(org.id).count() == 3
    legacy = await Campaign.for_org(org.id).get(meta_id=meta.CAMPAIGN_IDS[2])
    assert legacy.objective == "LEAD_GENERATION" and legacy.lifetime_budget == "150000"
    account = await AdAccount.for_org(org.id).get(meta_id=f"act_{meta.AD_ACCOUNT_ID}")
    assert account.last_synced_at is not None and account.currency == "EUR"
    rows = await Insight.for_org(org.id).filter(campaign__meta_id=meta.CAMPAIGN_IDS[0]).order_by("date")
    assert len(rows) == 30
    yesterday = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
    last = rows[-1]
    assert last.date == yesterday and last.impressions == 1010 and last.spend == Decimal("51.25")
    assert last.leads == 4  # the `lead` action only, not its aliases
    assert last.currency == "EUR"
    per_ad = await AdInsight.for_org(org.id).filter(ad__meta_id=meta.AD_IDS[0]).order_by("date")
    assert len(per_ad) == 30 and per_ad[-1].date == yesterday and per_ad[-1].spend == Decimal("51.25")
    assert per_ad[-1].leads == 4 and per_ad[-1].ad_set_id == (await AdSet.get(meta_id=meta.ADSET_IDS[0])).id
    paused = await AdInsight.for_org(org.id).filter(ad__meta_id=meta.AD_IDS[1]).count()
    assert paused == 15  # rows only for days with delivery
    # the account list, then the account, 3 edges, 31 days and ~36 months at campaign and at ad level, in
    # three batches of <= 50
    today = dt.datetime.now(dt.UTC).date()
    chunks = insight_chunks(today - dt.timedelta(days=FIRST_RUN_DAYS), today)
    assert result["graphCalls"] == 4 and result["synced"][0]["operations"] == 4 + 2 * len(chunks)


async def test_sync_is_idempotent(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    await sync_organization(org.id)
    counts = [await m.for_org(org.id).count() for m in (Campaign, AdSet, Ad, Insight, AdInsight)]
    await AdAccount.for_org(org.id).update(last_synced_at=None)  # force a full run again
    await sync_organization(org.id)
    assert [await m.for_org(org.id).count() for m in (Campaign, AdSet, Ad, Insight, AdInsight)] == counts


async def test_incremental_run_asks_only_for_changes(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    await sync_organization(org.id)
    meta.advance(7200)
    meta.touch(meta.CAMPAIGN_IDS[1], name="Awareness summer", status="ACTIVE")
    meta.requests.clear()
    result = await sync_organization(org.id)
    report = result["synced"][0]
    assert report["incremental"] and report["campaigns"] == 1 and report["ads"] == 0
    changed = await Campaign.for_org(org.id).get(meta_id=meta.CAMPAIGN_IDS[1])
    assert changed.name == "Awareness summer" and changed.effective_status == "ACTIVE"
    campaign_calls = meta.calls("campaigns$")
    assert "updated_time" in campaign_calls[0]["params"]["filtering"]
    assert len(meta.calls("insights$")) <= 10  # only the last days are re-read, at campaign and ad level


async def test_an_account_synced_before_ad_insights_gets_their_history_once(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    await sync_organization(org.id)
    await AdInsight.for_org(org.id).delete()  # as left by a sync that read campaign insights only
    meta.advance(7200)
    first = (await sync_organization(org.id))["synced"][0]
    assert first["incremental"] and first["ad_insight_rows"] == await AdInsight.for_org(org.id).count() == 75
    meta.advance(7200)
    again = (await sync_organization(org.id))["synced"][0]
    assert again["ad_insight_rows"] < 10  # the last days only


async def test_lead_forms_are_read_with_page_tokens(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    pages = meta._edge_user_accounts(
        "GET",
        meta.objects[meta.USER_ID],
        meta.lookup_token(meta.user_token()),
        {},
        None,
        "https://graph.facebook.com/v25.0/me/accounts",
        [],
    )["data"]
    token = next(p["access_token"] for p in pages if p["id"] == meta.PAGE_ID)
    await Page.create(organization=org, meta_id=meta.PAGE_ID, name="Acme Clinic", access_token=token, selected=True)
    result = await sync_organization(org.id)
    assert result["leadForms"] == 2
    form = await LeadForm.for_org(org.id).get(meta_id=meta.FORM2_ID)
    assert form.locale == "de_DE" and form.questions[2]["key"] == "phone_number_(eg.65xxxxxxxx)"


async def test_not_connected_is_a_domain_error() -> None:
    org = await make_org()
    with pytest.raises(DomainError) as caught:
        await sync_organization(org.id)
    assert caught.value.code == ErrorCode.INTEGRATION_NOT_CONNECTED


@pytest.mark.usefixtures("app")
@pytest.mark.parametrize(
    ("subcode", "status"),
    [(458, ConnectionStatus.REVOKED), (463, ConnectionStatus.EXPIRED), (460, ConnectionStatus.NEEDS_REAUTH)],
)
async def test_job_marks_the_connection_on_auth_errors(meta: FakeMeta, subcode: int, status: ConnectionStatus) -> None:
    """The status changes, the admins are told at once (not at the hourly check) and 190/458 (the app removed at
    Meta) purges what Meta shared, as the deauthorize callback does (META.md §9)."""
    org = await make_org()
    await make_user(org, role=Role.OWNER)
    await connect_org(org, meta)
    await sync_organization(org.id)
    meta.fail_next("adaccounts", code=190, subcode=subcode)
    job = await enqueue(JobKind.META_SYNC, {"ad_account_id": None, "since": None}, organization_id=org.id)
    await run_job(job.id)
    job = await Job.get(id=job.id)
    assert job.status is JobStatus.FAILED
    connection = await MetaConnection.for_org(org.id).get()
    assert connection.status is status and connection.last_error and "190" in connection.last_error
    told = await Notification.filter(organization_id=org.id, kind=NotificationKind.INTEGRATION_HEALTH).count()
    assert told == 1
    revoked = status is ConnectionStatus.REVOKED
    assert (await Campaign.for_org(org.id).count() == 0) is revoked
    assert (connection.access_token is None) is revoked


@pytest.mark.usefixtures("app")
async def test_job_retries_later_when_throttled(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    meta.fail_next("adaccounts", code=17, subcode=2446079)
    job = await enqueue(JobKind.META_SYNC, {"ad_account_id": None, "since": None}, organization_id=org.id)
    with pytest.raises(RetryLater) as retry:
        await run_job(job.id)
    assert retry.value.defer >= 60
    job = await Job.get(id=job.id)
    assert job.status is JobStatus.RETRYING and job.error and "17" in job.error
    assert (await MetaConnection.for_org(org.id).get()).status is ConnectionStatus.CONNECTED


@pytest.mark.usefixtures("app")
async def test_job_syncs_one_account_with_progress(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    await sync_organization(org.id)
    account = await AdAccount.for_org(org.id).get(meta_id=f"act_{meta.DISABLED_AD_ACCOUNT_ID}")
    since = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=3)).isoformat()
    job = await enqueue(JobKind.META_SYNC, {"ad_account_id": str(account.id), "since": since}, organization_id=org.id)
    await run_job(job.id)
    job = await Job.get(id=job.id)
    assert job.status is JobStatus.SUCCEEDED and job.progress == 100
    assert job.result["synced"][0]["ad_account"] == f"act_{meta.DISABLED_AD_ACCOUNT_ID}"
    assert job.result["synced"][0]["since"] == since


async def test_transient_operation_errors_are_asked_again(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    meta.fail_next("campaigns$", code=2, times=2)
    meta.fail_next("insights$", code=1, is_transient=True)
    result = await sync_organization(org.id)
    assert result["synced"][0]["campaigns"] == 3 and result["synced"][0]["rounds"] == 3
    assert await Insight.for_org(org.id).count() > 0


async def test_without_batch_support_pages_are_read_one_by_one(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    meta.batch_enabled = False
    await sync_organization(org.id)
    assert await Campaign.for_org(org.id).count() == 3 and await Ad.for_org(org.id).count() == 3
    today = dt.datetime.now(dt.UTC).date()
    chunks = insight_chunks(today - dt.timedelta(days=FIRST_RUN_DAYS), today)
    assert meta.graph_calls("insights$") == 2 * len(chunks)


async def test_throttled_operation_stops_the_sync(meta: FakeMeta) -> None:
    from app.integrations.meta.graph import MetaRetryable

    org = await make_org()
    await connect_org(org, meta)
    meta.fail_next("ads$", code=80004)
    with pytest.raises(MetaRetryable) as caught:
        await sync_organization(org.id)
    assert caught.value.retry_after >= 60


def test_relative_urls_from_next_links() -> None:
    from app.integrations.meta.graph import relative_url

    assert (
        relative_url("https://graph.facebook.com/v25.0/act_1/ads?after=x&access_token=t", "v25.0")
        == "act_1/ads?after=x"
    )
    assert relative_url("http://emu:9/meta/act_1/ads?after=x", "v25.0", "/meta") == "act_1/ads?after=x"
    assert relative_url("http://emu:9/root/v24.0/act_1/ads", "v25.0", "/root") == "act_1/ads"


async def test_reduce_data_shrinks_that_page(meta: FakeMeta) -> None:
    org = await make_org()
    await connect_org(org, meta)
    meta.reduce_data_next("campaigns$")
    await sync_organization(org.id)
    limits = [c["params"]["limit"] for c in meta.calls("campaigns$")]
    assert limits == ["500", "250"] and await Campaign.for_org(org.id).count() == 3


@pytest.mark.usefixtures("app")
async def test_hourly_cron_queues_one_sync_per_connected_organisation(meta: FakeMeta) -> None:
    from app.integrations.meta.sync_jobs import refresh_connected_organizations
    from app.jobs import queue

    connected, revoked = await make_org(), await make_org()
    await connect_org(connected, meta)
    await connect_org(revoked, meta)
    await MetaConnection.for_org(revoked.id).update(status=ConnectionStatus.REVOKED)
    assert any(c.name == "meta-sync-hourly" for c in queue.crons)
    await refresh_connected_organizations()
    await refresh_connected_organizations()  # the same hour: deduplicated
    jobs = await Job.filter(kind=JobKind.META_SYNC)
    assert [j.organization_id for j in jobs] == [connected.id]


def test_insight_chunks_cover_the_range_once() -> None:
    since, until = dt.date(2024, 1, 15), dt.date(2026, 11, 24)
    chunks = insight_chunks(since, until)
    assert chunks[0][0] == since and chunks[-1] == (until, until)
    assert all(b[0] == a[1] + dt.timedelta(days=1) for a, b in itertools.pairwise(chunks))
    assert sum(1 for a, b in chunks if a == b) >= 31 and chunks[1][0] == dt.date(2024, 2, 1)
    assert insight_chunks(until, until) == [(until, until)]


async def test_an_item_repeated_across_pages_is_stored_once(meta: FakeMeta) -> None:
    from app.integrations.meta.sync import _CAMPAIGNS, _upsert_objects

    org = await make_org()
    account = await AdAccount.create(organization=org, meta_id="act_1", account_id="1", name="A")
    row = {"id": "77", "name": "Old name", "status": "ACTIVE"}
    assert await _upsert_objects(_CAMPAIGNS, org.id, account, [row, {**row, "name": "New name"}]) == 1
    assert (await Campaign.for_org(org.id).get(meta_id="77")).name == "New name"


class _DisconnectDuringSync(httpx.AsyncBaseTransport):
    """Meta's transport, but the organisation disconnects right after the sync's first call (ad accounts)."""

    def __init__(self, meta: FakeMeta, organization_id: object) -> None:
        self.inner = meta.transport()
        self.organization_id = organization_id
        self.calls = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls == 2:
            await purge_meta_data(self.organization_id)  # type: ignore[arg-type]
        return await self.inner.handle_async_request(request)


def _errors_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


@pytest.mark.usefixtures("app")
async def test_a_sync_whose_connection_is_gone_stops_cleanly(meta: FakeMeta, caplog: pytest.LogCaptureFixture) -> None:
    org = await make_org()
    await connect_org(org, meta)
    job = await enqueue(JobKind.META_SYNC, {"ad_account_id": None, "since": None}, organization_id=org.id)
    await purge_meta_data(org.id)  # disconnected before the job ran
    with caplog.at_level(logging.INFO):
        await run_job(job.id)
    job = await Job.get(id=job.id)
    assert job.status is JobStatus.SUCCEEDED and job.error is None
    assert "no longer connected" in job.result["stopped"]
    assert _errors_logged(caplog) == []


@pytest.mark.usefixtures("app")
async def test_a_sync_disconnected_midway_stops_without_writing(
    meta: FakeMeta, caplog: pytest.LogCaptureFixture
) -> None:
    org = await make_org()
    await connect_org(org, meta)
    set_meta_transport(_DisconnectDuringSync(meta, org.id))
    job = await enqueue(JobKind.META_SYNC, {"ad_account_id": None, "since": None}, organization_id=org.id)
    with caplog.at_level(logging.INFO):
        await run_job(job.id)
    job = await Job.get(id=job.id)
    assert job.status is JobStatus.SUCCEEDED and "no longer connected" in job.result["stopped"]
    assert _errors_logged(caplog) == []
    for model in (AdAccount, Campaign, AdSet, Ad, Insight, LeadForm):  # nothing purged comes back
        assert await model.for_org(org.id).count() == 0


@pytest.mark.sqlite
async def test_a_sync_attributes_only_its_own_organisations_waiting_leads(meta: FakeMeta) -> None:
    """Two organisations hold the same Meta ad: a sync attributes its organisation's leads that kept that ad's ids,
    to its own rows."""
    orgs = [await make_org(), await make_org()]
    leads = []
    for org in orgs:
        await connect_org(org, meta)
        lead = await create_lead(org.id, full_name="Waiting", email="waiting@example.com")
        ids = {"meta_campaign_id": meta.CAMPAIGN_IDS[0], "meta_ad_set_id": meta.ADSET_IDS[0]}
        await Lead.filter(id=lead.id).update(**ids, meta_ad_id=meta.AD_IDS[0])
        leads.append(lead.id)
    result = await sync_organization(orgs[0].id)
    assert result["attributedLeads"] == 1
    ad = await Ad.for_org(orgs[0].id).get(meta_id=meta.AD_IDS[0])
    mine, theirs = await Lead.get(id=leads[0]), await Lead.get(id=leads[1])
    assert (mine.ad_id, mine.ad_set_id, mine.campaign_id) == (ad.id, ad.ad_set_id, ad.campaign_id)
    assert (theirs.ad_id, theirs.ad_set_id, theirs.campaign_id) == (None, None, None)
    assert (await sync_organization(orgs[0].id))["attributedLeads"] == 0  # nothing waits any more
    assert (await sync_organization(orgs[1].id))["attributedLeads"] == 1
    assert (await Lead.get(id=leads[1])).ad_id == (await Ad.for_org(orgs[1].id).get(meta_id=meta.AD_IDS[0])).id
