"""The privacy center in headless Chromium: fill the form, read the mailed code, enter it, see the status.

Skipped only when no `chromium` binary is installed (Debian: `apt-get install chromium`)."""

from __future__ import annotations

import pytest

from app.accounts.models import Role
from app.privacy.request_models import PrivacyRequest, RequestStatus
from tests.events.conftest import serve
from tests.privacy.center.cdp import browser_page, chromium_path
from tests.privacy.center.test_channels import LOG, STATUS_LINK
from tests.privacy.requests.helpers import last_code, mails_to
from tests.support import GraphQLClient, make_org, make_user

pytestmark = pytest.mark.skipif(chromium_path() is None, reason="chromium is not installed")


async def test_a_person_asks_for_their_data_in_a_browser(app) -> None:  # type: ignore[no-untyped-def]
    org = await make_org(name="Browser & <Co>")
    async with serve(app) as port, browser_page() as page:
        base = f"http://127.0.0.1:{port}"
        await page.goto(f"{base}/privacy/{org.slug}")
        assert await page.evaluate("document.querySelector('h1').innerText") == "Privacy at Browser & <Co>"
        # the stylesheet loaded under the page's CSP (no inline styles, no scripts)
        assert await page.evaluate("document.styleSheets.length") == 1
        assert await page.evaluate("document.scripts.length") == 0

        # keyboard order: skip link, the links, then the form's fields in reading order, then its button
        stops = [await page.press_tab() for _ in range(10)]
        assert stops[0] == "A #request"
        assert stops[-6:] == ["type", "objection_kind", "email", "phone", "details", "BUTTON submit"]

        await page.evaluate("document.getElementById('type').value = 'ACCESS'")
        await page.type_into("#email", "browser.person@example.com")
        await page.type_into("#details", "Please send me <everything>.")
        await page.click_and_wait("button[type=submit]")
        assert "Enter your code" in await page.text()

        code = await last_code("browser.person@example.com")
        await page.type_into("#code", code)
        await page.click_and_wait("button[type=submit]")

        assert "/privacy/status/" in await page.evaluate("location.pathname")
        shown = await page.text()
        assert "VERIFIED" in shown
    row = await PrivacyRequest.get(organization_id=org.id)
    assert row.status is RequestStatus.VERIFIED and row.intake_channel.value == "WEB"


async def test_the_subject_of_a_logged_request_confirms_it_from_the_mailed_link(app, client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    await GraphQLClient(client, token).data(
        LOG, {"input": {"type": "ERASURE", "channel": "PHONE", "email": "caller@example.com"}}
    )
    mail = (await mails_to("caller@example.com", "privacy.verification"))[-1]
    path = STATUS_LINK.search(mail.body_text).group(1)
    async with serve(app) as port, browser_page() as page:
        await page.goto(f"http://127.0.0.1:{port}{path}")
        assert "PENDING_VERIFICATION" in await page.text()
        await page.type_into("#code", await last_code("caller@example.com"))
        await page.click_and_wait("button[type=submit]")
        assert await page.evaluate("location.pathname") == path
        assert "VERIFIED" in await page.text()
        assert await page.evaluate("document.querySelectorAll('form').length") == 0
    row = await PrivacyRequest.get(organization_id=org.id)
    assert row.status is RequestStatus.VERIFIED and row.intake_channel.value == "PHONE"
