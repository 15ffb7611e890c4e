"""Custom fields: an organisation's own typed fields on leads (SPEC §7.5)."""
