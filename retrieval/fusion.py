"""Query-aware fusion of the dense and BM25 rankings, by score rather than by rank.

Reciprocal rank fusion throws the scores away: a name that only one report contains puts that
report first in BM25 by a wide margin, yet RRF counts that rank 1 no more than a near tie, and
a report both methods put third can overtake it. Here each passage scores

    cosine(query, passage) + weight x BM25(passage) / ideal(query)

where ideal(query) is the BM25 a passage of mean length would get by holding each query
phrase found in the corpus once (the sum of their IDFs). The BM25 share is then about how much
of the query's information the passage holds, weighted by rarity: a quoted phrase or a name
rare in the corpus carries most of the query's IDF, so a passage holding it gets a large share
and wins as it does in BM25. A paraphrase shares only common words with its answer, every
passage gets a small, flat share, and the cosine decides: the dense gain is kept.

A passage found by one method only gets that method's floor for the other: the lowest score
in its list when the list was cut at the search depth (the passage scored at most that), and
0 for BM25 when the list holds every match.
"""

from __future__ import annotations


def fuse(
    dense: list[tuple[str, float]],
    lexical: list[tuple[str, float]],
    ideal: float,
    *,
    weight: float,
    depth: int,
) -> dict[str, float]:
    """Fused score per chunk id of either list (higher is better)."""
    cos = dict(dense)
    bm25 = dict(lexical)
    cos_floor = min(cos.values()) if cos else 0.0
    bm25_floor = min(bm25.values()) if len(bm25) >= depth else 0.0
    scale = weight / ideal if ideal > 0 else 0.0
    return {
        cid: cos.get(cid, cos_floor) + scale * bm25.get(cid, bm25_floor)
        for cid in cos.keys() | bm25.keys()
    }
