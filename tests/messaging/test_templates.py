"""WhatsApp templates written in QuantixOne: submitted to Meta (the emulator), refused before the call when
Meta would refuse them, and moved by Meta's status and category webhooks (with a notification to ADMINs)."""

from __future__ import annotations

from typing import Any

from app.accounts.models import Role
from app.messaging.models import WhatsAppConfig
from tests.messaging.conftest import WA
from tests.support import GraphQLClient, error_codes, make_user

CREATE = """
mutation($input: CreateWhatsAppTemplateInput!) {
  createWhatsAppTemplate(input: $input) {
    whatsAppTemplate { name language category status rejectionReason parameterCount body }
    errors { field code message }
  }
}
"""
DELETE = """
mutation($input: DeleteWhatsAppTemplateInput!) {
  deleteWhatsAppTemplate(input: $input) { whatsAppTemplate { name } errors { field code } }
}
"""
TEMPLATES = "{ whatsAppConfiguration { templates { name language category status rejectionReason upcomingCategory } } }"
NOTIFICATIONS = "{ notifications(first: 10) { edges { node { kind title body } } } }"

WELCOME = {
    "name": "welcome_offer",
    "language": "en_US",
    "category": "UTILITY",
    "body": "Hi {{1}}, thanks for your interest in {{2}}.",
    "examples": ["Jane", "implants"],
    "footer": "Reply STOP to opt out",
}


async def create(wa: WA, **overrides: Any) -> dict[str, Any]:
    return (await wa.gql.data(CREATE, {"input": {**WELCOME, **overrides}}))["createWhatsAppTemplate"]


async def listed(wa: WA, name: str = "welcome_offer") -> dict[str, Any]:
    templates = (await wa.gql.data(TEMPLATES))["whatsAppConfiguration"]["templates"]
    return next(t for t in templates if t["name"] == name)


async def test_a_template_is_submitted_pending_and_approved_by_webhook(wa: WA) -> None:
    await wa.configure()
    made = await create(wa)
    assert made["errors"] == []
    assert made["whatsAppTemplate"]["status"] == "PENDING"
    assert made["whatsAppTemplate"]["parameterCount"] == 2
    [call] = wa.meta.calls(r"message_templates$", method="POST")
    assert call["json"]["components"][0] == {
        "type": "BODY",
        "text": WELCOME["body"],
        "example": {"body_text": [["Jane", "implants"]]},
    }
    assert wa.meta.find_template("welcome_offer", "en_US")["status"] == "PENDING"

    await wa.webhook(wa.meta.approve_template("welcome_offer", "en_US"))
    assert (await listed(wa))["status"] == "APPROVED"
    notes = [e["node"] for e in (await wa.gql.data(NOTIFICATIONS))["notifications"]["edges"]]
    assert [n["kind"] for n in notes] == ["TEMPLATE_STATUS"]
    assert "approved" in notes[0]["title"]
    # Meta re-delivers: nothing changes, nobody is told twice.
    await wa.webhook(wa.meta.approve_template("welcome_offer", "en_US"))
    assert len((await wa.gql.data(NOTIFICATIONS))["notifications"]["edges"]) == 1


async def test_a_rejection_keeps_the_reason_and_recategorisation_applies(wa: WA) -> None:
    await wa.configure()
    assert (await create(wa))["errors"] == []
    await wa.webhook(wa.meta.reject_template("welcome_offer", "en_US", reason="PROMOTIONAL"))
    shown = await listed(wa)
    assert (shown["status"], shown["rejectionReason"]) == ("REJECTED", "PROMOTIONAL")
    body = (await wa.gql.data(NOTIFICATIONS))["notifications"]["edges"][0]["node"]["body"]
    assert "PROMOTIONAL" in body

    await wa.webhook(wa.meta.recategorize_template("appointment_reminder", "en_US", "MARKETING", impending=True))
    reminder = await listed(wa, "appointment_reminder")
    assert (reminder["category"], reminder["upcomingCategory"]) == ("UTILITY", "MARKETING")
    await wa.webhook(wa.meta.recategorize_template("appointment_reminder", "en_US", "MARKETING"))
    reminder = await listed(wa, "appointment_reminder")
    assert (reminder["category"], reminder["upcomingCategory"]) == ("MARKETING", None)


async def test_names_and_lengths_meta_would_refuse_never_reach_meta(wa: WA) -> None:
    await wa.configure()
    cases = [
        ({"name": "Welcome Offer"}, "name"),
        ({"name": "welcome-offer"}, "name"),
        ({"name": "x" * 513}, "name"),
        ({"body": "x" * 1025, "examples": []}, "body"),
        ({"footer": "é" * 61}, "footer"),
        ({"examples": ["Jane"]}, "examples"),
        ({"body": "{{1}} is here", "examples": ["Jane"]}, "body"),
        ({"body": "Hi {{1}}{{2}} there", "examples": ["a", "b"]}, "body"),
        ({"language": "english"}, "language"),
    ]
    for overrides, field in cases:
        result = await create(wa, **overrides)
        assert [(e["code"], e["field"]) for e in result["errors"]] == [("INVALID_INPUT", field)], overrides
    # Exactly at the limits is fine (code points, not bytes).
    ok = await create(wa, body="é" * 1024, examples=[], footer="ü" * 60, name="long_one")
    assert ok["errors"] == []
    assert len(wa.meta.calls(r"message_templates$", method="POST")) == 1


async def test_delete_and_roles(wa: WA, client) -> None:  # type: ignore[no-untyped-def]
    await wa.configure()
    assert (await create(wa))["errors"] == []
    _, member_token = await make_user(wa.org, role=Role.MEMBER)
    body = await GraphQLClient(client, member_token)(CREATE, {"input": {**WELCOME, "name": "other"}})
    assert error_codes(body) == ["FORBIDDEN"]
    gone = (await wa.gql.data(DELETE, {"input": {"name": "welcome_offer", "language": "en_US"}}))[
        "deleteWhatsAppTemplate"
    ]
    assert gone["errors"] == [] and gone["whatsAppTemplate"]["name"] == "welcome_offer"
    config = await WhatsAppConfig.for_org(wa.org.id).get()
    assert all(t["name"] != "welcome_offer" for t in config.templates)
    again = (await wa.gql.data(DELETE, {"input": {"name": "welcome_offer", "language": "en_US"}}))[
        "deleteWhatsAppTemplate"
    ]
    assert [e["code"] for e in again["errors"]] == ["NOT_FOUND"]


async def test_partner_tokens_cannot_manage_templates(wa: WA) -> None:
    data = await wa.gql.data(
        "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret errors { code } } }",
        {"i": {"name": "partner", "scopes": ["messaging:write", "leads:read"], "expiresAt": None}},
    )
    secret = data["createApiToken"]["secret"]
    body = await wa.gql(CREATE, {"input": WELCOME}, token=secret)
    assert error_codes(body) == ["FORBIDDEN"]


async def test_the_emulator_reviews_templates_as_meta_does(wa: WA) -> None:
    """The emulator's own rules (META-2 §14): name pattern, examples, 100 creations per WABA per hour, string
    ids in the create answer and numbers in the webhooks."""
    import json

    import httpx

    meta = wa.meta
    headers = {"authorization": f"Bearer {meta.system_user_token()}"}
    path = f"/v25.0/{meta.WABA_ID}/message_templates"
    body = {"type": "BODY", "text": "Hi {{1}}, welcome.", "example": {"body_text": [["Jane"]]}}
    spec = {"name": "ok_name", "language": "en_US", "category": "UTILITY", "components": [body]}
    async with httpx.AsyncClient(transport=meta.transport(), base_url="https://graph.facebook.com") as http:
        bad = await http.post(path, json={**spec, "name": "Bad Name"}, headers=headers)
        assert bad.status_code == 400 and bad.json()["error"]["code"] == 100
        no_example = {**body, "example": {"body_text": [[]]}}
        missing = await http.post(path, json={**spec, "components": [no_example]}, headers=headers)
        assert missing.status_code == 400
        made = await http.post(path, json=spec, headers=headers)
        assert made.status_code == 200
        answer = made.json()
        assert answer["status"] == "PENDING" and isinstance(answer["id"], str)
        again = await http.post(path, json=spec, headers=headers)
        assert again.status_code == 400  # same name and language
        for n in range(99):
            assert (await http.post(path, json={**spec, "name": f"t_{n}"}, headers=headers)).status_code == 200
        over = await http.post(path, json={**spec, "name": "one_too_many"}, headers=headers)
        assert over.json()["error"]["code"] == 80008
    webhook = json.loads(meta.approve_template("ok_name", "en_US"))
    value = webhook["entry"][0]["changes"][0]["value"]
    assert value["message_template_id"] == int(answer["id"]) and value["event"] == "APPROVED"


async def test_the_sandbox_review_desk_delivers_meta_s_decision(wa: WA) -> None:
    """In the sandbox a person plays Meta's reviewer: the emulator applies the decision and hands the webhook
    to the app (app.integrations.meta.sandbox wires the sink to the webhook inbox)."""
    import httpx

    from tests.messaging.conftest import run_jobs

    await wa.configure()
    assert (await create(wa))["errors"] == []

    async def sink(body: bytes) -> None:
        await wa.meta.post_webhook(wa.http, body)

    wa.meta.webhook_sink = sink
    async with httpx.AsyncClient(transport=wa.meta.transport(), base_url="http://sandbox") as http:
        decided = await http.post(
            "/_sandbox/templates/review",
            json={"name": "welcome_offer", "language": "en_US", "event": "REJECTED", "reason": "SCAM"},
        )
        assert decided.json()["delivered"] is True
        assert (await http.post("/_sandbox/templates/review", json={"name": "x"})).status_code == 400
        unknown = await http.post("/_sandbox/templates/review", json={"name": "x", "language": "en_US"})
        assert unknown.status_code == 404 and "create it first" in unknown.json()["error"]
    await run_jobs()
    shown = await listed(wa)
    assert (shown["status"], shown["rejectionReason"]) == ("REJECTED", "SCAM")
