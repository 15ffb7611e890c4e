"""Environment -> one frozen Settings object.

Every variable of SPEC.md §1 and §6 is read here and nowhere else. Development defaults are marked
`DEV_*` and refused when `QUANTIX_ENV=production`.
"""

from __future__ import annotations

import base64
import binascii
import functools
import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from app import processors as processor_list

# Development-only values. Public on purpose: anyone can read them, so production refuses them.
DEV_SECRET_KEY = "dev-only-quantix-secret-key-do-not-use-in-production"
DEV_ENCRYPTION_KEY = "ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM="  # b"dev-only-encryption-key-32-bytes"
DEV_BLIND_INDEX_KEY = "ZGV2LW9ubHktYmxpbmQtaW5kZXgta2V5LTMyLWJ5dGU="  # b"dev-only-blind-index-key-32-byte"
DEV_RECEIPT_SIGNING_KEY = "ZGV2LW9ubHktcmVjZWlwdC1zaWduaW5nLWtleS0zMmI="  # b"dev-only-receipt-signing-key-32b"
DEV_META_APP_ID = "100000000000001"
DEV_META_APP_SECRET = "dev-only-meta-app-secret"
DEV_WEBHOOK_VERIFY_TOKEN = "dev-only-webhook-verify-token"
DEV_STRIPE_SECRET_KEY = "sk_test_quantix_sandbox"  # the Stripe sandbox's own key (app/sandbox/stripe)
DEV_STRIPE_WEBHOOK_SECRET = "whsec_test_quantix_sandbox"
BILLING_MODES = ("stripe", "off")
DEFAULT_PLANS_FILE = str(Path(__file__).parent / "data" / "plans.toml")
DEV_PRIVACY_CONTACT = "mailto:privacy@localhost"
DEV_SECURITY_CONTACT = "mailto:security@localhost"

ENVIRONMENTS = ("development", "test", "production")


class SettingsError(ValueError):
    """The environment describes a configuration the service refuses to run with."""


def _bool(value: str | None, default: bool, name: str = "a true/false setting") -> bool:
    if value is None or value.strip() == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name} must be true or false, got {value!r}")


def _int(name: str, value: str | None, default: int, minimum: int = 0) -> int:
    if value is None or value.strip() == "":
        return default
    try:
        number = int(value.strip())
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, got {value!r}") from None
    if number < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {number}")
    return number


def _log_level(value: str | None) -> str:
    level = (value or "INFO").strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise SettingsError(f"QUANTIX_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, got {value!r}")
    return level


def _list(value: str | None) -> tuple[str, ...]:
    return tuple(item.strip() for item in (value or "").split(",") if item.strip())


def _contact(name: str, value: str | None, default: str) -> str:
    """A mailto: or https: URI (RFC 9116 `Contact`), e.g. mailto:privacy@example.com."""
    if value is None:
        return default
    text = value.strip()
    parts = urlsplit(text)
    if (parts.scheme == "mailto" and "@" in parts.path) or (parts.scheme == "https" and parts.netloc):
        return text
    raise SettingsError(f"{name} must be a mailto: or https: URI, got {value!r}")


def decode_key(value: str, name: str) -> bytes:
    """Decode a 32-byte key given in standard or URL-safe base64 (padding optional)."""
    text = value.strip()
    padded = text + "=" * (-len(text) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SettingsError(f"{name}: each key must be base64") from exc
    if len(raw) != 32:
        raise SettingsError(f"{name}: each key must decode to 32 bytes, got {len(raw)}")
    return raw


@dataclass(frozen=True)
class Settings:
    env: str = "development"
    database_url: str = "sqlite://./quantix.db"
    redis_url: str | None = None
    redis_namespace: str = "qx"
    base_url: str = "http://localhost:8000"
    secret_key: str = DEV_SECRET_KEY
    encryption_keys: tuple[bytes, ...] = (base64.b64decode(DEV_ENCRYPTION_KEY),)
    blind_index_keys: tuple[bytes, ...] = (base64.b64decode(DEV_BLIND_INDEX_KEY),)
    receipt_signing_key: bytes = base64.b64decode(DEV_RECEIPT_SIGNING_KEY)
    trusted_proxies: tuple[str, ...] = ("127.0.0.1",)
    cors_origins: tuple[str, ...] = ()
    meta_app_id: str = DEV_META_APP_ID
    meta_app_secret: str = DEV_META_APP_SECRET
    meta_graph_url: str = "https://graph.facebook.com"
    meta_dialog_url: str = "https://www.facebook.com"
    meta_graph_version: str = "v25.0"
    meta_webhook_verify_token: str = DEV_WEBHOOK_VERIFY_TOKEN
    meta_sandbox: bool = False
    smtp_url: str | None = None
    mail_from: str = "QuantixOne <no-reply@localhost>"
    erasure_grace_days: int = 7
    privacy_due_days: int = 30
    erasure_ledger_path: str = "./erasure-ledger.jsonl"
    webhook_allow_private: bool = True
    graphql_introspection: bool = True
    graphiql: bool = True
    fast_executor: bool = True
    metrics_token: str | None = None
    log_level: str = "INFO"
    job_timeout_seconds: int = 600
    worker_nice: int = 10
    extra_handler_modules: tuple[str, ...] = ()
    billing: str = "off"
    stripe_secret_key: str = DEV_STRIPE_SECRET_KEY
    stripe_webhook_secret: str = DEV_STRIPE_WEBHOOK_SECRET
    stripe_api_url: str = "https://api.stripe.com"
    stripe_sandbox: bool = False
    plans_file: str = DEFAULT_PLANS_FILE
    privacy_contact: str = DEV_PRIVACY_CONTACT  # QUANTIX_PRIVACY_CONTACT: who answers data-protection questions
    security_contact: str = DEV_SECURITY_CONTACT  # QUANTIX_SECURITY_CONTACT: where to report vulnerabilities
    dev_values: frozenset[str] = field(default_factory=frozenset)
    processors_file: str = processor_list.DEFAULT_PROCESSORS_FILE  # QUANTIX_PROCESSORS_FILE
    data_region: str = processor_list.EU  # QUANTIX_DATA_REGION: EU (the EEA) or a country code
    processors: tuple[processor_list.ProcessorEntry, ...] = ()
    media_dir: str = "./data/media"  # QUANTIX_MEDIA_DIR: inbound WhatsApp media, encrypted per file
    whatsapp_mps: int = 20  # QUANTIX_WHATSAPP_MPS: broadcasts stay below this many messages per second

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def base_origin(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def meta_redirect_uri(self) -> str:
        return f"{self.base_url.rstrip('/')}/integrations/meta/callback"

    @property
    def billing_on(self) -> bool:
        return self.billing == "stripe"

    @property
    def used_processors(self) -> tuple[str, ...]:
        """The built-in processor keys this configuration sends personal data to."""
        keys = ["hosting", "meta", "whatsapp"]
        if self.smtp_url:
            keys.append("mail")
        if self.billing_on:
            keys.append("stripe")
        return tuple(keys)

    def is_trusted_proxy(self, host: str | None) -> bool:
        if not host:
            return False
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return host in self.trusted_proxies
        for entry in self.trusted_proxies:
            try:
                if address in ipaddress.ip_network(entry, strict=False):
                    return True
            except ValueError:
                continue
        return False


def load_settings(environ: dict[str, str] | os._Environ[str] | None = None) -> Settings:
    """Read and validate the environment; raise SettingsError with a plain message on refusal."""
    env_map = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        value = env_map.get(name)
        return value if value not in (None, "") else None

    env = (get("QUANTIX_ENV") or "development").lower()
    if env not in ENVIRONMENTS:
        raise SettingsError(f"QUANTIX_ENV must be one of {', '.join(ENVIRONMENTS)}, got {env!r}")
    production = env == "production"
    dev_values: set[str] = set()

    def secret(name: str, dev_value: str) -> str:
        """The variable, else the public dev value; the dev value is noted even when set explicitly (it is public)."""
        value = get(name)
        if value is None or value.strip() == dev_value:
            dev_values.add(name)
        return dev_value if value is None else value

    def keyring(name: str, dev_value: str) -> tuple[bytes, ...]:
        """Decoded keys of a comma-separated list; the dev key among them (in any base64 spelling) is noted."""
        keys = tuple(decode_key(k, name) for k in _list(secret(name, dev_value)))
        if decode_key(dev_value, name) in keys:
            dev_values.add(name)
        return keys

    secret_key = secret("QUANTIX_SECRET_KEY", DEV_SECRET_KEY)
    if len(secret_key) < 32:
        raise SettingsError("QUANTIX_SECRET_KEY must be at least 32 characters")
    encryption_keys = keyring("QUANTIX_ENCRYPTION_KEYS", DEV_ENCRYPTION_KEY)
    blind_index_keys = keyring("QUANTIX_BLIND_INDEX_KEYS", DEV_BLIND_INDEX_KEY)
    if not encryption_keys or not blind_index_keys:
        raise SettingsError("QUANTIX_ENCRYPTION_KEYS and QUANTIX_BLIND_INDEX_KEYS need at least one key")
    receipt_key = decode_key(
        secret("QUANTIX_RECEIPT_SIGNING_KEY", DEV_RECEIPT_SIGNING_KEY), "QUANTIX_RECEIPT_SIGNING_KEY"
    )
    if receipt_key == decode_key(DEV_RECEIPT_SIGNING_KEY, "QUANTIX_RECEIPT_SIGNING_KEY"):
        dev_values.add("QUANTIX_RECEIPT_SIGNING_KEY")
    meta_app_id = secret("META_APP_ID", DEV_META_APP_ID)
    meta_app_secret = secret("META_APP_SECRET", DEV_META_APP_SECRET)
    verify_token = secret("META_WEBHOOK_VERIFY_TOKEN", DEV_WEBHOOK_VERIFY_TOKEN)

    graph_url, dialog_url = get("META_GRAPH_URL"), get("META_DIALOG_URL")
    sandbox_default = env == "development" and graph_url is None and dialog_url is None
    sandbox = _bool(get("QUANTIX_META_SANDBOX"), sandbox_default, "QUANTIX_META_SANDBOX")
    base_url = (get("QUANTIX_BASE_URL") or "http://localhost:8000").rstrip("/")
    sandbox_root = f"{base_url}/sandbox/meta"

    database_url = get("DATABASE_URL") or "sqlite://./quantix.db"
    smtp_url = get("SMTP_URL")
    allow_private = _bool(get("QUANTIX_WEBHOOK_ALLOW_PRIVATE"), not production, "QUANTIX_WEBHOOK_ALLOW_PRIVATE")

    billing = (get("QUANTIX_BILLING") or ("stripe" if env == "development" else "off")).lower()
    if billing not in BILLING_MODES:
        raise SettingsError(f"QUANTIX_BILLING must be stripe or off, got {billing!r}")
    stripe_url = get("STRIPE_API_URL")
    stripe_sandbox = _bool(
        get("QUANTIX_STRIPE_SANDBOX"),
        billing == "stripe" and env == "development" and stripe_url is None,
        "QUANTIX_STRIPE_SANDBOX",
    )
    stripe_default_url = f"{base_url}/sandbox/stripe" if stripe_sandbox else "https://api.stripe.com"
    stripe_key, stripe_whsec = get("STRIPE_SECRET_KEY"), get("STRIPE_WEBHOOK_SECRET")
    if billing == "stripe":  # off: the Stripe secrets are not used, so their dev values are no refusal
        stripe_key = secret("STRIPE_SECRET_KEY", DEV_STRIPE_SECRET_KEY)
        stripe_whsec = secret("STRIPE_WEBHOOK_SECRET", DEV_STRIPE_WEBHOOK_SECRET)
        if not os.path.isfile(get("QUANTIX_PLANS_FILE") or DEFAULT_PLANS_FILE):
            raise SettingsError("QUANTIX_PLANS_FILE does not name a readable file")

    settings = Settings(
        env=env,
        database_url=database_url,
        redis_url=get("REDIS_URL"),
        redis_namespace=get("QUANTIX_REDIS_NAMESPACE") or "qx",
        base_url=base_url,
        secret_key=secret_key,
        encryption_keys=encryption_keys,
        blind_index_keys=blind_index_keys,
        receipt_signing_key=receipt_key,
        trusted_proxies=_list(get("QUANTIX_TRUSTED_PROXIES") or "127.0.0.1"),
        cors_origins=_list(get("QUANTIX_CORS_ORIGINS")),
        meta_app_id=meta_app_id,
        meta_app_secret=meta_app_secret,
        meta_graph_url=(graph_url or (sandbox_root if sandbox else "https://graph.facebook.com")).rstrip("/"),
        meta_dialog_url=(dialog_url or (sandbox_root if sandbox else "https://www.facebook.com")).rstrip("/"),
        meta_graph_version=get("META_GRAPH_VERSION") or "v25.0",
        meta_webhook_verify_token=verify_token,
        meta_sandbox=sandbox,
        smtp_url=smtp_url,
        mail_from=get("QUANTIX_MAIL_FROM") or "QuantixOne <no-reply@localhost>",
        erasure_grace_days=_int("QUANTIX_ERASURE_GRACE_DAYS", get("QUANTIX_ERASURE_GRACE_DAYS"), 7),
        privacy_due_days=_int("QUANTIX_PRIVACY_DUE_DAYS", get("QUANTIX_PRIVACY_DUE_DAYS"), 30, minimum=1),
        erasure_ledger_path=get("QUANTIX_ERASURE_LEDGER_PATH") or "./erasure-ledger.jsonl",
        webhook_allow_private=allow_private,
        graphql_introspection=_bool(
            get("QUANTIX_GRAPHQL_INTROSPECTION"), not production, "QUANTIX_GRAPHQL_INTROSPECTION"
        ),
        graphiql=_bool(get("QUANTIX_GRAPHIQL"), not production, "QUANTIX_GRAPHIQL"),
        fast_executor=_bool(get("QUANTIX_FAST_EXECUTOR"), True, "QUANTIX_FAST_EXECUTOR"),
        metrics_token=get("QUANTIX_METRICS_TOKEN"),
        log_level=_log_level(get("QUANTIX_LOG_LEVEL")),
        job_timeout_seconds=_int("QUANTIX_JOB_TIMEOUT", get("QUANTIX_JOB_TIMEOUT"), 600, minimum=1),
        worker_nice=_int("QUANTIX_WORKER_NICE", get("QUANTIX_WORKER_NICE"), 10),
        extra_handler_modules=_list(get("QUANTIX_EXTRA_HANDLER_MODULES")),
        billing=billing,
        stripe_secret_key=stripe_key or DEV_STRIPE_SECRET_KEY,
        stripe_webhook_secret=stripe_whsec or DEV_STRIPE_WEBHOOK_SECRET,
        stripe_api_url=(stripe_url or stripe_default_url).rstrip("/"),
        stripe_sandbox=stripe_sandbox,
        plans_file=get("QUANTIX_PLANS_FILE") or DEFAULT_PLANS_FILE,
        privacy_contact=_contact("QUANTIX_PRIVACY_CONTACT", get("QUANTIX_PRIVACY_CONTACT"), DEV_PRIVACY_CONTACT),
        security_contact=_contact("QUANTIX_SECURITY_CONTACT", get("QUANTIX_SECURITY_CONTACT"), DEV_SECURITY_CONTACT),
        dev_values=frozenset(dev_values),
        **_processors(get("QUANTIX_PROCESSORS_FILE"), get("QUANTIX_DATA_REGION")),
        media_dir=get("QUANTIX_MEDIA_DIR") or "./data/media",
        whatsapp_mps=_int("QUANTIX_WHATSAPP_MPS", get("QUANTIX_WHATSAPP_MPS"), 20, minimum=1),
    )
    if production:
        _refuse_production(settings)
    return settings


def _processors(path: str | None, region: str | None) -> dict[str, object]:
    try:
        processors_file = path or processor_list.DEFAULT_PROCESSORS_FILE
        return {
            "processors_file": processors_file,
            "data_region": processor_list.parse_region(region),
            "processors": processor_list.load_processors(processors_file),
        }
    except processor_list.ProcessorError as exc:
        raise SettingsError(str(exc)) from None


def _refuse_production(settings: Settings) -> None:
    problems: list[str] = []
    if settings.dev_values:
        problems.append("development secrets in use for " + ", ".join(sorted(settings.dev_values)))
    if settings.meta_sandbox:
        problems.append("QUANTIX_META_SANDBOX is on")
    if settings.stripe_sandbox:
        problems.append("QUANTIX_STRIPE_SANDBOX is on")
    if settings.is_sqlite:
        problems.append("DATABASE_URL points at SQLite; use PostgreSQL")
    if not settings.smtp_url:
        problems.append("SMTP_URL is unset")
    if not settings.redis_url:
        problems.append("REDIS_URL is unset (production runs jobs on workers, not in the API process)")
    if not settings.base_url.startswith("https://"):
        problems.append("QUANTIX_BASE_URL must be an https:// URL")
    if settings.webhook_allow_private:
        problems.append("QUANTIX_WEBHOOK_ALLOW_PRIVATE=true is refused")
    for name, value, dev in (
        ("QUANTIX_PRIVACY_CONTACT", settings.privacy_contact, DEV_PRIVACY_CONTACT),
        ("QUANTIX_SECURITY_CONTACT", settings.security_contact, DEV_SECURITY_CONTACT),
    ):
        if value == dev:
            problems.append(f"{name} is unset or the development value (a mailto: or https: URI)")
    problems.extend(processor_list.problems(settings.processors, settings.data_region, settings.used_processors))
    if problems:
        raise SettingsError("refusing to start in production: " + "; ".join(problems))


@functools.lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
