"""Tortoise configuration (SQLite default, PostgreSQL pools) and schema helpers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.config_generator import expand_db_url

from app.settings import Settings, get_settings

# Every module that defines models. One Tortoise app ("models") so relations are `models.X`.
MODEL_MODULES: list[str] = [
    "app.accounts.models",
    "app.audit.models",
    "app.jobs.models",
    "app.mail.models",
    "app.campaigns.models",
    "app.leads.models",
    "app.tombstones.models",
    "app.privacy.request_models",
    "app.privacy.erasure_models",
    "app.integrations.meta.models",
    "app.webhooks.models",
    "app.messaging.models",
    "app.billing.models",
    "app.deals.models",
    "app.tasks.models",
    "app.scoring.models",
    "app.notifications.models",
    "app.incidents.models",
    "app.legal.models",
    "app.messaging.inbox_models",
    "app.customfields.models",
    "app.savedviews.models",
    "app.disclosures.models",
    "app.conversions.models",
    "app.messaging.broadcast_models",
]

BASELINE_POLICY_VERSION = "1"
BASELINE_POLICY_TEXT = (
    "QuantixOne privacy policy, version 1. We process the personal data you and your leads give us to run "
    "the CRM, only for as long as needed, and honour access, correction, erasure, portability, objection "
    "and consent withdrawal. We do not serve anyone under 18."
)


async def keep_session(connection: Any) -> None:
    """Released PostgreSQL connections skip asyncpg's reset statement (advisory unlock, CLOSE ALL,
    UNLISTEN, RESET ALL): one round trip after every query otherwise. We leave no session state behind
    (transaction-scoped advisory locks only, no LISTEN, no SET), and asyncpg still rolls back an open
    transaction before this runs."""


def tortoise_config(settings: Settings | None = None, *, with_aerich: bool = False) -> dict[str, Any]:
    settings = settings or get_settings()
    url = settings.database_url
    connection: str | dict[str, Any] = url
    if url.startswith(("postgres://", "postgresql://")):
        connection = expand_db_url(url)
        connection["credentials"].setdefault("minsize", 1)
        connection["credentials"].setdefault("maxsize", 10)
        connection["credentials"]["reset"] = keep_session
        # No idle-expiry timer re-armed on every release: the pool stays small (maxsize) anyway.
        connection["credentials"].setdefault("max_inactive_connection_lifetime", 0)
        # No JIT: compiling a report's plan (once its estimated cost passes jit_above_cost) took longer than
        # running it, and a request's statements are all short.
        connection["credentials"]["server_settings"] = {"jit": "off"}
    modules = [*MODEL_MODULES, *(["aerich.models"] if with_aerich else [])]
    return {
        "connections": {"default": connection},
        "apps": {"models": {"models": modules, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def __getattr__(name: str) -> Any:
    """`AERICH_CONFIG` (what aerich's CLI reads) is built on first access, never at import: importing
    app.db must not read settings, so commands can refuse bad settings with their own clear message."""
    if name == "AERICH_CONFIG":
        return tortoise_config(with_aerich=True)
    raise AttributeError(name)


async def init_orm(settings: Settings | None = None, *, with_aerich: bool = False) -> Any:
    return await Tortoise.init(config=tortoise_config(settings, with_aerich=with_aerich))


async def ensure_baseline_data() -> None:
    """Rows a fresh instance must always have (the first privacy policy). Idempotent."""
    from app.accounts.models import PolicyVersion

    await PolicyVersion.get_or_create(
        version=BASELINE_POLICY_VERSION,
        defaults={"effective_date": dt.date(2026, 1, 1), "text": BASELINE_POLICY_TEXT},
    )
