"""Partner webhooks: subscriptions, the delivery log, tests and redeliveries (ADMIN+, `webhooks:manage`)."""

from schema.webhooks.mutations import Mutation
from schema.webhooks.queries import Query
from schema.webhooks.types import WebhookDeliveryType, WebhookSubscriptionType

types = [WebhookSubscriptionType, WebhookDeliveryType]

__all__ = ["Mutation", "Query", "types"]
