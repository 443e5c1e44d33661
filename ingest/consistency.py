"""`lens check`: the records database and the vector store must hold the same chunks.

The database is the source of truth. A vector without a chunk row (an ingest or delete
interrupted between its two writes) is removed; a chunk without a vector is embedded again
from its stored, already-redacted text. The full-text index is checked by its own integrity
check (`Database.lexical`: FTS5 on SQLite, term statistics on PostgreSQL) and rebuilt from the
chunk table if it fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from core.db import Database
from core.records import Chunk, Document, Fact
from ingest.batch import vector_metadata

if TYPE_CHECKING:
    from retrieval.embedder import Embedder
    from retrieval.vector_store import VectorIndex


def check_stores(
    db: Database,
    vectors: VectorIndex,
    embedder_factory: Callable[[], Embedder],
    *,
    repair: bool,
    policy_version: str | None = None,
) -> dict[str, Any]:
    """Compare the stores; with `repair`, make them agree. Returns counts (no content).

    With `policy_version`, also lists the documents an older redaction policy scrubbed
    (`older_policy`: they need `lens rescrub`; this does not make the stores inconsistent).
    """
    with db.session() as s:
        rows = s.exec(select(Chunk.id, Chunk.doc_id)).all()
    chunks = {cid: doc_id for cid, doc_id in rows}
    stored = vectors.all_ids()
    orphans = sorted(stored - set(chunks))
    missing = sorted(set(chunks) - stored)
    fts_ok = db.lexical.check(db.engine)
    report: dict[str, Any] = {
        "chunks": len(chunks),
        "vectors": len(stored),
        "orphan_vectors": len(orphans),
        "missing_vectors": len(missing),
        "fulltext_ok": fts_ok,
        "repaired": False,
    }
    if policy_version is not None:
        report["older_policy"] = older_policy(db, policy_version)
    if not repair:
        report["consistent"] = not orphans and not missing and fts_ok
        return report
    if orphans:
        vectors.delete(orphans)
    if missing:
        _re_embed(db, vectors, embedder_factory(), missing)
    if not fts_ok:
        db.lexical.rebuild(db.engine)
    report["repaired"] = bool(orphans or missing or not fts_ok)
    report["consistent"] = True
    return report


def older_policy(db: Database, policy_version: str) -> dict[str, Any]:
    """Active documents scrubbed by another redaction policy: how many, which (ids only)."""
    with db.session() as s:
        rows = s.exec(
            select(Document.id, Document.policy_version)
            .where(Document.status == "active")
            .where(Document.policy_version != policy_version)
            .order_by(Document.id)
        ).all()
    versions = sorted({v or "1" for _, v in rows})
    return {"documents": len(rows), "doc_ids": [d for d, _ in rows], "versions": versions}


def _re_embed(db: Database, vectors: VectorIndex, embedder: Embedder, ids: list[str]) -> None:
    with db.session() as s:
        for start in range(0, len(ids), 256):
            batch = s.exec(select(Chunk).where(Chunk.id.in_(ids[start : start + 256]))).all()  # type: ignore[attr-defined]
            docs = {c.doc_id for c in batch}
            meta: dict[str, dict[str, Any]] = {}
            for doc_id in docs:
                d = s.get(Document, doc_id)
                facts = [
                    (f.kind, f.value) for f in s.exec(select(Fact).where(Fact.doc_id == doc_id))
                ]
                assert d is not None
                meta[doc_id] = vector_metadata(
                    d.id, d.org_id, d.level, d.org_only, d.kind, d.year, facts
                )
            vecs = embedder.embed([c.text for c in batch])
            vectors.upsert([c.id for c in batch], vecs, [dict(meta[c.doc_id]) for c in batch])
