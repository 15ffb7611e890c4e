"""Encrypted Tortoise fields: personal data and secrets are sealed before they reach the database.

Each field carries its data-map classification, so declaring a personal field and classifying it is
one act.
"""

from __future__ import annotations

import json
import re
from typing import Any, Unpack

from tortoise import fields
from tortoise.models import Model

from app.classification import Classification, ClassifyOptions, DataCategory, Erase, classify
from app.security.crypto import decrypt, encrypt

_CIPHERTEXT = re.compile(r"^qx1\.[0-9a-f]{12}\.[A-Za-z0-9_-]{20,}$")


def looks_encrypted(value: object) -> bool:
    return isinstance(value, str) and bool(_CIPHERTEXT.match(value))


class EncryptedTextField(fields.TextField):
    """TEXT column holding `qx1.<kid>.<sealed>`; the model attribute is plaintext."""

    def __init__(self, category: DataCategory, *, null: bool = False, **options: Unpack[ClassifyOptions]) -> None:
        super().__init__(null=null)
        self.classification = Classification(category=category, encrypted=True, **options)

    def to_db_value(self, value: Any, instance: Any) -> str | None:
        if value is None:
            return None
        if looks_encrypted(value):
            return value  # already sealed (e.g. copied row, compare-and-swap rotation)
        return encrypt(self._serialize(value))

    def to_python_value(self, value: Any) -> Any:
        if value is None:
            return None
        if looks_encrypted(value):
            return self._deserialize(decrypt(value))
        return value  # a plaintext assigned in Python (the constructor passes values through here)

    def _serialize(self, value: Any) -> str:
        return str(value)

    def _deserialize(self, text: str) -> Any:
        return text


class EncryptedJSONField(EncryptedTextField):
    """JSON document sealed as one ciphertext (lead answers, webhook bodies)."""

    def _serialize(self, value: Any) -> str:
        return json.dumps(value, separators=(",", ":"), sort_keys=True, default=str)

    def _deserialize(self, text: str) -> Any:
        return json.loads(text)

    def to_python_value(self, value: Any) -> Any:
        if isinstance(value, str) and not looks_encrypted(value):
            try:
                return json.loads(value)
            except ValueError:
                return value
        return super().to_python_value(value)


def SecretField(**kwargs: Any) -> EncryptedTextField:
    """An encrypted secret (token, TOTP seed): never exported, deleted with its owner."""
    return EncryptedTextField(DataCategory.SECRETS, export=None, erase=Erase.DELETE, **kwargs)


class SealedChunk(Model):
    """One AES-GCM-sealed slice of an export file, in order (`seq`): files are written and served a slice at a
    time, so memory stays bounded. The concrete model names the file it belongs to."""

    seq = fields.IntField()
    data = classify(fields.BinaryField(), DataCategory.EXPORT_FILES, erase=Erase.DELETE)

    class Meta:
        abstract = True
