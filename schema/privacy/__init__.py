"""Privacy: the data map (and, as the privacy engine grows, every right built on it)."""

from schema.privacy.queries import Query

__all__ = ["Query"]
