"""Meta-derived ads records. Upserted by sync on (organization, meta_id); purged on disconnect."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from app.classification import DataSource, not_personal
from app.orm import TenantModel, Updated


class MetaRecord(TenantModel, Updated):
    data_source = DataSource.META
    meta_id = fields.CharField(max_length=64)
    name = not_personal(fields.CharField(max_length=400, default=""))

    class Meta:
        abstract = True


class AdAccount(MetaRecord):
    account_id = fields.CharField(max_length=64)
    currency = fields.CharField(max_length=8, default="USD")
    timezone_name = not_personal(fields.CharField(max_length=64, null=True))
    account_status = fields.IntField(null=True)
    selected = fields.BooleanField(default=False, db_default=False)
    last_synced_at = fields.DatetimeField(null=True)

    class Meta:
        table = "ad_account"
        unique_together = (("organization", "meta_id"),)


class DeliveryObject(MetaRecord):
    """A campaign, ad set or ad: Meta's statuses and Meta's own timestamps of the object."""

    status = fields.CharField(max_length=32, null=True)
    effective_status = fields.CharField(max_length=32, null=True)
    meta_created_time = fields.DatetimeField(null=True)
    meta_updated_time = fields.DatetimeField(null=True)

    class Meta:
        abstract = True


class BudgetedObject(DeliveryObject):
    """A campaign or an ad set: Meta budgets at either level, and schedules both."""

    daily_budget = fields.CharField(max_length=32, null=True)  # minor units, as Meta sends them
    lifetime_budget = fields.CharField(max_length=32, null=True)
    start_time = fields.DatetimeField(null=True)

    class Meta:
        abstract = True


class Campaign(BudgetedObject):
    ad_account: Any = fields.ForeignKeyField("models.AdAccount", related_name="campaigns", on_delete=fields.CASCADE)
    objective = fields.CharField(max_length=64, null=True)
    stop_time = fields.DatetimeField(null=True)

    class Meta:
        table = "campaign"
        unique_together = (("organization", "meta_id"),)


class AdSet(BudgetedObject):
    campaign: Any = fields.ForeignKeyField("models.Campaign", related_name="ad_sets", on_delete=fields.CASCADE)
    ad_account: Any = fields.ForeignKeyField(
        "models.AdAccount", related_name="ad_sets", on_delete=fields.CASCADE, null=True
    )
    optimization_goal = fields.CharField(max_length=64, null=True)
    end_time = fields.DatetimeField(null=True)

    class Meta:
        table = "ad_set"
        unique_together = (("organization", "meta_id"),)


class Ad(DeliveryObject):
    ad_set: Any = fields.ForeignKeyField("models.AdSet", related_name="ads", on_delete=fields.CASCADE)
    campaign: Any = fields.ForeignKeyField("models.Campaign", related_name="ads", on_delete=fields.CASCADE)
    ad_account: Any = fields.ForeignKeyField(
        "models.AdAccount", related_name="ads", on_delete=fields.CASCADE, null=True
    )

    class Meta:
        table = "ad"
        unique_together = (("organization", "meta_id"),)


class DailyDelivery(TenantModel, Updated):
    """One object's delivery on one day (account time zone), as Meta reports it. Aggregated in SQL."""

    data_source = DataSource.META

    ad_account: Any = fields.ForeignKeyField("models.AdAccount", related_name=False, on_delete=fields.CASCADE)
    date = fields.DateField()
    impressions = fields.BigIntField(default=0)
    clicks = fields.BigIntField(default=0)
    spend = fields.DecimalField(max_digits=18, decimal_places=4, default=0)
    reach = fields.BigIntField(default=0)
    leads = fields.IntField(default=0)
    currency = fields.CharField(max_length=8, default="USD")
    # Running totals of the object's days up to and including this one (app.campaigns.delivery keeps them):
    # a report over any range reads two rows per object instead of every day between.
    spend_to_date = fields.DecimalField(max_digits=20, decimal_places=4, default=0)
    leads_to_date = fields.BigIntField(default=0)

    class Meta:
        abstract = True


class Insight(DailyDelivery):
    """A campaign's day, read at Meta's `level=campaign` (reach deduplicated across its ads, as only Meta can)."""

    campaign: Any = fields.ForeignKeyField("models.Campaign", related_name="insights", on_delete=fields.CASCADE)

    class Meta:
        table = "campaign_insight"
        unique_together = (("campaign", "date"),)
        indexes = (("organization", "date"),)


class AdInsight(DailyDelivery):
    """An ad's day, read at Meta's `level=ad`: the AD_SET and AD rows of the performance report sum these
    (campaign rows keep Meta's own campaign-level figures)."""

    ad: Any = fields.ForeignKeyField("models.Ad", related_name="insights", on_delete=fields.CASCADE)
    ad_set: Any = fields.ForeignKeyField("models.AdSet", related_name="insights", on_delete=fields.CASCADE)
    campaign: Any = fields.ForeignKeyField("models.Campaign", related_name="ad_insights", on_delete=fields.CASCADE)

    class Meta:
        table = "ad_insight"
        unique_together = (("ad", "date"),)
        indexes = (("ad_account", "date"),)


class LeadForm(MetaRecord):
    page_meta_id = fields.CharField(max_length=64, null=True)
    status = fields.CharField(max_length=32, null=True)
    locale = fields.CharField(max_length=16, null=True)
    questions = not_personal(fields.JSONField(default=list))  # the form's questions, not anyone's answers

    class Meta:
        table = "lead_form"
        unique_together = (("organization", "meta_id"),)
