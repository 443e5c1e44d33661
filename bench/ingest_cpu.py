"""Ingest CPU time per stage, for comparing code on a loaded machine (lab, not a target).

    .venv/bin/python bench/ingest_cpu.py                # 300 synthetic ~1 KB documents
    .venv/bin/python bench/ingest_cpu.py --docs 1000 --runs 2

Wall-clock figures move with whatever else the machine runs; CPU time (`time.process_time`)
of the same work hardly does. This runs `ingest_paths` in process on `bench/synthetic.py`
documents, one thread for spaCy's BLAS and for the embedder (what each of two workers gets),
after a warm-up on 20 other documents, and adds up the CPU seconds of redaction, embedding,
facts and writing. Compare two versions of the code by running each in turn, more than once.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import WORK, machine, table  # noqa: E402
from bench.synthetic import documents  # noqa: E402

STAGES = ("redaction", "embedding", "facts", "writing")


def _write_files(folder: Path, texts: list[str]) -> None:
    folder.mkdir(parents=True)
    for i, text in enumerate(texts):
        (folder / f"case_{i:05d}.txt").write_text(text, encoding="utf-8")


def _cpu_timed(seconds: dict[str, float], name: str, fn: Callable[..., Any]) -> Any:
    def inner(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.process_time() - t0

    return inner


def one_run(n: int) -> dict[str, float]:
    """CPU seconds of one in-process ingest of `n` documents, in total and per stage."""
    import ingest.transform as tr
    from core.directory import add_org, add_user, principal_for
    from core.settings import load_settings
    from lens.app import Lens

    base = WORK / "ingest-cpu"
    shutil.rmtree(base, ignore_errors=True)
    texts = documents(n + 20)
    _write_files(base / "warm", texts[n:])
    _write_files(base / "main", texts[:n])
    settings = load_settings(home=base / "home", embedding={"backend": "onnx-int8", "threads": 1})
    lens = Lens(settings)
    lens.init()
    with lens.db.session() as s:
        add_org(s, "Bench NGO", "ngo")
        add_user(s, "bench", "Bench NGO", "analyst", 3)
    with lens.db.session() as s:
        user = principal_for(s, "bench")
    lens.pipeline.ingest_paths(user, [base / "warm"], workers=1)
    from threadpoolctl import threadpool_limits

    seconds: dict[str, float] = {}
    saved = tr.redact_documents, tr.extract_facts
    tr.redact_documents = _cpu_timed(seconds, "redaction", tr.redact_documents)
    tr.extract_facts = _cpu_timed(seconds, "facts", tr.extract_facts)
    lens.embedder.embed = _cpu_timed(seconds, "embedding", lens.embedder.embed)
    lens.pipeline._write = _cpu_timed(seconds, "writing", lens.pipeline._write)
    try:
        with threadpool_limits(limits=1):
            t0 = time.process_time()
            report = lens.pipeline.ingest_paths(user, [base / "main"], workers=1)
            seconds["total"] = time.process_time() - t0
    finally:
        tr.redact_documents, tr.extract_facts = saved
        lens.close()
    assert report.ingested == n, report.failed[:3]
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    rows = []
    for run in range(args.runs):
        s = one_run(args.docs)
        rows.append([run + 1, f"{s['total']:.2f}", *(f"{s.get(k, 0.0):.2f}" for k in STAGES)])
        print("#", rows[-1], flush=True)
    print(f"\n## Ingest CPU seconds ({args.docs:,} synthetic documents, 1 thread)")
    print(f"machine: {machine()}\n")
    print(table(["run", "total", *STAGES], rows))


if __name__ == "__main__":
    main()
