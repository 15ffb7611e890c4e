"""Account services: sign-up, sign-in, sessions, profile, passwords, policy acceptance.

Plain arguments in, models out; failures a caller can act on are DomainErrors (SPEC §6).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import unicodedata
import uuid
import zoneinfo

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.accounts import lockout
from app.accounts.auth import session_expired
from app.accounts.models import (
    Membership,
    Organization,
    PasswordReset,
    PolicyAcceptance,
    PolicyVersion,
    Role,
    Session,
    User,
    UserStatus,
)
from app.accounts.policy import current_policy
from app.accounts.security_events import SecurityEvent, announce
from app.accounts.sessions import create_session, end_session, revoke_sessions
from app.accounts.trail import record_user_event
from app.audit import services as audit
from app.errors import DomainError, ErrorCode
from app.request_context import current_request
from app.security import ratelimit
from app.security.crypto import PLATFORM_SCOPE, blind_index, blind_index_candidates, normalize_email, normalize_phone
from app.security.passwords import (
    burn_verification_time,
    hash_password,
    needs_rehash,
    password_problem,
    verify_password,
)
from app.security.ratelimit import Limit
from app.security.tokens import new_token, token_hash
from app.text import MAX_STRING, email_shaped

MINIMUM_AGE = 18
SIGN_UP_LIMIT = Limit("signup-ip", 5, 3600)
RESET_IP_LIMIT = Limit("reset-ip", 20, 3600)
RESET_EMAIL_LIMIT = Limit("reset-email", 3, 3600)
RESET_LIFETIME = dt.timedelta(hours=1)
RESET_PREFIX = "qxr_"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- small checks ---------------------------------------------------------------------------------------


def email_key(email: str) -> str:
    """The blind index a new row stores for this address (also the key of sign-in throttles)."""
    return blind_index(PLATFORM_SCOPE, "email", normalize_email(email))


def _email_candidates(email: str) -> list[str]:
    return blind_index_candidates(PLATFORM_SCOPE, "email", normalize_email(email))


def check_email(email: str, field: str = "email") -> str:
    normalized = normalize_email(email)
    if not email_shaped(normalized):
        raise DomainError(ErrorCode.INVALID_INPUT, "Enter a valid email address.", field=field)
    return normalized


def check_password(password: str, email: str | None, field: str = "password") -> None:
    problem = password_problem(password, email)
    if problem is not None:
        raise DomainError(ErrorCode.PASSWORD_TOO_WEAK, problem, field=field)


def check_text(value: str, field: str, *, max_length: int = 200) -> str:
    """Trimmed and not empty; at most a name's 200 characters unless the field is another string (SPEC §6)."""
    text = value.strip()
    if not text:
        raise DomainError(ErrorCode.INVALID_INPUT, "This field cannot be empty.", field=field)
    if len(text) > max_length:
        raise DomainError(ErrorCode.INVALID_INPUT, f"Use at most {max_length} characters.", field=field)
    return text


def check_time_zone(value: str, field: str = "timeZone") -> str:
    """An IANA zone name (e.g. Europe/Berlin); "today" for tasks is counted in it."""
    name = value.strip()
    if name not in zoneinfo.available_timezones():
        raise DomainError(ErrorCode.INVALID_INPUT, "Use an IANA time zone, e.g. Europe/Berlin.", field=field)
    return name


def check_phone(value: str | None, default_country: str | None = None, field: str = "phone") -> str | None:
    if value is None or not value.strip():
        return None
    phone = normalize_phone(value, default_country)
    if phone is None:
        raise DomainError(ErrorCode.INVALID_INPUT, "Enter a valid phone number.", field=field)
    return phone


def age_on(birth_date: dt.date, today: dt.date) -> int:
    return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))


async def email_in_use(email: str, *, except_user_id: uuid.UUID | None = None) -> bool:
    qs = User.filter(email_bidx__in=_email_candidates(email))
    if except_user_id is not None:
        qs = qs.exclude(id=except_user_id)
    return await qs.exists()


async def find_user_by_email(email: str) -> User | None:
    return await User.filter(email_bidx__in=_email_candidates(email)).first()


def slugify(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:48].strip("-")
    return slug or "org"


# Path segments under /privacy/ that are not organisations (SPEC §7.7): they get a suffix like a taken slug.
RESERVED_SLUGS = frozenset({"status", "policy", "static"})


async def unique_slug(name: str) -> str:
    base = slugify(name)
    candidate = base
    while candidate in RESERVED_SLUGS or await Organization.filter(slug=candidate).exists():
        candidate = f"{base}-{secrets.token_hex(3)}"
    return candidate


# --- sign-up --------------------------------------------------------------------------------------------


async def sign_up(
    *,
    email: str,
    password: str,
    full_name: str,
    company_name: str,
    birth_date: dt.date,
    accepted_policy_version: str,
    phone: str | None = None,
    job_title: str | None = None,
    today: dt.date | None = None,
) -> tuple[str, User]:
    """Create the user, their organisation (user as OWNER) and a session; returns (bearer token, user).

    A person under 18 gets AGE_RESTRICTED and nothing about them is stored; the birth date is checked,
    never stored.
    """
    await ratelimit.enforce(SIGN_UP_LIMIT, ratelimit.hashed(current_request().client_ip or "unknown"))
    today = today or _now().date()
    if birth_date > today:
        raise DomainError(ErrorCode.INVALID_INPUT, "The birth date is in the future.", field="birthDate")
    if age_on(birth_date, today) < MINIMUM_AGE:
        raise DomainError(ErrorCode.AGE_RESTRICTED, "You must be 18 or older to use QuantixOne.", field="birthDate")
    normalized = check_email(email)
    name = check_text(full_name, "fullName")
    company = check_text(company_name, "companyName")
    title = check_text(job_title, "jobTitle", max_length=MAX_STRING) if job_title and job_title.strip() else None
    policy = await _current_policy(
        accepted_policy_version, "acceptedPolicyVersion", "Accept the current privacy policy (version {})."
    )
    check_password(password, normalized)
    phone_e164 = check_phone(phone)
    if await email_in_use(normalized):
        raise DomainError(ErrorCode.EMAIL_TAKEN, "An account with this email already exists.", field="email")
    password_hash = hash_password(password)
    args = (company, normalized, name, phone_e164, title, password_hash, policy.version)
    try:
        org, user = await _create_account(*args)
    except IntegrityError:  # a concurrent sign-up won the race for the address (or the slug)
        if await email_in_use(normalized):
            raise DomainError(
                ErrorCode.EMAIL_TAKEN, "An account with this email already exists.", field="email"
            ) from None
        org, user = await _create_account(*args)
    token, _session = await create_session(user.id, org.id)
    await announce(SecurityEvent.SIGNED_IN, user.id, sign_up=True)
    await record_user_event("account.signed_up", org.id, user.id, actor_user_id=user.id)
    return token, user


async def _create_account(
    company: str,
    email: str,
    name: str,
    phone: str | None,
    title: str | None,
    password_hash: str,
    policy_version: str,
) -> tuple[Organization, User]:
    """Organisation, user, OWNER membership and policy acceptance, all or nothing."""
    async with in_transaction():
        org = await Organization.create(name=company, slug=await unique_slug(company))
        user = await User.create(
            email=email,
            email_bidx=email_key(email),
            full_name=name,
            phone=phone,
            job_title=title,
            password_hash=password_hash,
            accepted_policy_version=policy_version,
            last_organization_id=org.id,
        )
        await Membership.create(organization_id=org.id, user_id=user.id, role=Role.OWNER)
        await PolicyAcceptance.create(user_id=user.id, version=policy_version)
    return org, user


# --- sign-in --------------------------------------------------------------------------------------------


def _invalid_credentials() -> DomainError:
    return DomainError(ErrorCode.INVALID_CREDENTIALS, "The email or password is not correct.", field="email")


async def _default_organization(user: User) -> uuid.UUID | None:
    if user.last_organization_id is not None:
        if await Membership.filter(organization_id=user.last_organization_id, user_id=user.id).exists():
            return user.last_organization_id  # type: ignore[no-any-return]
    first = await Membership.filter(user_id=user.id).order_by("created_at").first()
    return first.organization_id if first else None


async def log_in(
    email: str, password: str, otp: str | None = None, organization_id: uuid.UUID | None = None
) -> tuple[str, User]:
    """Check the credentials (and second factor) and open a session; returns (bearer token, user)."""
    from app.accounts import mfa

    ip = current_request().client_ip
    key = email_key(email)
    try:
        await lockout.check(key, ip)
    except DomainError:
        await audit.record("auth.sign_in_failed", subject_bidx=key, details={"reason": "locked"})
        raise
    user = await find_user_by_email(email)
    if user is None or user.status is not UserStatus.ACTIVE:
        burn_verification_time(password)
        await _failed(key, ip, user, "credentials")
        raise _invalid_credentials()
    if not verify_password(user.password_hash, password):
        await _failed(key, ip, user, "credentials")
        raise _invalid_credentials()
    if user.mfa_enabled:
        if otp is None or not otp.strip():
            raise DomainError(ErrorCode.MFA_REQUIRED, "Enter the code from your authenticator app.", field="otp")
        used = await mfa.verify_second_factor(user, otp)
        if used is None:
            await _failed(key, ip, user, "otp")
            raise DomainError(ErrorCode.INVALID_OTP, "The code is not valid.", field="otp")
    if organization_id is not None:
        if not await Membership.filter(organization_id=organization_id, user_id=user.id).exists():
            raise DomainError(ErrorCode.NOT_FOUND, "No such organisation.", field="organizationId")
    else:
        organization_id = await _default_organization(user)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_organization_id = organization_id
    await user.save(update_fields=["password_hash", "last_organization_id", "updated_at"])
    token, session = await create_session(user.id, organization_id)
    await lockout.record_success(key, ip)
    await announce(SecurityEvent.SIGNED_IN, user.id)
    await audit.record(
        "auth.signed_in",
        organization_id=organization_id,
        actor_user_id=user.id,
        actor_session_id=session.id,
        target_type="Session",
        target_id=session.id,
        details={"mfa": user.mfa_enabled},
    )
    return token, user


async def _failed(key: str, ip: str | None, user: User | None, reason: str) -> None:
    if await lockout.record_failure(key, ip) and user is not None:
        await announce(SecurityEvent.LOCKED_OUT, user.id)
    await audit.record(
        "auth.sign_in_failed",
        organization_id=user.last_organization_id if user else None,
        actor_user_id=None,
        target_type="User" if user else None,
        target_id=user.id if user else None,
        subject_bidx=key,
        details={"reason": reason},
    )


async def log_out(session_id: uuid.UUID) -> Session | None:
    session = await Session.get_or_none(id=session_id)
    if session is None:
        return None
    await end_session(session)
    await audit.record(
        "auth.signed_out", organization_id=session.organization_id, target_type="Session", target_id=session.id
    )
    return session


async def switch_organization(session_id: uuid.UUID, user_id: uuid.UUID, organization_id: uuid.UUID | None) -> User:
    """Point the current session at another organisation the user belongs to."""
    if (
        organization_id is None
        or not await Membership.filter(organization_id=organization_id, user_id=user_id).exists()
    ):
        raise DomainError(ErrorCode.NOT_FOUND, "No such organisation.", field="organizationId")
    await Session.filter(id=session_id, user_id=user_id).update(organization_id=organization_id)
    await User.filter(id=user_id).update(last_organization_id=organization_id)
    await audit.record(
        "auth.organization_switched", organization_id=organization_id, target_type="Session", target_id=session_id
    )
    return await User.get(id=user_id)


# --- sessions -------------------------------------------------------------------------------------------


def active_sessions(user_id: uuid.UUID):  # type: ignore[no-untyped-def]
    """The user's sessions that still work (not revoked, not expired, used within the idle limit)."""
    from app.accounts.auth import SESSION_IDLE_LIMIT

    now = _now()
    return Session.filter(
        user_id=user_id,
        revoked_at__isnull=True,
        expires_at__gt=now,
        last_seen_at__gt=now - SESSION_IDLE_LIMIT,
    )


async def revoke_session(user_id: uuid.UUID, session_id: uuid.UUID | None) -> Session:
    session = await Session.get_or_none(id=session_id, user_id=user_id) if session_id else None
    if session is not None and session.revoked_at is not None:  # as for API tokens
        raise DomainError(ErrorCode.ALREADY_DONE, "This session is already signed out.", field="id")
    if session is None or session_expired(session, _now()):
        raise DomainError(ErrorCode.NOT_FOUND, "No such session.", field="id")
    await end_session(session)
    await audit.record(
        "auth.session_revoked", organization_id=session.organization_id, target_type="Session", target_id=session.id
    )
    return session


# --- profile and passwords ------------------------------------------------------------------------------


async def update_profile(
    user_id: uuid.UUID,
    *,
    full_name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    job_title: str | None = None,
    clear_phone: bool = False,
    clear_job_title: bool = False,
    time_zone: str | None = None,
) -> User:
    """Correction of the user's own details (right to rectification), and their time zone."""
    user = await User.get(id=user_id)
    previous_email = user.email
    changed: list[str] = []
    if time_zone is not None:
        user.time_zone = check_time_zone(time_zone)
        changed.append("timeZone")
    if full_name is not None:
        user.full_name = check_text(full_name, "fullName")
        changed.append("fullName")
    if email is not None:
        normalized = check_email(email)
        if normalized != normalize_email(user.email):
            if await email_in_use(normalized, except_user_id=user.id):
                raise DomainError(ErrorCode.EMAIL_TAKEN, "An account with this email already exists.", field="email")
            user.email = normalized
            user.email_bidx = email_key(normalized)
            changed.append("email")
    if phone is not None or clear_phone:
        user.phone = check_phone(phone) if phone is not None else None
        changed.append("phone")
    if job_title is not None or clear_job_title:
        user.job_title = (
            check_text(job_title, "jobTitle", max_length=MAX_STRING) if job_title and job_title.strip() else None
        )
        changed.append("jobTitle")
    if changed:
        await user.save()
        await record_user_event(
            "account.profile_updated", user.last_organization_id, user.id, details={"fields": changed}
        )
    if "email" in changed:
        await _tell_previous_address(previous_email, user.email)
    return user


def masked_email(address: str) -> str:
    """`a***@example.com`: the holder of the old address learns where their sign-in went, not the whole address."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}"


async def _tell_previous_address(previous: str, current: str) -> None:
    """A changed sign-in email is the way to take an account over (a reset link then goes to the new address):
    the previous address is told, with the time and IP of the change, so its holder can act if it was not them."""
    from app.mail.services import send_mail
    from app.settings import get_settings

    contact = get_settings().security_contact.removeprefix("mailto:")
    await send_mail(
        previous,
        "The sign-in email of your QuantixOne account was changed",
        f"The sign-in email of your QuantixOne account was changed from this address to {masked_email(current)}. "
        "Mail about the account, password reset links included, now goes there.\n\n"
        f"Time: {_now():%Y-%m-%d %H:%M} UTC\nIP address: {current_request().client_ip or 'unknown'}\n\n"
        "If this was you, there is nothing to do. If it was not, someone else may hold your account: "
        f"contact {contact} at once.\n\nYou get this mail because of your QuantixOne account.\n",
        kind="SECURITY_NOTICE",  # as app.notifications mails the other security notices
        organization_id=None,
    )


async def change_password(
    user_id: uuid.UUID, current_password: str, new_password: str, *, keep_session_id: uuid.UUID | None
) -> User:
    """Change the password and end every other session. Under the user's row lock, so wrong current passwords
    sent at once are counted one after another towards the re-authentication limit."""
    async with in_transaction():
        user = await User.select_for_update(no_key=True).get(id=user_id)
        await lockout.check_reauthentication(user.id)
        if not verify_password(user.password_hash, current_password):
            await lockout.record_reauthentication_failure(user.id)
            raise DomainError(
                ErrorCode.INVALID_CREDENTIALS, "The current password is not correct.", field="currentPassword"
            )
        check_password(new_password, user.email, field="newPassword")
        user.password_hash = hash_password(new_password)
        await user.save(update_fields=["password_hash", "updated_at"])
    await revoke_sessions(user.id, except_session_id=keep_session_id)
    await record_user_event("auth.password_changed", user.last_organization_id, user.id)
    await announce(SecurityEvent.PASSWORD_CHANGED, user.id)
    return user


async def request_password_reset(email: str) -> None:
    """Mail a reset link when the address has an account; the caller sees the same answer either way."""
    from app.mail.services import send_mail
    from app.settings import get_settings

    await ratelimit.enforce(RESET_IP_LIMIT, ratelimit.hashed(current_request().client_ip or "unknown"))
    try:
        check_email(email)
    except DomainError:
        return
    count, _ = await ratelimit.hit(RESET_EMAIL_LIMIT, email_key(email))
    user = await find_user_by_email(email)
    if user is None or user.status is not UserStatus.ACTIVE or count > RESET_EMAIL_LIMIT.limit:
        return
    token = new_token(RESET_PREFIX)
    await PasswordReset.create(user_id=user.id, token_hash=token_hash(token), expires_at=_now() + RESET_LIFETIME)
    base = get_settings().base_url.rstrip("/")
    await send_mail(
        user.email,
        "Reset your QuantixOne password",
        "Someone asked to reset the password of your QuantixOne account.\n\n"
        f"Reset token: {token}\n"
        f"Or open {base}/reset-password?token={token}\n\n"
        "The token works once, within one hour. If you did not ask for this, ignore this mail.",
        kind="password_reset",
        organization_id=None,
    )
    await record_user_event("auth.password_reset_requested", user.last_organization_id, user.id)


async def reset_password(token: str, new_password: str) -> User:
    """Set a new password with a mailed token; ends every session and lifts sign-in locks."""
    now = _now()
    reset = await PasswordReset.get_or_none(token_hash=token_hash(token.strip())).select_related("user")
    if reset is None or reset.used_at is not None or reset.expires_at <= now:
        raise DomainError(ErrorCode.INVALID_STATE, "This reset link is invalid, used or expired.", field="token")
    user: User = reset.user
    check_password(new_password, user.email, field="newPassword")
    claimed = await PasswordReset.filter(id=reset.id, used_at__isnull=True).update(used_at=now)
    if not claimed:
        raise DomainError(ErrorCode.INVALID_STATE, "This reset link is invalid, used or expired.", field="token")
    user.password_hash = hash_password(new_password)
    await user.save(update_fields=["password_hash", "updated_at"])
    await revoke_sessions(user.id)
    await lockout.lift(user.email_bidx)
    await lockout.lift(email_key(user.email))
    await record_user_event("auth.password_reset", user.last_organization_id, user.id, actor_user_id=user.id)
    await announce(SecurityEvent.PASSWORD_CHANGED, user.id)
    return user


# --- privacy policy -------------------------------------------------------------------------------------


async def _current_policy(version: str, field: str, refusal: str) -> PolicyVersion:
    """The policy in force, which `version` must name; else POLICY_NOT_ACCEPTED on `field` (`refusal` names it)."""
    policy = await current_policy()
    if version != policy.version:
        raise DomainError(ErrorCode.POLICY_NOT_ACCEPTED, refusal.format(policy.version), field=field)
    return policy


async def accept_policy(user_id: uuid.UUID, version: str) -> User:
    policy = await _current_policy(version, "version", "Only the current privacy policy (version {}) can be accepted.")
    user = await User.get(id=user_id)
    if user.accepted_policy_version != policy.version:
        user.accepted_policy_version = policy.version
        await user.save(update_fields=["accepted_policy_version", "updated_at"])
        await PolicyAcceptance.create(user_id=user.id, version=policy.version)
        await record_user_event(
            "account.policy_accepted", user.last_organization_id, user.id, details={"version": policy.version}
        )
    return user
