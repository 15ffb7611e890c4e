"""Security incidents (SPEC §7.1, §7.7): report, assess from the audit trail, notify, document for the regulator."""
