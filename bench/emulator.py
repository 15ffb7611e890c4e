"""The one place benchmarks import the Meta emulator from (it is moving to app/sandbox/meta/)."""

from app.integrations.meta.emulator import MetaEmulator

__all__ = ["MetaEmulator"]
