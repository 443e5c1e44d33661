"""`make bench`: run every benchmark and write one Markdown summary table.

    .venv/bin/python bench/run_all.py [--quick]

Each bench runs as its own process with $LENS_BENCH_RECORD pointing at a JSONL file, into which
it writes its headline figures through `bench.common.record`. bench/results/summary.md then
holds the machine, the date and the commit, ONE table of every figure beside its target (met,
MISSED, or — where the figure is only reported), and below it each bench's full output.
A bench that fails gets a FAILED row, the others still run, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

from bench.common import RECORD_ENV, REPO, WORK, machine  # noqa: E402

BENCHES = [
    ("Redaction", ["redaction.py"]),
    ("Enrichment", ["enrichment.py"]),
    ("Retrieval quality", ["retrieval.py", "--compare"]),
    ("Retrieval quality, held-out", ["retrieval.py", "--set", "heldout"]),
    ("Citation support threshold", ["citations.py"]),
    ("Answers", ["answers.py"]),
    ("Answers, held-out", ["answers.py", "--set", "heldout"]),
    ("Ingest speed", ["ingest.py"]),
    ("Retrieval latency at 100k chunks", ["retrieval.py", "--scale", "100000"]),
    ("Feed relevance gate", ["relevance.py"]),
    ("Chat UI first token", ["ui_latency.py"]),
    ("Chat load, 20 sessions", ["chat_load.py"]),
]
QUICK = {"Redaction", "Enrichment", "Retrieval quality", "Feed relevance gate"}
# Modules under bench/ that are not benchmarks; any other bench/*.py is run too.
HELPERS = {
    "__init__.py",
    "common.py",
    "heldout.py",
    "run_all.py",
    "scale_corpus.py",
    "synthetic.py",
}
HEADERS = ["area", "figure", "value", "target", "status"]


@dataclass
class Outcome:
    """One bench run: what it recorded, how it ended and what it printed."""

    title: str
    cmd: list[str]
    seconds: float = 0.0
    exit_code: int = 0
    output: str = ""
    records: list[dict[str, Any]] = field(default_factory=list)


def plan(quick: bool) -> list[tuple[str, list[str]]]:
    """The benches to run: the list above plus any bench/*.py it does not name yet."""
    named = {cmd[0] for _, cmd in BENCHES}
    extra = sorted(p.name for p in HERE.glob("*.py") if p.name not in named | HELPERS)
    benches = BENCHES + [(name.removesuffix(".py"), [name]) for name in extra]
    return [(title, cmd) for title, cmd in benches if not quick or title in QUICK]


def run(title: str, cmd: list[str], records_dir: Path) -> Outcome:
    """Run one bench in its own process and collect its records."""
    outcome = Outcome(title, cmd)
    script = HERE / cmd[0]
    if not script.exists():
        outcome.exit_code, outcome.output = -1, f"bench/{cmd[0]} does not exist"
        return outcome
    record_file = records_dir / (title.lower().replace(" ", "-").replace(",", "") + ".jsonl")
    record_file.unlink(missing_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(script), *cmd[1:]],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, RECORD_ENV: str(record_file)},
    )
    outcome.seconds = time.perf_counter() - t0
    outcome.exit_code = proc.returncode
    outcome.output = proc.stdout.strip()
    if proc.returncode != 0:
        outcome.output += "\n\n--- stderr (last 3000 characters) ---\n" + proc.stderr[-3000:]
    if record_file.exists():
        lines = record_file.read_text(encoding="utf-8").splitlines()
        outcome.records = [json.loads(line) for line in lines if line.strip()]
    return outcome


def fmt_value(value: float | str, unit: str) -> str:
    """A figure as shown in the table: ratios with 3 decimals, measures with their unit."""
    if isinstance(value, str):
        text = value
    elif math.isnan(value):
        return "n/a"
    elif unit == "%":
        return f"{value:.1f}%"
    elif not unit:
        text = f"{value:.3f}"
    elif abs(value) >= 100:
        text = f"{value:,.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {unit}".strip()


def status(met: bool | None) -> str:
    """met, MISSED, or a dash for a figure that is only reported."""
    return "—" if met is None else ("met" if met else "MISSED")


def summary_rows(outcomes: list[Outcome]) -> list[list[str]]:
    """The rows of the one table: every record, plus a row for each failed bench."""
    rows = []
    for o in outcomes:
        area_rows = [
            [
                r["metric"],
                fmt_value(r["value"], r.get("unit", "")),
                r.get("target") or "—",
                status(r.get("met")),
            ]
            for r in o.records
        ]
        if o.exit_code != 0:
            why = "script missing" if o.exit_code == -1 else f"exit {o.exit_code}"
            area_rows.append([f"bench/{' '.join(o.cmd)}", "—", "—", f"FAILED ({why})"])
        elif not area_rows:
            area_rows.append([f"bench/{' '.join(o.cmd)}", "see output below", "—", "no figures"])
        rows += [[o.title if i == 0 else "", *row] for i, row in enumerate(area_rows)]
    return rows


def markdown_table(rows: list[list[str]]) -> str:
    """A Markdown table with the summary headers; pipes inside cells are escaped."""
    out = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(out)


def commit() -> str:
    """The checked-out commit, and whether tracked files differ from it."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"{head} (with uncommitted changes)" if dirty else head


def summary(outcomes: list[Outcome], quick: bool, started: dt.datetime) -> tuple[str, str]:
    """(the whole summary.md, the table alone)."""
    rows = summary_rows(outcomes)
    table = markdown_table(rows)
    counts = {s: sum(row[4].startswith(s) for row in rows) for s in ("met", "MISSED", "FAILED")}
    scope = "quick run: " + ", ".join(o.title for o in outcomes) if quick else "all benches"
    parts = [
        "# Traffik Lens benchmarks\n",
        f"- date: {started:%Y-%m-%d %H:%M} ({scope})",
        f"- machine: {machine()}",
        f"- commit: {commit()}",
        f"- figures: {counts['met']} met, {counts['MISSED']} missed, "
        f"{sum(row[4] == '—' for row in rows)} reported without a target; "
        f"{counts['FAILED']} of {len(outcomes)} benches failed\n",
        table,
        "\n## Full output of each bench\n",
    ]
    for o in outcomes:
        state = {0: "ok", -1: "FAILED, script missing"}.get(
            o.exit_code, f"FAILED, exit {o.exit_code}"
        )
        parts.append(
            f"<details><summary>{o.title}: <code>bench/{' '.join(o.cmd)}</code> · "
            f"{o.seconds:.0f}s · {state}</summary>\n\n```text\n{o.output}\n```\n\n</details>\n"
        )
    return "\n".join(parts), table


def main() -> None:
    """Run the benches, write bench/results/summary.md and print its table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--quick",
        action="store_true",
        help="Only redaction, enrichment, retrieval quality and the feed relevance gate.",
    )
    args = ap.parse_args()
    records_dir = WORK / "records"
    records_dir.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now()
    outcomes = []
    for title, cmd in plan(args.quick):
        print(f"== {title}: bench/{' '.join(cmd)}", flush=True)
        outcome = run(title, cmd, records_dir)
        outcomes.append(outcome)
        print(outcome.output, flush=True)
        print(f"== {title}: {len(outcome.records)} figures, exit {outcome.exit_code}", flush=True)
    text, table = summary(outcomes, args.quick, started)
    out = WORK / "summary.md"
    out.write_text(text, encoding="utf-8")
    print(f"\n{table}\n\nsummary written to {out}")
    if any(o.exit_code != 0 for o in outcomes):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
