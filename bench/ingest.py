"""Ingest speed: documents/s and chunks/s end to end, beside the bare parts, in one run.

    .venv/bin/python bench/ingest.py                 # 1,000 synthetic ~1 KB documents
    .venv/bin/python bench/ingest.py --docs 10000    # memory check at 10k (slow)
    .venv/bin/python bench/ingest.py --quick --database-url postgresql://postgres@127.0.0.1:5432/test

Rows:
- redaction alone: our policy, one process, `redact_many` (spaCy nlp.pipe) over all bodies;
- embedding alone: the chunks of the redacted bodies, per embedder backend, one process;
- end to end: `IngestPipeline` (load from files, redact, chunk, enrich, embed, write SQLite +
  FTS + Chroma) with 1 and 2 processes and each embedder; the 1-process run also reports the
  share of time in redaction, chunking + enrichment, embedding and writing.
Peak RSS is the largest resident set of the ingesting process and of any worker.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import WORK, machine, record, table  # noqa: E402
from bench.heldout import database_url_default, scoped_database  # noqa: E402
from bench.synthetic import documents  # noqa: E402


def peak_rss_mb() -> tuple[float, float]:
    """(this process, largest finished child) peak RSS in MB."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def cpu_seconds(who: int) -> float:
    """User + system CPU seconds of this process (RUSAGE_SELF) or its reaped children."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def fresh_lens(name: str, backend: str, database_url: str | None = None):  # type: ignore[no-untyped-def]
    from core.directory import add_org, add_user, principal_for
    from core.settings import load_settings
    from lens.app import Lens

    home = WORK / name
    shutil.rmtree(home, ignore_errors=True)
    database = {"url": database_url} if database_url else {}
    lens = Lens(load_settings(home=home, embedding={"backend": backend}, database=database))
    lens.init()
    with lens.db.session() as s:
        add_org(s, "Bench NGO", "ngo")
        add_user(s, "bench", "Bench NGO", "analyst", 3)
    with lens.db.session() as s:
        return lens, principal_for(s, "bench")


class Timed:
    """Wraps a component method to add up the seconds spent in it."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, name: str, fn):  # type: ignore[no-untyped-def]
        def inner(*a, **kw):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0

        return inner


def end_to_end(
    folder: Path, n: int, backend: str, workers: int, database_url: str | None = None
) -> dict:
    import ingest.transform as tr

    kids0 = cpu_seconds(resource.RUSAGE_CHILDREN)
    lens, user = fresh_lens(f"ingest-{backend}-{workers}", backend, database_url)
    timed = Timed()
    if workers == 1:
        lens.redactor.redact_many = timed.wrap("redaction", lens.redactor.redact_many)
        lens.embedder.embed = timed.wrap("embedding", lens.embedder.embed)
        tr.extract_facts = timed.wrap("chunk+enrich", tr.extract_facts)
        lens.pipeline.chunker.split = timed.wrap("chunk+enrich", lens.pipeline.chunker.split)
        lens.pipeline._write = timed.wrap("total-after-transform", lens.pipeline._write)
    else:
        lens.pipeline._pool(workers)  # start workers outside the timed region
        time.sleep(1)
    t0, cpu0 = time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF)
    report = lens.pipeline.ingest_paths(user, [folder], workers=workers)
    wall = time.perf_counter() - t0
    cpu = cpu_seconds(resource.RUSAGE_SELF) - cpu0
    assert report.ingested == n, report.failed[:3]
    chunks = sum(d["chunks"] for d in report.documents)
    lens.close()  # workers stop and are reaped: their CPU time is counted from here
    print(
        f"# CPU s during the ingest: ingesting process {cpu:.1f}; workers (start-up included)"
        f" {cpu_seconds(resource.RUSAGE_CHILDREN) - kids0:.1f}",
        flush=True,
    )
    out = {
        "backend": backend,
        "workers": workers,
        "wall": wall,
        "docs_s": n / wall,
        "chunks_s": chunks / wall,
        "chunks": chunks,
    }
    if workers == 1:
        s = timed.seconds
        out["shares"] = {
            "redaction": s.get("redaction", 0) / wall,
            "chunk+enrich": s.get("chunk+enrich", 0) / wall,
            "embedding": s.get("embedding", 0) / wall,
            "writing": s.get("total-after-transform", 0) / wall,
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--quick", action="store_true", help="Only the 2-worker int8 pipeline.")
    ap.add_argument(
        "--database-url",
        default=database_url_default(),
        help="Records database (default LENS_DATABASE_URL); a PostgreSQL URL gets a fresh "
        "schema per run, dropped after.",
    )
    args = ap.parse_args()
    n = args.docs
    texts = documents(n)
    folder = WORK / f"ingest-input-{n}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i, t in enumerate(texts):
        (folder / f"case_{i:05d}.txt").write_text(t, encoding="utf-8")
    kb = sum(len(t.encode()) for t in texts) / n / 1024
    rows = []

    from core.settings import load_settings
    from lens.app import Lens

    parts = Lens(load_settings(home=WORK / "ingest-parts"))
    if not args.quick:
        t0 = time.perf_counter()
        redacted = [r.text for r in parts.redactor.redact_many(texts)]
        red = time.perf_counter() - t0
        rows.append(["redaction alone (1 process)", f"{n / red:.1f}", "", ""])
        record("redaction alone (1 process)", n / red, unit="docs/s")
        print("#", rows[-1], flush=True)
        parts.pipeline  # noqa: B018
        chunks = [c.text for t in redacted for c in parts.pipeline.chunker.split(t)]
        for backend in ("torch", "onnx-int8"):
            from retrieval.embedder import build_embedder

            emb = build_embedder(
                parts.settings.embedding.model_copy(update={"backend": backend}),
                models_dir=parts.settings.models_dir,
            )
            emb.embed(chunks[:16])
            t0 = time.perf_counter()
            emb.embed(chunks)
            dt = time.perf_counter() - t0
            rows.append(
                [f"embedding alone ({backend}, 1 process)", "", f"{len(chunks) / dt:.1f}", ""]
            )
            record(f"embedding alone ({backend}, 1 process)", len(chunks) / dt, unit="texts/s")
    runs = (
        [("onnx-int8", 2)]
        if args.quick
        else [("torch", 1), ("onnx-int8", 1), ("torch", 2), ("onnx-int8", 2)]
    )
    shares = None
    fastest: tuple[float, str] = (0.0, "")
    for backend, workers in runs:
        with scoped_database(args.database_url) as url:
            r = end_to_end(folder, n, backend, workers, url)
        label = f"end to end ({backend}, {workers} process{'es' if workers > 1 else ''})"
        record(label, r["docs_s"], unit="docs/s")
        fastest = max(fastest, (r["docs_s"], label))
        rows.append(
            [
                f"end to end ({backend}, {workers} process{'es' if workers > 1 else ''})",
                f"{r['docs_s']:.1f}",
                f"{r['chunks_s']:.1f}",
                f"{r['wall']:.1f}",
            ]
        )
        if "shares" in r and backend == "torch":
            shares = r["shares"]
    me, kids = peak_rss_mb()
    print(f"\n## Ingest speed ({n:,} synthetic documents of {kb:.2f} KB)")
    print(f"machine: {machine()}\n")
    print(table(["run", "docs/s", "chunks/s (or texts/s)", "wall s"], rows))
    if shares:
        print(
            "\nshares of the 1-process torch run: "
            + ", ".join(f"{k} {100 * v:.0f}%" for k, v in shares.items())
        )
    print(f"\npeak RSS: ingesting process {me:.0f} MB, largest worker {kids:.0f} MB")
    print("target: >= 29 docs/s end to end with the real policy and enrichment")
    record(f"fastest {fastest[1]}", fastest[0], ">= 29 docs/s", fastest[0] >= 29, "docs/s")
    record("peak RSS: ingesting process / largest worker", f"{me:.0f} / {kids:.0f}", unit="MB")


if __name__ == "__main__":
    main()
