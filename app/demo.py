"""The sandbox demo: an organisation "Demo" with an owner, connected to the sandbox Meta, with data.

`ensure_demo(settings)` is idempotent. It walks the real connect flow (authorize URL -> the sandbox
emulator's dialog -> our callback -> completeMetaConnection), chooses the sandbox ad account and Page,
runs the first sync and fires signed leadgen webhooks for the emulator's seeded leads, so a newcomer sees
campaigns, insights and leads within a minute of `make run`. It also configures the sandbox WhatsApp number
with a workflow, so the lead who ticked the form's WhatsApp opt-in gets a template, lets a stranger write from a
Click-to-WhatsApp ad (a new WHATSAPP lead with its referral, and a photo in the inbox), broadcasts the sandbox's
marketing template to every lead (`broadcasts` shows who was reached and who was skipped, and why), and, with
billing on, subscribes the organisation through Stripe Checkout in the Stripe sandbox (a trial, so a zero
invoice). Refused outside the sandbox.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from urllib.parse import parse_qsl, urlsplit

import httpx
import typer
from rich.markup import escape

from app.accounts.models import Membership, Organization, PolicyAcceptance, Role, User
from app.cli import apply_migrations, console, load_settings_or_exit, run_with_orm
from app.db import BASELINE_POLICY_VERSION
from app.security.crypto import PLATFORM_SCOPE, blind_index, normalize_email
from app.security.passwords import hash_password
from app.settings import Settings

log = logging.getLogger("quantix.demo")

DEMO_SLUG = "demo"
DEMO_EMAIL = "demo@quantix.local"
TEST_CARD = "4242 4242 4242 4242"
DECLINED_CARD = "4000 0000 0000 0002"


class DemoRefused(RuntimeError):
    """The demo needs the Meta sandbox (development only)."""


def demo_password(settings: Settings) -> str:
    """Stable for one instance (derived from its secret key), so repeated runs print the same login."""
    digest = hmac.new(settings.secret_key.encode(), b"quantix-demo-owner", hashlib.sha256).hexdigest()
    return f"demo-{digest[:16]}"


async def _owner(settings: Settings) -> tuple[Organization, User, bool]:
    org = await Organization.get_or_none(slug=DEMO_SLUG)
    created = org is None
    if org is None:
        org = await Organization.create(name="Demo", slug=DEMO_SLUG, default_country="DE")
    bidx = blind_index(PLATFORM_SCOPE, "email", normalize_email(DEMO_EMAIL))
    user = await User.get_or_none(email_bidx=bidx)
    if user is None:
        user = await User.create(
            email=DEMO_EMAIL,
            email_bidx=bidx,
            full_name="Demo Owner",
            password_hash=hash_password(demo_password(settings)),
            accepted_policy_version=BASELINE_POLICY_VERSION,
            last_organization_id=org.id,
        )
        await PolicyAcceptance.create(user=user, version=BASELINE_POLICY_VERSION)
    await Membership.get_or_create(organization=org, user=user, defaults={"role": Role.OWNER})
    return org, user, created


async def _connect(settings: Settings, org: Organization, user: User) -> None:
    """The real flow against the sandbox emulator, without a browser."""
    from app.integrations.meta import connection, oauth
    from app.integrations.meta.sandbox import sandbox_emulator
    from app.integrations.meta.transport import meta_transport

    emulator = sandbox_emulator(settings)
    url = await oauth.start_connection(org.id, user.id, f"{settings.base_url}/")
    async with httpx.AsyncClient(transport=meta_transport(settings), follow_redirects=False) as browser:
        dialog = await browser.get(url)
    back = dict(parse_qsl(urlsplit(dialog.headers["location"]).query))
    outcome = await oauth.handle_callback(back)
    params = dict(parse_qsl(urlsplit(outcome.redirect).query))
    if params.get("meta") != "pending":
        raise DemoRefused(f"the sandbox connect flow ended with {params.get('reason')}")
    await connection.complete_connection(org.id, user.id, params["grant"])
    await connection.select_assets(org.id, [f"act_{emulator.AD_ACCOUNT_ID}"], [emulator.PAGE_ID])


async def _fire_leads(settings: Settings) -> int:
    """Signed leadgen webhooks for the emulator's seeded (recent) leads, through the real inbox."""
    from app.integrations.meta import webhooks
    from app.integrations.meta.sandbox import sandbox_emulator

    emulator = sandbox_emulator(settings)
    fired = 0
    for leadgen_id in ("130528934038370", "130528934038371"):
        lead = emulator.objects.get(leadgen_id)
        if lead is None:
            continue
        body = emulator.leadgen_webhook(
            emulator.PAGE_ID, lead["form_id"], leadgen_id, ad_id=lead.get("ad_id"), created_time=int(lead["_created"])
        )
        if await webhooks.receive(body) is not None:
            fired += 1
    return fired


async def _whatsapp(settings: Settings, org: Organization, user: User) -> None:
    """The sandbox WhatsApp number and a workflow greeting new Lead Ads leads who opted in on the form."""
    from app.integrations.meta.sandbox import sandbox_emulator
    from app.leads.models import LeadSource
    from app.messaging import services, workflows

    emulator = sandbox_emulator(settings)
    await services.configure(
        org.id,
        phone_number_id=emulator.PHONE_NUMBER_ID,
        business_account_id=emulator.WABA_ID,
        access_token=emulator.system_user_token(),
        actor_id=user.id,
    )
    spec = workflows.WorkflowSpec(
        name="Welcome new Lead Ads leads on WhatsApp",
        form_id=None,
        campaign_id=None,
        source=LeadSource.META_LEAD_ADS,
        template=services.TemplateSpec("appointment_reminder", "en_US", ["{{lead.firstName}}", "tomorrow at 10:00"]),
        delay_seconds=0,
    )
    await workflows.create_workflow(org.id, spec, user.id)


# A 1x1 PNG: the demo's inbound photo.
DEMO_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005"
    "0101ff5fe2f3d00000000049454e44ae426082"
)


async def _whatsapp_inbox(settings: Settings) -> int:
    """A stranger taps the sandbox's Click-to-WhatsApp ad and writes, then sends a photo: the inbox shows a new
    WHATSAPP lead attributed to the ad (its referral kept) and the photo behind a signed link."""
    from app.integrations.meta import webhooks
    from app.integrations.meta.sandbox import sandbox_emulator

    emulator = sandbox_emulator(settings)
    wa_id = "4915722220001"
    first = emulator.whatsapp_inbound(
        wa_id,
        text="Hi! I saw your ad - do you have appointments next week?",
        name="Lena Sandbox",
        user_id="DE.7730104455501",
        referral=emulator.ctwa_referral(emulator.AD_IDS[0]),
    )
    photo = emulator.add_media(DEMO_PNG, "image/png")
    second = emulator.whatsapp_inbound(wa_id, media=photo, caption="My referral letter", name="Lena Sandbox")
    return sum([await webhooks.receive(body) is not None for body in (first, second)])


async def _broadcast(org: Organization, user: User) -> None:
    """A broadcast of the sandbox's marketing template to the demo leads, once they are in: it shows who was
    reached and who was skipped and why (only the lead who opted in on the form may get it)."""
    from app.errors import DomainError
    from app.leads.queries import LeadFilter
    from app.messaging import broadcasts, services

    try:
        await broadcasts.create_broadcast(
            org.id,
            name="Spring offer to every lead",
            template=services.TemplateSpec("spring_offer", "de", ["there"]),
            lead_filter=LeadFilter(),
            actor_id=user.id,
        )
    except DomainError:  # the leads' webhooks are still queued (a separate worker): no audience yet
        return


DEMO_SEATS = 5


async def _billing(settings: Settings, org: Organization) -> None:
    """The way a customer subscribes: checkout started by the product, paid with a test card on the sandbox's
    hosted page, and Stripe's events taken in through the webhook inbox (those sent before the API listened
    are recovered from Stripe's event list), so the subscription and invoice are mirrors, never written here."""
    from app.billing import events, services
    from app.billing.plans import default_plan
    from app.ids import global_id
    from app.integrations.stripe.transport import stripe_transport

    account = await services.account_of(org.id)
    if account is not None and account.stripe_customer_id and await _sandbox_lost(settings, account.stripe_customer_id):
        await account.delete()  # the sandbox lost its state (its file removed): the demo's billing starts over
        account = None
    if account is None or not account.stripe_subscription_id:
        back = f"{settings.base_url.rstrip('/')}/"
        url = await services.start_checkout(
            settings,
            org.id,
            plan_id=default_plan(settings).id,
            seats=DEMO_SEATS,  # room to invite a team without a changeSeats first
            success_url=back,
            cancel_url=back,
            reference=global_id("Organization", org.id),
        )
        form = {"email": DEMO_EMAIL, "name": "Demo Owner", "card_expiry": "12/34", "card_cvc": "123"}
        async with httpx.AsyncClient(transport=stripe_transport(settings)) as browser:
            paid = await browser.post(url, data={**form, "card_number": TEST_CARD.replace(" ", "")})
        if paid.status_code != 303:
            raise DemoRefused(f"the sandbox checkout page answered {paid.status_code}")
    await events.recover_undelivered(settings)


async def _sandbox_lost(settings: Settings, customer_id: str) -> bool:
    """The Stripe sandbox does not know the demo's customer (say its state file was removed while the database
    was kept): a portal or seat change would only be refused, so the demo subscribes anew."""
    from app.integrations.stripe.client import NotFound, StripeClient

    try:
        async with StripeClient(settings) as stripe:
            await stripe.customer(customer_id)
    except NotFound:
        return True
    return False


def checkout_hint(settings: Settings) -> str:
    """How to try checkout yourself: the demo organisation already subscribed, so a new one is needed."""
    from app.billing.plans import default_plan

    base = settings.base_url.rstrip("/")
    return (
        "Billing (Stripe sandbox): the demo organisation trials its plan (see organization { subscription } and "
        "invoices). To try checkout, sign up another organisation (signUp) and run startCheckout(input: "
        f'{{planId: "{default_plan(settings).id}", successUrl: "{base}/", cancelUrl: "{base}/"}}); open the '
        f"returned url and pay with the test card {TEST_CARD} (any future expiry and CVC; "
        f"{DECLINED_CARD} is declined). "
        "openBillingPortal and changeSeats manage the demo organisation's subscription."
    )


async def ensure_demo(settings: Settings) -> str:
    """Seed the sandbox demo once; return the login to print.

    The demo organisation's existence is what says it was seeded: Meta is connected, its leads imported and
    WhatsApp set up only in the run that creates it, never again. Whatever the demo did since (disconnected
    Meta, had its Meta data deleted, gave its Page to another organisation) stays as it is: a later run only
    checks the demo's subscription (billing on). A first run that failed part-way is not resumed either: connect
    the demo through the sandbox, or delete the organisation to have the next run seed it anew."""
    from app.jobs import queue

    if not settings.meta_sandbox or settings.is_production:
        raise DemoRefused("the demo needs the Meta sandbox (QUANTIX_META_SANDBOX=true, not in production)")
    org, user, first_run = await _owner(settings)
    if first_run:
        await _connect(settings, org, user)
        await _whatsapp(settings, org, user)
        await _fire_leads(settings)
    if settings.billing_on:
        await _billing(settings, org)
    backend = queue.backend()
    if isinstance(backend, queue.InProcessBackend):
        await backend.drain(timeout=120)
    if first_run:  # after the first sync, so the Click-to-WhatsApp ad is known and the lead attributed
        await _whatsapp_inbox(settings)
        if isinstance(backend, queue.InProcessBackend):
            await backend.drain(timeout=120)
            await _broadcast(org, user)
            await backend.drain(timeout=120)
    login = f"Demo organisation ready: sign in as {DEMO_EMAIL} with password {demo_password(settings)}"
    return f"{login}\n{checkout_hint(settings)}" if settings.billing_on else login


async def seed_demo(settings: Settings) -> str:
    """`quantix serve`'s seeding: the demo is a convenience, so a failure is logged (with its traceback) and
    named in the line printed, and the server starts all the same."""
    try:
        return await ensure_demo(settings)
    except Exception as exc:
        log.warning("the sandbox demo could not be seeded", exc_info=True)
        reason = escape(f"{type(exc).__name__}: {exc}")  # printed by the console: its text is no markup
        return f"[yellow]The demo organisation could not be seeded ({reason}); the server starts anyway.[/yellow]"


app = typer.Typer(help="Seed the sandbox demo organisation and print its login.", invoke_without_command=True)


@app.callback()
def demo() -> None:
    """Seed the sandbox with a demo organisation (idempotent) and print a login."""
    settings = load_settings_or_exit()
    try:
        if settings.is_sqlite or settings.env == "development":
            console.print(run_with_orm(apply_migrations, settings))
        console.print(run_with_orm(ensure_demo, settings))
        console.print(f"GraphiQL: {settings.base_url}/graphql (run `quantix serve`)")
    except DemoRefused as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(code=2) from None
