"""Each passage's sentence vectors (int8 rows, `retrieval.sentences.pack`), in the records
database beside its chunk, so they live and die in the same transaction as the chunk rows on
SQLite and PostgreSQL alike. Search reads them for its first few fused passages only."""

from __future__ import annotations

from sqlalchemy import Column, LargeBinary, delete
from sqlmodel import Field, Session, SQLModel, col

from core.db import Database


class ChunkSentences(SQLModel, table=True):
    """The sentence vectors of one chunk."""

    __tablename__ = "chunk_sentences"
    chunk_id: str = Field(primary_key=True, max_length=64)
    doc_id: str = Field(index=True, max_length=40)
    vectors: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


_READY: set[int] = set()


def ensure_table(db: Database) -> None:
    """Create the table in a data dir made before it existed (once per engine)."""
    if id(db.engine) in _READY:
        return
    ChunkSentences.__table__.create(db.engine, checkfirst=True)  # type: ignore[attr-defined]
    _READY.add(id(db.engine))


def replace_for_doc(
    session: Session, doc_id: str, chunk_ids: list[str], packed: list[bytes] | None
) -> None:
    """Drop a document's sentence vectors and store the new ones (None: store none)."""
    session.execute(delete(ChunkSentences).where(col(ChunkSentences.doc_id) == doc_id))
    if packed:
        session.add_all(
            ChunkSentences(chunk_id=cid, doc_id=doc_id, vectors=blob)
            for cid, blob in zip(chunk_ids, packed, strict=True)
        )
