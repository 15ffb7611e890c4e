"""The consent ledger and objections, for users and leads.

Every change is a new row (time, source, policy version, evidence); the newest row per purpose is the
current state. Other rooms ask `has_lead_consent` / `has_objection` at send time, and the privacy
requests room calls `withdraw_consent` / `apply_objection` when such a request is verified.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from app.accounts.models import User
from app.accounts.policy import current_policy
from app.audit import services as audit
from app.errors import DomainError, ErrorCode
from app.events import DomainEvent, EventType, emit, subscribe
from app.integrations.meta.connection import disconnect
from app.integrations.meta.purge import purge_meta_data
from app.leads.models import Lead
from app.privacy.erasure_models import (
    ConsentPurpose,
    LeadConsent,
    LeadObjection,
    ObjectionKind,
    UserConsent,
    UserObjection,
)
from app.privacy.holds import check_subject_known

MAX_EVIDENCE_TEXT = 4000
_Consent = TypeVar("_Consent", LeadConsent, UserConsent)


@dataclass(frozen=True)
class MetaDisconnect:
    """What withdrawing META_INTEGRATION removed from the organisation."""

    disconnected: bool
    records_removed: int


def _clean_evidence(evidence: dict[str, Any] | None) -> dict[str, Any] | None:
    if not evidence:
        return None
    cleaned = {k: v for k, v in evidence.items() if v not in (None, "")}
    for key, value in cleaned.items():
        if isinstance(value, str) and len(value) > MAX_EVIDENCE_TEXT:
            raise DomainError(ErrorCode.INVALID_INPUT, f"`{key}` is too long.", field=key)
    return cleaned or None


async def _policy_version() -> str:
    return (await current_policy()).version


async def _append_consent(
    ledger: type[_Consent],
    organization_id: uuid.UUID | None,
    subject_id: uuid.UUID,
    purpose: ConsentPurpose,
    granted: bool,
    source: str,
    evidence: dict[str, Any] | None,
    *,
    recorded_by_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> _Consent:
    """One row of a lead's or a user's consent ledger, under the current policy version, and its audit event
    (its details: the purpose and the source unless given)."""
    if ledger is LeadConsent:
        columns = {"lead_id": subject_id, "source": (source or "MANUAL")[:48], "recorded_by_id": recorded_by_id}
        action = "lead.consent_granted" if granted else "lead.consent_withdrawn"
        target_type = "Lead"
    else:
        columns = {"user_id": subject_id, "source": source}
        action = "consent.granted" if granted else "consent.withdrawn"
        target_type = "User"
    consent = await ledger.create(
        organization_id=organization_id,
        purpose=purpose,
        granted=granted,
        policy_version=await _policy_version(),
        evidence=_clean_evidence(evidence),
        **columns,
    )
    await audit.record(
        action,
        organization_id=organization_id,
        target_type=target_type,
        target_id=subject_id,
        details=details if details is not None else {"purpose": purpose.value, "source": consent.source},
    )
    return consent


# --- users ---------------------------------------------------------------------------------------------


async def set_user_consent(
    user_id: uuid.UUID,
    purpose: ConsentPurpose,
    granted: bool,
    *,
    organization_id: uuid.UUID | None = None,
    source: str = "SETTINGS",
    evidence: dict[str, Any] | None = None,
) -> tuple[UserConsent, MetaDisconnect | None]:
    """Record a user's consent change. Withdrawing META_INTEGRATION disconnects Meta for the organisation."""
    details = {"purpose": purpose.value}
    consent = await _append_consent(
        UserConsent, organization_id, user_id, purpose, granted, source[:48], evidence, details=details
    )
    disconnect = None
    if purpose is ConsentPurpose.META_INTEGRATION and not granted and organization_id is not None:
        if await _may_disconnect_meta(organization_id, user_id):
            disconnect = await disconnect_meta_for_consent(organization_id)
        else:
            disconnect = MetaDisconnect(disconnected=False, records_removed=0)
    return consent, disconnect


async def _may_disconnect_meta(organization_id: uuid.UUID, user_id: uuid.UUID) -> bool:
    """The connection holds the data of the person who connected it; admins manage it for everyone."""
    from app.accounts.models import Membership, Role
    from app.integrations.meta.models import MetaConnection

    if await MetaConnection.for_org(organization_id).filter(connected_by_id=user_id).exists():
        return True
    membership = await Membership.for_org(organization_id).get_or_none(user_id=user_id)
    return membership is not None and membership.role >= Role.ADMIN


async def user_consents(user_id: uuid.UUID, *, history: bool = False) -> list[UserConsent]:
    """Every change newest first (`history`), or the newest row per purpose."""
    rows = await UserConsent.filter(user_id=user_id).order_by("-created_at", "-id")
    return rows if history else _newest_per_purpose(rows)


async def has_user_consent(user_id: uuid.UUID, purpose: ConsentPurpose) -> bool:
    row = await UserConsent.filter(user_id=user_id, purpose=purpose).order_by("-created_at", "-id").first()
    return bool(row and row.granted)


def _newest_per_purpose(rows: list[Any]) -> list[Any]:
    seen: dict[ConsentPurpose, Any] = {}
    for row in rows:
        seen.setdefault(row.purpose, row)
    return sorted(seen.values(), key=lambda r: r.purpose.value)


# --- leads ---------------------------------------------------------------------------------------------


async def set_lead_consent(
    organization_id: uuid.UUID,
    lead_id: uuid.UUID,
    purpose: ConsentPurpose,
    granted: bool,
    *,
    source: str = "MANUAL",
    evidence: dict[str, Any] | None = None,
    recorded_by_id: uuid.UUID | None = None,
    lead_field: str = "leadId",
) -> LeadConsent:
    """Record a lead's consent change with its evidence (form, question, text shown, channel)."""
    await check_subject_known(organization_id, lead_id=lead_id, lead_field=lead_field)
    consent = await _append_consent(
        LeadConsent, organization_id, lead_id, purpose, granted, source, evidence, recorded_by_id=recorded_by_id
    )
    await _lead_changed(organization_id, lead_id)
    return consent


async def _lead_changed(organization_id: uuid.UUID, lead_id: uuid.UUID) -> None:
    """A lead's consents or objections changed: `Lead.updatedAt` moves and LEAD_UPDATED is announced, as for any
    lead change (SPEC §4: `leadEvents` streams lead changes; partners hear LEAD_UPDATED). Not activity: the
    retention clock (`last_activity_at`) stays."""
    await Lead.filter(id=lead_id, organization_id=organization_id).update(updated_at=dt.datetime.now(dt.UTC))
    await emit(EventType.LEAD_UPDATED, organization_id, lead_id)


async def lead_consents(organization_id: uuid.UUID, lead_id: uuid.UUID, *, history: bool = False) -> list[LeadConsent]:
    rows = await LeadConsent.for_org(organization_id).filter(lead_id=lead_id).order_by("-created_at", "-id")
    return rows if history else _newest_per_purpose(rows)


async def has_lead_consent(organization_id: uuid.UUID, lead_id: uuid.UUID, purpose: ConsentPurpose) -> bool:
    """True when the lead's newest consent row for the purpose grants it (checked at send time)."""
    row = (
        await LeadConsent.for_org(organization_id)
        .filter(lead_id=lead_id, purpose=purpose)
        .order_by("-created_at", "-id")
        .first()
    )
    return bool(row and row.granted)


async def withdraw_consent(
    organization_id: uuid.UUID | None,
    *,
    lead_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    purposes: list[ConsentPurpose] | None = None,
    source: str = "PRIVACY_REQUEST",
    announce: bool = True,
) -> list[ConsentPurpose]:
    """Withdraw the given purposes (default: every purpose currently granted); returns what changed.
    A lead's change is announced once (`announce=False`: the caller announces its own, larger change)."""
    if (lead_id is None) == (user_id is None):
        raise ValueError("withdraw_consent needs exactly one of lead_id and user_id")
    if lead_id is not None:
        assert organization_id is not None
        current = {c.purpose: c.granted for c in await lead_consents(organization_id, lead_id)}
    else:
        assert user_id is not None
        current = {c.purpose: c.granted for c in await user_consents(user_id)}
    wanted = purposes if purposes is not None else [p for p, granted in current.items() if granted]
    changed: list[ConsentPurpose] = []
    for purpose in wanted:
        if purposes is None or current.get(purpose, False):
            if lead_id is not None:
                assert organization_id is not None
                await _append_consent(LeadConsent, organization_id, lead_id, purpose, False, source, None)
            else:
                assert user_id is not None
                await set_user_consent(user_id, purpose, False, organization_id=organization_id, source=source)
            changed.append(purpose)
    if announce and changed and lead_id is not None:  # one change of the lead, however many purposes
        assert organization_id is not None
        await _lead_changed(organization_id, lead_id)
    return changed


# --- objections ----------------------------------------------------------------------------------------


async def apply_objection(
    organization_id: uuid.UUID | None,
    kind: ObjectionKind,
    *,
    lead_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    source: str = "MANUAL",
    recorded_by_id: uuid.UUID | None = None,
) -> LeadObjection | UserObjection:
    """Record an objection (idempotent). Direct-marketing objections also withdraw MARKETING_EMAIL."""
    if (lead_id is None) == (user_id is None):
        raise DomainError(ErrorCode.INVALID_INPUT, "Object either for a lead or for yourself.", field="leadId")
    if lead_id is not None:
        if organization_id is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", field="leadId")
        await check_subject_known(organization_id, lead_id=lead_id)
        objection, created = await LeadObjection.get_or_create(
            organization_id=organization_id,
            lead_id=lead_id,
            kind=kind,
            defaults={"source": source[:48], "recorded_by_id": recorded_by_id},
        )
        target_type, target_id = "Lead", lead_id
    else:
        if not await User.filter(id=user_id).exists():
            raise DomainError(ErrorCode.NOT_FOUND, "No such user.", field="userId")
        objection, created = await UserObjection.get_or_create(
            user_id=user_id, kind=kind, defaults={"source": source[:48]}
        )
        target_type, target_id = "User", user_id
    if created:
        if kind is ObjectionKind.DIRECT_MARKETING:
            await withdraw_consent(
                organization_id,
                lead_id=lead_id,
                user_id=user_id,
                purposes=[ConsentPurpose.MARKETING_EMAIL],
                source="OBJECTION",
                announce=False,
            )
        if lead_id is not None:  # listeners follow: automation (scores) leaves the lead out from now on
            assert organization_id is not None
            await _lead_changed(organization_id, lead_id)
        await audit.record(
            "objection.recorded",
            organization_id=organization_id,
            target_type=target_type,
            target_id=target_id,
            details={"kind": kind.value},
        )
    return objection


async def has_objection(organization_id: uuid.UUID, lead_id: uuid.UUID, kind: ObjectionKind) -> bool:
    """True when the lead objected to this kind of processing (marketing templates are then refused)."""
    return await LeadObjection.for_org(organization_id).filter(lead_id=lead_id, kind=kind).exists()


async def objecting_leads(
    organization_id: uuid.UUID, lead_ids: Sequence[uuid.UUID], *kinds: ObjectionKind
) -> set[uuid.UUID]:
    """Which of these leads objected to any of these kinds of processing (one query for a page or a batch)."""
    rows = LeadObjection.for_org(organization_id).filter(lead_id__in=list(lead_ids), kind__in=list(kinds))
    return set(await rows.values_list("lead_id", flat=True))  # type: ignore[arg-type]


async def has_user_objection(user_id: uuid.UUID, kind: ObjectionKind) -> bool:
    return await UserObjection.filter(user_id=user_id, kind=kind).exists()


async def lead_objections(organization_id: uuid.UUID, lead_id: uuid.UUID) -> list[LeadObjection]:
    return await LeadObjection.for_org(organization_id).filter(lead_id=lead_id).order_by("created_at")


async def user_objections(user_id: uuid.UUID) -> list[UserObjection]:
    return await UserObjection.filter(user_id=user_id).order_by("created_at")


# --- META_INTEGRATION withdrawal -----------------------------------------------------------------------


async def disconnect_meta_for_consent(organization_id: uuid.UUID) -> MetaDisconnect:
    """Disconnect Meta for the organisation (leads stay): revoke the app at Meta and run the one Meta purge;
    without a connection, the purge still removes what is left (pending grants, Pages, ads records)."""
    try:
        counts = await disconnect(organization_id)
    except DomainError as error:
        if error.code is not ErrorCode.INTEGRATION_NOT_CONNECTED:
            raise
        counts = await purge_meta_data(organization_id)
        removed = sum(counts.values())
        if removed:
            await audit.record(
                "meta.disconnected",
                organization_id=organization_id,
                target_type="MetaConnection",
                details={"reason": "META_INTEGRATION consent withdrawn", "recordsRemoved": removed},
            )
        return MetaDisconnect(disconnected=False, records_removed=removed)
    return MetaDisconnect(disconnected=True, records_removed=sum(counts.values()))


# --- META_INTEGRATION on record: the Meta connection's grant and its end -------------------------------

META_OAUTH = "META_OAUTH"
_WITHDRAWN_BY = {"DISCONNECTED": "META_DISCONNECT", "REVOKED": "META_DEAUTHORIZE", "DELETED": "META_DATA_DELETION"}


async def _record_meta_integration(
    organization_id: uuid.UUID, user_id: uuid.UUID, granted: bool, source: str, evidence: dict[str, Any]
) -> UserConsent:
    """Write the ledger row (and its audit event) without set_user_consent's disconnect: the connection
    itself changed, so there is nothing left to undo."""
    purpose = ConsentPurpose.META_INTEGRATION
    return await _append_consent(UserConsent, organization_id, user_id, purpose, granted, source, evidence)


@subscribe
async def record_meta_consent(event: DomainEvent) -> None:
    """SPEC §7.1: completing a Meta connection (META_CONNECTED, whatever status its token gives it) grants
    META_INTEGRATION (source META_OAUTH; evidence: the granted scopes and app id) for the user who connected;
    disconnecting (or Meta's deauthorize, or its data-deletion callback) withdraws every META_INTEGRATION grant of
    the organisation that is still current."""
    from app.integrations.meta.models import MetaConnection
    from app.settings import get_settings

    if event.type not in (EventType.META_CONNECTED, EventType.META_CONNECTION_CHANGED):
        return
    status = str(event.data.get("status") or "")
    org_id = event.organization_id
    if event.type is EventType.META_CONNECTED and event.subject_id is not None:
        conn = await MetaConnection.for_org(org_id).get_or_none(id=event.subject_id)
        if conn is None or conn.connected_by_id is None:
            return
        await _record_meta_integration(
            org_id,
            conn.connected_by_id,
            True,
            META_OAUTH,
            {
                "grantedScopes": sorted(conn.granted_scopes or []),
                "appId": get_settings().meta_app_id,
                "metaConnectionId": str(conn.id),
            },
        )
    elif status in _WITHDRAWN_BY:
        rows = await UserConsent.filter(organization_id=org_id, purpose=ConsentPurpose.META_INTEGRATION).order_by(
            "-created_at", "-id"
        )
        newest: dict[uuid.UUID, UserConsent] = {}
        for row in rows:
            newest.setdefault(row.user_id, row)
        for user_id, row in newest.items():
            if row.granted:
                evidence = {"metaConnectionId": str(event.subject_id) if event.subject_id else None}
                await _record_meta_integration(org_id, user_id, False, _WITHDRAWN_BY[status], evidence)
