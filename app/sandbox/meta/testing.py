"""Fault knobs for tests: an emulator that fails, throttles, denies or revokes on demand.

Production never imports this module (a test proves it); the sandbox serves the plain `MetaEmulator`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.sandbox.meta.app import MetaEmulator
from app.sandbox.meta.core import Fault
from app.sandbox.meta.throttling import Bucket


class FaultInjectingEmulator(MetaEmulator):
    """A MetaEmulator with test-only knobs that make the next calls fail or the user's tokens die."""

    def revoke_token(self, value: str, subcode: int = 458) -> None:
        token = self.lookup_token(value)
        if token is not None:
            token.valid = False
            token.invalid_subcode = subcode

    def expire_token(self, value: str) -> None:
        token = self.lookup_token(value)
        if token is not None:
            token.expires_at = int(self.now()) - 1

    def expire_data_access(self, value: str) -> None:
        token = self.lookup_token(value)
        if token is not None:
            token.data_access_expires_at = int(self.now()) - 1

    def change_password(self, user_id: str | None = None) -> None:
        """The user changed their Facebook password: every token of theirs fails with 190/460."""
        self.remove_app(user_id, 460)

    def fail_next(
        self,
        path_regex: str,
        *,
        code: int = 1,
        subcode: int | None = None,
        http_status: int | None = None,
        message: str | None = None,
        times: int = 1,
        method: str | None = None,
        is_transient: bool | None = None,
    ) -> None:
        """The next `times` requests whose path (no version, no leading slash) matches fail with this error."""
        status = http_status if http_status is not None else (500 if code in (1, 2) else 400)
        default = {
            1: "An unknown error occurred",
            2: "An unexpected error has occurred. Please retry your request later.",
            4: "(#4) Application request limit reached",
            10: "(#10) Application does not have permission for this action",
            17: "(#17) User request limit reached",
            32: "(#32) Page request limit reached",
            100: "(#100) Invalid parameter",
            200: "(#200) Permissions error",
            368: "(#368) The action attempted has been deemed abusive or is otherwise disallowed",
            613: "(#613) Calls to this api have exceeded the rate limit.",
            190: "Error validating access token",
        }.get(code, f"(#{code}) Error")
        self.faults.append(
            Fault(re.compile(path_regex), code, subcode, status, message or default, times, method, is_transient)
        )

    def reduce_data_next(self, path_regex: str, times: int = 1) -> None:
        """Meta's HTTP 500 "Please reduce the amount of data you're asking for" (code 1)."""
        self.fail_next(
            path_regex,
            code=1,
            http_status=500,
            times=times,
            message="Please reduce the amount of data you're asking for, then retry your request",
        )

    def deny_next_dialog(self) -> None:
        """The next person at the dialog presses Cancel (`error=access_denied`)."""
        self.deny_dialog_once = True

    def grant_only(self, scopes: Iterable[str] | None) -> None:
        """The dialog grants only these of the requested scopes (None: everything requested)."""
        self.grant_scopes = list(scopes) if scopes is not None else None

    def null_batch_slots(self, *indexes: int) -> None:
        """The next batch answers `null` at these positions (timed out before running)."""
        self.null_slots = set(indexes)

    def set_usage(self, bucket: str, percent: float) -> None:
        """Force a usage bucket (`app`, `act_<id>` or `buc:<type>:<id>`) to `percent` of its capacity."""
        kind = "app" if bucket == "app" else ("ad_account" if bucket.startswith("act_") else "buc")
        b = self.buckets.setdefault(bucket, Bucket(self.capacity[kind], self.usage_window))
        b.started = self.now()
        b.count = int(percent * b.capacity / 100)

    def throttle_conversions(self, times: int = 1, code: int = 17) -> None:
        """The next `times` Conversions API posts are throttled (nothing stored; the client must retry)."""
        self.fail_next(r"^\d+/events$", code=code, times=times, method="POST")

    def fail_conversions(self, times: int = 1) -> None:
        """The next `times` Conversions API posts get an HTTP 500 (code 2, transient; nothing stored)."""
        self.fail_next(r"^\d+/events$", code=2, http_status=500, times=times, method="POST")

    def set_throughput(self, mps: int) -> None:
        """Messages per second each number accepts before answering 130429 (META-2 §15.1)."""
        self.whatsapp_mps = mps

    def limit_marketing(self, *wa_ids: str, sync: bool = False) -> None:
        """These users reached their per-user marketing limit: marketing sends fail with 131049 (as a failed
        status webhook by default, or refused at once with `sync=True`)."""
        self._pacing_state()
        self.marketing_limited.update(re.sub(r"\D", "", w) for w in wa_ids)
        self.marketing_limit_errors = "sync" if sync else "webhook"

    def enforce_pair_rate(self, seconds: float | None = 6.0) -> None:
        """At most one message to the same user per `seconds` (131056); None turns the rule off."""
        self.pair_interval = seconds
