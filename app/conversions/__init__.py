"""Conversions API for CRM (SPEC §7.6): which lead stages become events, their gates and the upload outbox.

Above privacy and billing (it reads objections, consents and the read-only rule), beside the Meta client
(app.integrations.meta.conversions), which knows only the wire.
"""
