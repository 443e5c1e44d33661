"""Lexical search over the redacted chunks, inside the records database.

SQLite: FTS5 with BM25. PostgreSQL: tsvector with ts_rank_cd. Either way the access rule and
the metadata filters are part of the same SQL statement, so a hidden chunk is never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from core.access import Principal
from core.db import Database
from retrieval.filters import SearchFilters

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Words too common to help ranking; removing them keeps OR-queries fast at 100k chunks.
_STOP = frozenset(
    "a an and are as at be by for from has have how in is it of on or that the this to was "
    "were what when where which who why with do does did any all about into than then there "
    "their they them these those been being can could would should our your its".split()
)


@dataclass(frozen=True)
class LexicalHit:
    """A chunk id with its lexical score (higher is better)."""

    chunk_id: str
    score: float


def query_terms(query: str, limit: int = 24) -> list[str]:
    """Distinct lower-case word terms of a query, stop words removed."""
    seen: dict[str, None] = {}
    for w in _WORD.findall(query.lower()):
        if w not in _STOP and len(w) > 1:
            seen.setdefault(w, None)
    return list(seen)[:limit]


class LexicalIndex:
    """BM25 (SQLite FTS5) or ts_rank_cd (PostgreSQL) search with access filters in SQL."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def search(
        self, query: str, principal: Principal, filters: SearchFilters, k: int
    ) -> list[LexicalHit]:
        """Top-k chunks visible to the principal that match any query term."""
        terms = query_terms(query)
        if not terms:
            return []
        where_sql, params = filters.sql(principal)
        params["k"] = k
        if self.db.is_sqlite:
            params["q"] = " OR ".join(f'"{t}"' for t in terms)
            sql = (
                "SELECT c.id AS id, -bm25(chunk_fts) AS score FROM chunk_fts "
                "JOIN chunk c ON c.rowid = chunk_fts.rowid "
                "JOIN document d ON d.id = c.doc_id "
                f"WHERE chunk_fts MATCH :q AND {where_sql} "
                "ORDER BY bm25(chunk_fts) LIMIT :k"
            )
        else:
            params["q"] = " | ".join(terms)
            sql = (
                "SELECT c.id AS id, ts_rank_cd(c.tsv, q) AS score "
                "FROM chunk c JOIN document d ON d.id = c.doc_id, "
                "to_tsquery('english', :q) q "
                f"WHERE c.tsv @@ q AND {where_sql} ORDER BY score DESC LIMIT :k"
            )
        with self.db.engine.connect() as conn:
            rows = conn.execute(text(sql), params).all()
        return [LexicalHit(r.id, float(r.score)) for r in rows]
