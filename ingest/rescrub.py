"""`lens rescrub`: run the current redaction policy again over what is already stored.

Raw text is never kept, so this works on the redacted text: each document's body is laid
back together from its chunks (`text[start:end] == chunk.text`), and the body, the title and
the string metadata values are redacted again as one document. Placeholders already there
stay as they are; new ones are numbered after the highest of each type in the document.

A document whose text changed is re-chunked, re-embedded and re-indexed in the ingest
pipeline's crash-safe order (new vectors under new ids, then one transaction for the
document, its chunks and facts, then the old vectors are dropped); one whose text did not
change only records the new policy version. A document records the policy that scrubbed it,
so an interrupted run is resumed by running it again: documents already at the current
version are skipped. Only documents of the acting admin's organisation that the admin may
see are touched or counted.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from sqlmodel import delete, select

from core import audit
from core.access import Principal, is_visible, sql_filter
from core.db import Database
from core.errors import AccessDenied
from core.records import Chunk, Document, Fact, utcnow
from ingest.batch import vector_metadata
from ingest.chunking import Chunker
from ingest.enrich import extract_facts
from ingest.transform import string_meta
from redaction.base import DocumentInput, redact_documents

if TYPE_CHECKING:
    from ingest.linkkeys import LinkKeyer
    from redaction.base import DocumentResult, Redactor
    from retrieval.embedder import Embedder
    from retrieval.vector_store import VectorIndex

log = logging.getLogger("lens.rescrub")

BATCH_DOCS = 16


@dataclass
class RescrubReport:
    """What a rescrub did (or, with dry_run, would do): counts only, never content."""

    policy_version: str
    documents: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    failed: list[dict[str, str]] = field(default_factory=list)
    dry_run: bool = False
    changed_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The `lens rescrub --json` shape (see CLI.md)."""
        return {
            "documents": self.documents,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "removed": dict(self.removed),
            "failed": self.failed,
            "policy_version": self.policy_version,
            "dry_run": self.dry_run,
        }


def stored_body(chunks: list[Chunk]) -> str:
    """The redacted body laid back together from its (possibly overlapping) chunks; the
    whitespace the chunker stripped between two chunks comes back as spaces."""
    body = ""
    for c in sorted(chunks, key=lambda c: c.ordinal):
        if c.start >= len(body):
            body += " " * (c.start - len(body)) + c.text
        elif c.start + len(c.text) > len(body):
            body = body[: c.start] + c.text
    return body


class StoreParts(Protocol):
    """What rewriting a stored document needs (a `Rescrubber`, `ingest.known_pass`)."""

    db: Database
    embedder: Embedder
    vectors: VectorIndex
    chunker: Chunker
    linker: LinkKeyer | None


class Rescrubber:
    """Re-runs the current policy over stored documents (see the module docstring)."""

    def __init__(
        self,
        *,
        db: Database,
        redactor: Redactor,
        embedder: Embedder,
        vectors: VectorIndex,
        chunker: Chunker,
        policy_version: str,
        linker: LinkKeyer | None = None,
    ) -> None:
        self.linker = linker  # keys values this policy removes newly (placeholders kept)
        self.db = db
        self.redactor = redactor
        self.embedder = embedder
        self.vectors = vectors
        self.chunker = chunker
        self.policy_version = policy_version

    def pending(self, principal: Principal) -> list[str]:
        """Ids of the documents of this admin's organisation, that the admin may see, that an
        older policy scrubbed (admins manage their own organisation's documents)."""
        with self.db.session() as s:
            rows = s.exec(
                select(Document)
                .where(Document.status == "active")
                .where(Document.org_id == principal.org_id)
                .where(Document.policy_version != self.policy_version)
                .where(sql_filter(principal, Document))
                .order_by(Document.id)
            ).all()
            return [d.id for d in rows if is_visible(principal, d)]

    def run(self, principal: Principal, *, dry_run: bool = False) -> RescrubReport:
        """Scrub every pending document again; audited (ids and counts, no content)."""
        if not principal.is_admin:
            audit.record(self.db, user=principal.user_name, action="rescrub", outcome="refused")
            raise AccessDenied("Only an admin may re-scrub stored documents.")
        report = RescrubReport(self.policy_version, dry_run=dry_run)
        ids = self.pending(principal)
        for start in range(0, len(ids), BATCH_DOCS):
            self._batch(ids[start : start + BATCH_DOCS], report, dry_run)
        if report.changed and not dry_run:
            self.db.checkpoint()  # the replaced text leaves the write-ahead log too
        audit.record(
            self.db,
            user=principal.user_name,
            action="rescrub.dry_run" if dry_run else "rescrub",
            doc_ids=report.changed_ids,
            outcome="ok" if not report.failed else "partial",
            detail={k: v for k, v in report.as_dict().items() if k != "failed"}
            | {"failed": len(report.failed)},
        )
        return report

    def _batch(self, ids: list[str], report: RescrubReport, dry_run: bool) -> None:
        stored: list[tuple[Document, list[Chunk]]] = []
        with self.db.session() as s:
            for doc_id in ids:
                doc = s.get(Document, doc_id)
                if doc is None:
                    continue  # withdrawn meanwhile
                chunks = list(s.exec(select(Chunk).where(Chunk.doc_id == doc_id)))
                stored.append((doc, chunks))
        inputs = [
            DocumentInput(stored_body(chunks), doc.title, string_meta(doc.meta or {}))
            for doc, chunks in stored
        ]
        results = redact_documents(self.redactor, inputs)
        for (doc, chunks), before, after in zip(stored, inputs, results, strict=True):
            report.documents += 1
            if after.error is not None:
                report.failed.append({"doc_id": doc.id, "error": f"{doc.id}: {after.error}."})
                continue
            meta_after = {k: r.text for k, r in after.meta.items()}
            changed = (
                after.body.text != before.body
                or after.title.text != before.title
                or meta_after != before.meta
            )
            if not changed:
                report.unchanged += 1
                if not dry_run:
                    self._mark(doc.id)
                continue
            report.changed += 1
            report.changed_ids.append(doc.id)
            report.removed.update(after.counts)
            if not dry_run:
                self._replace(doc, chunks, after, meta_after, before)

    def _mark(self, doc_id: str) -> None:
        with self.db.session() as s:
            doc = s.get(Document, doc_id)
            if doc is not None:
                doc.policy_version = self.policy_version
                s.add(doc)

    def _replace(
        self,
        doc: Document,
        old: list[Chunk],
        after: DocumentResult,
        meta: dict[str, str],
        before: DocumentInput | None = None,
    ) -> None:
        """Rewrite one document as this policy scrubs it (`replace_stored`)."""
        replace_stored(self, doc, old, after, meta, before, self.policy_version)


def replace_stored(
    parts: StoreParts,
    doc: Document,
    old: list[Chunk],
    after: DocumentResult,
    meta: dict[str, str],
    before: DocumentInput | None,
    policy_version: str,
) -> None:
    """A stored document's text replaced by `after` in the ingest pipeline's write order (new
    vectors, one transaction, old vectors), recorded as scrubbed by `policy_version`; the
    values `after` removes newly are keyed from `before` when `parts` has a linker."""
    body = after.body.text
    passages = parts.chunker.split(body)
    merged_meta = {**(doc.meta or {}), **meta}
    facts = extract_facts(body, meta=merged_meta, doc_date=doc.doc_date)
    digest = hashlib.sha256(f"{policy_version}\x00{body}".encode()).hexdigest()[:8]
    ids = [f"{doc.id}-{digest}-{p.ordinal:04d}" for p in passages]
    year = doc.doc_date.year if doc.doc_date else max(facts.years, default=0)
    base = vector_metadata(
        doc.id, doc.org_id, doc.level, doc.org_only, doc.kind, int(year), facts.rows()
    )
    if passages:
        vectors = parts.embedder.embed([p.text for p in passages])
        parts.vectors.upsert(ids, vectors, [dict(base) for _ in ids])
    try:
        with parts.db.session() as s:
            s.exec(delete(Fact).where(Fact.doc_id == doc.id))  # type: ignore[call-overload]
            s.exec(delete(Chunk).where(Chunk.doc_id == doc.id))  # type: ignore[call-overload]
            row = s.get(Document, doc.id)
            assert row is not None
            row.title = (after.title.text.strip() or row.source_ref)[:300]
            row.meta = merged_meta
            row.n_chunks = len(passages)
            row.year = int(year)
            row.redactions = dict(Counter(row.redactions or {}) + Counter(after.counts))
            row.policy_version = policy_version
            row.updated_at = utcnow()
            s.add(row)
            s.flush()
            s.add_all(
                Chunk(id=cid, doc_id=doc.id, ordinal=p.ordinal, text=p.text, start=p.start,
                      end=p.end)
                for cid, p in zip(ids, passages, strict=True)
            )  # fmt: skip
            s.add_all(Fact(doc_id=doc.id, kind=k, value=v) for k, v in facts.rows())
            if parts.linker is not None and before is not None:
                # Values removed only now were in the stored text: key them as ingest
                # would have (earlier placeholders keep their keys).
                from core.mentions import Mention, ensure_table

                ensure_table(parts.db)
                s.add_all(
                    Mention(doc_id=doc.id, placeholder=m.placeholder, type=m.type, key=m.key)
                    for m in parts.linker.mentions(before, after, facts.countries)
                )
    except Exception:
        parts.vectors.delete([i for i in ids if i not in {c.id for c in old}])
        raise
    stale = [c.id for c in old if c.id not in set(ids)]
    if stale:
        parts.vectors.delete(stale)
    log.info("re-scrubbed document %s (%d chunks)", doc.id, len(passages))
