"""With a state file (the development sandbox) the emulator's state outlives its process: a new emulator on
the same file answers as the old one did and goes on from there (seat changes, renewals, idempotent replays)."""

from __future__ import annotations

from pathlib import Path

import httpx

from app.sandbox.stripe import StripeEmulator, fixtures, testing
from app.sandbox.stripe.state import render
from tests.sandbox.stripe.conftest import SECRET_KEY, mounted

DAY = 86400


def api(emulator: StripeEmulator) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {SECRET_KEY}", "Stripe-Version": "2026-06-24.dahlia"}
    return httpx.AsyncClient(transport=mounted(emulator), base_url="http://testserver/sandbox/stripe", headers=headers)


async def test_a_new_emulator_on_the_same_file_goes_on_where_the_old_one_stopped(
    emulator: StripeEmulator, tmp_path: Path
) -> None:
    kept = tmp_path / "stripe-sandbox.json"
    first = StripeEmulator(emulator.config, state_file=kept)
    customer = fixtures.seed(first)
    async with api(first) as stripe:
        subs = (await stripe.get("/v1/subscriptions", params={"customer": customer["id"], "status": "all"})).json()
        created = await stripe.post(
            "/v1/customers", data={"email": "kept@example.com"}, headers={"Idempotency-Key": "k-1"}
        )
    assert kept.exists() and created.status_code == 200

    again = StripeEmulator(emulator.config, state_file=kept)  # another process, or the same one restarted
    version = emulator.config.api_version
    assert render(again.state.objects, version) == render(first.state.objects, version)
    async with api(again) as stripe:
        replay = await stripe.post(
            "/v1/customers", data={"email": "kept@example.com"}, headers={"Idempotency-Key": "k-1"}
        )
        assert replay.json()["id"] == created.json()["id"] and replay.headers["idempotent-replayed"] == "true"
        active = next(s for s in subs["data"] if s["status"] == "active")
        item = active["items"]["data"][0]
        changed = await stripe.post(f"/v1/subscription_items/{item['id']}", data={"quantity": "7"})
        assert changed.status_code == 200, changed.text
        sub = (await stripe.get(f"/v1/subscriptions/{active['id']}")).json()
        assert sub["items"]["data"][0]["quantity"] == 7  # the item and its subscription are one object again
    await testing.advance(again, 31 * DAY)  # renewals go on from the kept clock
    renewed = again.state.objects[active["id"]]
    assert renewed["items"]["data"][0]["current_period_end"] > active["items"]["data"][0]["current_period_end"]
