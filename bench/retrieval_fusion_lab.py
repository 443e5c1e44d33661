"""Fusion variants compared offline on the TUNING sets, from cached candidate lists.

    .venv/bin/python bench/retrieval_fusion_lab.py --hub /tmp/hub          # cache, then compare
    .venv/bin/python bench/retrieval_fusion_lab.py --hub /tmp/hub --reuse  # compare only

A search's dense and BM25 candidate lists (at the depth bench/retrieval.py's ranking asks for:
k=40, so 120 candidates) do not depend on the fusion, so they are fetched once per question and
kept in bench/results/fusion-lab.pkl; every variant then re-fuses them in milliseconds. The
ranking is the benches' (distinct documents by their first passage) and the figures are the
held-out bench's: recall@1 and @5 out of at most k right documents, per question class, over
tuning sets 1-2, 3 and 4 (every domain, so the hub must hold demo/eval/realcases: build it with
bench/heldout.py's `temporary_hub(keep=DIR)` or `bench/retrieval.py --set heldout --hub DIR`).

Baseline is `retrieval.fusion.fuse` as shipped. The variants are the ones tried in the ranking
round retrieval10 (2026-12-06): other BM25 weights, query words absent from the corpus counted in
the BM25 yardstick at the IDF of an unseen word, min-max and z-score normalisation of both
lists, reciprocal rank fusion, and a document's other matching passages added to each passage.
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import WORK, principal, run_lab, table  # noqa: E402
from bench.retrieval_tuning import SETS, SETS3, SETS4, hub_at, questions  # noqa: E402
from retrieval.fusion import fuse  # noqa: E402
from retrieval.search import doc_of  # noqa: E402

DEPTH = 120  # bench/retrieval.py asks for k=40 passages: max(candidates, 3k) per method
CACHE = WORK / "fusion-lab.pkl"
Fusion = Callable[[dict], dict[str, float]]


def chunk_rows(lens: Any) -> list[tuple[Any, str, str, str]]:
    """Every chunk of the hub as (chunk id, text, its document's source_ref and title): what
    the labs embed and rank over."""
    from sqlalchemy import text as sql

    with lens.db.engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                sql(
                    "SELECT c.id, c.text, d.source_ref, d.title "
                    "FROM chunk c JOIN document d ON d.id = c.doc_id"
                )
            )
        ]


def tuning_questions(lens: Any) -> Iterator[tuple[str, dict, Any, str, Any]]:
    """Each tuning question of sets 1-2, 3 and 4 (every domain), as (set name, question,
    its asker, its validated text, its query vector): what both labs cache per question."""
    r = lens.retriever
    for name, paths in (("1-2", SETS), ("3", SETS3), ("4", SETS4)):
        for q in questions("all", paths):
            text = r.validate(q["question"])
            yield name, q, principal(lens, q["as"]), text, r.embedder.embed([text])[0]


def cache(hub: Path) -> dict:
    """Dense and BM25 candidates, BM25 statistics and each chunk's document, per question."""
    from retrieval.filters import SearchFilters

    lens = hub_at(hub)
    r = lens.retriever
    out = []
    for name, q, user, text, qvec in tuning_questions(lens):
        dense = [(h.chunk_id, h.similarity) for h in r._dense(qvec, DEPTH, user, SearchFilters())]
        found = r.lexical.search(text, user, SearchFilters(), DEPTH)
        with lens.db.engine.connect() as conn:
            stats = lens.db.lexical.stats(conn, found.phrases) if found.phrases else None
        out.append(
            {
                **q,
                "set": name,
                "dense": dense,
                "lex": [(h.chunk_id, h.score) for h in found.hits],
                "ideal": found.ideal,
                "dfs": stats.doc_freqs if stats else (),
                "chunks": stats.chunks if stats else 0,
            }
        )
    ids = {cid for q in out for cid, _ in q["dense"] + q["lex"]}
    from sqlalchemy import text as sql

    with lens.db.engine.connect() as conn:
        rows = conn.execute(
            sql("SELECT c.id, d.source_ref FROM chunk c JOIN document d ON d.id = c.doc_id")
        )
        ref = {cid: sr for cid, sr in rows if cid in ids}
    return {"questions": out, "ref": ref}


def ranked_docs(score: dict[str, float], ref: dict[str, str], depth: int = 10) -> list[str]:
    """Distinct documents by their first passage (the benches' ranking)."""
    seen: list[str] = []
    for cid in sorted(score, key=lambda c: (-score[c], c)):
        doc = ref.get(cid)
        if doc and doc not in seen:
            seen.append(doc)
            if len(seen) == depth:
                break
    return seen


def shipped(weight: float = 1.0) -> Fusion:
    return lambda q: fuse(q["dense"], q["lex"], q["ideal"], weight=weight, depth=DEPTH)


def absent_counted(share: float) -> Fusion:
    """Query words the corpus lacks add `share` x the IDF of an unseen word to the yardstick."""

    def f(q: dict) -> dict[str, float]:
        n = q["chunks"]
        unseen = math.log((n + 0.5) / 0.5) if n else 0.0
        extra = share * unseen * sum(1 for df in q["dfs"] if df == 0)
        return fuse(q["dense"], q["lex"], q["ideal"] + extra, weight=1.0, depth=DEPTH)

    return f


def normalised(kind: str, weight: float) -> Fusion:
    """Both lists min-max or z-score normalised, then summed (BM25 x weight)."""

    def f(q: dict) -> dict[str, float]:
        cos, bm = dict(q["dense"]), dict(q["lex"])
        c_floor = min(cos.values())
        b_floor = min(bm.values()) if len(bm) >= DEPTH else 0.0
        ids = cos.keys() | bm.keys()
        c = np.array([cos.get(i, c_floor) for i in ids])
        b = np.array([bm.get(i, b_floor) for i in ids])
        if kind == "minmax":
            c = (c - c.min()) / (np.ptp(c) or 1.0)
            b = (b - b.min()) / (np.ptp(b) or 1.0)
        else:
            c = (c - c.mean()) / (c.std() or 1.0)
            b = (b - b.mean()) / (b.std() or 1.0)
        return dict(zip(ids, (c + weight * b).tolist(), strict=True))

    return f


def rrf(k: int = 60) -> Fusion:
    def f(q: dict) -> dict[str, float]:
        s: dict[str, float] = defaultdict(float)
        for hits in (q["dense"], q["lex"]):
            for i, (cid, _) in enumerate(hits):
                s[cid] += 1 / (k + i + 1)
        return s

    return f


def doc_sum(gain: float, floor_rank: int = 20) -> Fusion:
    """Each passage gains `gain` x its document's other passages' margin over the fused score
    at `floor_rank` (a report with several matching passages rises)."""

    def f(q: dict) -> dict[str, float]:
        s = shipped()(q)
        vals = sorted(s.values(), reverse=True)
        floor = vals[min(floor_rank, len(vals) - 1)]
        margin: dict[str, float] = defaultdict(float)
        for cid, v in s.items():
            margin[doc_of(cid)] += max(0.0, v - floor)
        return {c: v + gain * (margin[doc_of(c)] - max(0.0, v - floor)) for c, v in s.items()}

    return f


VARIANTS: dict[str, Fusion] = {
    "dense alone": lambda q: dict(q["dense"]),
    "BM25 alone": lambda q: dict(q["lex"]),
    "shipped (weight 1.0)": shipped(),
    "weight 0.8": shipped(0.8),
    "weight 1.2": shipped(1.2),
    "weight 1.5": shipped(1.5),
    "absent words 0.5": absent_counted(0.5),
    "absent words 1.0": absent_counted(1.0),
    "min-max, BM25 x2": normalised("minmax", 2.0),
    "z-score, BM25 x1": normalised("z", 1.0),
    "RRF k=60": rrf(),
    "document sum 0.25": doc_sum(0.25),
    "document sum 1.0": doc_sum(1.0),
}


def compare(data: dict) -> None:
    """Per class (all tuning sets pooled): recall@1 / @5 out of at most k, per variant."""
    classes = sorted({q["class"] for q in data["questions"]})
    rows = []
    for name, fusion in VARIANTS.items():
        per: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for q in data["questions"]:
            gold = set(q["source_refs"])
            refs = ranked_docs(fusion(q), data["ref"])
            m = (float(bool(set(refs[:1]) & gold)), len(set(refs[:5]) & gold) / min(5, len(gold)))
            per[q["class"]].append(m)
            per["all"].append(m)
        cells = []
        for cls in [*classes, "all"]:
            ms = per[cls]
            cells.append(f"{np.mean([a for a, _ in ms]):.3f} / {np.mean([b for _, b in ms]):.3f}")
        rows.append([name, *cells])
    counts = {c: sum(1 for q in data["questions"] if q["class"] == c) for c in classes}
    head = [f"{c} ({counts[c]})" for c in classes] + [f"all ({len(data['questions'])})"]
    print("\n## Fusion variants on tuning sets 1-2, 3, 4 (recall@1 / recall@5, out of at most k)\n")
    print(table(["variant", *head], rows))


def main() -> None:
    run_lab(__doc__, CACHE, cache, compare, "fetch the candidate lists")


if __name__ == "__main__":
    main()
