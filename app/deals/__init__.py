"""Pipelines, deals and the reports that tie ad spend to revenue (SPEC §7.4)."""
