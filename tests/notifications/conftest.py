"""The API under uvicorn on a loopback port, for `notificationEvents` (the events room's fixture)."""

from tests.events.conftest import live_api

__all__ = ["live_api"]
