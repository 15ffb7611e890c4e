"""Billing: plans, subscription, usage, billing details, checkout, portal, seats and invoices."""

from schema.billing.api import Mutation, Query
from schema.billing.types import InvoiceType

types = [InvoiceType]

__all__ = ["Mutation", "Query", "types"]
