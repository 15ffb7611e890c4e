"""Files a room keeps for a lead beside the data map's rows (WhatsApp media), for the lead's access export.

A room registers a provider here; privacy's export reads them, so privacy never imports the rooms it serves and
the rooms never import privacy's orchestration.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable

from app.classification import DataCategory

SubjectFiles = Callable[[uuid.UUID, uuid.UUID], AsyncIterator[tuple[str, bytes]]]
_providers: list[tuple[DataCategory, SubjectFiles]] = []


def provide_subject_files(category: DataCategory) -> Callable[[SubjectFiles], SubjectFiles]:
    """Register a provider of a lead's files of `category`: it yields (file name, bytes) for (organisation,
    lead); the export writes them to files/<category>/<name>."""

    def register(provider: SubjectFiles) -> SubjectFiles:
        _providers.append((category, provider))
        return provider

    return register


def subject_file_providers() -> list[tuple[DataCategory, SubjectFiles]]:
    return list(_providers)
