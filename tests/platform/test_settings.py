"""Production refuses development secrets, the sandbox, SQLite, no SMTP, no Redis and plain http, and says why."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.settings import (
    DEV_BLIND_INDEX_KEY,
    DEV_ENCRYPTION_KEY,
    DEV_META_APP_ID,
    DEV_META_APP_SECRET,
    DEV_PRIVACY_CONTACT,
    DEV_RECEIPT_SIGNING_KEY,
    DEV_SECRET_KEY,
    DEV_SECURITY_CONTACT,
    DEV_STRIPE_SECRET_KEY,
    DEV_STRIPE_WEBHOOK_SECRET,
    DEV_WEBHOOK_VERIFY_TOKEN,
    SettingsError,
    load_settings,
)

pytestmark = pytest.mark.sqlite

ROOT = Path(__file__).resolve().parents[2]
QUANTIX = str(Path(sys.executable).with_name("quantix"))


def _key(fill: bytes) -> str:
    return base64.b64encode(fill * 32).decode()


def production_env(**changes: str | None) -> dict[str, str]:
    """A production environment that starts; `changes` breaks one thing (None removes a variable)."""
    env = {
        "QUANTIX_ENV": "production",
        "DATABASE_URL": "postgres://quantix:pw@db.internal:5432/quantix",
        "REDIS_URL": "redis://redis.internal:6379/0",
        "QUANTIX_BASE_URL": "https://crm.example.com",
        "QUANTIX_SECRET_KEY": "a-production-secret-key-of-at-least-32-chars",
        "QUANTIX_ENCRYPTION_KEYS": _key(b"e"),
        "QUANTIX_BLIND_INDEX_KEYS": _key(b"b"),
        "QUANTIX_RECEIPT_SIGNING_KEY": _key(b"r"),
        "META_APP_ID": "123456789012345",
        "META_APP_SECRET": "a-real-meta-app-secret",
        "META_WEBHOOK_VERIFY_TOKEN": "a-real-verify-token",
        "META_GRAPH_URL": "https://graph.facebook.com",
        "SMTP_URL": "smtps://mailer:pw@smtp.example.com:465",
        "QUANTIX_PRIVACY_CONTACT": "mailto:privacy@example.com",
        "QUANTIX_SECURITY_CONTACT": "https://example.com/security",
    }
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def test_a_complete_production_environment_starts() -> None:
    settings = load_settings(production_env())
    assert settings.is_production and not settings.meta_sandbox and not settings.graphiql
    assert not settings.graphql_introspection  # off by default in production (SPEC §6)
    assert load_settings(production_env(QUANTIX_GRAPHQL_INTROSPECTION="true")).graphql_introspection
    assert not settings.webhook_allow_private


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"QUANTIX_SECRET_KEY": None}, "development secrets in use for QUANTIX_SECRET_KEY"),
        ({"QUANTIX_ENCRYPTION_KEYS": None}, "development secrets in use for QUANTIX_ENCRYPTION_KEYS"),
        ({"QUANTIX_BLIND_INDEX_KEYS": None}, "development secrets in use for QUANTIX_BLIND_INDEX_KEYS"),
        ({"QUANTIX_RECEIPT_SIGNING_KEY": None}, "development secrets in use for QUANTIX_RECEIPT_SIGNING_KEY"),
        ({"META_APP_ID": None}, "development secrets in use for META_APP_ID"),
        ({"META_APP_SECRET": None}, "development secrets in use for META_APP_SECRET"),
        ({"META_WEBHOOK_VERIFY_TOKEN": None}, "development secrets in use for META_WEBHOOK_VERIFY_TOKEN"),
        ({"QUANTIX_META_SANDBOX": "true"}, "QUANTIX_META_SANDBOX is on"),
        ({"DATABASE_URL": None}, "DATABASE_URL points at SQLite; use PostgreSQL"),
        ({"DATABASE_URL": "sqlite:///var/lib/quantix.db"}, "DATABASE_URL points at SQLite"),
        ({"SMTP_URL": None}, "SMTP_URL is unset"),
        ({"REDIS_URL": None}, "REDIS_URL is unset"),
        ({"QUANTIX_BASE_URL": "http://crm.example.com"}, "QUANTIX_BASE_URL must be an https:// URL"),
        ({"QUANTIX_WEBHOOK_ALLOW_PRIVATE": "true"}, "QUANTIX_WEBHOOK_ALLOW_PRIVATE=true is refused"),
    ],
)
def test_production_refuses_with_a_clear_message(changes: dict[str, str | None], reason: str) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(production_env(**changes))
    assert str(refused.value).startswith("refusing to start in production: ")
    assert reason in str(refused.value)


def _url_safe_unpadded(key: str) -> str:
    return key.replace("+", "-").replace("/", "_").rstrip("=")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("QUANTIX_SECRET_KEY", DEV_SECRET_KEY),
        ("QUANTIX_ENCRYPTION_KEYS", DEV_ENCRYPTION_KEY),
        ("QUANTIX_ENCRYPTION_KEYS", f"{_key(b'n')},{DEV_ENCRYPTION_KEY}"),  # kept to decrypt: still public
        ("QUANTIX_ENCRYPTION_KEYS", f"{_key(b'n')}, {_url_safe_unpadded(DEV_ENCRYPTION_KEY)}"),
        ("QUANTIX_BLIND_INDEX_KEYS", DEV_BLIND_INDEX_KEY),
        ("QUANTIX_BLIND_INDEX_KEYS", f"{DEV_BLIND_INDEX_KEY},{_key(b'n')}"),
        ("QUANTIX_RECEIPT_SIGNING_KEY", DEV_RECEIPT_SIGNING_KEY),
        ("QUANTIX_RECEIPT_SIGNING_KEY", _url_safe_unpadded(DEV_RECEIPT_SIGNING_KEY)),
        ("META_APP_ID", DEV_META_APP_ID),
        ("META_APP_SECRET", DEV_META_APP_SECRET),
        ("META_WEBHOOK_VERIFY_TOKEN", DEV_WEBHOOK_VERIFY_TOKEN),
    ],
)
def test_production_refuses_a_dev_value_set_explicitly(name: str, value: str) -> None:
    """SPEC §1 "Production refuses to start with dev secrets": the DEV_* values are public, so one given on
    purpose (or kept in a keyring) is refused like an unset variable."""
    with pytest.raises(SettingsError) as refused:
        load_settings(production_env(**{name: value}))
    assert str(refused.value).startswith("refusing to start in production: ")
    assert f"development secrets in use for {name}" in str(refused.value)


def test_production_refuses_the_stripe_dev_values_set_explicitly() -> None:
    stripe = {"QUANTIX_BILLING": "stripe", "STRIPE_SECRET_KEY": "sk_live_x", "STRIPE_WEBHOOK_SECRET": "whsec_x"}
    assert load_settings(production_env(**stripe)).billing_on
    for name, value in (
        ("STRIPE_SECRET_KEY", DEV_STRIPE_SECRET_KEY),
        ("STRIPE_WEBHOOK_SECRET", DEV_STRIPE_WEBHOOK_SECRET),
    ):
        with pytest.raises(SettingsError, match=f"development secrets in use for {name}"):
            load_settings(production_env(**{**stripe, name: value}))


@pytest.mark.parametrize(
    ("name", "value"),
    [("QUANTIX_PRIVACY_CONTACT", DEV_PRIVACY_CONTACT), ("QUANTIX_SECURITY_CONTACT", DEV_SECURITY_CONTACT)],
)
def test_production_refuses_a_dev_contact_set_explicitly(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=f"{name} is unset or the development value"):
        load_settings(production_env(**{name: value}))


def test_development_accepts_the_dev_values_set_explicitly() -> None:
    settings = load_settings({"QUANTIX_ENCRYPTION_KEYS": DEV_ENCRYPTION_KEY, "META_APP_ID": DEV_META_APP_ID})
    assert settings.meta_app_id == DEV_META_APP_ID and not settings.is_production


def test_every_problem_is_listed_at_once() -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings({"QUANTIX_ENV": "production"})
    message = str(refused.value)
    for reason in ("development secrets", "SQLite", "SMTP_URL is unset", "REDIS_URL is unset", "https://"):
        assert reason in message


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"QUANTIX_ENV": "staging"}, "QUANTIX_ENV must be one of development, test, production"),
        ({"QUANTIX_SECRET_KEY": "short"}, "QUANTIX_SECRET_KEY must be at least 32 characters"),
        ({"QUANTIX_ENCRYPTION_KEYS": "bm90LTMyLWJ5dGVz"}, "each key must decode to 32 bytes"),
        ({"QUANTIX_PRIVACY_DUE_DAYS": "thirty"}, "QUANTIX_PRIVACY_DUE_DAYS must be a whole number"),
        ({"QUANTIX_GRAPHIQL": "maybe"}, "QUANTIX_GRAPHIQL must be true or false"),
        ({"QUANTIX_LOG_LEVEL": "LOUD"}, "QUANTIX_LOG_LEVEL must be DEBUG, INFO"),
    ],
)
def test_bad_values_are_refused_in_every_environment(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=re.escape(message)):
        load_settings(env)


def test_development_defaults() -> None:
    settings = load_settings({})
    assert settings.is_sqlite and settings.database_url == "sqlite://./quantix.db"
    assert settings.meta_sandbox and settings.graphiql and settings.redis_url is None
    assert settings.meta_graph_url == "http://localhost:8000/sandbox/meta"
    assert not load_settings({"META_GRAPH_URL": "http://emulator:9000"}).meta_sandbox


def _run(args: list[str], env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("QUANTIX_", "META_", "SMTP_", "DATABASE_"))}
    base.pop("REDIS_URL", None)
    base.update(COLUMNS="300", QUANTIX_ERASURE_LEDGER_PATH=str(tmp_path / "ledger.jsonl"))
    return subprocess.run(
        [QUANTIX, *args], env={**base, **env}, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )


def _said(result: subprocess.CompletedProcess[str]) -> str:
    return " ".join((result.stdout + result.stderr).split())


def test_quantix_serve_and_worker_exit_non_zero_in_a_refused_production(tmp_path: Path) -> None:
    env = production_env(SMTP_URL=None, QUANTIX_BASE_URL="http://crm.example.com")
    for command in (["serve", "--port", "1"], ["worker"]):
        result = _run(command, env, tmp_path)
        assert result.returncode != 0, _said(result)
        said = _said(result)
        assert "refusing to start in production:" in said
        assert "SMTP_URL is unset" in said and "QUANTIX_BASE_URL must be an https:// URL" in said


def test_serve_with_several_workers_needs_redis(tmp_path: Path) -> None:
    result = _run(["serve", "--workers", "2", "--port", "1"], {"DATABASE_URL": f"sqlite://{tmp_path}/x.db"}, tmp_path)
    assert result.returncode == 2
    assert "--workers above 1 needs REDIS_URL" in _said(result)
    assert not (tmp_path / "x.db").exists()  # refused before touching anything
