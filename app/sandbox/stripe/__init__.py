"""A stateful Stripe emulator written from STRIPE.md, for tests and the development sandbox.

Mount `StripeEmulator(StripeConfig(...)).app` at `/sandbox/stripe` and point the client's API base at it;
`testing` holds the fault knobs and clock control (tests only), `fixtures.seed` the demo data.
"""

from app.sandbox.stripe.app import StripeEmulator, create_app
from app.sandbox.stripe.state import API_VERSION, Price, StripeConfig

__all__ = ["API_VERSION", "Price", "StripeConfig", "StripeEmulator", "create_app"]
