"""Lexical search over the redacted chunks, inside the records database.

SQLite: FTS5 with BM25. PostgreSQL: tsvector with ts_rank_cd. Either way the access rule and
the metadata filters are part of the same SQL statement, so a hidden chunk is never read.
"""

from __future__ import annotations

import re
import threading
import time
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


def prune_common(
    terms: list[str],
    common: dict[str, int],
    keep: int = 2,
    cut: int = 0,
    budget: int | None = None,
) -> list[str]:
    """Drop query words whose stem occurs in a large share of chunks (a corpus stop list).

    `common` maps FTS (porter) stems to their document frequency. A word matches the longest
    stem that is a prefix of it and at most four letters shorter, and shorter stems cover
    less (recruitment/recruit, housing/hous, one/on but not onion/on): porter stems are such
    prefixes for the suffixes that matter here. BM25 gives these words almost no
    weight, yet reading their postings is most of the cost of an OR query at 100k chunks. When
    every word is common, the `keep` least common stay.

    A stem counts as common above `cut` chunks. With a `budget`, the words left are also kept
    rarest first only while their chunk counts add up to at most the budget: the cost of the
    query stays bounded, and the rare words that carry the BM25 weight are the ones kept.
    """

    def stem_df(word: str) -> int | None:
        forms = [word, word[:-1] + "i"] if word.endswith("y") else [word]  # porter: y -> i
        for form in forms:
            for n in range(len(form), 1, -1):
                if form[:n] in common and len(form) - n <= min(4, n - 1):
                    return common[form[:n]]
        return None

    dfs = {t: stem_df(t) for t in terms}
    rare = [t for t in terms if dfs[t] is None or (dfs[t] or 0) <= cut]
    if not rare:
        return sorted(terms, key=lambda t: dfs[t] or 0)[:keep]
    if budget is None:
        return rare
    kept: set[str] = set()
    total = 0
    for t in sorted(rare, key=lambda t: dfs[t] or 0):
        total += dfs[t] or 0
        if total > budget and len(kept) >= keep:
            break
        kept.add(t)
    return [t for t in rare if t in kept]


class LexicalIndex:
    """BM25 (SQLite FTS5) or ts_rank_cd (PostgreSQL) search with access filters in SQL.

    On SQLite the match is ranked inside FTS5 first (`ORDER BY rank LIMIT m`) and only those m
    rows are joined to their documents and access-checked; m grows until k visible rows are
    found or the matches run out, so a principal who may see little still gets full results.
    From `prune_from` chunks up, words found in more than `common_share` of them are left out,
    and the rest are kept rarest first while their chunk counts add up to at most
    `4 x common_share` of the chunks.
    """

    REFRESH_SECONDS = 600.0

    def __init__(self, db: Database, prune_from: int = 20_000, common_share: float = 0.1) -> None:
        self.db = db
        self.prune_from = prune_from
        self.common_share = common_share
        self._common: dict[str, int] = {}  # stems in more than 1% of chunks, with their counts
        self._chunks = 0
        self._common_at = (-1e9, 0)  # (monotonic time, chunk count) of the last refresh
        self._lock = threading.Lock()

    def common_terms(self) -> dict[str, int]:
        """Stems in more than 1% of chunks with their counts, refreshed as the index grows."""
        if not self.db.is_sqlite:
            return {}
        with self._lock:
            at, n_then = self._common_at
            if time.monotonic() - at < self.REFRESH_SECONDS:
                return self._common
            with self.db.engine.connect() as conn:
                n = int(conn.execute(text("SELECT count(*) FROM chunk")).scalar() or 0)
                if n < self.prune_from:
                    self._common = {}
                elif abs(n - n_then) > 0.05 * max(n_then, 1) or not self._common:
                    conn.execute(
                        text(
                            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunk_vocab "
                            "USING fts5vocab(main, chunk_fts, row)"
                        )
                    )
                    rows = conn.execute(
                        text("SELECT term, doc FROM temp.chunk_vocab WHERE doc > :cut"),
                        {"cut": n // 100},
                    ).all()
                    self._common = {r.term: int(r.doc) for r in rows if len(r.term) >= 2}
            self._common_at = (time.monotonic(), n)
            self._chunks = n
            return self._common

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
            common = self.common_terms()
            n = self._chunks
            if common:
                terms = prune_common(
                    terms,
                    common,
                    cut=int(n * self.common_share),
                    budget=int(n * 4 * self.common_share),
                )
            params["q"] = " OR ".join(f'"{t}"' for t in terms)
            sql = (
                "SELECT c.id AS id, -f.score AS score FROM ("
                "SELECT rowid, bm25(chunk_fts) AS score FROM chunk_fts "
                "WHERE chunk_fts MATCH :q ORDER BY bm25(chunk_fts) LIMIT :m) f "
                "JOIN chunk c ON c.rowid = f.rowid "
                "JOIN document d ON d.id = c.doc_id "
                f"WHERE {where_sql} ORDER BY f.score LIMIT :k"
            )
            m = max(4 * k, 64)
            with self.db.engine.connect() as conn:
                while True:
                    rows = conn.execute(text(sql), {**params, "m": m}).all()
                    if len(rows) >= k or m < 0:
                        break
                    m = m * 16 if m * 16 <= 65_536 else -1  # -1: no limit, every match
            return [LexicalHit(r.id, float(r.score)) for r in rows]
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
