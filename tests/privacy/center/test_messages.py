"""Every string the privacy center shows comes from the message catalogue, and every key it asks for exists."""

from __future__ import annotations

import re
from pathlib import Path

from app.privacy.center.messages import MESSAGES
from app.privacy.erasure_models import ObjectionKind
from app.privacy.request_models import RequestStatus, RequestType

TEMPLATES = Path(__file__).resolve().parents[3] / "app" / "templates"
SOURCES = [
    *TEMPLATES.glob("privacy_center_*.html"),
    Path(__file__).resolve().parents[3] / "app/privacy/center/routes.py",
]


def test_every_key_used_is_in_the_english_catalogue() -> None:
    used: set[str] = set()
    for path in SOURCES:
        used |= set(re.findall(r"""\bt\(\s*"([a-z_.]+[a-z_])"\s*[,)]""", path.read_text()))
    used |= {f"type.{k.value}" for k in RequestType}
    used |= {f"objection.{k.value}" for k in ObjectionKind}
    used |= {f"status.word.{s.value}" for s in RequestStatus}
    assert used and used - set(MESSAGES["en"]) == set()


def test_templates_hold_no_inline_script_or_style_and_no_bare_text() -> None:
    for path in TEMPLATES.glob("privacy_center_*.html"):
        text = path.read_text()
        assert "<script" not in text and "<style" not in text and " style=" not in text, path.name
        # text between tags is a template expression, never a literal English sentence
        bare = [
            chunk.strip()
            for chunk in re.sub(r"{%.*?%}|{{.*?}}", "", text, flags=re.S).split("<")
            if ">" in chunk and chunk.split(">", 1)[1].strip()
        ]
        assert [b for b in bare if re.search(r"[A-Za-z]{3,}", b.split(">", 1)[1])] == [], path.name
