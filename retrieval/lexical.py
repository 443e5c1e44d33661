"""Lexical search over the redacted chunks: the query side of the BM25 index.

Here a query becomes phrases (quoted text stays a phrase, other words become terms without
stop words), corpus-common words are left out at scale, and the database's lexical index
(`core.lexical_index`: FTS5 on SQLite, tsvector + term statistics on PostgreSQL) ranks the
chunks by BM25 with the access rule and filters in the same SQL statement.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import bindparam, text

from core.access import Principal
from core.db import Database
from core.lexical_index import LexicalHit, Phrase, TermStats
from retrieval.filters import SearchFilters

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTED = re.compile(r"\"([^\"]+)\"|\u201c([^\u201d]+)\u201d")
# Words too common to help ranking; removing them keeps OR-queries fast at 100k chunks.
_STOP = frozenset(
    "a an and are as at be by for from has have how in is it of on or that the this to was "
    "were what when where which who why with do does did any all about into than then there "
    "their they them these those been being can could would should our your its".split()
)
MAX_PHRASES = 24

__all__ = ["LexicalHit", "LexicalIndex", "LexicalResult", "prune_common", "query_phrases"]


@dataclass(frozen=True)
class LexicalResult:
    """Hits best first, and the query's BM25 yardstick (see `TermStats.ideal`)."""

    hits: list[LexicalHit]
    ideal: float = 0.0
    phrases: list[Phrase] = field(default_factory=list)


def query_terms(query: str, limit: int = MAX_PHRASES) -> list[str]:
    """Distinct lower-case word terms of a query, stop words removed."""
    seen: dict[str, None] = {}
    for w in _WORD.findall(query.lower()):
        if w not in _STOP and len(w) > 1:
            seen.setdefault(w, None)
    return list(seen)[:limit]


def query_phrases(query: str, limit: int = MAX_PHRASES) -> list[Phrase]:
    """What a query asks the index for: each quoted passage as one phrase (every word kept,
    in order), then every word as a term, stop words left out. A quoted phrase is a bonus, not
    a requirement: a passage holding its words apart (or a redacted part of it) still matches,
    one holding the exact phrase also gets the phrase's own IDF."""
    phrases: dict[Phrase, None] = {}
    for m in _QUOTED.finditer(query):
        words = tuple(_WORD.findall((m.group(1) or m.group(2)).lower()))
        if len(words) > 1:
            phrases.setdefault(words, None)
    for w in query_terms(_QUOTED.sub(r" \1\2 ", query), limit):
        phrases.setdefault((w,), None)
    return list(phrases)[:limit]


def prune_common(
    terms: list[str],
    common: dict[str, int],
    keep: int = 2,
    cut: int = 0,
    budget: int | None = None,
) -> list[str]:
    """Drop query words whose stem occurs in a large share of chunks (a corpus stop list).

    `common` maps Porter stems to their document frequency. A word matches the longest
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
    """BM25 search with access filters in SQL, on whichever backend the database has.

    From `prune_from` chunks up, words found in more than `common_share` of them are left out,
    and the rest are kept rarest first while their chunk counts add up to at most
    `4 x common_share` of the chunks. Quoted phrases are never left out.
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
        self._ready = False

    def _ensure(self) -> None:
        """On first use, create or migrate the index (an older PostgreSQL hub gets its
        statistics built here, once)."""
        if not self._ready:
            self.db.lexical.create(self.db.engine)
            self._ready = True

    def common_terms(self) -> dict[str, int]:
        """Stems in more than 1% of chunks with their counts, refreshed as the index grows."""
        self._ensure()
        with self._lock:
            at, n_then = self._common_at
            if time.monotonic() - at < self.REFRESH_SECONDS:
                return self._common
            with self.db.engine.connect() as conn:
                n = int(conn.execute(text("SELECT count(*) FROM chunk")).scalar() or 0)
                if n < self.prune_from:
                    self._common = {}
                elif abs(n - n_then) > 0.05 * max(n_then, 1) or not self._common:
                    common = self.db.lexical.common_terms(conn, n // 100)
                    self._common = {t: df for t, df in common.items() if len(t) >= 2}
            self._common_at = (time.monotonic(), n)
            self._chunks = n
            return self._common

    def phrases(self, query: str) -> list[Phrase]:
        """The phrases a search sends to the index, common words left out at scale."""
        phrases = query_phrases(query)
        common = self.common_terms()
        if not common:
            return phrases
        n = self._chunks
        words = [p[0] for p in phrases if len(p) == 1]
        kept = set(
            prune_common(
                words, common, cut=int(n * self.common_share), budget=int(n * 4 * self.common_share)
            )
        )
        return [p for p in phrases if len(p) > 1 or p[0] in kept]

    def search(
        self, query: str, principal: Principal, filters: SearchFilters, k: int
    ) -> LexicalResult:
        """Top-k chunks visible to the principal that match any phrase of the query."""
        phrases = self.phrases(query)
        if not phrases:
            return LexicalResult([])
        where_sql, params = filters.sql(principal)
        backend = self.db.lexical
        with self.db.engine.connect() as conn:
            stats: TermStats = backend.stats(conn, phrases)
            hits = backend.search(conn, phrases, stats, where_sql, params, k)
        return LexicalResult(hits, stats.ideal(), phrases)

    def holding(
        self, phrase: str, principal: Principal, filters: SearchFilters, k: int
    ) -> list[str]:
        """The ids of up to k visible chunks that hold `phrase` as written: its words in
        order, with anything but letters and digits between them. A quoted query ranks such
        chunks first but also matches chunks holding the words apart; this keeps only the
        former (the focus check counts a named thing, "Western Union", not its words)."""
        words = re.findall(r"\w+", phrase.lower())
        if not words:
            return []
        hits = self.search(f'"{phrase}"', principal, filters, k).hits
        return self._as_written(words, [h.chunk_id for h in hits])

    def holding_phrase(self, phrase: str, principal: Principal, k: int) -> list[str]:
        """Like `holding`, but the index is asked for the phrase alone (no word of it on its
        own, nothing left out as common), so every chunk it returns holds those words in that
        order and up to k of them are found however common the words are. Used to find the
        reports that name something ("Operation Kestrel"); hidden chunks are never read."""
        words = tuple(_WORD.findall(phrase.lower()))
        if not words:
            return []
        self._ensure()
        where_sql, params = SearchFilters().sql(principal)
        with self.db.engine.connect() as conn:  # unranked: which come first does not matter
            ids = self.db.lexical.holders(conn, words, where_sql, params, k)
        return self._as_written(list(words), ids)

    def _as_written(self, words: list[str], ids: list[str]) -> list[str]:
        """The chunks of `ids` whose text holds `words` in order with only non-letters
        between them, in the order given."""
        if not ids:
            return []
        pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b")
        query = text("SELECT id, text FROM chunk WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        with self.db.engine.connect() as conn:
            rows = conn.execute(query, {"ids": ids}).all()
        held = {r.id for r in rows if pattern.search(r.text.lower())}
        return [i for i in ids if i in held]
