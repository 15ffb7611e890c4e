"""Running totals of daily delivery, so a range's spend and Meta leads are two rows per object, not every day.

`spend_to_date`/`leads_to_date` on a day's row sum that object's rows up to and including that day; the range
[since, until] is then (last row on or before `until`) minus (last row before `since`). Whatever writes or
deletes daily rows calls `refresh_running_totals` for the ad account afterwards (the Meta sync does, once per
level); rows whose totals are already right are not written again.
"""

from __future__ import annotations

import uuid

from app.campaigns.models import AdInsight, Insight
from app.orm import Statement, execute_sql

# model -> the column that names the object a row belongs to
_OBJECT_COLUMN: dict[type[Insight | AdInsight], str] = {Insight: "campaign_id", AdInsight: "ad_id"}

_REFRESH_SQL = """
UPDATE "{table}" SET spend_to_date = totals.spend_to_date, leads_to_date = totals.leads_to_date
FROM (
  SELECT id, SUM(spend) OVER running AS spend_to_date, SUM(leads) OVER running AS leads_to_date
  FROM "{table}" WHERE organization_id = {org} AND ad_account_id = {account}
  WINDOW running AS (PARTITION BY {object} ORDER BY date ROWS UNBOUNDED PRECEDING)
) AS totals
WHERE "{table}".id = totals.id
  AND ("{table}".spend_to_date <> totals.spend_to_date OR "{table}".leads_to_date <> totals.leads_to_date)
"""


async def refresh_running_totals(
    model: type[Insight | AdInsight], organization_id: uuid.UUID, ad_account_id: uuid.UUID
) -> None:
    """Bring the ad account's running totals in `model` in step with its daily rows, in one statement."""
    statement = Statement()
    sql = _REFRESH_SQL.format(
        table=model._meta.db_table,
        object=_OBJECT_COLUMN[model],
        org=statement.param(organization_id),
        account=statement.param(ad_account_id),
    )
    await execute_sql(sql, statement.values)
