"""The privacy center over HTTP: pages, escaping, CSRF, body limit, the request → code → status flow."""

from __future__ import annotations

import datetime as dt
import re
from html import escape as html_escape

from app.accounts.models import Organization, PolicyVersion, Role
from app.accounts.services import unique_slug
from app.mail.models import OutboxMail
from app.privacy.center.messages import MESSAGES
from app.privacy.request_models import PrivacyRequest
from app.settings import get_settings
from tests.privacy.requests.helpers import last_code, mails_to
from tests.support import GraphQLClient, make_org, make_user

CSRF = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')
REQUEST_ID = re.compile(r'name="request_id" value="([0-9a-f-]{36})"')
UPDATE_ORG = """
mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { organization { privacyContact privacyPolicyUrl } errors { field code } }
}"""


async def _token(client, slug: str) -> str:  # type: ignore[no-untyped-def]
    page = await client.get(f"/privacy/{slug}")
    assert page.status_code == 200
    return CSRF.search(page.text).group(1)


async def test_center_shows_the_org_contact_policy_and_processors_escaped(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org(name="<script>alert(1)</script> & Co")
    page = await client.get(f"/privacy/{org.slug}")
    assert page.status_code == 200
    html = page.text
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
    assert get_settings().privacy_contact.removeprefix("mailto:") in html
    assert f'href="/privacy/{org.slug}/policy"' in html and 'href="/legal/subprocessors"' in html
    processors = get_settings().processors
    assert processors and all(html_escape(p.name) in html for p in processors)  # the list itself, not a link
    csp = page.headers["content-security-policy"]
    assert "script-src" not in csp and "default-src 'none'" in csp and "'unsafe-inline'" not in csp
    assert "style=" not in html and "<style" not in html
    for field in ("type", "email", "phone", "details", "objection_kind"):
        assert f'<label for="{field}">' in html and f'id="{field}"' in html
    css = await client.get("/privacy/static/privacy-center.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


async def test_unknown_slug_is_404(client) -> None:  # type: ignore[no-untyped-def]
    assert (await client.get("/privacy/no-such-org-here")).status_code == 404
    assert (await client.get("/privacy/no-such-org-here/policy")).status_code == 404
    assert (await client.get("/privacy/%00")).status_code == 404  # PostgreSQL would refuse the NUL: not a 500
    assert (await client.get("/privacy/%00/policy")).status_code == 404


async def test_a_form_address_opened_in_the_browser_is_a_page_of_the_center(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    for path in (f"/privacy/{org.slug}/request", f"/privacy/{org.slug}/verify"):
        page = await client.get(path)
        assert page.status_code == 405 and page.headers["allow"] == "POST"
        assert page.headers["content-type"].startswith("text/html")
        assert html_escape(MESSAGES["en"]["method_not_allowed"]) in page.text
        assert 'href="/privacy/static/privacy-center.css"' in page.text
        assert "default-src 'none'" in page.headers["content-security-policy"]


async def test_owner_sets_the_privacy_contact_and_policy_url(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, owner = await make_user(org, role=Role.OWNER)
    _, admin = await make_user(org, role=Role.ADMIN)
    refused = await GraphQLClient(client, admin)(UPDATE_ORG, {"input": {"privacyContact": "dpo@example.com"}})
    assert refused.get("errors")
    bad = await GraphQLClient(client, owner).data(UPDATE_ORG, {"input": {"privacyPolicyUrl": "http://x.example"}})
    assert bad["updateOrganization"]["errors"][0]["code"] == "INVALID_INPUT"
    done = await GraphQLClient(client, owner).data(
        UPDATE_ORG, {"input": {"privacyContact": "dpo@example.com", "privacyPolicyUrl": "https://example.com/p"}}
    )
    assert done["updateOrganization"]["organization"] == {
        "privacyContact": "mailto:dpo@example.com",
        "privacyPolicyUrl": "https://example.com/p",
    }
    assert "dpo@example.com" in (await client.get(f"/privacy/{org.slug}")).text
    redirect = await client.get(f"/privacy/{org.slug}/policy", follow_redirects=False)
    assert redirect.status_code == 302 and redirect.headers["location"] == "https://example.com/p"


async def test_the_policy_url_takes_2048_characters(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §6: "URLs 2,048 characters"; one more is INVALID_INPUT on `privacyPolicyUrl`."""
    org = await make_org()
    _, owner = await make_user(org, role=Role.OWNER)
    gql = GraphQLClient(client, owner)
    longest = "https://example.com/p?" + "x" * (2_048 - 22)
    done = await gql.data(UPDATE_ORG, {"input": {"privacyPolicyUrl": longest}})
    assert done["updateOrganization"]["organization"]["privacyPolicyUrl"] == longest
    refused = await gql.data(UPDATE_ORG, {"input": {"privacyPolicyUrl": longest + "x"}})
    assert refused["updateOrganization"]["errors"] == [{"field": "privacyPolicyUrl", "code": "INVALID_INPUT"}]


async def test_policy_page_shows_version_text_and_earlier_versions(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    old = await PolicyVersion.create(version="0.9-old", effective_date=dt.date(2001, 1, 1), text="Old <b>terms</b>")
    page = await client.get(f"/privacy/{org.slug}/policy")
    assert page.status_code == 200
    assert "Version " in page.text and "0.9-old" in page.text
    earlier = await client.get(f"/privacy/{org.slug}/policy", params={"version": old.version})
    assert "Old &lt;b&gt;terms&lt;/b&gt;" in earlier.text


async def test_form_without_or_with_forged_csrf_is_403_and_stores_nothing(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    form = {"type": "ACCESS", "email": "csrf@example.com"}
    missing = await client.post(f"/privacy/{org.slug}/request", data=form)
    assert missing.status_code == 403
    await _token(client, org.slug)
    forged = await client.post(f"/privacy/{org.slug}/request", data={**form, "csrf_token": "0" * 64})
    assert forged.status_code == 403
    assert not await PrivacyRequest.filter(organization_id=org.id).exists()
    assert await mails_to("csrf@example.com") == []


async def test_form_over_64_kib_is_refused(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    token = await _token(client, org.slug)
    big = await client.post(
        f"/privacy/{org.slug}/request",
        data={"csrf_token": token, "type": "ACCESS", "email": "big@example.com", "details": "x" * 70_000},
    )
    assert big.status_code == 413
    assert not await PrivacyRequest.filter(organization_id=org.id).exists()


async def test_details_take_10000_characters_on_the_form_and_the_api(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    token = await _token(client, org.slug)
    form = {"csrf_token": token, "type": "ACCESS", "email": "long@example.com"}
    too_long = await client.post(f"/privacy/{org.slug}/request", data={**form, "details": "x" * 10_001})
    assert too_long.status_code == 400 and MESSAGES["en"]["center.error.details"] in too_long.text
    longest = await client.post(f"/privacy/{org.slug}/request", data={**form, "details": "x" * 10_000})
    assert longest.status_code == 200
    api = await GraphQLClient(client, None).data(
        "mutation($input: SubmitPrivacyRequestInput!) { submitPrivacyRequest(input: $input) { errors { field } } }",
        {"input": {"organizationSlug": org.slug, "type": "ACCESS", "email": "api@example.com", "details": "y" * 9_000}},
    )
    assert api["submitPrivacyRequest"]["errors"] == []
    assert await PrivacyRequest.filter(organization_id=org.id).count() == 2


async def test_the_form_refuses_address_lists_and_text_no_api_takes(client) -> None:  # type: ignore[no-untyped-def]
    """The form follows submitPrivacyRequest's rules: exactly one address, and no NUL in any text (the API's
    input check refuses it); it is shown again with the error, nothing is stored and nothing is mailed."""
    org = await make_org()
    token = await _token(client, org.slug)
    form = {"csrf_token": token, "type": "ACCESS", "email": "one@example.com"}
    refused = [
        ({"email": "lead1@x.test,attacker@evil.test"}, "center.error.email"),
        ({"email": "v0@spam.test;v1@spam.test"}, "center.error.email"),
        ({"email": "a@b@x.test"}, "center.error.email"),
        ({"email": "Name <a@x.test>"}, "center.error.email"),
        ({"email": "a\x00b@x.test"}, "center.error.email"),
        ({"details": "before\x00after"}, "center.error.details"),
        ({"phone": "+44 20 7946 0958\x00"}, "center.error.phone"),
    ]
    for change, message in refused:
        page = await client.post(f"/privacy/{org.slug}/request", data={**form, **change})
        assert page.status_code == 400 and MESSAGES["en"][message] in page.text, change
        assert 'name="email"' in page.text  # the request form again, not the code form
    assert not await PrivacyRequest.filter(organization_id=org.id).exists()
    assert not await OutboxMail.filter(organization_id=org.id).exists()
    taken = await client.post(f"/privacy/{org.slug}/request", data=form)
    assert taken.status_code == 200 and REQUEST_ID.search(taken.text)


async def test_request_code_status_flow_with_channel_web(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    token = await _token(client, org.slug)
    invalid = await client.post(
        f"/privacy/{org.slug}/request", data={"csrf_token": token, "type": "OBJECTION", "email": "web@example.com"}
    )
    assert invalid.status_code == 400 and 'role="alert"' in invalid.text
    sent = await client.post(
        f"/privacy/{org.slug}/request",
        data={"csrf_token": token, "type": "ACCESS", "email": "web@example.com", "details": "<i>hi</i>"},
    )
    assert sent.status_code == 200
    request_id = REQUEST_ID.search(sent.text).group(1)
    wrong = await client.post(
        f"/privacy/{org.slug}/verify", data={"csrf_token": token, "request_id": request_id, "code": "000000"}
    )
    assert wrong.status_code == 400 and MESSAGES["en"]["center.code.wrong"] in wrong.text
    code = await last_code("web@example.com")
    done = await client.post(
        f"/privacy/{org.slug}/verify",
        data={"csrf_token": token, "request_id": request_id, "code": code},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"].startswith("/privacy/status/")
    status = await client.get(done.headers["location"])
    assert "VERIFIED" in status.text
    assert get_settings().privacy_contact.removeprefix("mailto:") in status.text
    row = await PrivacyRequest.get(id=request_id)
    assert row.intake_channel.value == "WEB"
    mail = (await mails_to("web@example.com", "privacy.verification"))[0]
    assert org.name in mail.body_text
    assert get_settings().privacy_contact in mail.body_text  # privacy mails name the contact


async def test_reserved_slugs_get_a_suffix(client) -> None:  # type: ignore[no-untyped-def]
    for name in ("Status", "Policy", "static"):
        slug = await unique_slug(name)
        assert slug not in {"status", "policy", "static"} and slug.startswith(name.lower() + "-")
    assert await Organization.all().count() >= 0
