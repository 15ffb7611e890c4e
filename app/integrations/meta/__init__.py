"""Meta: OAuth connection, Graph API client, Lead Ads webhooks, sync, callbacks and the emulator."""
