"""The ingest pipeline: load, redact, chunk, enrich, embed, store — and withdraw.

Raw text exists only in memory between loading and redaction. The database is the source of
truth; the vector store follows it. Write order makes a crash at any point safe:

1. vectors of the new version are upserted under ids that include the content hash;
2. one database transaction replaces the document, its chunks (and, through triggers, the
   full-text index) and its facts;
3. vectors of the old version are deleted.

A crash after 1 or 2 leaves only orphan vectors, which retrieval ignores (every hit is
re-checked against the database) and `lens check` removes; running the ingest again finds
the document unchanged or finishes the replacement. Nothing is stored twice.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import delete, select

from core import audit
from core.access import Level, Principal, can_delete, is_visible
from core.db import Database
from core.errors import AccessDenied, LensError
from core.records import KINDS, Chunk, Document, Fact, utcnow
from core.settings import IngestSettings
from ingest.chunking import Chunker
from ingest.enrich import extract_facts
from ingest.loaders import discover, load_file
from ingest.model import LoadedDocument, LoadError, RecordOptions

if TYPE_CHECKING:
    from redaction.base import Redactor
    from retrieval.embedder import Embedder
    from retrieval.vector_store import VectorIndex

log = logging.getLogger("lens.ingest")

BATCH_DOCS = 32


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


def document_id(org_id: int, source_ref: str) -> str:
    """Stable id per (organisation, source_ref): re-ingesting replaces, never duplicates."""
    return hashlib.sha256(f"{org_id}\x00{source_ref}".encode()).hexdigest()[:24]


def fact_flags(rows: Iterable[tuple[str, str]]) -> dict[str, bool]:
    """Boolean metadata flags for store-level filters (country, type, sector, means)."""
    prefix = {"country": "c_", "type": "t_", "sector": "s_", "means": "m_"}
    return {prefix[k] + v: True for k, v in rows if k in prefix}


class IngestPipeline:
    """Turns files and records into redacted, indexed, access-controlled documents."""

    def __init__(
        self,
        *,
        db: Database,
        redactor_factory: Callable[[], Redactor],
        embedder_factory: Callable[[], Embedder],
        vectors: VectorIndex,
        settings: IngestSettings,
    ) -> None:
        self.db = db
        self._redactor_factory = redactor_factory
        self._embedder_factory = embedder_factory
        self.vectors = vectors
        self.settings = settings
        self._chunker: Chunker | None = None

    # Public API ----------------------------------------------------------------------
    def ingest_paths(
        self,
        principal: Principal,
        paths: list[Path],
        *,
        level: Level = Level.MEMBER,
        org_only: bool = False,
        kind: str | None = None,
        options: RecordOptions | None = None,
    ) -> IngestReport:
        """Ingest files and folders; bad files land in `failed`, the rest are stored."""
        self._check_request(principal, level, kind)
        report = IngestReport()
        files, errors = discover(paths)
        report.failed.extend({"path": e.path, "error": str(e)} for e in errors)
        max_bytes = int(self.settings.max_file_mb * 1024 * 1024)
        pending: list[LoadedDocument] = []
        for path in files:
            try:
                pending.extend(load_file(path, options or RecordOptions(), max_bytes))
            except LoadError as exc:
                report.failed.append({"path": exc.path, "error": str(exc)})
            if len(pending) >= BATCH_DOCS:
                self._store_batch(principal, pending, level, org_only, kind, report)
                pending = []
        if pending:
            self._store_batch(principal, pending, level, org_only, kind, report)
        self._audit_ingest(principal, report)
        return report

    def ingest_documents(
        self,
        principal: Principal,
        docs: list[LoadedDocument],
        *,
        level: Level = Level.MEMBER,
        org_only: bool = False,
        kind: str | None = None,
    ) -> IngestReport:
        """Ingest already-loaded documents (feeds, chat uploads)."""
        self._check_request(principal, level, kind)
        report = IngestReport()
        for i in range(0, len(docs), BATCH_DOCS):
            self._store_batch(principal, docs[i : i + BATCH_DOCS], level, org_only, kind, report)
        self._audit_ingest(principal, report)
        return report

    def delete(self, principal: Principal, doc_id: str) -> None:
        """Withdraw a document from every store; leaves an audit record without content."""
        with self.db.session() as s:
            doc = s.get(Document, doc_id)
            if doc is None or not is_visible(principal, doc):
                # Same sentence whether it is missing or hidden: existence is not revealed.
                raise LensError(f"Document {doc_id} does not exist.")
            if not can_delete(principal, doc, doc.uploader_id):
                raise AccessDenied(
                    f"Only the uploader or an admin of the owning organisation may delete "
                    f"document {doc_id}."
                )
            s.exec(delete(Fact).where(Fact.doc_id == doc_id))  # type: ignore[call-overload]
            s.exec(delete(Chunk).where(Chunk.doc_id == doc_id))  # type: ignore[call-overload]
            s.delete(doc)
        self.vectors.delete(self.vectors.ids_for_doc(doc_id))
        audit.record(self.db, user=principal.user_name, action="delete", doc_ids=[doc_id])
        log.info("deleted document %s", doc_id)

    # Internals -----------------------------------------------------------------------
    def _check_request(self, principal: Principal, level: Level, kind: str | None) -> None:
        if level > principal.clearance:
            audit.record(
                self.db, user=principal.user_name, action="ingest", outcome="refused",
                detail={"level": int(level)},
            )
            raise AccessDenied(
                f"You may not share at level {level.name.lower()}: your clearance is "
                f"{principal.clearance.name.lower()}."
            )
        if kind is not None and kind not in KINDS:
            raise LensError(
                f"Kind {kind!r} is not valid: use one of {', '.join(KINDS)}.", exit_code=2
            )

    @property
    def chunker(self) -> Chunker:
        """Built on first use from the embedder's tokenizer."""
        if self._chunker is None:
            self._chunker = Chunker(
                self._embedder_factory().tokenizer,
                self.settings.chunk_tokens,
                self.settings.chunk_overlap_tokens,
            )
        return self._chunker

    def _plan(
        self, principal: Principal, docs: list[LoadedDocument], level: Level, org_only: bool,
        kind: str, report: IngestReport,
    ) -> list[_Planned]:
        """Skip unchanged documents; collect old chunk ids of changed ones."""
        planned: list[_Planned] = []
        seen: set[str] = set()
        with self.db.session() as s:
            for d in docs:
                doc_id = document_id(principal.org_id, d.source_ref)
                if doc_id in seen:
                    report.failed.append({
                        "path": d.source_ref,
                        "error": f"{d.source_ref}: appears twice in this batch; kept the first.",
                    })
                    continue
                seen.add(doc_id)
                digest = hashlib.sha256(
                    f"{level}|{org_only}|{kind}|{d.title}\x00{d.text}".encode()
                ).hexdigest()
                existing = s.get(Document, doc_id)
                if existing is not None and existing.content_hash == digest:
                    report.unchanged += 1
                    continue
                old = [c.id for c in s.exec(select(Chunk).where(Chunk.doc_id == doc_id))]
                planned.append(_Planned(d, doc_id, digest, old))
        return planned

    def _store_batch(
        self, principal: Principal, docs: list[LoadedDocument], level: Level, org_only: bool,
        kind: str | None, report: IngestReport,
    ) -> None:
        kind = kind or "other"
        planned = self._plan(principal, docs, level, org_only, kind, report)
        if not planned:
            return
        redactor = self._redactor_factory()
        # Titles and string metadata can hold personal data too: they go through the same pass.
        meta_keys = [(i, k) for i, p in enumerate(planned) for k, v in p.loaded.meta.items()
                     if isinstance(v, str) and v.strip()]
        texts = ([p.loaded.text for p in planned] + [p.loaded.title for p in planned]
                 + [planned[i].loaded.meta[k] for i, k in meta_keys])
        results = redactor.redact_many(texts, org=principal.org_name)
        n_docs = len(planned)
        bodies, titles = results[:n_docs], results[n_docs : 2 * n_docs]
        for (i, k), r in zip(meta_keys, results[2 * n_docs :], strict=True):
            planned[i].loaded.meta[k] = r.text
        chunked = [self.chunker.split(r.text) for r in bodies]
        all_passages = [c.text for chunks in chunked for c in chunks]
        vectors = self._embedder_factory().embed(all_passages)
        offset = 0
        for p, body, title, passages in zip(planned, bodies, titles, chunked, strict=True):
            n = len(passages)
            doc_vectors = vectors[offset : offset + n]
            offset += n
            if n == 0:
                report.failed.append({
                    "path": str(p.loaded.path),
                    "error": f"{p.loaded.source_ref}: has no text left after redaction.",
                })
                continue
            facts = extract_facts(body.text, meta=p.loaded.meta, doc_date=p.loaded.doc_date)
            rows = facts.rows()
            year = p.loaded.doc_date.year if p.loaded.doc_date else max(facts.years, default=0)
            chunk_ids = [f"{p.doc_id}-{p.content_hash[:8]}-{c.ordinal:04d}" for c in passages]
            base_meta = {
                "doc_id": p.doc_id, "org_id": principal.org_id, "level": int(level),
                "org_only": bool(org_only), "kind": kind, "year": int(year),
                **fact_flags(rows),
            }
            self.vectors.upsert(chunk_ids, doc_vectors, [dict(base_meta) for _ in chunk_ids])
            self._write_records(principal, p, body, title.text, passages, chunk_ids, rows,
                                level, org_only, kind, int(year))
            stale = [cid for cid in p.old_chunk_ids if cid not in set(chunk_ids)]
            if stale:
                self.vectors.delete(stale)
            report.ingested += 1
            report.removed.update(body.counts)
            report.documents.append({"doc_id": p.doc_id, "source_ref": p.loaded.source_ref,
                                     "chunks": n, "removed": body.counts})
            log.info("stored document %s (%d chunks, %d entities removed)",
                     p.doc_id, n, len(body.entities))

    def _write_records(
        self, principal: Principal, p: _Planned, body: Any, title: str, passages: list,
        chunk_ids: list[str], rows: list[tuple[str, str]], level: Level, org_only: bool,
        kind: str, year: int,
    ) -> None:
        """One transaction: document, chunks (and full-text index), facts."""
        d = p.loaded
        meta = {k: v for k, v in d.meta.items() if isinstance(v, str | int | float | bool)}
        with self.db.session() as s:
            s.exec(delete(Fact).where(Fact.doc_id == p.doc_id))  # type: ignore[call-overload]
            s.exec(delete(Chunk).where(Chunk.doc_id == p.doc_id))  # type: ignore[call-overload]
            doc = s.get(Document, p.doc_id)
            values = dict(
                org_id=principal.org_id, uploader_id=principal.user_id,
                title=(title.strip() or d.source_ref)[:300], kind=kind, level=int(level),
                org_only=org_only, source_ref=d.source_ref, content_hash=p.content_hash,
                doc_date=datetime.combine(d.doc_date, time.min, UTC) if d.doc_date else None,
                year=year, updated_at=utcnow(), status="active", n_chunks=len(passages),
                redactions=body.counts, meta=meta,
            )
            if doc is None:
                doc = Document(id=p.doc_id, **values)
            else:
                for key, value in values.items():
                    setattr(doc, key, value)
            s.add(doc)
            s.flush()
            s.add_all(
                Chunk(id=cid, doc_id=p.doc_id, ordinal=c.ordinal, text=c.text,
                      start=c.start, end=c.end)
                for cid, c in zip(chunk_ids, passages, strict=True)
            )
            s.add_all(Fact(doc_id=p.doc_id, kind=k, value=v) for k, v in rows)

    def _audit_ingest(self, principal: Principal, report: IngestReport) -> None:
        audit.record(
            self.db, user=principal.user_name, action="ingest",
            doc_ids=[d["doc_id"] for d in report.documents],
            outcome="ok" if not report.failed else "partial",
            detail={"ingested": report.ingested, "unchanged": report.unchanged,
                    "failed": len(report.failed), "removed": dict(report.removed)},
        )
