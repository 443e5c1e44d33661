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
from retrieval.sentences import embed_passages, embed_sentences, own_sentences

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
    chunks, multi = _chunks(db)
    stored = vectors.all_ids()
    orphans = sorted(stored - set(chunks))
    missing = sorted(set(chunks) - stored)
    with_sentences = vectors.sentence_chunk_ids()
    # A chunk whose vector is missing gets its sentences when it is embedded again.
    no_sentences = sorted(multi - with_sentences - set(missing))
    orphan_sentences = sorted(with_sentences - set(chunks) - set(orphans))
    fts_ok = db.lexical.check(db.engine)
    report: dict[str, Any] = {
        "chunks": len(chunks),
        "vectors": len(stored),
        "orphan_vectors": len(orphans),
        "missing_vectors": len(missing),
        "missing_sentence_vectors": len(no_sentences),
        "orphan_sentence_vectors": len(orphan_sentences),
        "fulltext_ok": fts_ok,
        "repaired": False,
    }
    if policy_version is not None:
        report["older_policy"] = older_policy(db, policy_version)
    problems = bool(orphans or missing or no_sentences or orphan_sentences or not fts_ok)
    if not repair:
        report["consistent"] = not problems
        return report
    if orphans or orphan_sentences:
        vectors.delete(orphans + orphan_sentences)  # a chunk's delete takes its sentences
    if missing or no_sentences:
        embedder = embedder_factory()
        _re_embed(db, vectors, embedder, missing)
        _re_embed(db, vectors, embedder, no_sentences, sentences_only=True)
    if not fts_ok:
        db.lexical.rebuild(db.engine)
    report["repaired"] = problems
    report["consistent"] = True
    return report


def _chunks(db: Database) -> tuple[dict[str, str], set[str]]:
    """Every chunk's document, and the chunks of more than one sentence (those that must
    have sentence vectors), streamed so texts are not all held at once."""
    chunks: dict[str, str] = {}
    multi: set[str] = set()
    with db.session() as s:
        for cid, doc_id, text in s.exec(select(Chunk.id, Chunk.doc_id, Chunk.text)):
            chunks[cid] = doc_id
            if own_sentences(text):
                multi.add(cid)
    return chunks, multi


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


def _re_embed(
    db: Database,
    vectors: VectorIndex,
    embedder: Embedder,
    ids: list[str],
    *,
    sentences_only: bool = False,
) -> None:
    """Embed stored chunks again (passage and sentence vectors, or sentences alone)."""
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
            chunk_ids, metas = [c.id for c in batch], [dict(meta[c.doc_id]) for c in batch]
            if sentences_only:
                sentences = embed_sentences(embedder, [c.text for c in batch])
                vectors.upsert_sentences(chunk_ids, sentences, metas)
            else:
                vecs, sentences = embed_passages(embedder, [c.text for c in batch])
                vectors.upsert(chunk_ids, vecs, metas, sentences)
