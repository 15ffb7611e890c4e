"""The processors file (QUANTIX_PROCESSORS_FILE) and QUANTIX_DATA_REGION: who receives personal data, where.

A bottom module like app.classification: settings validates the file with it at start-up, the legal pages,
records of processing and the change notice read it. It imports nothing of app.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_PROCESSORS_FILE = str(Path(__file__).parent / "data" / "processors.toml")
EU = "EU"
# The EEA as one region: the 27 EU member states plus Iceland, Liechtenstein and Norway.
EEA = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split())
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_KEY = re.compile(r"^[a-z][a-z0-9_-]{0,47}$")
BUILT_IN_KEYS = ("hosting", "meta", "whatsapp", "mail", "stripe")


class ProcessorError(ValueError):
    """The processors file or the data region cannot be used as given."""


class Safeguard(enum.Enum):
    """Chapter V GDPR: what makes a transfer outside the data region lawful."""

    ADEQUACY = "ADEQUACY"
    SCC = "SCC"
    DPF = "DPF"
    BCR = "BCR"
    NOT_A_TRANSFER = "NOT_A_TRANSFER"


@dataclass(frozen=True)
class ProcessorEntry:
    key: str
    name: str
    purpose: str
    categories: tuple[str, ...]
    country: str
    safeguard: Safeguard
    url: str

    def as_dict(self) -> dict[str, object]:
        values = asdict(self)
        values["categories"] = list(self.categories)
        values["safeguard"] = self.safeguard.value
        return values


def parse_region(value: str | None) -> str:
    """`EU` (the EEA) or an ISO 3166-1 alpha-2 country code; default EU."""
    region = (value or EU).strip().upper()
    if region != EU and not _COUNTRY.match(region):
        raise ProcessorError(f"QUANTIX_DATA_REGION must be EU or a two-letter country code, got {value!r}")
    return region


def in_region(country: str, region: str) -> bool:
    return country in EEA if region == EU else country == region


def is_transfer(processor: ProcessorEntry, region: str) -> bool:
    """A processor outside the data region receives a transfer (Art. 44 GDPR)."""
    return not in_region(processor.country, region)


def _text(item: dict[str, object], name: str, where: str) -> str:
    value = item.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ProcessorError(f"{where}: `{name}` must be a non-empty string")
    return value.strip()


def parse_processors(text: str, source: str = "QUANTIX_PROCESSORS_FILE") -> tuple[ProcessorEntry, ...]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProcessorError(f"{source} is not valid TOML: {exc}") from None
    items = data.get("processor", [])
    if not isinstance(items, list):
        raise ProcessorError(f"{source}: write each processor as a [[processor]] table")
    found: dict[str, ProcessorEntry] = {}
    for index, item in enumerate(items):
        where = f"{source}, processor {index + 1}"
        key = _text(item, "key", where)
        if not _KEY.match(key):
            raise ProcessorError(f"{where}: `key` must be lower-case letters, digits, - or _, got {key!r}")
        if key in found:
            raise ProcessorError(f"{where}: the key {key!r} is listed twice")
        country = _text(item, "country", where).upper()
        if not _COUNTRY.match(country):
            raise ProcessorError(f"{where}: `country` must be an ISO 3166-1 alpha-2 code, got {country!r}")
        try:
            safeguard = Safeguard(_text(item, "safeguard", where).upper())
        except ValueError:
            names = ", ".join(s.value for s in Safeguard)
            raise ProcessorError(f"{where}: `safeguard` must be one of {names}") from None
        categories = item.get("categories", [])
        if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
            raise ProcessorError(f"{where}: `categories` must be a list of strings")
        url = _text(item, "url", where)
        if not url.startswith(("https://", "http://")):
            raise ProcessorError(f"{where}: `url` must be an http(s) URL")
        found[key] = ProcessorEntry(
            key=key,
            name=_text(item, "name", where),
            purpose=_text(item, "purpose", where),
            categories=tuple(c.strip().upper() for c in categories),
            country=country,
            safeguard=safeguard,
            url=url,
        )
    return tuple(found.values())


def load_processors(path: str) -> tuple[ProcessorEntry, ...]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        raise ProcessorError("QUANTIX_PROCESSORS_FILE does not name a readable file") from None
    return parse_processors(text)


def problems(processors: tuple[ProcessorEntry, ...], region: str, used: tuple[str, ...]) -> list[str]:
    """Why production must not start: a used processor missing, or a transfer without a safeguard."""
    keys = {p.key for p in processors}
    found = [f"processor {key!r} is used but missing from QUANTIX_PROCESSORS_FILE" for key in used if key not in keys]
    for p in processors:
        if is_transfer(p, region) and p.safeguard is Safeguard.NOT_A_TRANSFER:
            found.append(
                f"processor {p.key!r} ({p.country}) is outside QUANTIX_DATA_REGION={region} "
                "and needs a safeguard (ADEQUACY, SCC, DPF or BCR)"
            )
    return found


def content_hash(processors: tuple[ProcessorEntry, ...], region: str) -> str:
    """What users are told about: the list and the region, independent of comments and order in the file."""
    document = {"dataRegion": region, "processors": sorted((p.as_dict() for p in processors), key=lambda d: d["key"])}
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()
