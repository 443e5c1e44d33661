"""Where search finds each passage's sentence vectors (`retrieval.sentences`)."""

from __future__ import annotations

from typing import Protocol

import numpy as np
from sqlalchemy import bindparam, text

from core.db import Database
from core.sentence_vectors import ensure_table
from retrieval.sentences import best_sentence, unpack


class SentenceSource(Protocol):
    """The best sentence match of a query in each of some passages."""

    def best(self, query: np.ndarray, chunk_ids: list[str]) -> dict[str, float]:
        """Highest query-sentence cosine per chunk id (chunks without sentences are absent)."""
        ...


class SqlSentenceStore:
    """Sentence vectors from the records database (`core.sentence_vectors`)."""

    def __init__(self, db: Database, dim: int) -> None:
        self.db = db
        self.dim = dim

    def best(self, query: np.ndarray, chunk_ids: list[str]) -> dict[str, float]:
        """One indexed read of the chunks' rows, then a small matrix product each."""
        if not chunk_ids:
            return {}
        ensure_table(self.db)
        sql = text(
            "SELECT chunk_id, vectors FROM chunk_sentences WHERE chunk_id IN :ids"
        ).bindparams(bindparam("ids", expanding=True))
        with self.db.engine.connect() as conn:
            rows = conn.execute(sql, {"ids": chunk_ids}).all()
        out: dict[str, float] = {}
        for cid, blob in rows:
            score = best_sentence(query, unpack(bytes(blob), self.dim))
            if score is not None:
                out[cid] = score
        return out
