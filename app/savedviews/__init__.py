"""Saved views of the lead list (SPEC §7.5)."""
