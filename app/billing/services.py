"""Billing services: the organisation's subscription as the product sees it, seats, checkout, the portal,
seat changes and billing details mirrored to the Stripe customer, and the mirror of Stripe's subscription.

Stripe is the source of truth for the subscription: `sync_subscription` re-reads it, so webhook order never
matters. Before any checkout an organisation trials the default plan from its creation date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import math
import re
import uuid
from dataclasses import dataclass
from typing import Any

import phonenumbers

from app.accounts.models import Invitation, Membership, Organization
from app.accounts.services import check_email
from app.audit import services as audit
from app.billing.models import BillingAccount, SubscriptionStatus
from app.billing.plans import Plan, default_plan, find_plan, plan_for_price
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit
from app.integrations.meta.oauth import redirect_allowed
from app.integrations.stripe.client import CardError, NotFound, StripeClient, StripeError
from app.leads.models import Lead
from app.settings import Settings

log = logging.getLogger("quantix.billing")

PAST_DUE_GRACE = dt.timedelta(days=14)
MAX_SEATS = 10_000
TAX_ID_TYPES = frozenset({"eu_vat", "gb_vat", "ch_vat", "no_vat", "us_ein", "in_gst", "au_abn", "ca_bn"})
# An id of Stripe's in its messages ("No such customer: 'cus_…'"): internal, never shown to a user
_STRIPE_ID = re.compile(
    r"""(?::\s*)?['"](?:acct|bps|ch|cs|cus|evt|il|in|pi|pm|price|prod|si|sub|txi)_[A-Za-z0-9_]+['"]"""
    r"|\b(?:acct|bps|ch|cs_test|cs_live|cus|evt|il|in|pi|pm|si|sub|txi)_[A-Za-z0-9]{14,}"
)
SURPLUS_COMMENT = "A second subscription for an organisation that already has one: canceled by QuantixOne."
_STATUSES = {
    "trialing": SubscriptionStatus.TRIALING,
    "active": SubscriptionStatus.ACTIVE,
    "past_due": SubscriptionStatus.PAST_DUE,
    "canceled": SubscriptionStatus.CANCELED,
    "unpaid": SubscriptionStatus.UNPAID,
    "paused": SubscriptionStatus.UNPAID,  # a trial ended without a payment method: no access until paid
    "incomplete": SubscriptionStatus.INCOMPLETE,
    # terminal, never started (STRIPE.md §6): SPEC's statuses have no own name for it, CANCELED is the
    # terminal, read-only one from which a new checkout may start
    "incomplete_expired": SubscriptionStatus.CANCELED,
}
TERMINAL = frozenset({"canceled", "incomplete_expired"})  # Stripe statuses a subscription never leaves
# Our statuses from which a new checkout may start: over, or never started
CHECKOUT_AGAIN = frozenset({SubscriptionStatus.CANCELED, SubscriptionStatus.INCOMPLETE})


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _from_unix(value: Any) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(int(value), dt.UTC) if isinstance(value, int | float) else None


@dataclass(frozen=True)
class SubscriptionView:
    """What `Organization.subscription` shows; `seats` None = no cap (the trial before checkout)."""

    plan: Plan
    status: SubscriptionStatus
    seats: int | None
    current_period_end: dt.datetime | None
    cancel_at_period_end: bool
    past_due_since: dt.datetime | None
    card: tuple[str, str, int, int] | None  # brand, last4, exp month, exp year
    trial_end: dt.datetime | None = None  # the free trial from the organisation's creation (INCOMPLETE only)

    @property
    def inactive(self) -> bool:
        """The read-only rule of SPEC §7.3: PAST_DUE over 14 days, UNPAID, CANCELED, or a lapsed trial; a first
        payment that never went through (INCOMPLETE) keeps access only while the free trial lasts (SPEC §7.7)."""
        if self.status in (SubscriptionStatus.UNPAID, SubscriptionStatus.CANCELED):
            return True
        if self.status is SubscriptionStatus.PAST_DUE:
            return self.past_due_since is not None and _now() - self.past_due_since > PAST_DUE_GRACE
        if self.status is SubscriptionStatus.TRIALING and self.current_period_end is not None:
            return self.current_period_end <= _now()
        if self.status is SubscriptionStatus.INCOMPLETE:
            return self.trial_end is not None and self.trial_end <= _now()
        return False


def _trial_end(settings: Settings, org: Organization) -> dt.datetime:
    return org.created_at + dt.timedelta(days=default_plan(settings).trial_days)


async def account_of(organization_id: uuid.UUID) -> BillingAccount | None:
    return await BillingAccount.for_org(organization_id).get_or_none()


async def subscription_view(settings: Settings, organization_id: uuid.UUID) -> SubscriptionView | None:
    """None while billing is off."""
    if not settings.billing_on:
        return None
    account = await account_of(organization_id)
    if account is None or account.status is None:
        org = await Organization.get(id=organization_id)
        plan = default_plan(settings)
        return SubscriptionView(plan, SubscriptionStatus.TRIALING, None, _trial_end(settings, org), False, None, None)
    trial_end = None
    if account.status is SubscriptionStatus.INCOMPLETE:
        trial_end = _trial_end(settings, await Organization.get(id=organization_id))
    stored = account.card or {}
    card = None
    if stored.get("brand") and stored.get("last4"):
        card = (stored["brand"], stored["last4"], int(stored.get("exp_month") or 0), int(stored.get("exp_year") or 0))
    return SubscriptionView(
        plan=find_plan(settings, account.plan_id or "") or default_plan(settings),
        status=account.status,
        seats=account.seats,
        current_period_end=account.current_period_end,
        cancel_at_period_end=account.cancel_at_period_end,
        past_due_since=account.past_due_since,
        card=card,
        trial_end=trial_end,
    )


async def is_read_only(settings: Settings, organization_id: uuid.UUID) -> bool:
    view = await subscription_view(settings, organization_id)
    return view is not None and view.inactive


async def seats_used(organization_id: uuid.UUID) -> int:
    """Members of every role plus pending invitations."""
    members = await Membership.for_org(organization_id).count()
    pending = (
        await Invitation.for_org(organization_id)
        .filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=_now())
        .count()
    )
    return members + pending


async def check_seat_for_invitation(settings: Settings, organization_id: uuid.UUID) -> None:
    """Inviting beyond the paid seats is INVALID_STATE (no cap during the trial before checkout)."""
    view = await subscription_view(settings, organization_id)
    if view is None or view.seats is None:
        return
    if await seats_used(organization_id) >= view.seats:
        raise DomainError(
            ErrorCode.INVALID_STATE,
            f"All {view.seats} paid seats are taken (members and pending invitations): add seats first.",
            field="email",
        )


@dataclass(frozen=True)
class Usage:
    leads_this_period: int
    included_leads: int


async def usage(settings: Settings, organization_id: uuid.UUID) -> Usage:
    """Leads created in the current UTC calendar month (merged duplicates count through their merge records,
    by the duplicate's creation time; erased leads through their tombstones, by the month the lead was
    created); going over only shows."""
    from app.leads.models import LeadMerge
    from app.tombstones.models import ErasureTombstone

    now = _now()
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    stored = await Lead.for_org(organization_id).filter(created_at__gte=start).count()
    merged = await LeadMerge.for_org(organization_id).filter(lead_created_at__gte=start).count()
    erased = await ErasureTombstone.filter(organization_id=organization_id, lead_created_month=start.date()).count()
    view = await subscription_view(settings, organization_id)
    plan = view.plan if view is not None else default_plan(settings)
    return Usage(stored + merged + erased, plan.included_leads_per_month)


# --- Stripe: customer, checkout, portal, seats -------------------------------------------------------


def _check_url(settings: Settings, url: str, field: str) -> str:
    if not redirect_allowed(settings, url):
        raise DomainError(
            ErrorCode.INVALID_INPUT, f"{field} must be on this service's origin or an allowed CORS origin.", field
        )
    return url.strip()


def _require_billing(settings: Settings) -> None:
    if not settings.billing_on:
        raise DomainError(ErrorCode.INVALID_STATE, "Billing is off on this installation.")


def _public(message: str) -> str:
    """Stripe's message without the ids of its objects, which mean nothing to a user."""
    return " ".join(_STRIPE_ID.sub("", message).split())


def _stripe_failed(exc: StripeError, field: str | None = None) -> DomainError:
    log.warning("stripe refused a billing call", extra={"status": exc.status, "stripe_code": exc.code})
    return DomainError(ErrorCode.INVALID_STATE, f"The payment provider refused: {_public(exc.message)}", field)


async def _ensure_customer(stripe: StripeClient, organization_id: uuid.UUID) -> BillingAccount:
    """The organisation's Stripe customer, created once. One Idempotency-Key per user action (the client's
    retries of the call share it): Stripe replays a key's first result, even a 500, for 24 h (STRIPE.md §0),
    so a key per organisation would refuse every later attempt. Two actions racing keep the first customer."""
    account, _ = await BillingAccount.get_or_create(organization_id=organization_id)
    if account.stripe_customer_id:
        return account
    org = await Organization.get(id=organization_id)
    params: dict[str, Any] = {"name": account.company_name or org.name, "metadata": {"org_id": str(org.id)}}
    if account.billing_email:
        params["email"] = account.billing_email
    customer = await stripe.create_customer(params, idempotency_key=f"quantix-customer-{org.id}-{uuid.uuid4()}")
    linked = await BillingAccount.filter(id=account.id, stripe_customer_id__isnull=True).update(
        stripe_customer_id=customer["id"], updated_at=_now()
    )
    if not linked:  # another action linked its customer in between: keep that one, delete ours
        with contextlib.suppress(StripeError):
            await stripe.delete_customer(customer["id"])
        await account.refresh_from_db()
        return account
    account.stripe_customer_id = customer["id"]
    return account


async def start_checkout(
    settings: Settings,
    organization_id: uuid.UUID,
    *,
    plan_id: str,
    seats: int | None,
    success_url: str,
    cancel_url: str,
    reference: str,
) -> str:
    """A Checkout Session in subscription mode; returns its URL. `reference` is the organisation's global id."""
    plan = find_plan(settings, plan_id)
    if plan is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such plan.", field="planId")
    _require_billing(settings)
    used = await seats_used(organization_id)
    quantity = max(used, 1) if seats is None else seats
    if not 1 <= quantity <= MAX_SEATS:
        raise DomainError(ErrorCode.INVALID_INPUT, f"seats must be between 1 and {MAX_SEATS}.", field="seats")
    if quantity < used:
        raise DomainError(
            ErrorCode.INVALID_INPUT, f"You have {used} members and pending invitations: buy at least that.", "seats"
        )
    success = _check_url(settings, success_url, "successUrl")
    cancel = _check_url(settings, cancel_url, "cancelUrl")
    view = await subscription_view(settings, organization_id)
    _refuse_a_second_subscription(view)
    subscription_data: dict[str, Any] = {"metadata": {"org_id": str(organization_id)}}
    if view is not None and view.seats is None and view.current_period_end is not None:
        left = math.ceil((view.current_period_end - _now()).total_seconds() / 86400)  # a day begun counts
        if left >= 1:
            subscription_data["trial_period_days"] = left  # the rest of the free trial
    try:
        async with StripeClient(settings) as stripe:
            account = await _ensure_customer(stripe, organization_id)
            previous = account.checkout_session_id
            if previous:
                await _close_checkout(settings, stripe, previous)
                _refuse_a_second_subscription(await subscription_view(settings, organization_id))
            session = await stripe.create_checkout_session(
                {
                    "mode": "subscription",
                    "customer": account.stripe_customer_id,
                    "line_items": [{"price": plan.stripe_price_id, "quantity": quantity}],
                    "success_url": success,
                    "cancel_url": cancel,
                    "client_reference_id": reference,
                    "subscription_data": subscription_data,
                }
            )
            unchanged = {"checkout_session_id": previous} if previous else {"checkout_session_id__isnull": True}
            if not await BillingAccount.filter(id=account.id, **unchanged).update(checkout_session_id=session["id"]):
                # another checkout was started meanwhile and is the one to pay: this page never opens
                with contextlib.suppress(StripeError):
                    await stripe.expire_checkout_session(session["id"])
                raise DomainError(ErrorCode.INVALID_STATE, "Another checkout was started just now: use that one.")
    except StripeError as exc:
        raise _stripe_failed(exc) from None
    return str(session["url"])


def _refuse_a_second_subscription(view: SubscriptionView | None) -> None:
    if view is not None and view.seats is not None and view.status not in CHECKOUT_AGAIN:
        raise DomainError(ErrorCode.ALREADY_DONE, "There is a subscription already: use the billing portal.")


async def _close_checkout(settings: Settings, stripe: StripeClient, session_id: str) -> None:
    """The organisation's previous Checkout Session can no longer be paid: expired while open (STRIPE.md §4);
    paid already (its webhooks may still be on their way), its subscription is mirrored now."""
    try:
        session = await stripe.checkout_session(session_id)
        if session.get("status") == "open":
            try:
                await stripe.expire_checkout_session(session_id)
                return
            except StripeError as exc:
                if exc.status != 400:
                    raise
                session = await stripe.checkout_session(session_id)  # completed in between
    except NotFound:
        return
    if session.get("status") == "complete" and session.get("subscription"):
        await sync_subscription(settings, stripe, str(session["subscription"]))


async def open_billing_portal(settings: Settings, organization_id: uuid.UUID, return_url: str) -> str:
    _require_billing(settings)
    url = _check_url(settings, return_url, "returnUrl")
    try:
        async with StripeClient(settings) as stripe:
            account = await _ensure_customer(stripe, organization_id)
            session = await stripe.create_portal_session(str(account.stripe_customer_id), url)
    except StripeError as exc:
        raise _stripe_failed(exc) from None
    return str(session["url"])


async def change_seats(settings: Settings, organization_id: uuid.UUID, seats: int) -> SubscriptionView:
    """Prorated and invoiced now; fewer seats than members and invitations is INVALID_INPUT; a declined
    card (Stripe 402) is INVALID_STATE on `seats` and changes nothing."""
    _require_billing(settings)
    if not 1 <= seats <= MAX_SEATS:
        raise DomainError(ErrorCode.INVALID_INPUT, f"seats must be between 1 and {MAX_SEATS}.", field="seats")
    used = await seats_used(organization_id)
    if seats < used:
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            f"You have {used} members and pending invitations: remove some before going below that.",
            field="seats",
        )
    account = await account_of(organization_id)
    if account is None or not account.stripe_subscription_id or account.status is None:
        raise DomainError(ErrorCode.INVALID_STATE, "There is no subscription yet: start a checkout first.")
    if account.status is SubscriptionStatus.CANCELED:
        raise DomainError(ErrorCode.INVALID_STATE, "The subscription has ended: start a checkout to subscribe again.")
    try:
        async with StripeClient(settings) as stripe:
            sub = await stripe.subscription(account.stripe_subscription_id)
            item = sub["items"]["data"][0]
            await stripe.update_subscription(
                account.stripe_subscription_id,
                {"items": [{"id": item["id"], "quantity": seats}], "proration_behavior": "always_invoice"},
            )
            await sync_subscription(settings, stripe, account.stripe_subscription_id)
    except CardError as exc:
        declined = f"The card was declined ({exc.code or 'card_error'}): {_public(exc.message)}"
        raise DomainError(ErrorCode.INVALID_STATE, declined, "seats") from None
    except StripeError as exc:
        raise _stripe_failed(exc, "seats") from None
    view = await subscription_view(settings, organization_id)
    assert view is not None
    return view


async def delete_customer(settings: Settings, organization_id: uuid.UUID) -> bool:
    """Delete the organisation's Stripe customer (which ends its subscriptions at Stripe); True when one was
    deleted. A customer already gone counts as done; any other refusal is INVALID_STATE, so the caller retries."""
    account = await account_of(organization_id)
    if not settings.billing_on or account is None or not account.stripe_customer_id:
        return False
    try:
        async with StripeClient(settings) as stripe:
            await stripe.delete_customer(account.stripe_customer_id)
    except NotFound:
        return False
    except StripeError as exc:
        raise _stripe_failed(exc) from None
    return True


# --- billing details -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BillingDetails:
    email: str | None
    company_name: str | None
    address: dict[str, str | None] | None
    tax_id: dict[str, str] | None


ADDRESS_FIELDS = ("line1", "line2", "city", "postal_code", "state", "country")


def _clean(value: str | None, field: str, limit: int, *, required: bool = False) -> str | None:
    text = (value or "").strip()
    if required and not text:
        raise DomainError(ErrorCode.INVALID_INPUT, "This field is required.", field=field)
    if len(text) > limit:
        raise DomainError(ErrorCode.INVALID_INPUT, f"At most {limit} characters.", field=field)
    return text or None


async def billing_details(organization_id: uuid.UUID) -> BillingDetails | None:
    account = await account_of(organization_id)
    if account is None or not (account.billing_email or account.company_name or account.address):
        return None
    return BillingDetails(account.billing_email, account.company_name, account.address, account.tax_id)


async def update_billing_details(
    settings: Settings,
    organization_id: uuid.UUID,
    *,
    email: str,
    company_name: str,
    address: dict[str, str | None],
    tax_id: dict[str, str] | None,
) -> BillingDetails:
    """Stored encrypted, then mirrored to the Stripe customer (name, email, address, the one tax id)."""
    _require_billing(settings)
    clean_email = check_email(email)
    name = _clean(company_name, "companyName", 200, required=True)
    clean_address = {
        "line1": _clean(address.get("line1"), "address.line1", 200, required=True),
        "line2": _clean(address.get("line2"), "address.line2", 200),
        "city": _clean(address.get("city"), "address.city", 100, required=True),
        "postal_code": _clean(address.get("postal_code"), "address.postalCode", 20, required=True),
        "state": _clean(address.get("state"), "address.state", 100),
        "country": (_clean(address.get("country"), "address.country", 2, required=True) or "").upper(),
    }
    if clean_address["country"] not in phonenumbers.SUPPORTED_REGIONS:
        raise DomainError(ErrorCode.INVALID_INPUT, "A two-letter ISO 3166-1 country code.", "address.country")
    clean_tax: dict[str, str] | None = None
    if tax_id is not None:
        kind = (tax_id.get("type") or "").strip().lower()
        if kind not in TAX_ID_TYPES:
            raise DomainError(ErrorCode.INVALID_INPUT, f"One of {', '.join(sorted(TAX_ID_TYPES))}.", "taxId.type")
        value = _clean(tax_id.get("value"), "taxId.value", 40, required=True) or ""
        clean_tax = {"type": kind, "value": value.replace(" ", "").upper()}
    try:
        async with StripeClient(settings) as stripe:
            account = await _ensure_customer(stripe, organization_id)
            customer_id = str(account.stripe_customer_id)
            # a field left empty is sent as "", which unsets it at Stripe (STRIPE.md §0); None would keep the old value
            stripe_address = {key: value or "" for key, value in clean_address.items()}
            await stripe.update_customer(customer_id, {"email": clean_email, "name": name, "address": stripe_address})
            existing = await stripe.tax_ids(customer_id)
            wanted = [clean_tax] if clean_tax else []
            if [{"type": t["type"], "value": t["value"]} for t in existing] != wanted:
                if clean_tax is not None:
                    await stripe.add_tax_id(customer_id, clean_tax["type"], clean_tax["value"])
                for old in existing:
                    if clean_tax is None or (old["type"], old["value"]) != (clean_tax["type"], clean_tax["value"]):
                        await stripe.delete_tax_id(customer_id, old["id"])
    except StripeError as exc:
        if exc.code == "tax_id_invalid":
            raise DomainError(ErrorCode.INVALID_INPUT, "This tax id is not valid.", "taxId.value") from None
        if exc.status == 400 and exc.param:
            raise DomainError(ErrorCode.INVALID_INPUT, _public(exc.message), exc.param) from None
        raise _stripe_failed(exc) from None
    account.billing_email, account.company_name = clean_email, name
    account.address, account.tax_id = clean_address, clean_tax
    await account.save()
    return BillingDetails(clean_email, name, clean_address, clean_tax)


# --- the subscription mirror -------------------------------------------------------------------------------


async def account_for_stripe(
    customer_id: str | None, subscription_id: str | None = None, org_id: str | None = None
) -> BillingAccount | None:
    """The account behind Stripe ids (our customer, or the subscription's `metadata.org_id`)."""
    if subscription_id:
        found = await BillingAccount.get_or_none(stripe_subscription_id=subscription_id)
        if found is not None:
            return found
    if customer_id:
        found = await BillingAccount.get_or_none(stripe_customer_id=customer_id)
        if found is not None:
            return found
    try:
        organization_id = uuid.UUID(str(org_id))
    except ValueError:
        return None
    if not await Membership.filter(organization_id=organization_id).exists():
        return None  # no such organisation, or an erased one (it keeps no member): a late event creates nothing
    account, _ = await BillingAccount.get_or_create(organization_id=organization_id)
    return account


async def sync_subscription(settings: Settings, stripe: StripeClient, subscription_id: str) -> BillingAccount | None:
    """Re-read the subscription from Stripe and mirror it (whatever order its events came in); a surplus one
    is canceled."""
    sub = await stripe.subscription(subscription_id)
    account, reactivated = await mirror_subscription(settings, sub)
    if reactivated:
        await subscription_reactivated(account)
    if account is not None and is_surplus(account, sub):
        await cancel_surplus(stripe, account, str(sub["id"]))
    return account


def is_surplus(account: BillingAccount, sub: dict[str, Any]) -> bool:
    """After the mirror: `sub` is live but not the organisation's subscription, which is live too (else `sub`
    would have taken over). A new checkout is refused then, yet a second page paid anyway brings one; Stripe
    would bill both."""
    current = account.stripe_subscription_id
    return current is not None and current != sub.get("id") and str(sub.get("status")) not in TERMINAL


async def cancel_surplus(stripe: StripeClient, account: BillingAccount, subscription_id: str) -> bool:
    """Cancel a surplus subscription at Stripe at once (no final invoice, nothing prorated) and audit it as
    `billing.duplicate_subscription_canceled`; False when Stripe has it ended already."""
    try:
        await stripe.cancel_subscription(subscription_id, SURPLUS_COMMENT)
    except StripeError as exc:
        if exc.status in (400, 404):  # canceled already (e.g. by another delivery of its events) or gone
            return False
        raise
    log.warning("a second subscription was canceled", extra={"organization_id": str(account.organization_id)})
    await audit.record_change(
        "billing.duplicate_subscription_canceled",
        account,
        None,
        {"subscription": subscription_id, "kept": account.stripe_subscription_id},
    )
    return True


async def subscription_reactivated(account: BillingAccount | None) -> None:
    """Announced once the mirror is written (and committed, when a transaction wraps it)."""
    if account is not None:
        await emit(EventType.SUBSCRIPTION_REACTIVATED, account.organization_id)


def _takes_over(account: BillingAccount, sub: dict[str, Any]) -> bool:
    """Events may name any of the customer's subscriptions, late and in any order (STRIPE.md §9.4): one that
    is not the account's current subscription replaces it only when the current one is over or never started
    (a new checkout is allowed then) and this one is not over."""
    current = account.stripe_subscription_id
    if current is None or current == sub.get("id"):
        return True
    if str(sub.get("status")) in TERMINAL:
        return False
    return account.status is None or account.status in CHECKOUT_AGAIN


async def mirror_subscription(
    settings: Settings, sub: dict[str, Any], account: BillingAccount | None = None
) -> tuple[BillingAccount | None, bool]:
    """Mirror a subscription as read from Stripe onto its organisation's account (`account` when the caller
    knows it, e.g. from a checkout's `client_reference_id`). Writes the database only; the flag says the
    organisation stopped being read-only, for the caller to announce after its writes."""
    found = await account_for_stripe(sub.get("customer"), sub["id"], (sub.get("metadata") or {}).get("org_id"))
    account = found or account
    if account is None:
        return None, False
    if not _takes_over(account, sub):
        return account, False
    items = (sub.get("items") or {}).get("data") or []
    item = items[0] if items else {}
    price = (item.get("price") or {}).get("id")
    status = _STATUSES.get(str(sub.get("status")), SubscriptionStatus.INCOMPLETE)
    account.stripe_customer_id = account.stripe_customer_id or sub.get("customer")
    account.stripe_subscription_id = sub["id"]
    plan = plan_for_price(settings, price)
    account.plan_id = plan.id if plan is not None else account.plan_id
    if status is SubscriptionStatus.PAST_DUE and account.status is not SubscriptionStatus.PAST_DUE:
        account.past_due_since = account.past_due_since or _now()
    elif status is not SubscriptionStatus.PAST_DUE:
        account.past_due_since = None
    account.status = status
    account.seats = int(item.get("quantity") or 0) or None
    account.current_period_end = _from_unix(item.get("current_period_end") or sub.get("current_period_end"))
    account.cancel_at_period_end = bool(sub.get("cancel_at_period_end"))
    method = sub.get("default_payment_method")
    card = method.get("card") if isinstance(method, dict) else None
    if card:
        account.card = {
            "brand": str(card.get("brand") or "unknown")[:32],
            "last4": str(card.get("last4") or "")[:4],
            "exp_month": card.get("exp_month"),
            "exp_year": card.get("exp_year"),
        }
    account.synced_at = _now()
    was_read_only = await is_read_only(settings, account.organization_id)
    await account.save()
    return account, was_read_only and not await is_read_only(settings, account.organization_id)
