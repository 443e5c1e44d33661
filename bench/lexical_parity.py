"""BM25 parity of the two backends on the TUNING questions (sets 1-2, 3 and 4).

    .venv/bin/python bench/lexical_parity.py --hub /tmp/hub [--database-url postgresql://...]

The documents and chunks of a SQLite hub (one holding the demo corpus and realcases, e.g. kept
by `bench/retrieval.py --set heldout --hub DIR`) are copied into a fresh schema of the
PostgreSQL server (dropped after); each tuning question is then searched lexically on both
(k=40, as its asker). Printed: on how many questions the top-5 documents differ, and the top-10
chunks with their scores (to 1e-6), and the lexical search latency on each backend.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

import psycopg  # noqa: E402
from sqlalchemy import insert, select, text  # noqa: E402

from bench.common import median, pct  # noqa: E402
from bench.retrieval_tuning import SETS, SETS3, SETS4, questions  # noqa: E402
from core.db import Database  # noqa: E402
from core.directory import principal_for  # noqa: E402
from core.records import Chunk, Document, Organisation, User  # noqa: E402
from retrieval.filters import SearchFilters  # noqa: E402
from retrieval.lexical import LexicalIndex  # noqa: E402


def _copy(lite: Database, pg: Database) -> None:
    with lite.engine.connect() as src:
        for model in (Organisation, User, Document, Chunk):
            rows = [dict(r._mapping) for r in src.execute(select(model))]
            for i in range(0, len(rows), 1000):  # one statement per 1,000: triggers run once
                with pg.engine.begin() as dst:
                    dst.execute(insert(model).values(rows[i : i + 1000]))


def _run(db: Database, qs: list[dict]) -> tuple[list[tuple], list[float]]:
    index = LexicalIndex(db)
    with db.session() as s:
        users = {q["as"]: principal_for(s, q["as"]) for q in qs}
    with db.engine.connect() as conn:
        refs = dict(
            conn.execute(
                text("SELECT c.id, d.source_ref FROM chunk c JOIN document d ON d.id = c.doc_id")
            ).all()
        )
    index.search("warm up", users[qs[0]["as"]], SearchFilters(), 40)
    out, times = [], []
    for rnd in range(2):
        for q in qs:
            t0 = time.perf_counter()
            found = index.search(q["question"], users[q["as"]], SearchFilters(), 40)
            times.append((time.perf_counter() - t0) * 1e3)
            if rnd == 0:
                docs = list(dict.fromkeys(refs[h.chunk_id] for h in found.hits))[:5]
                out.append((docs, [(h.chunk_id, round(h.score, 6)) for h in found.hits[:10]]))
    return out, times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--hub", type=Path, required=True, help="A SQLite hub folder.")
    ap.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/test")
    args = ap.parse_args()
    schema = f"parity_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.database_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        lite = Database(f"sqlite:///{args.hub / 'lens.db'}")
        pg = Database(f"{args.database_url}?options=-csearch_path%3D{schema}")
        pg.create_schema()
        _copy(lite, pg)
        qs = [q for paths in (SETS, SETS3, SETS4) for q in questions("all", paths)]
        (a, ta), (b, tb) = _run(lite, qs), _run(pg, qs)
        top5 = sum(x[0] != y[0] for x, y in zip(a, b, strict=True))
        top10 = sum(x[1] != y[1] for x, y in zip(a, b, strict=True))
        print(f"{len(qs)} tuning questions: BM25 top-5 documents differ on {top5}, top-10 chunks")
        print(f"with scores on {top10}")
        for name, ts in (("sqlite", ta), ("postgresql", tb)):
            print(f"{name}: lexical search p50 {median(ts):.1f} ms, p95 {pct(ts, 95):.1f} ms")
        pg.dispose()
    finally:
        with psycopg.connect(args.database_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
