"""Platform bounds of the retention rules (SPEC.md §6 "Retention"): min, max and default days."""

from __future__ import annotations

from dataclasses import dataclass

from app.privacy.datamap import DataCategory


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
    DataCategory.AUDIT_EVENTS: RetentionBounds(365, 3650, 1095, "the event"),
    DataCategory.USAGE_EVENTS: RetentionBounds(1, 395, 395, "the event"),
    DataCategory.SESSIONS: RetentionBounds(1, 90, 90, "the session's last use"),
    DataCategory.WEBHOOK_DELIVERIES: RetentionBounds(1, 90, 30, "the delivery"),
    DataCategory.EXPORT_FILES: RetentionBounds(1, 30, 3, "the export"),
}


def retention_label(category: DataCategory | None) -> str | None:
    """The platform default, in words, for the data map (organisations may tighten it)."""
    if category is None or category not in BOUNDS:
        return None
    bounds = BOUNDS[category]
    return f"{bounds.default_days} days from {bounds.measured_from} by default ({bounds.min_days}-{bounds.max_days})"
