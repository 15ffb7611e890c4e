"""Stripe: the API client (form bodies, idempotency keys, retries, typed errors), webhook signatures and the
`/webhooks/stripe` receipt, plus the sandbox mount for development."""
