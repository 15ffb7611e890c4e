"""Password rules of SPEC §6: 12-128 characters, not common, not containing the email's local part."""

from __future__ import annotations

import pytest

from app.security.passwords import common_passwords, password_problem

pytestmark = pytest.mark.sqlite


@pytest.mark.parametrize(
    "password",
    [
        "a long and unusual passphrase",
        "correct horse battery staple",
        "Tr0ub4dor&3xyz",
        "20240517199012",
        "plain words are fine here",
    ],
)
def test_acceptable(password: str) -> None:
    assert password_problem(password, "grace@example.com") is None


@pytest.mark.parametrize(
    "password",
    [
        "short",
        "elevenchars",
        "y" * 129,
        "password1234",
        "PASSWORD1234",
        "football2024!!",
        "123456789012",
        "98765432109876",
        "aaaaaaaaaaaaaa",
        "grace-is-my-name-ok",
    ],
)
def test_too_weak(password: str) -> None:
    assert password_problem(password, "grace@example.com") is not None


def test_the_list_has_many_long_entries() -> None:
    assert sum(1 for p in common_passwords() if len(p) >= 12) > 500
