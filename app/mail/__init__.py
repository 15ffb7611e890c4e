"""Outgoing mail: an encrypted outbox row per message, sent by a MAIL job (SMTP, or kept when unset)."""
