"""Partner webhooks: signed, retried, logged deliveries of domain events to partners' URLs."""
