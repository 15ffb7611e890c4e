"""The Graph client against the emulator: proof on every call, paging by `next`, batches, errors, backoff."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import replace

import pytest

from app.integrations.meta.graph import (
    THROTTLE,
    BatchRequest,
    GraphClient,
    MetaExpired,
    MetaPermanent,
    MetaPermissionDenied,
    MetaReauthRequired,
    MetaRetryable,
    MetaRevoked,
    appsecret_proof,
    classify,
    connection_status_for,
    parse_usage,
)
from app.jobs import RetryLater
from app.settings import get_settings
from tests.fakes.meta import FakeMeta


@pytest.fixture(autouse=True)
def _no_pauses() -> Iterator[None]:
    THROTTLE.clear()
    yield
    THROTTLE.clear()


@pytest.fixture
async def graph(meta: FakeMeta) -> AsyncIterator[GraphClient]:
    meta.require_appsecret_proof = True
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with GraphClient(access_token=meta.user_token(), sleep=fake_sleep) as client:
        client.sleeps = sleeps  # type: ignore[attr-defined]
        yield client


async def test_every_call_carries_the_proof(meta: FakeMeta, graph: GraphClient) -> None:
    me = await graph.get("me", {"fields": "id,name"})
    assert me["id"] == meta.USER_ID
    items = [c async for c in graph.paginate(f"act_{meta.AD_ACCOUNT_ID}/campaigns", {"fields": "id", "limit": 1})]
    assert len(items) == 3
    token = graph.access_token or ""
    assert all(r["appsecret_proof"] == appsecret_proof(meta.app_secret, token) for r in meta.requests)
    assert all(r["version"] == "v25.0" for r in meta.requests)


async def test_paginate_follows_next_until_absent(meta: FakeMeta, graph: GraphClient) -> None:
    ids = [c["id"] async for c in graph.paginate(f"act_{meta.AD_ACCOUNT_ID}/campaigns", {"limit": 2})]
    assert ids == sorted(meta.CAMPAIGN_IDS)
    assert meta.graph_calls("campaigns") == 2  # a short last page is not what ends paging; absent `next` is


async def test_batch_chunks_at_50_and_retries_null_slots(meta: FakeMeta, graph: GraphClient) -> None:
    ops = [BatchRequest(f"{meta.CAMPAIGN_IDS[i % 3]}?fields=name") for i in range(120)]
    meta.null_batch_slots(3)
    results = await graph.batch(ops)
    assert len(results) == 120 and results[3]["name"] == "Lead gen Q3"
    posts = [r for r in meta.requests if r["method"] == "POST" and r["path"] == ""]
    assert len(posts) == 4  # 50 + 50 + 20, then the one null slot again
    assert len(meta.calls(meta.CAMPAIGN_IDS[0])) == 40  # the null slot never ran, then ran once


async def test_batch_operation_errors_are_mapped(meta: FakeMeta, graph: GraphClient) -> None:
    results = await graph.batch([BatchRequest("me"), BatchRequest("nope")], raise_errors=False)
    assert results[0]["id"] == meta.USER_ID and isinstance(results[1], MetaPermanent)
    with pytest.raises(MetaPermanent):
        await graph.batch([BatchRequest("nope")])


@pytest.mark.parametrize(
    ("code", "subcode", "expected"),
    [
        (190, 463, MetaExpired),
        (190, 458, MetaRevoked),
        (190, 460, MetaReauthRequired),
        (190, None, MetaReauthRequired),
        (102, None, MetaReauthRequired),
        (190, 493, MetaReauthRequired),
        (200, None, MetaPermissionDenied),
        (10, None, MetaPermissionDenied),
        (100, 33, MetaPermanent),
        (368, None, MetaPermanent),
        (17, 2446079, MetaRetryable),
        (4, None, MetaRetryable),
        (613, None, MetaRetryable),
        (80004, None, MetaRetryable),
    ],
)
async def test_error_mapping(
    meta: FakeMeta, graph: GraphClient, code: int, subcode: int | None, expected: type
) -> None:
    meta.fail_next("^me$", code=code, subcode=subcode, http_status=400)
    with pytest.raises(expected) as caught:
        await graph.get("me")
    assert caught.value.code == code and caught.value.fbtrace_id
    if expected is MetaRetryable:
        assert caught.value.retry_after >= 60  # never hot-loop on throttling
        assert meta.graph_calls("^me$") == 1


async def test_transient_errors_retry_with_backoff(meta: FakeMeta, graph: GraphClient) -> None:
    meta.fail_next("^me$", code=2, times=2)
    assert (await graph.get("me"))["id"] == meta.USER_ID
    assert meta.graph_calls("^me$") == 3
    assert len(graph.sleeps) == 2 and graph.sleeps[1] > 0  # type: ignore[attr-defined]
    meta.fail_next("^me$", code=1, times=10)
    with pytest.raises(MetaRetryable):
        await graph.get("me")


async def test_usage_headers_pause_before_the_limit(meta: FakeMeta, graph: GraphClient) -> None:
    meta.set_usage(f"buc:ads_management:{meta.AD_ACCOUNT_ID}", 95)
    await graph.get(f"act_{meta.AD_ACCOUNT_ID}", {"fields": "name"})
    assert graph.last_usage.pressure >= 90
    before = len(meta.requests)
    with pytest.raises(MetaRetryable) as caught:
        await graph.get(f"act_{meta.AD_ACCOUNT_ID}/campaigns")
    assert caught.value.retry_after > 55 and len(meta.requests) == before  # Meta was not called again
    assert (await graph.get("me"))["id"] == meta.USER_ID  # other buckets keep working
    retry = RetryLater(caught.value.retry_after)
    assert retry.defer > 55


async def test_throttled_response_uses_regain_time(meta: FakeMeta, graph: GraphClient) -> None:
    meta.set_usage(f"buc:ads_management:{meta.AD_ACCOUNT_ID}", 101)
    with pytest.raises(MetaRetryable) as caught:
        await graph.get(f"act_{meta.AD_ACCOUNT_ID}/campaigns")
    assert caught.value.code == 80004 and caught.value.retry_after >= 60


async def test_reduce_data_halves_the_page(meta: FakeMeta, graph: GraphClient) -> None:
    meta.reduce_data_next("campaigns$")
    ids = [c["id"] async for c in graph.paginate(f"act_{meta.AD_ACCOUNT_ID}/campaigns", {"limit": 4})]
    assert len(ids) == 3
    limits = [r["params"].get("limit") for r in meta.calls("campaigns$")]
    assert limits[:2] == ["4", "2"]


async def test_whatsapp_json_post_with_bearer(meta: FakeMeta) -> None:
    meta.whatsapp_inbound_message("4915112345678")
    async with GraphClient(access_token=meta.system_user_token()) as graph:
        sent = await graph.post(
            f"{meta.PHONE_NUMBER_ID}/messages",
            json={"messaging_product": "whatsapp", "to": "4915112345678", "type": "text", "text": {"body": "Hi"}},
        )
    assert sent["messages"][0]["id"].startswith("wamid.")
    assert meta.sent_messages[-1]["payload"]["text"]["body"] == "Hi"


def test_classify_and_usage_parsing() -> None:
    assert isinstance(classify({"code": 1, "message": "x"}, http_status=500), MetaRetryable)
    assert isinstance(classify({"code": 100, "is_transient": True}), MetaRetryable)
    assert connection_status_for(MetaRevoked("x")) == "REVOKED"
    assert connection_status_for(MetaExpired("x")) == "EXPIRED"
    assert connection_status_for(MetaReauthRequired("x")) == "NEEDS_REAUTH"
    usage = parse_usage(
        {
            "X-App-Usage": '{"call_count": 28, "total_cputime": 25, "total_time": 25}',
            "X-Business-Use-Case-Usage": '{"1": [{"type": "ads_insights", "call_count": 95, '
            '"estimated_time_to_regain_access": 3}]}',
        }
    )
    assert usage.pressure == 95 and usage.regain_seconds == 180


async def test_sandbox_transport_reaches_the_mounted_emulator() -> None:
    from app.integrations.meta.sandbox import sandbox_emulator, sandbox_root
    from app.integrations.meta.transport import SandboxTransport, meta_transport

    settings = get_settings()
    sandbox = replace(
        settings,
        meta_sandbox=True,
        meta_graph_url=sandbox_root(settings),
        meta_dialog_url=sandbox_root(settings),
    )
    transport = meta_transport(sandbox)
    assert isinstance(transport, SandboxTransport)
    emulator = sandbox_emulator(sandbox)
    async with GraphClient(sandbox, access_token=emulator.user_token(), transport=transport) as graph:
        pages = [p async for p in graph.paginate("me/adaccounts", {"fields": "id,name", "limit": 1})]
    assert [p["id"] for p in pages] == [f"act_{emulator.AD_ACCOUNT_ID}", f"act_{emulator.DISABLED_AD_ACCOUNT_ID}"]
    assert meta_transport(settings) is None


async def test_reduce_data_gives_up_at_one_item(meta: FakeMeta, graph: GraphClient) -> None:
    meta.reduce_data_next("campaigns$", times=50)
    with pytest.raises(MetaRetryable):
        [c async for c in graph.paginate(f"act_{meta.AD_ACCOUNT_ID}/campaigns", {"limit": 4})]
    assert meta.graph_calls("campaigns$") == 3  # 4, 2, 1 and then the job backs off


async def test_an_insights_timeout_shrinks_the_page_not_the_job(meta: FakeMeta, graph: GraphClient) -> None:
    """META.md §5.5: code 100 is not retried, except its timeout subcode 1504018: ask for less."""
    meta.fail_next("campaigns$", code=100, subcode=1504018, http_status=400, message="Request timed out")
    ids = [c["id"] async for c in graph.paginate(f"act_{meta.AD_ACCOUNT_ID}/campaigns", {"limit": 4})]
    assert len(ids) == 3
    assert [r["params"].get("limit") for r in meta.calls("campaigns$")][:2] == ["4", "2"]
    assert isinstance(classify({"code": 100, "error_subcode": 1504018}), MetaRetryable)
    assert isinstance(classify({"code": 100, "error_subcode": 33}), MetaPermanent)


async def test_a_batch_honours_the_pause_of_the_ad_account_its_operations_name(
    meta: FakeMeta, graph: GraphClient
) -> None:
    """A batch is POSTed to the version root, so its own path names no object; the ad account's business
    use case pause (META.md §5.3, §5.5) must still stop it before Meta is called."""
    meta.set_usage(f"buc:ads_management:{meta.AD_ACCOUNT_ID}", 95)
    await graph.get(f"act_{meta.AD_ACCOUNT_ID}", {"fields": "name"})
    before = len(meta.requests)
    with pytest.raises(MetaRetryable) as caught:
        await graph.batch([BatchRequest(f"act_{meta.AD_ACCOUNT_ID}/campaigns?fields=id")])
    assert caught.value.retry_after > 55 and len(meta.requests) == before
    assert len(await graph.batch([BatchRequest("me?fields=id")])) == 1  # other objects keep working


async def test_an_app_token_call_carries_its_proof_too(meta: FakeMeta) -> None:
    """META.md §1.8: the proof goes next to `access_token` on every call, an app token's included."""
    meta.require_appsecret_proof = True
    settings = get_settings()
    app_token = f"{settings.meta_app_id}|{settings.meta_app_secret}"
    async with GraphClient() as graph:
        await graph.get("debug_token", {"input_token": meta.user_token(), "access_token": app_token})
    sent = meta.requests[-1]
    assert sent["token"] == app_token
    assert sent["appsecret_proof"] == appsecret_proof(settings.meta_app_secret, app_token)
