"""Global ids and names as the API shows them (`base64url("Type:pk")`, unpadded; camelCase), for text written
outside GraphQL: error messages and partner payloads name records the way clients can look them up (`node(id:)`)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import uuid

_URLSAFE = bytes.maketrans(b"+/", b"-_")


def global_id(type_name: str, pk: object) -> str:
    """The encoding of every id the API shows (schema.relay.to_global_id wraps it): base64url, unpadded, made
    with binascii directly (a report shows ten thousand ids; `urlsafe_b64encode` is two Python calls more)."""
    encoded = binascii.b2a_base64(f"{type_name}:{pk}".encode(), newline=False)
    return encoded.translate(_URLSAFE).rstrip(b"=").decode("ascii")


def camel_case(name: str) -> str:
    """`snake_case` as the API spells it (`merged_into_id` -> `mergedIntoId`)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def decode_global_id(value: str) -> tuple[str, uuid.UUID]:
    """The (type, primary key) a global id names; ValueError when `value` is not one."""
    try:
        text = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ValueError("not a global id") from exc
    type_name, pk = text.split(":", 1)  # ValueError without a type
    return type_name, uuid.UUID(pk)


def pk_from(value: str, type_name: str) -> uuid.UUID | None:
    """The primary key behind a raw UUID or a global id of `type_name` (as an audit target or an operator's
    command line gives it); None for anything else."""
    with contextlib.suppress(ValueError):
        return uuid.UUID(value)
    try:
        found, pk = decode_global_id(value)
    except ValueError:
        return None
    return pk if found == type_name else None
