"""The wire format: form bodies in bracket notation, typed parameters and list objects (STRIPE.md §0, §2)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from app.sandbox.stripe.errors import invalid, missing_param, no_such, unknown_param

_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
MAX_LIMIT = 100
METADATA_KEYS, METADATA_KEY_LEN, METADATA_VALUE_LEN = 50, 40, 500


def parse_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """`a[b][0][c]=v` -> {"a": {"b": [{"c": "v"}]}}; `expand[]=x` appends; indexed arrays become lists."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        match = _KEY.match(key)
        if not match:
            raise invalid(f"Invalid parameter name: {key}", param=key)
        parts = [match.group(1), *re.findall(r"\[([^\[\]]*)\]", match.group(2))]
        node: Any = root
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            if part == "":
                if not last or not isinstance(node, list):
                    raise invalid(f"Invalid array parameter: {key}", param=key)
                node.append(value)
                break
            if not isinstance(node, dict):
                raise invalid(f"Invalid parameter: {key}", param=key)
            if last:
                node[part] = value
            else:
                default: Any = [] if parts[i + 1] == "" else {}
                node = node.setdefault(part, default)
    return _listify(root)


def _listify(node: Any) -> Any:
    if isinstance(node, dict):
        node = {k: _listify(v) for k, v in node.items()}
        if node and all(k.isdigit() for k in node):
            return [node[k] for k in sorted(node, key=int)]
    elif isinstance(node, list):
        return [_listify(v) for v in node]
    return node


def label(*path: str | int) -> str:
    """`("items", 0, "quantity")` -> `items[0][quantity]`, the way Stripe names a nested param."""
    head, *rest = path
    return str(head) + "".join(f"[{p}]" for p in rest)


def only(params: dict[str, Any], allowed: Iterable[str], prefix: tuple[str | int, ...] = ()) -> None:
    """Unknown parameters are refused, as Stripe does, so a typo in the client shows up in tests."""
    allowed = {*allowed, "expand"} if not prefix else set(allowed)
    for key in params:
        if key not in allowed:
            raise unknown_param(label(*prefix, key) if prefix else key)


def text(value: Any, param: str, *, required: bool = False, max_len: int = 5000) -> str | None:
    if value is None or value == "":
        if required:
            raise missing_param(param)
        return None
    if not isinstance(value, str):
        raise invalid(f"Invalid string: {param}", param=param)
    if len(value) > max_len:
        raise invalid(f"Invalid string: {param} is longer than {max_len} characters.", param=param)
    return value


def integer(
    value: Any, param: str, *, required: bool = False, low: int | None = None, high: int | None = None
) -> int | None:
    if value is None or value == "":
        if required:
            raise missing_param(param)
        return None
    if not isinstance(value, str) or not re.fullmatch(r"-?\d+", value):
        raise invalid(f"Invalid integer: {value}", param=param)
    number = int(value)
    if low is not None and number < low:
        raise invalid(f"This value must be greater than or equal to {low}.", param=param)
    if high is not None and number > high:
        raise invalid(f"This value must be less than or equal to {high}.", param=param)
    return number


def boolean(value: Any, param: str) -> bool | None:
    if value is None or value == "":
        return None
    if value not in ("true", "false"):
        raise invalid(f"Invalid boolean: {value}", param=param)
    return value == "true"


def choice(value: Any, param: str, options: Iterable[str], *, default: str | None = None) -> str | None:
    value = text(value, param) or default
    options = tuple(options)
    if value is not None and value not in options:
        raise invalid(f"Invalid {param}: must be one of {', '.join(options)}", param=param)
    return value


def array(value: Any, param: str) -> list[Any]:
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise invalid(f"Invalid array: {param}", param=param)
    return value


def metadata(value: Any, current: dict[str, str] | None = None, param: str = "metadata") -> dict[str, str]:
    """Merge `metadata[k]=v` into `current`; an empty value unsets the key; `metadata=` clears all."""
    result = dict(current or {})
    if value is None:
        return result
    if value == "":
        return {}
    if not isinstance(value, dict):
        raise invalid("Invalid object", param=param)
    for key, item in value.items():
        if len(key) > METADATA_KEY_LEN:
            raise invalid(f"Metadata keys can have a maximum length of {METADATA_KEY_LEN}.", param=label(param, key))
        if not isinstance(item, str) or len(item) > METADATA_VALUE_LEN:
            message = f"Metadata values can have a maximum length of {METADATA_VALUE_LEN}."
            raise invalid(message, param=label(param, key))
        if item == "":
            result.pop(key, None)
        else:
            result[key] = item
    if len(result) > METADATA_KEYS:
        raise invalid(f"Metadata can have a maximum of {METADATA_KEYS} keys.", param=param)
    return result


def created_filter(params: dict[str, Any], param: str = "created") -> Callable[[dict[str, Any]], bool]:
    """`created=t` or `created[gt|gte|lt|lte]=t` as a predicate on objects."""
    value = params.get(param)
    if value is None:
        return lambda obj: True
    if isinstance(value, str):
        exact = integer(value, param)
        return lambda obj: obj["created"] == exact
    if not isinstance(value, dict):
        raise invalid("Invalid object", param=param)
    only(value, ("gt", "gte", "lt", "lte"), (param,))
    bounds = {op: integer(v, label(param, op)) for op, v in value.items()}
    tests = {
        "gt": lambda a, b: a > b,
        "gte": lambda a, b: a >= b,
        "lt": lambda a, b: a < b,
        "lte": lambda a, b: a <= b,
    }
    return lambda obj: all(tests[op](obj["created"], bound) for op, bound in bounds.items())


def page(items: list[dict[str, Any]], params: dict[str, Any], url: str, kind: str) -> dict[str, Any]:
    """A list object, newest first: `limit` 1-100 (default 10), `starting_after` / `ending_before` cursors."""
    limit = integer(params.get("limit"), "limit", low=1, high=MAX_LIMIT) or 10
    after = text(params.get("starting_after"), "starting_after")
    before = text(params.get("ending_before"), "ending_before")
    if after and before:
        raise invalid("You may only specify one of these parameters: ending_before, starting_after.")
    ids = [obj["id"] for obj in items]
    if after or before:
        cursor, param = (after, "starting_after") if after else (before, "ending_before")
        if cursor not in ids:
            raise no_such(kind, str(cursor), param=param)
        at = ids.index(cursor)
        if after:
            rest = items[at + 1 :]
            return list_object(rest[:limit], url, has_more=len(rest) > limit)
        rest = items[:at]
        return list_object(rest[-limit:], url, has_more=len(rest) > limit)
    return list_object(items[:limit], url, has_more=len(items) > limit)


def list_object(data: list[dict[str, Any]], url: str, *, has_more: bool = False) -> dict[str, Any]:
    return {"object": "list", "url": url, "has_more": has_more, "data": data}
