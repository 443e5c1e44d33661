"""The lexical-index seam: BM25 over the chunk table, inside the records database.

The index lives in the same database as the chunks and changes in the same transaction as
they do, so insert, replace and delete can never leave it behind. Two implementations share
one tokenisation (runs of letters and digits, lower-cased, Latin diacritics folded, Porter
stems, no stop words) and one ranking (BM25, k1=1.2, b=0.75, FTS5's IDF), so a hub ranks
alike on either backend:

- SQLite: FTS5 (`core.lexical_sqlite`), which computes BM25 itself;
- PostgreSQL: a tsvector column with a GIN index plus term statistics kept by triggers
  (`core.lexical_postgres`), from which the same BM25 is computed in SQL.

It lives in core because `Database.create_schema` must create it with the tables, and
`lens check` must test and rebuild it, without either reaching up into retrieval.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection, Engine

K1, B = 1.2, 0.75  # FTS5's bm25() constants; the PostgreSQL ranking uses the same

Phrase = tuple[str, ...]  # words that must appear in this order; one word is a plain term


@dataclass(frozen=True)
class TermStats:
    """Corpus figures BM25 needs for one query: chunk count, mean length, document frequencies."""

    chunks: int
    avg_len: float
    doc_freqs: tuple[int, ...]  # one per phrase of the query, in order

    def idf(self, df: int) -> float:
        """FTS5's inverse document frequency (never below 1e-6)."""
        value = math.log((self.chunks - df + 0.5) / (df + 0.5)) if self.chunks else 0.0
        return value if value > 0 else 1e-6

    def ideal(self) -> float:
        """The BM25 of a chunk of mean length holding each matched phrase once: the yardstick
        a score is measured against (sum of the IDFs of the phrases found anywhere)."""
        return sum(self.idf(df) for df in self.doc_freqs if df > 0)


@dataclass(frozen=True)
class LexicalHit:
    """A chunk id with its BM25 score (higher is better)."""

    chunk_id: str
    score: float


class LexicalIndexBackend(ABC):
    """DDL, search, statistics, integrity check and rebuild of one backend's BM25 index."""

    @abstractmethod
    def create(self, engine: Engine) -> None:
        """Create what is missing, or migrate an older index (idempotent; builds statistics
        for chunks already stored)."""

    @abstractmethod
    def stats(self, conn: Connection, phrases: list[Phrase]) -> TermStats:
        """Chunk count, mean chunk length and each phrase's document frequency."""

    @abstractmethod
    def search(
        self,
        conn: Connection,
        phrases: list[Phrase],
        stats: TermStats,
        where_sql: str,
        params: dict[str, Any],
        k: int,
    ) -> list[LexicalHit]:
        """Top-k chunks by BM25 matching any phrase, among documents `where_sql` (over alias
        `d`) admits; the access rule is part of that SQL, so hidden chunks are never read."""

    def holders(
        self, conn: Connection, phrase: Phrase, where_sql: str, params: dict[str, Any], k: int
    ) -> list[str]:
        """Up to k chunks holding `phrase`, in no particular order, among documents
        `where_sql` admits (the access rule is part of that SQL). No statistics are read and
        nothing is ranked: the time grows with the phrase's holders, not with a ranking of
        them (`search` with neutral statistics here; SQLite has a plainer statement)."""
        neutral = TermStats(chunks=1, avg_len=1.0, doc_freqs=(1,))
        return [h.chunk_id for h in self.search(conn, [phrase], neutral, where_sql, params, k)]

    @abstractmethod
    def common_terms(self, conn: Connection, min_df: int) -> dict[str, int]:
        """Indexed stems found in more than `min_df` chunks, with their chunk counts."""

    @abstractmethod
    def check(self, engine: Engine) -> bool:
        """True when the index agrees with the chunk table."""

    @abstractmethod
    def rebuild(self, engine: Engine) -> None:
        """Rebuild the index (and its statistics) from the chunk table."""


def lexical_backend(is_sqlite: bool) -> LexicalIndexBackend:
    """The implementation for a database: FTS5 for SQLite, tsvector + statistics otherwise."""
    if is_sqlite:
        from core.lexical_sqlite import SqliteFts5

        return SqliteFts5()
    from core.lexical_postgres import PostgresBm25

    return PostgresBm25()
