"""`make bench`: run every benchmark and write one Markdown summary.

    .venv/bin/python bench/run_all.py [--quick]

Each bench prints its own tables with figures beside their targets; this collects them, with
the machine and the date, into bench/results/summary.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

from bench.common import WORK, machine  # noqa: E402

BENCHES = [
    ("Redaction quality", ["redaction.py"]),
    ("Enrichment accuracy", ["enrichment.py"]),
    ("Retrieval quality", ["retrieval.py", "--compare"]),
    ("Citation support threshold", ["citations.py"]),
    ("Answers", ["answers.py"]),
    ("Ingest speed", ["ingest.py"]),
    ("Retrieval latency at 100k chunks", ["retrieval.py", "--scale", "100000"]),
    ("Feed relevance gate", ["relevance.py"]),
    ("Chat UI first token", ["ui_latency.py"]),
]
QUICK = {"Redaction quality", "Enrichment accuracy", "Retrieval quality", "Feed relevance gate"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="Only the benches that take seconds.")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    parts = [f"# Traffik Lens benchmarks\n\n{dt.datetime.now():%Y-%m-%d %H:%M} · {machine()}\n"]
    for title, cmd in BENCHES:
        if args.quick and title not in QUICK:
            continue
        print(f"== {title}: bench/{' '.join(cmd)}", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, str(HERE / cmd[0]), *cmd[1:]],
            capture_output=True,
            text=True,
            check=False,
        )
        took = time.perf_counter() - t0
        body = proc.stdout.strip() or proc.stderr.strip()[-2000:]
        status = "" if proc.returncode == 0 else f" (FAILED, exit {proc.returncode})"
        parts.append(f"\n## {title}{status}\n\n`bench/{' '.join(cmd)}` · {took:.0f}s\n\n{body}\n")
        print(body, flush=True)
    out = WORK / "summary.md"
    out.write_text("\n".join(parts), encoding="utf-8")
    print(f"\nsummary written to {out}")


if __name__ == "__main__":
    main()
