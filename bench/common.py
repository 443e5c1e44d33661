"""Shared bench helpers: a demo hub built with the real parts, small statistics, and `record`.

Every bench prints its own tables and also calls `record(...)` for each headline figure;
bench/run_all.py collects those records into the one summary table of `make bench`.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

WORK = REPO / "bench" / "results"
RECORD_ENV = "LENS_BENCH_RECORD"


def record(
    metric: str,
    value: float | str,
    target: str | None = None,
    met: bool | None = None,
    unit: str = "",
) -> None:
    """Note one headline figure for the `make bench` summary table.

    metric names the figure ("hybrid recall@5 (torch)"); target says what it is held to
    (">= 0.90") and met whether it got there; leave both None for a figure that is only
    reported. unit ("ms", "docs/s") is shown after numeric values; without one a number is
    shown as a ratio with three decimals. Appends one JSON line to the file named by
    $LENS_BENCH_RECORD, which bench/run_all.py sets; a bench run by hand records nothing.
    """
    path = os.environ.get(RECORD_ENV)
    if not path:
        return
    line = {
        "metric": metric,
        "value": value if isinstance(value, str) else float(value),
        "target": target,
        "met": None if met is None else bool(met),
        "unit": unit,
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(line) + "\n")


def demo_hub(name: str = "demo", **overrides: Any):  # type: ignore[no-untyped-def]
    """A Lens with the demo corpus loaded into bench/results/<name> (reused across runs)."""
    from click.testing import CliRunner

    from core.settings import load_settings
    from lens.app import Lens
    from lens.cli import cli

    home = WORK / name
    env = {"LENS_HOME": str(home)}
    for section, values in overrides.items():
        for key, value in values.items():
            env[f"LENS_{section}_{key}".upper()] = str(value)
    if not (home / "lens.db").exists():
        t0 = time.perf_counter()
        result = CliRunner().invoke(cli, ["demo", "--json"], env=env, catch_exceptions=False)
        if result.exit_code != 0:
            raise SystemExit(f"lens demo failed: {result.stderr}")
        print(
            f"# demo corpus loaded into {home} in {time.perf_counter() - t0:.1f}s "
            f"({json.loads(result.stdout)['ingested']} documents)",
            file=sys.stderr,
        )
    return Lens(load_settings(home=home, **overrides))


def principal(lens, name: str):  # type: ignore[no-untyped-def]
    """The demo user's Principal."""
    from core.directory import principal_for

    with lens.db.session() as s:
        return principal_for(s, name)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Lines of a JSONL file."""
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


# The answer bench's tuning question files under demo/eval (design/tuning/blind, then the
# rounds' tuning sets): every one has shaped the answerer, so figures on them are progress.
ANSWER_TUNING_FILES = (
    "answers",
    *(f"answers_tuning{i}" for i in (*range(2, 12), 16, 17, 18, 19, 20, 21, 22)),
)


def answer_tuning_questions() -> list[dict[str, Any]]:
    """Every question of the ANSWER_TUNING_FILES, in file order."""
    return [
        q
        for name in ANSWER_TUNING_FILES
        for q in load_jsonl(REPO / "demo" / "eval" / f"{name}.jsonl")
    ]


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), nearest-rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[idx]


def median(values: list[float]) -> float:
    """Median, NaN for no values."""
    return statistics.median(values) if values else float("nan")


def machine() -> str:
    """One line describing this machine."""
    try:
        ram = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB RAM · "
    except (ValueError, OSError, AttributeError):  # not every platform exposes these
        ram = ""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            ln.split(":", 1)[1].strip()
            for ln in cpuinfo.read_text().splitlines()
            if ln.startswith("model name")
        ]
        cpu = names[0] if names else cpu
    return (
        f"{platform.node()} · {cpu} · "
        f"{os.cpu_count()} cores · {ram}Python {platform.python_version()}"
    )


def table(headers: list[str], rows: list[list[Any]]) -> str:
    """A Markdown table."""

    def fmt(v: Any) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return "\n".join(out)


def run_lab(doc: str, cache_file: Path, build: Any, compare: Any, what: str) -> None:
    """A lab's command line: `--hub DIR` fetches what `build(hub)` returns into `cache_file`
    (pickled), `--reuse` reads it back; either way `compare` then runs on it offline.
    `what` says what the hub is needed for, in the error shown without either."""
    import argparse
    import pickle

    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--hub", type=Path, help="A hub holding the demo corpus and realcases.")
    ap.add_argument("--reuse", action="store_true", help=f"Compare from {cache_file} only.")
    args = ap.parse_args()
    if not args.reuse:
        if args.hub is None:
            raise SystemExit(f"--hub DIR is needed to {what} (or --reuse)")
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        cache_file.write_bytes(pickle.dumps(build(args.hub)))
    compare(pickle.loads(cache_file.read_bytes()))
