"""What an ingest reports, and how documents and their vectors are identified.

Shared by the pipeline, `lens check`, the queue and hub exchange, so every path names and
labels a document the same way.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ingest.model import LoadedDocument

if TYPE_CHECKING:
    from core.access import Level, Principal
    from ingest.transform import Transformed


@dataclass
class IngestReport:
    """What an ingest did, in the shape `lens ingest --json` prints."""

    ingested: int = 0
    unchanged: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    removed: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (removed: counts of redacted entities by type)."""
        return {
            "ingested": self.ingested,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "documents": self.documents,
            "removed": dict(self.removed),
        }


@dataclass
class _Planned:
    loaded: LoadedDocument
    doc_id: str
    content_hash: str
    old_chunk_ids: list[str]


@dataclass(frozen=True)
class Batch:
    """One batch of an ingest on its way to the store: who stores it, at which level and
    sharing, as which kind, and its documents, planned and transformed (in the same order)."""

    principal: Principal
    planned: list[_Planned]
    done: list[Transformed]
    level: Level
    org_only: bool
    kind: str


def document_id(org_id: int, source_ref: str) -> str:
    """Stable id per (organisation, source_ref): re-ingesting replaces, never duplicates."""
    return hashlib.sha256(f"{org_id}\x00{source_ref}".encode()).hexdigest()[:24]


def in_batches(items: Iterator[LoadedDocument], size: int) -> Iterator[list[LoadedDocument]]:
    batch: list[LoadedDocument] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def vector_metadata(
    doc_id: str,
    org_id: int,
    level: int,
    org_only: bool,
    kind: str,
    year: int,
    facts: Iterable[tuple[str, str]],
) -> dict[str, Any]:
    """What every vector of a document carries: access fields, kind, year and fact flags."""
    return {
        "doc_id": doc_id,
        "org_id": org_id,
        "level": int(level),
        "org_only": bool(org_only),
        "kind": kind,
        "year": int(year),
        **fact_flags(facts),
    }


def fact_flags(rows: Iterable[tuple[str, str]]) -> dict[str, bool]:
    """Boolean metadata flags for store-level filters (country, type, sector, means)."""
    prefix = {"country": "c_", "type": "t_", "sector": "s_", "means": "m_"}
    return {prefix[k] + v: True for k, v in rows if k in prefix}
