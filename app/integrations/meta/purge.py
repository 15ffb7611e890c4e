"""The one Meta purge: every row Meta shared with an organisation, found through the data map.

Disconnect, withdrawal of the META_INTEGRATION consent, Meta's deauthorize callback and its data-deletion
callback all end here. The tables are the models declaring `data_source = DataSource.META` (tokens, the
Meta user's id and name, Pages, ad accounts, campaigns, ad sets, ads, insights, lead forms, pending
grants, ...), so a model added later is purged without anyone editing a list. Leads are the
organisation's own records and stay (disconnect removes them only when asked to).
"""

from __future__ import annotations

import uuid
from typing import Any

from tortoise.transactions import in_transaction

from app.classification import DataSource, models_from
from app.integrations.meta.models import ConnectionStatus, MetaConnection, PendingGrant


def meta_derived_models() -> list[type[Any]]:
    """The data map's Meta-derived models, each after every model that references it (children first)."""
    left = models_from(DataSource.META)
    ordered: list[type[Any]] = []
    while left:
        leaf = next(m for m in left if not any(_references(other, m) for other in left if other is not m))
        ordered.append(leaf)
        left.remove(leaf)
    return ordered


def _references(model: type[Any], target: type[Any]) -> bool:
    return any(model._meta.fields_map[name].related_model is target for name in model._meta.fk_fields)


async def purge_meta_data(organization_id: uuid.UUID, *, revoked_because: str | None = None) -> dict[str, int]:
    """Delete every Meta-derived row of one organisation; returns the count per model.

    With `revoked_because` (Meta told us the user removed the app) the connection row stays as a REVOKED
    record without token or Meta user name, so the organisation sees why it lost the connection."""
    counts: dict[str, int] = {}
    async with in_transaction():
        # The connection row first, as a sync's writes take it: they finish before the purge, or see it gone.
        await MetaConnection.for_org(organization_id).select_for_update().first()
        for model in meta_derived_models():
            if model is MetaConnection and revoked_because is not None:
                counts[model.__name__] = await MetaConnection.for_org(organization_id).update(
                    status=ConnectionStatus.REVOKED,
                    access_token=None,
                    meta_user_name=None,
                    last_error=f"revoked by Meta ({revoked_because})",
                )
                continue
            counts[model.__name__] = await model.for_org(organization_id).delete()
    return counts


async def purge_meta_user_grants(meta_user_id: str) -> int:
    """Delete the pending grants (token, name) of one Meta user in every organisation.

    A grant exists before any connection does, so the deauthorize and data-deletion callbacks cannot reach
    it through a connection. Grants are few (single-use, expiring, purged hourly): compare them decrypted."""
    grants = await PendingGrant.all()  # platform-wide on purpose: one Meta user, every organisation
    ids = [g.id for g in grants if g.meta_user_id == meta_user_id]
    return await PendingGrant.filter(id__in=ids).delete() if ids else 0
