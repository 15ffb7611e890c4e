"""Billing: plans, the subscription state of each organisation, billing details and the invoices mirror."""
