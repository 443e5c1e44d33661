"""Retrieval quality on the demo evaluation set, and latency at scale.

    .venv/bin/python bench/retrieval.py                  # quality: dense vs BM25 vs hybrid
    .venv/bin/python bench/retrieval.py --backend onnx-int8
    .venv/bin/python bench/retrieval.py --scale 100000   # latency at 100k chunks

Quality: for each question (written in an analyst's words, not copied from the text) the
results are mapped to distinct documents in rank order. recall@k = share of a question's
relevant documents found in the top k documents, averaged over questions; hit@k = share of
questions with at least one relevant document in the top k; MRR over the first relevant hit.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

# This file is named like the `retrieval` package: keep its folder off the import path.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import (  # noqa: E402
    REPO,
    demo_hub,
    load_jsonl,
    machine,
    median,
    pct,
    principal,
    record,
    table,
)

EVAL = REPO / "demo" / "eval" / "retrieval.jsonl"


def ranked_refs(lens, question: str, user, mode: str, depth: int = 10) -> list[str]:  # type: ignore[no-untyped-def]
    results = lens.retriever.search(question, user, k=depth * 4, mode=mode)
    seen: list[str] = []
    for r in results:
        if r.source_ref not in seen:
            seen.append(r.source_ref)
    return seen[:depth]


def quality(backend: str) -> dict[str, dict[str, float]]:
    lens = demo_hub(f"demo-{backend}", embedding={"backend": backend})
    questions = load_jsonl(EVAL)
    users = {q["as"]: principal(lens, q["as"]) for q in questions}
    out: dict[str, dict[str, float]] = {}
    for mode in ("dense", "lexical", "hybrid"):
        rec = {1: [], 5: [], 10: []}
        hit = {1: [], 5: [], 10: []}
        rr = []
        for q in questions:
            gold = set(q["source_refs"])
            refs = ranked_refs(lens, q["question"], users[q["as"]], mode)
            for k in rec:
                top = set(refs[:k])
                rec[k].append(len(top & gold) / len(gold))
                hit[k].append(1.0 if top & gold else 0.0)
            first = next((i for i, r in enumerate(refs, 1) if r in gold), None)
            rr.append(1.0 / first if first else 0.0)
        out[mode] = {f"recall@{k}": sum(v) / len(v) for k, v in rec.items()}
        out[mode].update({f"hit@{k}": sum(v) / len(v) for k, v in hit.items()})
        out[mode]["MRR"] = sum(rr) / len(rr)
    print(f"\n## Retrieval quality ({len(questions)} paraphrased questions, embedder {backend})")
    print(f"machine: {machine()}\n")
    cols = ["recall@1", "recall@5", "recall@10", "hit@1", "hit@5", "hit@10", "MRR"]
    print(table(["method", *cols], [[m, *[v[c] for c in cols]] for m, v in out.items()]))
    h, d, b = out["hybrid"], out["dense"], out["lexical"]
    beats = h["recall@5"] > max(d["recall@5"], b["recall@5"]) and h["MRR"] > max(d["MRR"], b["MRR"])
    print(f"\nhybrid beats both on recall@5 and MRR: {'yes' if beats else 'NO'}")
    print(
        f"target recall@5 >= 0.90: hybrid {h['recall@5']:.3f} "
        f"({'met' if h['recall@5'] >= 0.9 else 'MISSED'}); "
        f"hit@5 {h['hit@5']:.3f}"
    )
    for m, v in out.items():
        recalls = " / ".join(f"{v[f'recall@{k}']:.3f}" for k in (1, 5, 10))
        name = "BM25" if m == "lexical" else m
        record(f"{name} ({backend}): recall@1 / @5 / @10 · MRR", f"{recalls} · {v['MRR']:.3f}")
    record(f"hybrid recall@5 ({backend})", h["recall@5"], ">= 0.90", h["recall@5"] >= 0.9)
    won = "yes" if beats else "no"
    record(f"hybrid beats dense and BM25 ({backend})", won, "yes, recall@5 and MRR", beats)
    return out


def scale(n_chunks: int, queries: int, reuse: bool = False) -> None:
    """Build an index of n synthetic chunks and time queries stage by stage."""
    from bench.scale_corpus import build_scaled_hub
    from retrieval.filters import SearchFilters

    lens, build_s, disk_mb, user = build_scaled_hub(n_chunks, reuse=reuse)
    qs = [q["question"] for q in load_jsonl(EVAL)]
    stages: dict[str, list[float]] = {
        k: [] for k in ("embed", "dense", "lexical", "fusion", "recheck", "total")
    }
    for i in range(queries):
        q = qs[i % len(qs)]
        t0 = time.perf_counter()
        lens.retriever.search(q, user, k=8)
        total = (time.perf_counter() - t0) * 1e3
        t = lens.retriever.last_timings
        for k in ("embed", "dense", "lexical", "fusion", "recheck"):
            stages[k].append(getattr(t, k))
        stages["total"].append(total)
    filtered: list[float] = []  # a narrowed search sends a `where` to the store as well
    since = SearchFilters(year_from=2020)
    for i in range(max(20, queries // 4)):
        t0 = time.perf_counter()
        lens.retriever.search(qs[i % len(qs)], user, since, k=8)
        filtered.append((time.perf_counter() - t0) * 1e3)
    print(f"\n## Retrieval latency at {n_chunks:,} chunks ({queries} queries, k=8)")
    print(f"machine: {machine()}")
    print(f"index build: {build_s:.1f}s · on disk: {disk_mb:.0f} MB\n")
    print(
        table(
            ["stage", "p50 ms", "p95 ms"], [[k, median(v), pct(v, 95)] for k, v in stages.items()]
        )
    )
    p95 = pct(stages["total"], 95)
    print(f"\ntarget p95 <= 50 ms end to end: {p95:.1f} ms ({'met' if p95 <= 50 else 'MISSED'})")
    print(
        f"with a year filter (year_from=2020, {len(filtered)} queries): "
        f"p50 {median(filtered):.1f} ms, p95 {pct(filtered, 95):.1f} ms"
    )
    record(f"search p95 at {n_chunks:,} chunks with a year filter", pct(filtered, 95), unit="ms")
    record(f"search p95 at {n_chunks:,} chunks, end to end", p95, "<= 50 ms", p95 <= 50, "ms")
    record(f"search p50 at {n_chunks:,} chunks", median(stages["total"]), unit="ms")
    parts = {k: pct(v, 95) for k, v in stages.items() if k != "total"}
    record("p95 ms per stage: " + " · ".join(parts), " · ".join(f"{v:.1f}" for v in parts.values()))
    record(f"index build, {n_chunks:,} chunks", build_s, unit="s")
    record(f"index size on disk, {n_chunks:,} chunks", disk_mb, unit="MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--backend", default="torch", choices=["torch", "onnx-int8"])
    ap.add_argument("--compare", action="store_true", help="Quality for both embedders.")
    ap.add_argument("--scale", type=int, default=0, help="Latency bench at N chunks.")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument(
        "--reuse", action="store_true", help="Reuse a scale index built earlier (same N)."
    )
    args = ap.parse_args()
    if args.scale:
        scale(args.scale, args.queries, args.reuse)
        return
    for backend in ["torch", "onnx-int8"] if args.compare else [args.backend]:
        quality(backend)


if __name__ == "__main__":
    main()
