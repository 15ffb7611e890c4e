"""The regulator report: the items of GDPR Art. 33(3), built from the incident, its assessment and its notices.

(a) the nature of the breach, the categories and approximate numbers of data subjects and records; (b) the
contact point; (c) the likely consequences; (d) the measures taken or proposed. Only counts and the
administrator's own words: no lead's data, no secret, no IP address.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.accounts.models import ApiToken, Organization, Session
from app.classification import DataCategory
from app.incidents.models import SecurityIncident, SecurityIncidentKind, SecurityIncidentNotice
from app.incidents.services import IncidentScope, is_overdue
from app.settings import get_settings
from app.webhooks.models import WebhookSubscription

NATURE = {
    SecurityIncidentKind.UNAUTHORIZED_ACCESS: "Confidentiality breach: unauthorised access to personal data.",
    SecurityIncidentKind.ACCOUNT_TAKEOVER: "Confidentiality breach: a user account was taken over.",
    SecurityIncidentKind.CREDENTIAL_LEAK: "Confidentiality breach: credentials (API token, session or secret) leaked.",
    SecurityIncidentKind.DATA_LEAK: "Confidentiality breach: personal data was disclosed to unauthorised parties.",
    SecurityIncidentKind.DATA_LOSS: "Availability or integrity breach: personal data was lost or altered.",
    SecurityIncidentKind.OTHER: "Other personal data breach.",
}
CONSEQUENCES = {
    DataCategory.LEAD_CONTACT: (
        "Leads' names, email addresses and phone numbers may be used for unsolicited contact, phishing or fraud."
    ),
    DataCategory.ACCOUNT: (
        "Users' accounts may have been used by someone else: their data and their organisation's data may have "
        "been read or changed."
    ),
}
STANDING_MEASURES = [
    "Personal data is encrypted at rest (AES-GCM); lookups use keyed blind indexes.",
    "Access is recorded in the audit trail; the assessment counted only recorded events.",
    "Multi-factor authentication is available and may be required for every member.",
]


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


async def _measures(incident: SecurityIncident, scope: IncidentScope) -> list[str]:
    """Containment facts read from the records: revoked tokens and sessions, rotated or disabled webhooks."""
    taken: list[str] = []
    org_id = incident.organization_id
    if scope.api_token_ids:
        revoked = await ApiToken.for_org(org_id).filter(id__in=list(scope.api_token_ids), revoked_at__isnull=False)
        taken.append(f"{len(revoked)} of {len(scope.api_token_ids)} API token(s) in scope revoked.")
    if scope.session_ids:
        ended = await Session.filter(id__in=list(scope.session_ids), revoked_at__isnull=False).count()
        taken.append(f"{ended} of {len(scope.session_ids)} session(s) in scope revoked.")
    if scope.webhook_subscription_ids:
        hooks = await WebhookSubscription.for_org(org_id).filter(id__in=list(scope.webhook_subscription_ids))
        fixed = [
            h for h in hooks if not h.active or (h.secret_rotated_at and h.secret_rotated_at >= incident.window_start)
        ]
        taken.append(f"{len(fixed)} of {len(hooks)} webhook subscription(s) in scope disabled or their secret rotated.")
    if scope.user_ids:
        taken.append(f"{len(scope.user_ids)} user account(s) in scope under review.")
    if scope.ip_addresses:
        taken.append(f"{len(scope.ip_addresses)} network(s) in scope identified.")
    return taken + STANDING_MEASURES


async def regulator_report(incident: SecurityIncident) -> dict[str, Any]:
    scope = IncidentScope.from_json(incident.scope)
    org = await Organization.get(id=incident.organization_id)
    affected = incident.affected or {}
    categories = affected.get("categories", [])
    consequences = [
        CONSEQUENCES[DataCategory(c["category"])] for c in categories if DataCategory(c["category"]) in CONSEQUENCES
    ]
    if not consequences:
        consequences = [
            "Not yet known: the assessment found no recorded access to personal data."
            if incident.assessed_at
            else "Not yet known: the incident has not been assessed."
        ]
    notices = await SecurityIncidentNotice.filter(incident_id=incident.id).order_by("sent_at")
    return {
        "organization": org.name,
        "title": incident.title,
        "kind": incident.kind.value,
        "status": incident.status.value,
        "nature": {
            "description": NATURE[incident.kind],
            "details": incident.description,
            "detectedAt": _iso(incident.detected_at),
            "windowStart": _iso(incident.window_start),
            "windowEnd": _iso(incident.window_end),
        },
        "assessed": incident.assessed_at is not None,
        "assessedAt": _iso(incident.assessed_at),
        "categories": categories,
        "approximateSubjects": {
            "leads": affected.get("leads", 0),
            "users": affected.get("users", 0),
            "total": affected.get("leads", 0) + affected.get("users", 0),
        },
        "approximateRecords": affected.get("records", 0),
        "contact": getattr(org, "privacy_contact", None) or get_settings().privacy_contact,
        "likelyConsequences": consequences,
        "measures": await _measures(incident, scope),
        "subjectsInformed": [
            {"audience": n.audience.value, "sentAt": _iso(n.sent_at), "recipients": n.recipients} for n in notices
        ],
        "regulatorDueAt": _iso(incident.regulator_due_at),
        "regulatorNotifiedAt": _iso(incident.regulator_notified_at),
        "authority": incident.regulator_authority,
        "reference": incident.regulator_reference,
        "overdue": is_overdue(incident),
        "notificationNotRequiredReason": incident.not_required_reason,
        "summary": incident.summary,
        "closedAt": _iso(incident.closed_at),
    }
