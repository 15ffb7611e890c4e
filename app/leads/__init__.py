"""Leads: the CRM pipeline."""
