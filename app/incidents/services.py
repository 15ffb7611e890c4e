"""Security incidents: report, assess (a job over the audit trail), notify, tell the regulator, close.

An incident belongs to one organisation; every read and write here takes that organisation's id. The
assessment itself lives in app/incidents/assessment.py; the Art. 33(3) report in app/incidents/report.py.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.accounts.models import ApiToken, Membership, Organization, Role, Session, User, UserStatus
from app.audit import services as audit
from app.errors import DomainError, ErrorCode
from app.ids import global_id
from app.incidents.models import (
    SecurityIncident,
    SecurityIncidentKind,
    SecurityIncidentLead,
    SecurityIncidentNotice,
    SecurityIncidentNoticeAudience,
    SecurityIncidentStatus,
)
from app.jobs import Job, JobKind, enqueue
from app.leads.lead_export import start_lead_export
from app.leads.models import LeadExport, LeadExportFormat
from app.leads.queries import LeadFilter
from app.notifications.models import NotificationKind
from app.notifications.services import notify
from app.orm import get_owned
from app.webhooks.models import WebhookSubscription

REGULATOR_DEADLINE = dt.timedelta(hours=72)  # GDPR Art. 33(1)
MAX_TITLE = 200  # a "name" (SPEC §7.7)
MAX_TEXT = 10_000  # incident texts (SPEC §7.7)
SCOPE_LISTS = ("userIds", "apiTokenIds", "sessionIds", "ipAddresses", "webhookSubscriptionIds")
INCIDENTS_LINK = "/settings/security/incidents"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class IncidentScope:
    """Who or what was compromised: events by these actors, from these networks, or to these partners match."""

    user_ids: tuple[uuid.UUID, ...] = ()
    api_token_ids: tuple[uuid.UUID, ...] = ()
    session_ids: tuple[uuid.UUID, ...] = ()
    ip_addresses: tuple[str, ...] = ()  # networks in CIDR notation (a single address is a /32 or /128)
    webhook_subscription_ids: tuple[uuid.UUID, ...] = ()

    @property
    def empty(self) -> bool:
        return not any(
            (self.user_ids, self.api_token_ids, self.session_ids, self.ip_addresses, self.webhook_subscription_ids)
        )

    def networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [ipaddress.ip_network(n, strict=False) for n in self.ip_addresses]

    def as_json(self) -> dict[str, list[str]]:
        return {
            "userIds": [str(i) for i in self.user_ids],
            "apiTokenIds": [str(i) for i in self.api_token_ids],
            "sessionIds": [str(i) for i in self.session_ids],
            "ipAddresses": list(self.ip_addresses),
            "webhookSubscriptionIds": [str(i) for i in self.webhook_subscription_ids],
        }

    @classmethod
    def from_json(cls, data: dict[str, list[str]] | None) -> IncidentScope:
        data = data or {}

        def ids(key: str) -> tuple[uuid.UUID, ...]:
            return tuple(uuid.UUID(v) for v in data.get(key, []))

        return cls(
            user_ids=ids("userIds"),
            api_token_ids=ids("apiTokenIds"),
            session_ids=ids("sessionIds"),
            ip_addresses=tuple(data.get("ipAddresses", [])),
            webhook_subscription_ids=ids("webhookSubscriptionIds"),
        )


@dataclass
class ScopeInput:
    """The scope as given: ids already decoded (None = an id of another type, unknown by definition)."""

    user_ids: Sequence[uuid.UUID | None] = field(default_factory=list)
    api_token_ids: Sequence[uuid.UUID | None] = field(default_factory=list)
    session_ids: Sequence[uuid.UUID | None] = field(default_factory=list)
    ip_addresses: Sequence[str] = field(default_factory=list)
    webhook_subscription_ids: Sequence[uuid.UUID | None] = field(default_factory=list)


def _text(value: str, name: str, maximum: int, *, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise DomainError(ErrorCode.INVALID_INPUT, f"`{name}` cannot be empty.", field=name)
    if len(value) > maximum:
        raise DomainError(ErrorCode.INVALID_INPUT, f"`{name}` takes at most {maximum} characters.", field=name)
    return value


def _aware(value: dt.datetime, name: str) -> dt.datetime:
    if value.tzinfo is None:
        raise DomainError(ErrorCode.INVALID_INPUT, f"`{name}` needs a time zone.", field=name)
    return value.astimezone(dt.UTC)


async def _owned(name: str, ids: Sequence[uuid.UUID | None], query: QuerySet[object] | None) -> tuple[uuid.UUID, ...]:
    """The ids, each checked to belong to the organisation (else NOT_FOUND on `scope.<list>`)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return ()
    if None in wanted or query is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such id in this organisation.", field=f"scope.{name}")
    found = {row for row in await query.filter(id__in=wanted).values_list("id", flat=True)}
    if len(found) != len(wanted):
        raise DomainError(ErrorCode.NOT_FOUND, "No such id in this organisation.", field=f"scope.{name}")
    return tuple(wanted)  # type: ignore[arg-type]


def parse_networks(values: Sequence[str]) -> tuple[str, ...]:
    networks: list[str] = []
    for value in values:
        try:
            networks.append(str(ipaddress.ip_network(value.strip(), strict=False)))
        except ValueError:
            raise DomainError(
                ErrorCode.INVALID_INPUT, "Give IP addresses or CIDR networks.", field="scope.ipAddresses"
            ) from None
    return tuple(dict.fromkeys(networks))


async def check_scope(organization_id: uuid.UUID, given: ScopeInput) -> IncidentScope:
    members = Membership.for_org(organization_id).values("user_id")
    member_ids = [m["user_id"] for m in await members]
    scope = IncidentScope(
        user_ids=await _owned("userIds", given.user_ids, User.filter(id__in=member_ids)),  # type: ignore[arg-type]
        api_token_ids=await _owned("apiTokenIds", given.api_token_ids, ApiToken.for_org(organization_id)),  # type: ignore[arg-type]
        session_ids=await _owned(
            "sessionIds",
            given.session_ids,
            Session.filter(Q(organization_id=organization_id) | Q(user_id__in=member_ids or [uuid.UUID(int=0)])),  # type: ignore[arg-type]
        ),
        ip_addresses=parse_networks(given.ip_addresses),
        webhook_subscription_ids=await _owned(
            "webhookSubscriptionIds",
            given.webhook_subscription_ids,
            WebhookSubscription.for_org(organization_id),  # type: ignore[arg-type]
        ),
    )
    if scope.empty:
        raise DomainError(
            ErrorCode.INVALID_INPUT, "Name at least one user, token, session, IP address or webhook.", field="scope"
        )
    return scope


async def report_incident(
    organization_id: uuid.UUID,
    *,
    title: str,
    description: str,
    kind: SecurityIncidentKind,
    detected_at: dt.datetime,
    window_start: dt.datetime,
    window_end: dt.datetime,
    scope: ScopeInput,
    reported_by_id: uuid.UUID | None,
) -> SecurityIncident:
    title = _text(title, "title", MAX_TITLE)
    description = _text(description, "description", MAX_TEXT, required=False)
    detected_at = _aware(detected_at, "detectedAt")
    window_start = _aware(window_start, "windowStart")
    window_end = _aware(window_end, "windowEnd")
    if window_end < window_start:
        raise DomainError(ErrorCode.INVALID_INPUT, "The window ends before it starts.", field="windowEnd")
    if detected_at < window_start:
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            "`detectedAt` is before `windowStart`: an exposure is detected after it begins.",
            field="detectedAt",
        )
    if detected_at > _now() + dt.timedelta(minutes=5):
        raise DomainError(ErrorCode.INVALID_INPUT, "`detectedAt` is in the future.", field="detectedAt")
    checked = await check_scope(organization_id, scope)
    incident = await SecurityIncident.create(
        organization_id=organization_id,
        title=title,
        description=description,
        kind=kind,
        detected_at=detected_at,
        window_start=window_start,
        window_end=window_end,
        regulator_due_at=detected_at + REGULATOR_DEADLINE,
        scope=checked.as_json(),
        reported_by_id=reported_by_id,
    )
    await audit.record_change("incident.reported", incident, reported_by_id, {"kind": kind.value})
    return incident


async def get_incident(organization_id: uuid.UUID, incident_id: uuid.UUID | None) -> SecurityIncident:
    return await get_owned(SecurityIncident, organization_id, incident_id, "No such security incident.")


def _refuse_closed(incident: SecurityIncident) -> None:
    if incident.status is SecurityIncidentStatus.CLOSED:
        raise DomainError(ErrorCode.INVALID_STATE, "The incident is closed.", field="id")


async def _locked(incident: SecurityIncident) -> SecurityIncident:
    """The incident read again under a row lock (inside a transaction), so that a change decided on its state
    waits for any other change to it: the regulator's notification and the closing see each other."""
    return await SecurityIncident.filter(id=incident.id).select_for_update().get()


def overdue_condition(now: dt.datetime | None = None) -> Q:
    """Not notified, not closed (closing unnotified needs a reason), and past the 72 hours."""
    return Q(regulator_notified_at__isnull=True, closed_at__isnull=True, regulator_due_at__lt=now or _now())


def is_overdue(incident: SecurityIncident, now: dt.datetime | None = None) -> bool:
    return (
        incident.regulator_notified_at is None
        and incident.closed_at is None
        and incident.regulator_due_at < (now or _now())
    )


def incidents_query(
    organization_id: uuid.UUID, *, status: SecurityIncidentStatus | None = None, overdue: bool | None = None
) -> QuerySet[SecurityIncident]:
    qs = SecurityIncident.for_org(organization_id)
    if status is not None:
        qs = qs.filter(status=status)
    if overdue is True:
        qs = qs.filter(overdue_condition())
    elif overdue is False:
        qs = qs.exclude(overdue_condition())
    return qs


async def count_overdue() -> int:
    """Across organisations: the `quantix_security_incidents_overdue` gauge."""
    return await SecurityIncident.filter(overdue_condition()).count()


# --- assessment ------------------------------------------------------------------------------------------


async def request_assessment(
    organization_id: uuid.UUID, incident_id: uuid.UUID | None, *, actor_id: uuid.UUID | None
) -> Job:
    """Queue the INCIDENT_ASSESSMENT job; while one is unfinished, asking again returns it."""
    incident = await get_incident(organization_id, incident_id)
    _refuse_closed(incident)
    if incident.assessment_job_id is not None:
        running = await Job.get_or_none(id=incident.assessment_job_id)
        if running is not None and not running.status.finished:
            return running
    job = await enqueue(
        JobKind.INCIDENT_ASSESSMENT,
        {"incident_id": str(incident.id)},
        organization_id=organization_id,
        created_by_id=actor_id,
    )
    await SecurityIncident.filter(id=incident.id).update(assessment_job_id=job.id)
    await audit.record_change("incident.assessment_requested", incident, actor_id)
    return job


# --- notices ---------------------------------------------------------------------------------------------

# An address, with the prefix length when it is written as a network; "." then a digit continues it, a full
# stop ends it ("from 192.0.2.9." names the address as much as "from 192.0.2.9").
_IPV4 = re.compile(r"(?<![\d.])((?:\d{1,3}\.){3}\d{1,3})(?:/(\d{1,3}))?(?!\.?\d)")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?:/(\d{1,3}))?(?![0-9A-Fa-f:])")
_TOKEN_PREFIXES = re.compile(r"\b(?:qxs_|qx_|whsec_)[A-Za-z0-9_\-]{16,}")
_RUN = re.compile(r"[A-Za-z0-9_\-]{40,}")
LONGEST_WORD = 24
# One part of a slug: a word (lower, Capitalised or UPPER case), a number, or a short mix with a single change
# between letters and digits ("v2", "2fa", "ipv6", "oauth2").
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+|\d+|[a-z]+\d+|\d+[a-z]+|[A-Z]+\d+|\d+[A-Z]+")


def _names_a_host(address: str, prefix: str | None) -> bool:
    """True for an address or a network that narrows to one host; a CIDR network (host bits zero, shorter than
    the whole address, e.g. 203.0.113.0/24) names no one."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False  # not an address at all (a time such as 12:30:45, a version number)
    if prefix is None:
        return True
    try:
        network = ipaddress.ip_network(f"{ip}/{prefix}", strict=True)
    except ValueError:
        return True  # host bits set (203.0.113.50/24 still names .50) or a prefix out of range
    return network.prefixlen == network.max_prefixlen


def _looks_random(run: str) -> bool:
    """A long run of token characters is a secret unless it reads as words joined by hyphens or underscores (a
    URL slug such as 2026-12-07-unauthorized-access-to-lead-data), one of them a word of three letters or more:
    random keys mix cases and digits within their parts, words do not."""
    parts = [p for p in re.split(r"[-_]+", run) if p]
    words = all(len(p) <= LONGEST_WORD and _WORD.fullmatch(p) for p in parts)
    return not (len(parts) >= 2 and words and any(re.fullmatch(r"[A-Za-z]{3,}", p) for p in parts))


def notice_problem(message: str) -> str | None:
    """Why a notice may not carry `message`: a full IP address (someone's), or what looks like a token or secret.
    Networks in CIDR notation and hyphenated words (slugs in a link) are fine."""
    for address, prefix in [*_IPV4.findall(message), *_IPV6.findall(message)]:
        if _names_a_host(address, prefix or None):
            return "A notice may not name a full IP address; give its network (e.g. 203.0.113.0/24)."
    if _TOKEN_PREFIXES.search(message) or any(_looks_random(run) for run in _RUN.findall(message)):
        return "A notice may not carry a token or secret."
    return None


async def _audience(incident: SecurityIncident, audience: SecurityIncidentNoticeAudience) -> list[uuid.UUID]:
    """The active members to tell. AFFECTED_USERS: the users the scope names (known from the report) and, once
    assessed, those whose sign-ins matched; only before an assessment with no user in the scope is it unknown."""
    organization_id = incident.organization_id
    members = Membership.for_org(organization_id).filter(user__status=UserStatus.ACTIVE)
    if audience is SecurityIncidentNoticeAudience.ORGANIZATION_MEMBERS:
        return list(await members.values_list("user_id", flat=True))
    scope = IncidentScope.from_json(incident.scope)
    wanted = {*scope.user_ids, *(uuid.UUID(u) for u in incident.affected_user_ids or [])}
    if not wanted and incident.assessed_at is None:
        raise DomainError(
            ErrorCode.INVALID_STATE,
            "Assess the incident first: its scope names no user, so the affected users come from the assessment.",
            field="audience",
        )
    found = await members.filter(user_id__in=list(wanted)).values_list("user_id", flat=True) if wanted else []
    if not found:
        raise DomainError(
            ErrorCode.INVALID_STATE, "No affected user is a member of this organisation.", field="audience"
        )
    return list(found)


async def notify_incident(
    organization_id: uuid.UUID,
    incident_id: uuid.UUID | None,
    audience: SecurityIncidentNoticeAudience,
    message: str,
    *,
    actor_id: uuid.UUID | None,
) -> SecurityIncident:
    """Tell an audience: an INCIDENT notification and a mail each (the mail: the message and a link). Each call
    is a notice of its own in `notices`: an update to an audience already told is a normal thing to send."""
    incident = await get_incident(organization_id, incident_id)
    _refuse_closed(incident)
    message = _text(message, "message", MAX_TEXT)
    if (problem := notice_problem(message)) is not None:
        raise DomainError(ErrorCode.INVALID_INPUT, problem, field="message")
    user_ids = await _audience(incident, audience)
    notice = await SecurityIncidentNotice.create(
        organization_id=organization_id, incident_id=incident.id, audience=audience, sent_at=_now()
    )
    org = await Organization.get(id=organization_id)
    written = await notify(
        NotificationKind.INCIDENT,
        title=f"Security notice from {org.name}"[:200],
        body=message,
        user_ids=user_ids,
        organization_id=organization_id,
        roles=set(Role),
        link=INCIDENTS_LINK,
        mail=True,
        mail_kind="INCIDENT",
    )
    notice.recipients = len(written)
    await notice.save(update_fields=["recipients"])
    await audit.record_change(
        "incident.notified", incident, actor_id, {"audience": audience.value, "recipients": len(written)}
    )
    return incident


# --- the regulator and closing -----------------------------------------------------------------------------


async def mark_regulator_notified(
    organization_id: uuid.UUID,
    incident_id: uuid.UUID | None,
    *,
    authority: str,
    reference: str | None,
    notified_at: dt.datetime | None,
    actor_id: uuid.UUID | None,
) -> SecurityIncident:
    incident = await get_incident(organization_id, incident_id)
    authority = _text(authority, "authority", 1_000)
    if reference is not None:
        reference = _text(reference, "reference", 1_000, required=False) or None
    when = _aware(notified_at, "notifiedAt") if notified_at is not None else _now()
    if when > _now() + dt.timedelta(minutes=5):
        raise DomainError(ErrorCode.INVALID_INPUT, "`notifiedAt` is in the future.", field="notifiedAt")
    if when < incident.detected_at:
        raise DomainError(ErrorCode.INVALID_INPUT, "`notifiedAt` is before `detectedAt`.", field="notifiedAt")
    async with in_transaction():
        incident = await _locked(incident)
        _refuse_closed(incident)
        if incident.regulator_notified_at is not None:
            raise DomainError(ErrorCode.ALREADY_DONE, "The regulator was already notified.", field="id")
        if incident.status is SecurityIncidentStatus.OPEN:  # OPEN → ASSESSED → NOTIFIED (SPEC §7.7)
            raise DomainError(
                ErrorCode.INVALID_STATE,
                "Assess the incident first: the report to the regulator gives the numbers the assessment finds.",
                field="id",
            )
        incident.regulator_authority = authority
        incident.regulator_reference = reference
        incident.regulator_notified_at = when
        incident.status = SecurityIncidentStatus.NOTIFIED
        await incident.save(
            update_fields=[
                "regulator_authority",
                "regulator_reference",
                "regulator_notified_at",
                "status",
                "updated_at",
            ]
        )
    await audit.record_change("incident.regulator_notified", incident, actor_id)
    return incident


async def close_incident(
    organization_id: uuid.UUID,
    incident_id: uuid.UUID | None,
    *,
    summary: str,
    not_required_reason: str | None,
    actor_id: uuid.UUID | None,
) -> SecurityIncident:
    """Close; without a regulator notification, the reason it was not required is kept (and ends `overdue`)."""
    incident = await get_incident(organization_id, incident_id)
    summary = _text(summary, "summary", MAX_TEXT)
    field = "notificationNotRequiredReason"
    reason = _text(not_required_reason, field, MAX_TEXT, required=False) if not_required_reason is not None else None
    async with in_transaction():
        incident = await _locked(incident)
        if incident.status is SecurityIncidentStatus.CLOSED:
            raise DomainError(ErrorCode.ALREADY_DONE, "The incident is already closed.", field="id")
        if incident.regulator_notified_at is None and not reason:
            raise DomainError(
                ErrorCode.INVALID_INPUT, "The regulator was not notified: say why it was not required.", field=field
            )
        if incident.regulator_notified_at is not None and reason:
            raise DomainError(ErrorCode.INVALID_INPUT, "The regulator was notified: no reason is needed.", field=field)
        incident.summary = summary
        incident.not_required_reason = reason
        incident.closed_at = _now()
        incident.status = SecurityIncidentStatus.CLOSED
        await incident.save(update_fields=["summary", "not_required_reason", "closed_at", "status", "updated_at"])
    await audit.record_change(
        "incident.closed", incident, actor_id, {"regulatorNotified": incident.regulator_notified_at is not None}
    )
    return incident


def incident_global_id(incident: SecurityIncident) -> str:
    return global_id("SecurityIncident", incident.id)


async def export_affected_leads(
    organization_id: uuid.UUID, incident_id: uuid.UUID | None, *, actor_id: uuid.UUID | None
) -> tuple[LeadExport, Job]:
    """The affected leads as a CSV lead export (SPEC §7.5's rules: ADMIN link, 72 h, 5 downloads), so the
    controller can inform them; the leads are those the last assessment found (erased ones are gone)."""
    incident = await get_incident(organization_id, incident_id)
    if incident.assessed_at is None:
        raise DomainError(ErrorCode.INVALID_STATE, "Assess the incident first: its affected leads are not known yet.")
    lead_ids = (
        await SecurityIncidentLead.for_org(organization_id)
        .filter(incident_id=incident.id)
        .values_list("lead_id", flat=True)
    )
    flt = LeadFilter(lead_ids=tuple(lead_ids))  # type: ignore[arg-type]
    return await start_lead_export(organization_id, fmt=LeadExportFormat.CSV, flt=flt, columns=None, actor_id=actor_id)
