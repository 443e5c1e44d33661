"""Hybrid retrieval: dense (Chroma) + lexical (BM25), fused by score (`retrieval.fusion`),
access-checked.

The access rule is part of both store queries (the vector partitions searched, the SQL WHERE of
the lexical query); every fused hit is then re-checked against the
database (document exists, is active, is visible to this principal) before it leaves here.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np
from sqlalchemy import bindparam, text
from sqlmodel import col, select

from core.access import Principal, is_visible, partition_of
from core.db import Database
from core.errors import LensError
from core.records import Chunk, Document, Organisation
from core.settings import RetrievalSettings
from retrieval.embedder import Embedder
from retrieval.filters import SearchFilters
from retrieval.fusion import fuse
from retrieval.lexical import LexicalIndex
from retrieval.vector_store import VectorHit, VectorIndex

Mode = Literal["hybrid", "dense", "lexical"]


@dataclass
class SearchResult:
    """One passage a user may see, in the shape `lens search --json` prints."""

    rank: int
    doc_id: str
    source_ref: str
    chunk_id: str
    score: float
    level: int
    org: str
    kind: str
    text: str
    title: str = ""
    year: int = 0
    similarity: float = 0.0  # cosine between query and passage (relevance gate)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    def citation(self, n: int, quote: str) -> dict[str, Any]:
        """This passage cited as [n] with a verbatim quote (the shape answers carry)."""
        return {
            "n": n,
            "doc_id": self.doc_id,
            "source_ref": self.source_ref,
            "chunk_id": self.chunk_id,
            "quote": quote,
            "title": self.title,
            "org": self.org,
            "kind": self.kind,
            "level": self.level,
            "year": self.year,
        }


@dataclass
class SearchTimings:
    """Milliseconds spent per stage of one search."""

    embed: float = 0.0
    dense: float = 0.0
    lexical: float = 0.0
    fusion: float = 0.0
    recheck: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)


def doc_of(chunk_id: str) -> str:
    """The document id inside a chunk id (<doc_id>-<content hash>-<ordinal>)."""
    return chunk_id.rsplit("-", 2)[0]


_NON_WORD = re.compile(r"[\W_]+")


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _NON_WORD.sub(" ", text.lower()).split()
    if len(words) < 3:
        return {tuple(words)}
    return set(zip(words, words[1:], words[2:], strict=False))


def near_duplicate(a: set[Any], b: set[Any], threshold: float = 0.85) -> bool:
    """Jaccard similarity of word 3-gram sets at or above the threshold."""
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= threshold


class Retriever:
    """`search(query, principal, filters)`: the only way passages leave the stores."""

    def __init__(
        self,
        *,
        db: Database,
        vectors: VectorIndex,
        embedder: Embedder,
        settings: RetrievalSettings,
    ) -> None:
        self.db = db
        self.vectors = vectors
        self.embedder = embedder
        self.lexical = LexicalIndex(db, settings.prune_from, settings.common_share)
        self.settings = settings
        self.last_timings = SearchTimings()

    def validate(self, query: str) -> str:
        """A usable query or a clear error."""
        q = " ".join((query or "").split())
        if not q:
            raise LensError("The query is empty.", exit_code=2)
        if len(q) > self.settings.max_query_chars:
            raise LensError(
                f"The query is {len(q)} characters long; the limit is "
                f"{self.settings.max_query_chars}.",
                exit_code=2,
            )
        return q

    def search(
        self,
        query: str,
        principal: Principal,
        filters: SearchFilters | None = None,
        k: int | None = None,
        mode: Mode = "hybrid",
    ) -> list[SearchResult]:
        """Top-k visible passages for the query, best first."""
        q = self.validate(query)
        filters = filters or SearchFilters()
        k = k or self.settings.top_k
        n = max(self.settings.candidates, k * 3)
        t = SearchTimings()

        t0 = time.perf_counter()
        qvec = self.embedder.embed([q])[0]
        t1 = time.perf_counter()
        sims: dict[str, float] = {}
        if mode in ("hybrid", "dense"):
            sims = {h.chunk_id: h.similarity for h in self._dense(qvec, n, principal, filters)}
        t2 = time.perf_counter()
        lexical: list[tuple[str, float]] = []
        ideal = 0.0
        if mode in ("hybrid", "lexical"):
            found = self.lexical.search(q, principal, filters, n)
            lexical, ideal = [(h.chunk_id, h.score) for h in found.hits], found.ideal
        t3 = time.perf_counter()
        if mode == "hybrid":
            score = fuse(
                list(sims.items()), lexical, ideal, weight=self.settings.lexical_weight, depth=n
            )
        else:
            score = dict(lexical) if mode == "lexical" else dict(sims)
        order = sorted(score, key=lambda cid: (-score[cid], cid))  # ties: stable order
        t4 = time.perf_counter()
        results, parts = self._recheck(order, score, principal, k)
        self._fill_similarity(results, sims, qvec, parts)
        t5 = time.perf_counter()
        t.embed, t.dense, t.lexical = (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3
        t.fusion, t.recheck = (t4 - t3) * 1e3, (t5 - t4) * 1e3
        self.last_timings = t
        return results

    def _dense(
        self, qvec: np.ndarray, n: int, principal: Principal, filters: SearchFilters
    ) -> list[VectorHit]:
        """Nearest visible chunks that match the filters.

        Unfiltered, the partitions alone enforce access. With filters, a wider unfiltered
        search is narrowed in SQL first (Chroma's metadata pre-filter costs seconds at 100k
        chunks when a filter matches most of them); only when too few survive, which happens
        for narrow filters, does the store get the `where` clause itself.
        """
        where = filters.where(principal)
        if where is None:
            return self.vectors.query(qvec, n, principal)
        wide = self.vectors.query(qvec, n * 8, principal)
        where_sql, params = filters.sql(principal)
        ids = [h.chunk_id for h in wide]
        with self.db.engine.connect() as conn:
            keep = (
                {
                    row[0]
                    for row in conn.execute(
                        text(
                            "SELECT c.id FROM chunk c JOIN document d ON d.id = c.doc_id "
                            f"WHERE c.id IN :ids AND {where_sql}"
                        ).bindparams(bindparam("ids", expanding=True)),
                        {**params, "ids": ids},
                    )
                }
                if ids
                else set()
            )
        hits = [h for h in wide if h.chunk_id in keep]
        if len(hits) >= n or len(wide) < n * 8:
            return hits[:n]  # enough, or the wide search already saw every visible chunk
        return self.vectors.query(qvec, n, principal, where)

    def _recheck(
        self, order: list[str], fused: dict[str, float], principal: Principal, k: int
    ) -> tuple[list[SearchResult], set[str]]:
        """Load hits from the database, drop anything not visible, de-duplicate, cut to k.

        Also returns the vector partitions the kept passages live in.
        """
        if not order:
            return [], set()
        window = order[: k * 8]
        # Only the columns a result needs: whole records would decode JSON fields per row.
        query = (
            select(
                col(Chunk.id),
                col(Chunk.text),
                col(Document.id).label("doc_id"),
                col(Document.status),
                col(Document.level),
                col(Document.org_only),
                col(Document.org_id),
                col(Document.source_ref),
                col(Document.kind),
                col(Document.title),
                col(Document.year),
                col(Organisation.name).label("org_name"),
            )
            .where(col(Chunk.id).in_(window))
            .where(Chunk.doc_id == Document.id)
            .where(Document.org_id == Organisation.id)
        )
        with self.db.engine.connect() as conn:
            by_id = {r.id: r for r in conn.execute(query)}
        results: list[SearchResult] = []
        parts: set[str] = set()
        kept_shingles: list[set[tuple[str, ...]]] = []
        kept_texts: set[str] = set()
        per_doc: dict[str, int] = defaultdict(int)
        for cid in window:
            if cid not in by_id:
                continue  # orphan vector: the database does not know this chunk
            row = by_id[cid]
            if row.status != "active" or not is_visible(principal, row):
                continue
            if per_doc[row.doc_id] >= self.settings.max_per_doc:
                continue  # room for other reports: analysts want corroboration, not one file
            if row.text in kept_texts:
                continue  # the same text under another id (cheap before the shingles)
            sh = _shingles(row.text)
            if any(near_duplicate(sh, other) for other in kept_shingles):
                continue
            kept_shingles.append(sh)
            kept_texts.add(row.text)
            parts.add(partition_of(row.level, row.org_only, row.org_id))
            per_doc[row.doc_id] += 1
            results.append(
                SearchResult(
                    rank=len(results) + 1,
                    doc_id=row.doc_id,
                    source_ref=row.source_ref,
                    chunk_id=cid,
                    score=round(fused[cid], 6),
                    level=row.level,
                    org=row.org_name,
                    kind=row.kind,
                    text=row.text,
                    title=row.title,
                    year=row.year,
                )
            )
            if len(results) == k:
                break
        return results, parts

    def _fill_similarity(
        self,
        results: list[SearchResult],
        sims: dict[str, float],
        qvec: np.ndarray,
        parts: set[str],
    ) -> None:
        """Cosine similarity for every result (lexical-only hits: from their stored vectors)."""
        missing = [r for r in results if r.chunk_id not in sims]
        if missing:
            stored = self.vectors.get_vectors([r.chunk_id for r in missing], parts)
            for r in missing:
                vec = stored.get(r.chunk_id)
                sims[r.chunk_id] = float(np.dot(vec, qvec)) if vec is not None else 0.0
        for r in results:
            r.similarity = round(sims.get(r.chunk_id, 0.0), 4)
