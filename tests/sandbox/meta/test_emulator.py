"""The emulator follows META.md: it is the stand-in Meta for every other Meta test and for the sandbox."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.fakes.meta import FakeMeta

GRAPH = "https://graph.facebook.com"


@pytest.fixture
async def http(meta: FakeMeta) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=meta.transport(), base_url=GRAPH) as c:
        yield c


async def test_only_id_unless_fields_requested_and_version_optional(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    plain = (await http.get(f"/v25.0/{meta.CAMPAIGN_IDS[0]}", params={"access_token": token})).json()
    assert plain == {"id": meta.CAMPAIGN_IDS[0]}
    body = (
        await http.get(f"/{meta.CAMPAIGN_IDS[0]}", params={"access_token": token, "fields": "name,objective,status"})
    ).json()
    assert body == {"id": meta.CAMPAIGN_IDS[0], "name": "Lead gen Q3", "objective": "OUTCOME_LEADS", "status": "ACTIVE"}
    bad = await http.get(f"/v19.0/{meta.CAMPAIGN_IDS[0]}", params={"access_token": token, "fields": "nope"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == 100


async def test_cursor_paging_next_only_when_more(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    url = f"/v25.0/act_{meta.AD_ACCOUNT_ID}/campaigns"
    first = (await http.get(url, params={"access_token": token, "limit": 2})).json()
    assert len(first["data"]) == 2 and "next" in first["paging"] and "previous" not in first["paging"]
    second = (await http.get(first["paging"]["next"])).json()
    assert len(second["data"]) == 1 and "next" not in second["paging"] and "previous" in second["paging"]
    assert second["paging"]["cursors"]["after"]
    ids = [c["id"] for c in first["data"] + second["data"]]
    assert ids == sorted(meta.CAMPAIGN_IDS)


async def test_status_filters(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    meta.touch(meta.CAMPAIGN_IDS[2], status="ARCHIVED")
    url = f"/v25.0/act_{meta.AD_ACCOUNT_ID}/campaigns"
    default = (await http.get(url, params={"access_token": token})).json()["data"]
    assert {c["id"] for c in default} == set(meta.CAMPAIGN_IDS[:2])  # archived hidden by default
    paused = await http.get(url, params={"access_token": token, "effective_status": '["PAUSED"]'})
    assert [c["id"] for c in paused.json()["data"]] == [meta.CAMPAIGN_IDS[1]]
    filtering = json.dumps([{"field": "effective_status", "operator": "IN", "value": ["ARCHIVED"]}])
    archived = await http.get(url, params={"access_token": token, "filtering": filtering})
    assert [c["id"] for c in archived.json()["data"]] == [meta.CAMPAIGN_IDS[2]]


async def test_insights_numbers_are_strings_with_lead_actions(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    body = (
        await http.get(
            f"/v25.0/{meta.CAMPAIGN_IDS[0]}/insights",
            params={
                "access_token": token,
                "fields": "impressions,clicks,spend,reach,actions,ctr,date_start",
                "time_increment": "1",
                "date_preset": "last_7d",
            },
        )
    ).json()
    assert len(body["data"]) == 7
    row = body["data"][0]
    assert all(isinstance(row[k], str) for k in ("impressions", "clicks", "spend", "reach", "ctr"))
    assert {"action_type": "lead", "value": row["actions"][0]["value"]} in row["actions"]
    total = (
        await http.get(
            f"/v25.0/act_{meta.AD_ACCOUNT_ID}/insights",
            params={
                "access_token": token,
                "fields": "campaign_id,impressions",
                "level": "campaign",
                "date_preset": "last_30d",
            },
        )
    ).json()["data"]
    assert {r["campaign_id"] for r in total} == set(meta.CAMPAIGN_IDS)


async def test_errors_have_meta_shape_and_fault_injection(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    meta.fail_next(r"campaigns$", code=2, times=1)
    failed = await http.get(f"/v25.0/act_{meta.AD_ACCOUNT_ID}/campaigns", params={"access_token": token})
    error = failed.json()["error"]
    assert failed.status_code == 500 and error["code"] == 2 and error["fbtrace_id"] and error["type"]
    assert "x-app-usage" in failed.headers  # usage headers on every response, errors included
    ok = await http.get(f"/v25.0/act_{meta.AD_ACCOUNT_ID}/campaigns", params={"access_token": token})
    assert ok.status_code == 200
    missing = (await http.get("/v25.0/999", params={"access_token": token})).json()["error"]
    assert (missing["code"], missing["error_subcode"]) == (100, 33)


async def test_token_lifecycle_errors(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    expired, revoked = meta.user_token(), meta.user_token()
    meta.expire_token(expired)
    meta.revoke_token(revoked)
    e = (await http.get("/me", params={"access_token": expired})).json()["error"]
    r = (await http.get("/me", params={"access_token": revoked})).json()["error"]
    assert (e["code"], e["error_subcode"]) == (190, 463)
    assert (r["code"], r["error_subcode"]) == (190, 458)
    bearer = await http.get("/me", headers={"Authorization": f"Bearer {meta.user_token()}"})
    assert bearer.json()["id"] == meta.USER_ID
    form = await http.post("/me/permissions", data={"access_token": meta.user_token()})
    assert form.json()["error"]["code"] == 100  # token read from the form body; POST unsupported


async def test_batch_limit_and_string_bodies(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    ops = [{"method": "GET", "relative_url": f"{meta.CAMPAIGN_IDS[0]}?fields=name"}] * 50
    answer = (await http.post("/v25.0/", data={"access_token": token, "batch": json.dumps(ops)})).json()
    assert len(answer) == 50 and json.loads(answer[0]["body"]) == {"id": meta.CAMPAIGN_IDS[0], "name": "Lead gen Q3"}
    assert any(h["name"] == "X-App-Usage" for h in answer[0]["headers"])
    too_many = await http.post("/v25.0/", data={"access_token": token, "batch": json.dumps(ops + ops[:1])})
    assert too_many.status_code == 400 and too_many.json()["error"]["code"] == 100
    meta.null_batch_slots(1)
    with_null = (await http.post("/", data={"access_token": token, "batch": json.dumps(ops[:2])})).json()
    assert with_null[1] is None and with_null[0]["code"] == 200


async def test_appsecret_proof_enforced(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    meta.require_appsecret_proof = True
    token = meta.user_token()
    missing = (await http.get("/me", params={"access_token": token})).json()["error"]
    assert missing["code"] == 100
    wrong = (await http.get("/me", params={"access_token": token, "appsecret_proof": "00"})).json()["error"]
    assert wrong["message"] == "Invalid appsecret_proof provided in the API argument"
    proof = hmac.new(meta.app_secret.encode(), token.encode(), hashlib.sha256).hexdigest()
    ok = await http.get("/me", params={"access_token": token, "appsecret_proof": proof})
    assert ok.status_code == 200
    timed = hmac.new(meta.app_secret.encode(), f"{token}|1759449600".encode(), hashlib.sha256).hexdigest()
    bound = await http.get(
        "/me", params={"access_token": token, "appsecret_proof": timed, "appsecret_time": "1759449600"}
    )
    assert bound.status_code == 200


async def test_usage_headers_and_throttling(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    url = f"/v25.0/act_{meta.AD_ACCOUNT_ID}/campaigns"
    meta.set_usage("app", 40)
    ok = await http.get(url, params={"access_token": token})
    assert json.loads(ok.headers["x-app-usage"]) == {"call_count": 40, "total_cputime": 20, "total_time": 20}
    assert "acc_id_util_pct" in json.loads(ok.headers["x-ad-account-usage"])
    meta.set_usage(f"buc:ads_management:{meta.AD_ACCOUNT_ID}", 101)
    throttled = await http.get(url, params={"access_token": token})
    assert throttled.json()["error"]["code"] == 80004
    buc = json.loads(throttled.headers["x-business-use-case-usage"])[meta.AD_ACCOUNT_ID][0]
    assert buc["estimated_time_to_regain_access"] > 0
    meta.set_usage("app", 100)
    assert (await http.get("/me", params={"access_token": token})).json()["error"]["code"] == 4


async def test_oauth_code_is_single_use_and_bound_to_redirect(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    meta.grant_only(["ads_read", "pages_show_list"])
    dialog = await http.get(
        "/v25.0/dialog/oauth",
        params={
            "client_id": meta.app_id,
            "redirect_uri": "https://crm/cb",
            "state": "st",
            "scope": "ads_read,leads_retrieval",
        },
    )
    assert dialog.status_code == 302
    query = parse_qs(urlsplit(dialog.headers["location"]).query)
    assert query["state"] == ["st"]
    exchange = {"client_id": meta.app_id, "client_secret": meta.app_secret, "code": query["code"][0]}
    wrong = await http.get("/v25.0/oauth/access_token", params={**exchange, "redirect_uri": "https://crm/other"})
    assert wrong.json()["error"]["code"] == 100
    dialog = await http.get(
        "/dialog/oauth",
        params={
            "client_id": meta.app_id,
            "redirect_uri": "https://crm/cb",
            "state": "st",
            "scope": "ads_read,leads_retrieval",
        },
    )
    exchange["code"] = parse_qs(urlsplit(dialog.headers["location"]).query)["code"][0]
    token = (await http.get("/oauth/access_token", params={**exchange, "redirect_uri": "https://crm/cb"})).json()
    assert token["token_type"] == "bearer" and token["expires_in"] > 0
    again = await http.get("/oauth/access_token", params={**exchange, "redirect_uri": "https://crm/cb"})
    assert again.json()["error"]["code"] == 100
    long = (
        await http.get(
            "/oauth/access_token",
            params={
                "grant_type": "fb_exchange_token",
                "client_id": meta.app_id,
                "client_secret": meta.app_secret,
                "fb_exchange_token": token["access_token"],
            },
        )
    ).json()
    assert long["expires_in"] > 50 * 86400
    perms = (await http.get("/me/permissions", params={"access_token": long["access_token"]})).json()["data"]
    assert {"permission": "leads_retrieval", "status": "declined"} in perms
    debug = (
        await http.get("/debug_token", params={"input_token": long["access_token"], "access_token": meta.app_token()})
    ).json()["data"]
    assert debug["is_valid"] and debug["type"] == "USER" and set(debug["scopes"]) == {"ads_read"}
    meta.deny_next_dialog()
    denied = await http.get(
        "/dialog/oauth", params={"client_id": meta.app_id, "redirect_uri": "https://crm/cb", "state": "s"}
    )
    assert parse_qs(urlsplit(denied.headers["location"]).query)["error"] == ["access_denied"]


async def test_delete_permissions_revokes_tokens(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    assert (await http.delete(f"/{meta.USER_ID}/permissions", params={"access_token": token})).json() == {
        "success": True
    }
    error = (await http.get("/me", params={"access_token": token})).json()["error"]
    assert (error["code"], error["error_subcode"]) == (190, 458)


async def test_page_subscription_needs_page_token(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    user = meta.user_token()
    with_user = await http.post(
        f"/{meta.PAGE_ID}/subscribed_apps", data={"access_token": user, "subscribed_fields": "leadgen"}
    )
    assert with_user.json()["error"]["code"] == 210
    pages = (await http.get("/me/accounts", params={"access_token": user})).json()["data"]
    page_token = next(p["access_token"] for p in pages if p["id"] == meta.PAGE_ID)
    assert "ADVERTISE" in next(p["tasks"] for p in pages if p["id"] == meta.PAGE_ID)
    ok = await http.post(
        f"/{meta.PAGE_ID}/subscribed_apps", data={"access_token": page_token, "subscribed_fields": "leadgen"}
    )
    assert ok.json() == {"success": True}
    listed = (await http.get(f"/{meta.PAGE_ID}/subscribed_apps", params={"access_token": page_token})).json()["data"]
    assert listed[0]["id"] == meta.app_id and listed[0]["subscribed_fields"] == ["leadgen"]
    no_meta = meta.user_token(scopes=["pages_show_list", "ads_read"])
    pages = (await http.get("/me/accounts", params={"access_token": no_meta})).json()["data"]
    weak = next(p["access_token"] for p in pages if p["id"] == meta.PAGE_ID)
    denied = await http.post(
        f"/{meta.PAGE_ID}/subscribed_apps", data={"access_token": weak, "subscribed_fields": "leadgen"}
    )
    assert denied.json()["error"]["code"] == 200


async def test_leads_filter_by_unix_time_only_and_expire(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    pages = (await http.get("/me/accounts", params={"access_token": meta.user_token()})).json()["data"]
    page_token = next(p["access_token"] for p in pages if p["id"] == meta.PAGE_ID)
    url = f"/{meta.FORM_ID}/leads"
    everything = (await http.get(url, params={"access_token": page_token})).json()["data"]
    assert {lead["id"] for lead in everything} == {"130528934038370", "130528934038371"}  # the 120-day-old one expired
    since = int(meta.now()) - 5 * 86400
    recent = json.dumps([{"field": "time_created", "operator": "GREATER_THAN", "value": since}])
    assert [
        x["id"] for x in (await http.get(url, params={"access_token": page_token, "filtering": recent})).json()["data"]
    ] == ["130528934038370"]
    iso_filter = json.dumps([{"field": "time_created", "operator": "GREATER_THAN", "value": "2026-01-01T00:00:00"}])
    ignored = (await http.get(url, params={"access_token": page_token, "filtering": iso_filter})).json()["data"]
    assert len(ignored) == 2
    lead = (
        await http.get("/130528934038370", params={"access_token": page_token, "fields": "field_data,ad_id"})
    ).json()
    assert lead["ad_id"] == meta.AD_IDS[0] and lead["field_data"][0] == {"name": "full_name", "values": ["Jane Doe"]}
    other = next(p["access_token"] for p in pages if p["id"] == meta.PAGE_NO_ADVERTISE_ID)
    assert (await http.get(url, params={"access_token": other})).json()["error"]["code"] in (100, 200)


async def test_whatsapp_window_and_template_params(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    headers = {"Authorization": f"Bearer {meta.system_user_token()}"}
    url = f"/v25.0/{meta.PHONE_NUMBER_ID}/messages"
    text = {"messaging_product": "whatsapp", "to": "+49 151 12345678", "type": "text", "text": {"body": "Hi"}}
    assert (await http.post(url, json=text, headers=headers)).json()["error"]["code"] == 131047
    meta.whatsapp_inbound_message("4915112345678", "Hello")
    sent = (await http.post(url, json=text, headers=headers)).json()
    assert sent["contacts"][0]["wa_id"] == "4915112345678" and sent["messages"][0]["id"].startswith("wamid.")
    template = {
        "name": "appointment_reminder",
        "language": {"code": "en_US"},
        "components": [{"type": "body", "parameters": [{"type": "text", "text": "Jane"}]}],
    }
    short = {"messaging_product": "whatsapp", "to": "4915100000001", "type": "template", "template": template}
    assert (await http.post(url, json=short, headers=headers)).json()["error"]["code"] == 132000
    template["components"][0]["parameters"].append({"type": "text", "text": "14:30"})
    assert (await http.post(url, json=short, headers=headers)).json()["messages"][0]["message_status"] == "accepted"
    assert meta.sent_messages[-1]["type"] == "template"
    listed = (
        await http.get(
            f"/{meta.WABA_ID}/message_templates", headers=headers, params={"fields": "name,category,language,status"}
        )
    ).json()["data"]
    assert {(t["name"], t["category"]) for t in listed} == {
        ("appointment_reminder", "UTILITY"),
        ("spring_offer", "MARKETING"),
    }


def test_webhook_and_signed_request_helpers(meta: FakeMeta) -> None:
    body = meta.leadgen_webhook(meta.PAGE_ID, meta.FORM_ID, "1", ad_id=meta.AD_IDS[0], created_time=1759449608)
    assert meta.sign_webhook(body) == "sha256=" + hmac.new(meta.app_secret.encode(), body, hashlib.sha256).hexdigest()
    change = json.loads(body)["entry"][0]["changes"][0]
    assert change["field"] == "leadgen" and change["value"]["adgroup_id"] == meta.AD_IDS[0]
    status = json.loads(meta.whatsapp_status_webhook("wamid.X", "read", recipient_id="49151"))
    assert status["entry"][0]["changes"][0]["value"]["statuses"][0]["status"] == "read"
    signed = meta.signed_request({"user_id": "218471"})
    sig, payload = signed.split(".")
    expected = hmac.new(meta.app_secret.encode(), payload.encode(), hashlib.sha256).digest()
    assert base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4)) == expected
    assert "=" not in signed
    padded_sig, padded_payload = meta.signed_request({"user_id": "1"}, padded=True).split(".")
    assert padded_sig.endswith("=") and len(padded_sig) % 4 == 0 == len(padded_payload) % 4  # 32 bytes: 44 chars
    assert json.loads(base64.urlsafe_b64decode(padded_payload))["user_id"] == "1"
    bad = meta.signed_request({"user_id": "218471"}, bad_signature=True)
    assert bad.split(".")[0] != sig


async def test_sandbox_is_mounted_only_in_sandbox_mode() -> None:
    from dataclasses import replace

    from app.integrations.meta import sandbox
    from app.settings import get_settings

    settings = get_settings()
    assert sandbox.routes(replace(settings, meta_sandbox=False)) == []
    assert sandbox.routes(replace(settings, meta_sandbox=True, env="production")) == []
    mounted = sandbox.routes(replace(settings, meta_sandbox=True))
    assert mounted and mounted[0].path == "/sandbox/meta"


async def test_sandbox_mount_serves_dialog_and_paging_under_its_prefix() -> None:
    from dataclasses import replace

    from starlette.applications import Starlette

    from app.integrations.meta import sandbox
    from app.settings import get_settings

    settings = replace(get_settings(), meta_sandbox=True)
    app = Starlette(routes=sandbox.routes(settings))
    emulator = sandbox.sandbox_emulator(settings)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        dialog = await http.get(
            "/sandbox/meta/v25.0/dialog/oauth",
            params={
                "client_id": settings.meta_app_id,
                "redirect_uri": "http://testserver/cb",
                "state": "x",
                "scope": "ads_read,pages_show_list",
            },
        )
        assert dialog.status_code == 302 and dialog.headers["location"].startswith("http://testserver/cb?code=")
        page = await http.get(
            "/sandbox/meta/v25.0/me/adaccounts", params={"access_token": emulator.user_token(), "limit": 1}
        )
        assert page.json()["paging"]["next"].startswith("http://testserver/sandbox/meta/v25.0/me/adaccounts?")
        assert (await http.get(page.json()["paging"]["next"])).json()["data"][0]["id"].startswith("act_")


async def test_async_insights_report_run(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    params = {"access_token": token, "level": "campaign", "fields": "campaign_id,spend", "date_preset": "last_7d"}
    run = (await http.post(f"/v25.0/act_{meta.AD_ACCOUNT_ID}/insights", data=params)).json()["report_run_id"]
    statuses = []
    for _ in range(4):
        polled = (await http.get(f"/{run}", params={"access_token": token})).json()
        statuses.append(polled["async_status"])
    assert statuses == ["Job Started", "Job Running", "Job Completed", "Job Completed"]
    assert polled["async_percent_completion"] == 100
    rows = (await http.get(f"/{run}/insights", params={"access_token": token})).json()["data"]
    assert {r["campaign_id"] for r in rows} == {meta.CAMPAIGN_IDS[0], meta.CAMPAIGN_IDS[2]}
    meta.next_report_outcome = "Job Failed"
    failed = (await http.post(f"/act_{meta.AD_ACCOUNT_ID}/insights", data=params)).json()["report_run_id"]
    for _ in range(3):
        polled = (
            await http.get(f"/{failed}", params={"access_token": token, "fields": "async_status,error_code"})
        ).json()
    assert polled["async_status"] == "Job Failed" and polled["error_code"] == -2


async def test_revoking_one_permission(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    token = meta.user_token()
    assert (
        await http.delete(f"/{meta.USER_ID}/permissions/leads_retrieval", params={"access_token": token})
    ).json() is True
    perms = (await http.get("/me/permissions", params={"access_token": token})).json()["data"]
    assert {"permission": "leads_retrieval", "status": "declined"} in perms
    assert {"permission": "ads_read", "status": "granted"} in perms


async def test_window_failure_can_arrive_as_a_status_webhook(meta: FakeMeta, http: httpx.AsyncClient) -> None:
    meta.window_errors = "webhook"
    headers = {"Authorization": f"Bearer {meta.system_user_token()}"}
    text = {"messaging_product": "whatsapp", "to": "4915100000009", "type": "text", "text": {"body": "Hi"}}
    sent = (await http.post(f"/{meta.PHONE_NUMBER_ID}/messages", json=text, headers=headers)).json()
    wamid = sent["messages"][0]["id"]
    status = json.loads(meta.whatsapp_status_webhook(wamid, "failed"))["entry"][0]["changes"][0]["value"]
    assert status["statuses"][0]["errors"][0]["code"] == 131047
    assert status["statuses"][0]["recipient_id"] == "4915100000009"
