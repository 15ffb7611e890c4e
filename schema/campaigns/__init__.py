"""Meta ads data: ad accounts, campaigns, ad sets, ads, lead forms, insights, and syncMeta."""

from schema.campaigns.queries import Mutation, Query
from schema.campaigns.types import (
    AdAccountType,
    AdSetType,
    AdType,
    CampaignInsights,
    CampaignType,
    InsightPoint,
    LeadFormType,
    Money,
)

types = [AdAccountType, CampaignType, AdSetType, AdType, LeadFormType, CampaignInsights, InsightPoint, Money]

__all__ = ["Mutation", "Query", "types"]
