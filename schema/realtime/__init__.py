"""Live events over graphql-transport-ws: `leadEvents`, authenticated by the `connection_init` payload."""

from schema.realtime.subscriptions import LeadEvent, LeadEventKind, Subscription, authenticate_connection

types = [LeadEvent]

__all__ = ["LeadEvent", "LeadEventKind", "Subscription", "authenticate_connection", "types"]
