"""Retrieval tuning, per question class: dense vs BM25 vs hybrid on the TUNING sets only.

    .venv/bin/python bench/retrieval_tuning.py               # SQLite demo hub
    LENS_DATABASE_URL=postgresql://... .venv/bin/python bench/retrieval_tuning.py --pg-name demo-pg

Sets: demo/eval/retrieval.jsonl (reported as class "demo") and demo/eval/retrieval_tuning2.jsonl
(classes paraphrased / distinctive-name / multi-answer, written for tuning). This is where the
fusion was shaped, so its figures are progress checks, not results: the held-out figures come
from bench/retrieval.py. Documents are ranked by their first passage, as bench/retrieval.py does;
recall@k is the share of a question's documents in the top k, hit@k whether any is there.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

# This file's folder holds bench/retrieval.py, named like the `retrieval` package: keep it off.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import REPO, demo_hub, load_jsonl, principal, table  # noqa: E402

EVAL = REPO / "demo" / "eval"
SETS = [EVAL / "retrieval.jsonl", EVAL / "retrieval_tuning2.jsonl"]
MODES = ("dense", "lexical", "hybrid")


def questions() -> list[dict]:
    """Every tuning question with its class ("demo" for the original set)."""
    out = []
    for path in SETS:
        for q in load_jsonl(path):
            out.append({**q, "class": q.get("class", "demo")})
    return out


def ranked_refs(lens, question: str, user, mode: str, depth: int = 10) -> list[str]:  # type: ignore[no-untyped-def]
    """Distinct documents in rank order (the bench's definition)."""
    results = lens.retriever.search(question, user, k=depth * 4, mode=mode)
    seen: list[str] = []
    for r in results:
        if r.source_ref not in seen:
            seen.append(r.source_ref)
    return seen[:depth]


def score(refs: list[str], gold: set[str]) -> dict[str, float]:
    """recall@1/@5, hit@1/@5 and reciprocal rank of one ranking."""
    first = next((i for i, r in enumerate(refs, 1) if r in gold), None)
    return {
        "r@1": len(set(refs[:1]) & gold) / len(gold),
        "r@5": len(set(refs[:5]) & gold) / len(gold),
        "hit@1": float(bool(set(refs[:1]) & gold)),
        "hit@5": float(bool(set(refs[:5]) & gold)),
        "MRR": 1.0 / first if first else 0.0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--name", default="demo-torch", help="bench/results/<name> demo hub")
    ap.add_argument("--misses", action="store_true", help="Print hybrid's misses at rank 1.")
    args = ap.parse_args()
    lens = demo_hub(args.name)
    qs = questions()
    users = {q["as"]: principal(lens, q["as"]) for q in qs}
    sums: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for q in qs:
        gold = set(q["source_refs"])
        for mode in MODES:
            refs = ranked_refs(lens, q["question"], users[q["as"]], mode)
            for key, v in score(refs, gold).items():
                sums[(q["class"], mode)][key].append(v)
                sums[("all tuning", mode)][key].append(v)
            if args.misses and mode == "hybrid" and not set(refs[:1]) & gold:
                print(f"MISS [{q['class']}] {q['question']}\n  got {refs[:3]} want {sorted(gold)}")
    cols = ["r@1", "r@5", "hit@1", "hit@5", "MRR"]
    rows = []
    for (cls, mode), vals in sorted(sums.items(), key=lambda kv: (kv[0][0], MODES.index(kv[0][1]))):
        n = len(vals["r@1"])
        rows.append([cls, mode, n, *[sum(vals[c]) / n for c in cols]])
    backend = "sqlite" if lens.db.is_sqlite else "postgresql"
    print(f"\n## Retrieval tuning sets per class ({backend}, hub {args.name})\n")
    print(table(["class", "method", "n", *cols], rows))


if __name__ == "__main__":
    main()
