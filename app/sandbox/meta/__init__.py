"""An in-memory Meta emulator (Facebook Login dialog + Graph API + WhatsApp Cloud API) following META.md.

It powers the tests and the sandbox (`/sandbox/meta`). Everything is deterministic except random ids of
things created at run time (codes, message ids, fbtrace ids). The wire facts it follows:
- versions in the path are optional (`/v25.0/me` == `/me`); `access_token` from query, form or Bearer;
- only `id` is returned unless `fields` asks for more; insights numbers are strings;
- cursor paging with `next` only when more data, `previous` when the offset is > 0;
- `POST /` batches of at most 50 operations, bodies as JSON strings, per-operation usage headers;
- usage headers on every response and throttling errors once a bucket passes 100 %;
- error bodies `{"error": {message, type, code, error_subcode, fbtrace_id}}`.

Tokens are self-describing signed strings, so several processes (API and worker) sharing an app secret
accept each other's tokens; revocations and other state stay per process.

One module per area, each a mixin of `MetaEmulator` (app.py): tokens (tokens and OAuth), paging (fields,
paging, batch), ads and insights, leadads (Lead Ads and signed callbacks), whatsapp, throttling (usage), seed
(META.md §8.3 fixtures). State switches read by the areas: `require_appsecret_proof`, `batch_enabled`,
`undeliverable`, `window_errors`, `next_report_outcome`, `advance(seconds)`. Builders: `seed_default`,
`add_user/page/ad_account/campaign/ad_set/ad/insight/lead_form/lead/waba/phone_number/template`, `touch`,
`open_window`, tokens via `user_token`, `system_user_token`, `app_token`. Senders: `sign_webhook`,
`webhook_headers`, `leadgen_webhook`, `leadgen_change`, `leadgen_webhook_batch`, `whatsapp_status_webhook`,
`whatsapp_inbound_message`, `signed_request`. Inspection: `requests`, `calls()`, `sent_messages`,
`subscribed_apps`, `app_subscriptions`. Conversions API for CRM (conversions): `add_dataset`,
`register_leads`, `POST /{dataset}/events` with `capi_events`, `capi_duplicates`, `capi_posts`. Fault knobs
(`fail_next`, `revoke_token`, `set_usage`, `throttle_conversions`, `fail_conversions`, ...) live in
`app.sandbox.meta.testing`, which only tests import.
"""

from app.sandbox.meta.app import MetaEmulator
from app.sandbox.meta.core import DEFAULT_APP_ID, DEFAULT_APP_SECRET, MAX_BATCH, GraphError, Token, iso

__all__ = ["DEFAULT_APP_ID", "DEFAULT_APP_SECRET", "MAX_BATCH", "GraphError", "MetaEmulator", "Token", "iso"]
