"""Retrieval tuning, per question class: dense vs BM25 vs hybrid on the TUNING sets only.

    .venv/bin/python bench/retrieval_tuning.py               # SQLite demo hub
    LENS_DATABASE_URL=postgresql://... .venv/bin/python bench/retrieval_tuning.py --name demo-pg
    .venv/bin/python bench/retrieval_tuning.py --set 3 --domain all --hub /tmp/hub  # tuning 3
    .venv/bin/python bench/retrieval_tuning.py --lexical-scale postgresql://...  # latency

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
# Harder questions written for the ranking round of 2026-12-06 (before its tuning): paraphrases
# sharing few words with their passage, multi-answer ones listing every right document, and
# some over demo/eval/realcases (score those with --domain all on a hub that holds realcases).
SETS3 = [EVAL / "retrieval_tuning3.jsonl"]
# Written for the round of 2026-12-06 afternoon (retrieval10) before its tuning: paraphrased and
# multi-answer questions on the demo corpus and on realcases/ilab_2013.jsonl.
SETS4 = [EVAL / "retrieval_tuning4.jsonl"]
MODES = ("dense", "lexical", "hybrid")


def questions(domain: str = "demo", sets: list[Path] | None = None) -> list[dict]:
    """Every tuning question of a domain ("all": every domain) with its class ("demo" for the
    original set)."""
    out = []
    for path in sets or SETS:
        for q in load_jsonl(path):
            if domain in ("all", q.get("domain", "demo")):
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
    ap.add_argument(
        "--domain",
        default="demo",
        help="realcases: the questions on demo/eval/realcases, asked of a hub that holds it "
        "(e.g. --name heldout-hub-sqlite, built by bench/retrieval.py --set heldout --hub)",
    )
    ap.add_argument(
        "--set",
        choices=["1-2", "3", "4"],
        default="1-2",
        help="1-2: retrieval.jsonl and retrieval_tuning2.jsonl; 3: retrieval_tuning3.jsonl; "
        "4: retrieval_tuning4.jsonl",
    )
    ap.add_argument("--hub", type=Path, help="Ask the hub in this folder instead of --name.")
    ap.add_argument("--lexical-scale", metavar="URL", help="PostgreSQL lexical latency instead.")
    ap.add_argument("--source", default="scale-100000", help="Scale hub to copy (--lexical-scale).")
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    if args.lexical_scale:
        lexical_scale(args.source, args.lexical_scale, args.queries)
        return
    lens = hub_at(args.hub) if args.hub else demo_hub(args.name)
    qs = questions(args.domain, {"3": SETS3, "4": SETS4}.get(args.set, SETS))
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
    where = args.hub or args.name
    print(f"\n## Retrieval tuning set {args.set} per class ({backend}, hub {where})\n")
    print(table(["class", "method", "n", *cols], rows))


def hub_at(home: Path):  # type: ignore[no-untyped-def]
    """A Lens on an existing hub folder (e.g. one kept by bench/retrieval.py --hub)."""
    from core.settings import load_settings
    from lens.app import Lens

    if not (home / "lens.db").exists():
        raise SystemExit(f"{home} holds no hub (build one: bench/retrieval.py --set heldout --hub)")
    return Lens(load_settings(home=home))


def lexical_scale(source: str, url: str, queries: int) -> None:
    """Lexical search latency on PostgreSQL at the size of a scale hub built by
    `bench/retrieval.py --scale N` (its documents and chunks copied into the database at
    `url`, which should name a fresh schema), beside the same searches on the SQLite original.
    Only the lexical stage differs between the backends: dense search is Chroma's either way."""
    import time

    from sqlalchemy import insert, select

    from bench.common import WORK, load_jsonl, median, pct
    from core.db import Database
    from core.directory import principal_for
    from core.records import Chunk, Document, Organisation, User
    from retrieval.filters import SearchFilters
    from retrieval.lexical import LexicalIndex

    lite = Database(f"sqlite:///{WORK / source / 'lens.db'}")
    pg = Database(url)
    pg.create_schema()
    with pg.engine.connect() as conn:
        have = conn.execute(select(Chunk.id).limit(1)).first()
    if have is None:
        t0 = time.perf_counter()
        # Multi-row INSERTs of 1,000 chunks, committed per batch: the statistics triggers run
        # once per statement. (Row-by-row INSERTs of 100k chunks in one transaction would
        # update the same hot term rows 100k times inside it, which PostgreSQL does slowly.)
        with lite.engine.connect() as src:
            for model in (Organisation, User, Document, Chunk):
                batch: list[dict] = []
                for r in src.execute(select(model)):
                    batch.append(dict(r._mapping))
                    if len(batch) == 1000:
                        with pg.engine.begin() as dst:
                            dst.execute(insert(model).values(batch))
                        batch = []
                if batch:
                    with pg.engine.begin() as dst:
                        dst.execute(insert(model).values(batch))
        print(f"# copied into PostgreSQL in {time.perf_counter() - t0:.0f}s (triggers included)")
    qs = [q["question"] for q in load_jsonl(EVAL / "retrieval.jsonl")]
    print(f"\n## Lexical search at the size of {source} ({queries} queries, k=40)\n")
    rows = []
    for name, db in (("sqlite", lite), ("postgresql", pg)):
        with db.session() as s:
            user = principal_for(s, "reader")
        index = LexicalIndex(db)
        index.search("warm up", user, SearchFilters(), 40)
        times = []
        for i in range(queries):
            t0 = time.perf_counter()
            index.search(qs[i % len(qs)], user, SearchFilters(), 40)
            times.append((time.perf_counter() - t0) * 1e3)
        rows.append([name, median(times), pct(times, 95)])
    print(table(["backend", "p50 ms", "p95 ms"], rows))


if __name__ == "__main__":
    main()
