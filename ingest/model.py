"""What loaders hand to the pipeline. Raw text lives only in memory, never on disk."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class RecordOptions:
    """How CSV/JSON/JSONL records map to documents (one document per row or record)."""

    text_column: str | None = None
    id_column: str | None = None
    meta_columns: tuple[str, ...] = ()


@dataclass
class LoadedDocument:
    """One document read from a file or a record, before redaction.

    `text` is the normalised raw text: it may hold personal data, so it is never written
    anywhere; only its redacted form is.
    """

    source_ref: str
    title: str
    text: str
    path: Path
    meta: dict[str, Any] = field(default_factory=dict)
    doc_date: date | None = None


class LoadError(Exception):
    """A file (or record) that cannot be ingested; the message is one sentence naming it."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason.rstrip(".")
        super().__init__(f"{self.path}: {self.reason}.")
