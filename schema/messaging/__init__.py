"""WhatsApp messaging: configuration, templates, sends and the message log."""

from schema.messaging.mutations import Mutation
from schema.messaging.queries import Query
from schema.messaging.types import WhatsAppConfigurationType, WhatsAppMessageType, WhatsAppTemplateType

types = [WhatsAppConfigurationType, WhatsAppMessageType, WhatsAppTemplateType]

__all__ = ["Mutation", "Query", "types"]
