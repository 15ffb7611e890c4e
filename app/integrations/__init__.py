"""Integrations with outside platforms (Meta Graph API, WhatsApp Cloud API)."""
