"""Meta connection, asset choice, lead backfill and integration health."""

from schema.meta.mutations import Mutation
from schema.meta.queries import Query
from schema.meta.types import IntegrationHealth, MetaConnectionType, MetaPageType

types = [MetaConnectionType, MetaPageType, IntegrationHealth]

__all__ = ["Mutation", "Query", "types"]
