"""Meta's endpoints refuse like every other route: a JSON `{"errors": [...]}` with the request id, SPEC §2's
status codes kept; only the successful handshake answers Meta's bare `hub.challenge`."""

from __future__ import annotations

import httpx

from app.settings import get_settings
from tests.fakes.meta import FakeMeta


def _assert_json_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    [error] = response.json()["errors"]
    assert error["extensions"] == {"code": code, "requestId": response.headers["x-request-id"]}
    assert error["message"]


async def test_webhook_refusals_are_json_errors(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    wrong = {"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"}
    _assert_json_error(await client.get("/webhooks/meta", params=wrong), 403, "FORBIDDEN")
    right = {**wrong, "hub.verify_token": get_settings().meta_webhook_verify_token}
    handshake = await client.get("/webhooks/meta", params=right)
    assert (handshake.status_code, handshake.text) == (200, "1")

    event = b'{"object":"page","entry":[]}'
    _assert_json_error(await client.post("/webhooks/meta", content=event), 401, "UNAUTHENTICATED")
    _assert_json_error(await meta.post_webhook(client, event, bad_signature=True), 401, "UNAUTHENTICATED")
    _assert_json_error(await meta.post_webhook(client, b"[1, 2]"), 400, "BAD_REQUEST")
    huge = b'{"object":"page","entry":[],"pad":"' + b"x" * (5 * 1024 * 1024) + b'"}'
    _assert_json_error(await meta.post_webhook(client, huge), 413, "PAYLOAD_TOO_LARGE")


async def test_bad_signed_requests_are_json_errors(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    bad = meta.signed_request({"user_id": meta.USER_ID}, bad_signature=True)
    for path in ("/meta/deauthorize", "/meta/data-deletion"):
        for form in ({"signed_request": bad}, {"signed_request": "not.base64!"}, {}):
            _assert_json_error(await client.post(path, data=form), 400, "BAD_REQUEST")
