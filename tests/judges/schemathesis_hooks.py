"""The GraphQL judge's check (tests/judges/run.sh): no server errors.

A server error is an HTTP 5xx, a body that is not JSON, or a field error (one with a `path`: the resolver
ran) that the API masked (`INTERNAL_ERROR`) or left without a code. Request errors (no `path`: the document
or its variables were refused before anything ran) and typed errors (`UNAUTHENTICATED`, `INVALID_INPUT`,
`NOT_FOUND`, ...) are the API answering bad or unauthorised input as SPEC.md promises, so schemathesis' own
GraphQL check (which fails on any error with a path) is not used.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis.graphql import nodes

# The JSON scalar (a custom field's value, a filter's `equals`): plain JSON values as GraphQL literals.
schemathesis.graphql.scalar(
    "JSON",
    st.one_of(
        st.text(max_size=20).map(nodes.String),
        st.integers(min_value=-(10**6), max_value=10**6).map(nodes.Int),
        st.booleans().map(nodes.Boolean),
    ),
)


@schemathesis.check
def no_server_errors(ctx: Any, response: Any, case: Any) -> None:
    if response.status_code >= 500:
        raise AssertionError(f"HTTP {response.status_code}")
    try:
        body = response.json()
    except ValueError:
        raise AssertionError(f"HTTP {response.status_code} with a body that is not JSON") from None
    for error in body.get("errors") or [] if isinstance(body, dict) else []:
        code = (error.get("extensions") or {}).get("code")
        if error.get("path") and code in (None, "INTERNAL_ERROR"):
            raise AssertionError(f"server error ({code}): {error.get('message')}")
