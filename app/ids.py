"""Global ids as the API shows them (`base64url("Type:pk")`, unpadded), for text written outside GraphQL:
error messages and partner payloads name records the way clients can look them up (`node(id:)`)."""

from __future__ import annotations

import base64


def global_id(type_name: str, pk: object) -> str:
    """The same encoding as schema.relay.to_global_id."""
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).rstrip(b"=").decode("ascii")
