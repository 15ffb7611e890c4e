"""Platform bounds of the retention rules (SPEC.md §6 "Retention"): min, max and default days."""

from __future__ import annotations

from dataclasses import dataclass

from app.classification import DataCategory


@dataclass(frozen=True)
class RetentionBounds:
    min_days: int
    max_days: int
    default_days: int
    measured_from: str


LEAD_BOUNDS = RetentionBounds(30, 3650, 730, "the lead's last activity")
BOUNDS: dict[DataCategory, RetentionBounds] = {
    DataCategory.LEAD_CONTACT: LEAD_BOUNDS,
    DataCategory.LEAD_ANSWERS: LEAD_BOUNDS,
    DataCategory.LEAD_NOTES: LEAD_BOUNDS,
    DataCategory.MESSAGES: LEAD_BOUNDS,
    DataCategory.META_ADS_DATA: LEAD_BOUNDS,
    DataCategory.DEALS: LEAD_BOUNDS,
    DataCategory.TASKS: LEAD_BOUNDS,
    DataCategory.MEDIA: LEAD_BOUNDS,
    DataCategory.AUDIT_EVENTS: RetentionBounds(365, 3650, 1095, "the event"),
    DataCategory.USAGE_EVENTS: RetentionBounds(1, 395, 395, "the event"),
    DataCategory.SESSIONS: RetentionBounds(1, 90, 90, "the session's last use"),
    DataCategory.WEBHOOK_DELIVERIES: RetentionBounds(1, 90, 30, "the delivery"),
    DataCategory.EXPORT_FILES: RetentionBounds(1, 30, 3, "the export"),
    DataCategory.INVOICES: RetentionBounds(2555, 3650, 3650, "the invoice's date"),  # tax law: 7-10 years
    DataCategory.INCIDENTS: RetentionBounds(1095, 3650, 1825, "the incident's closing"),  # Art. 33(5) records
}


def retention_label(category: DataCategory | None, days: int | None = None, action: str | None = None) -> str | None:
    """The retention that applies, in words, for the data map: the organisation's own rule when it set one
    (`days`, `action`), else the platform default."""
    if category is None or category not in BOUNDS:
        return None
    bounds = BOUNDS[category]
    allowed = f"{bounds.min_days}-{bounds.max_days} allowed"
    if days is not None:
        then = (action or "DELETE").lower()
        return f"{days} days from {bounds.measured_from}, then {then} (this organisation's rule; {allowed})"
    return f"{bounds.default_days} days from {bounds.measured_from} by default ({allowed})"
