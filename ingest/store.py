"""One transformed batch written to the records: what of it can be stored, each document's
transaction (document, chunks, facts, link keys), the report and the audit row.

`IngestPipeline._write` keeps the crash-safe order of the pipeline's docstring (new vectors,
then one transaction per document, then old vectors dropped) and calls these for the steps.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time
from typing import Any

import numpy as np
from sqlmodel import delete

from core import audit
from core.access import Level, Principal
from core.db import Database
from core.mentions import Mention
from core.records import Chunk, Document, Fact, utcnow
from ingest.batch import IngestReport, _Planned, vector_metadata
from ingest.transform import Transformed

log = logging.getLogger("lens.ingest")

# A document that may be stored: its plan, its transformed form and its new chunk ids.
Ready = tuple[_Planned, Transformed, list[str]]


def storable(
    principal: Principal,
    planned: list[_Planned],
    done: list[Transformed],
    level: Level,
    org_only: bool,
    kind: str,
    report: IngestReport,
) -> tuple[list[Ready], list[str], list[dict[str, Any]], list[np.ndarray]]:
    """The documents of a batch that may be stored, with their vectors' ids, metadata and
    vectors in upsert order; one that failed or kept no text goes to `report.failed`."""
    ready: list[Ready] = []
    ids: list[str] = []
    metas: list[dict[str, Any]] = []
    vecs: list[np.ndarray] = []
    for p, t in zip(planned, done, strict=True):
        if t.error is not None:
            report.failed.append(
                {
                    "path": str(p.loaded.path),
                    "error": f"{p.loaded.source_ref}: {t.error}; nothing of it was stored.",
                }
            )
            continue
        if not t.passages:
            report.failed.append(
                {
                    "path": str(p.loaded.path),
                    "error": f"{p.loaded.source_ref}: has no text left after redaction.",
                }
            )
            continue
        chunk_ids = [f"{p.doc_id}-{p.content_hash[:8]}-{c.ordinal:04d}" for c in t.passages]
        base_meta = vector_metadata(
            p.doc_id, principal.org_id, int(level), org_only, kind, t.year, t.facts
        )
        ready.append((p, t, chunk_ids))
        ids += chunk_ids
        metas += [dict(base_meta) for _ in chunk_ids]
        vecs.append(t.vectors)
    return ready, ids, metas, vecs


def write_records(
    db: Database,
    principal: Principal,
    p: _Planned,
    t: Transformed,
    chunk_ids: list[str],
    level: Level,
    org_only: bool,
    kind: str,
) -> None:
    """One transaction: document, chunks (and full-text index), facts."""
    d = p.loaded
    meta = {k: v for k, v in t.meta.items() if isinstance(v, str | int | float | bool)}
    with db.session() as s:
        s.exec(delete(Fact).where(Fact.doc_id == p.doc_id))  # type: ignore[call-overload]
        s.exec(delete(Chunk).where(Chunk.doc_id == p.doc_id))  # type: ignore[call-overload]
        doc = s.get(Document, p.doc_id)
        values = dict(
            org_id=principal.org_id,
            uploader_id=principal.user_id,
            title=(t.title.strip() or d.source_ref)[:300],
            kind=kind,
            level=int(level),
            org_only=org_only,
            source_ref=d.source_ref,
            content_hash=p.content_hash,
            doc_date=datetime.combine(d.doc_date, time.min, UTC) if d.doc_date else None,
            year=t.year,
            updated_at=utcnow(),
            status="active",
            n_chunks=len(t.passages),
            redactions=t.removed,
            meta=meta,
            policy_version=t.policy_version,
        )
        if doc is None:
            doc = Document(id=p.doc_id, **values)
        else:
            for key, value in values.items():
                setattr(doc, key, value)
        s.add(doc)
        s.flush()
        s.add_all(
            Chunk(
                id=cid,
                doc_id=p.doc_id,
                ordinal=c.ordinal,
                text=c.text,
                start=c.start,
                end=c.end,
            )
            for cid, c in zip(chunk_ids, t.passages, strict=True)
        )
        s.add_all(Fact(doc_id=p.doc_id, kind=k, value=v) for k, v in t.facts)
        # Link keys (never values); a hub import brings none, so its old ones go too.
        s.exec(delete(Mention).where(Mention.doc_id == p.doc_id))  # type: ignore[call-overload]
        s.add_all(
            Mention(doc_id=p.doc_id, placeholder=m.placeholder, type=m.type, key=m.key)
            for m in t.mentions
        )


def count_stored(p: _Planned, t: Transformed, report: IngestReport) -> None:
    """Count one committed document in the report and the log."""
    report.ingested += 1
    report.removed.update(t.removed)
    report.documents.append(
        {
            "doc_id": p.doc_id,
            "source_ref": p.loaded.source_ref,
            "chunks": len(t.passages),
            "removed": t.removed,
        }
    )
    log.info(
        "stored document %s (%d chunks, %d entities removed)",
        p.doc_id,
        len(t.passages),
        t.n_entities,
    )


def audit_ingest(db: Database, principal: Principal, report: IngestReport) -> None:
    """The audit row of one ingest: the documents stored and the counts, never content."""
    audit.record(
        db,
        user=principal.user_name,
        action="ingest",
        doc_ids=[d["doc_id"] for d in report.documents],
        outcome="ok" if not report.failed else "partial",
        detail={
            "ingested": report.ingested,
            "unchanged": report.unchanged,
            "failed": len(report.failed),
            "removed": dict(report.removed),
        },
    )
