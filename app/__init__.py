"""QuantixOne Core: domain, services, integrations and HTTP (no GraphQL, no job plumbing)."""
