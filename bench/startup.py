"""Wall and CPU time of `lens` commands as a user runs them: one fresh process each, median of N.

    .venv/bin/python bench/startup.py [--home DIR] [--rounds 3] [--only search,ask]

Every call pays Python's start, the imports of the command line and whatever models the
command loads; this bench times exactly that, end to end, as subprocesses of the installed
`lens` script. Commands: `lens --help`, `lens whoami` and `lens docs list` (no model),
`lens search` (the embedder and the redactor, for the audited query), `lens ask --mode
extractive` (the same, and spaCy's parser for the question's focus; no LLM, whose time is not
start-up), `lens ingest` of one small new file (the redactor and the embedder) and `lens
redact` of a small file (the redactor alone).

The hub is LENS_HOME or `--home` if given, else the demo hub of bench/results/demo (built
once). `lens ingest` writes, so it runs in a copy of the hub made for this run (each round
ingests a file of its own, so none is skipped as unchanged). Beside each time the bench prints
a digest of the command's stdout: two runs of different code that print the same digests
printed the same output (ingest's holds new document ids, so it is not digested).
`--source DIR` also times the `lens` of another source tree (an export of the commit before
a change), alternating rounds with this tree's. Wall times vary with the machine's load; the
CPU seconds of the process (user + system) vary much less, and are shown beside them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import WORK, demo_hub, machine, median, record, table  # noqa: E402

QUERY = "passports confiscated by the employer"
QUESTION = "What happened to the workers' passports?"
INGEST_TEXT = (
    "Hotline note {n}. A caller reported that workers at a car wash on Mill Lane were paid in "
    "cash, lived above the site and handed their passports to the manager on arrival. "
    "The caller saw a minibus collect them at 5 a.m. most days.\n"
)
COMMANDS: dict[str, list[str]] = {
    "help": ["--help"],
    "whoami": ["whoami", "--as", "ana", "--json"],
    "docs": ["docs", "list", "--as", "ana", "--limit", "5", "--json"],
    "search": ["search", QUERY, "--as", "ana", "--json"],
    "ask": ["ask", QUESTION, "--as", "ana", "--mode", "extractive", "--json"],
    "ingest": ["ingest", "{file}", "--as", "ana", "--json"],
    "redact": ["redact", "{file}"],
}


def lens_command(source: Path | None = None) -> list[str]:
    """The installed `lens` script beside this Python, else `python -m lens.cli`; with
    `source`, the `lens` of that source tree (e.g. an export of the commit before a change)."""
    if source is not None:
        boot = f"import sys; sys.path.insert(0, {str(source)!r}); from lens.cli import main; main()"
        return [sys.executable, "-c", boot]
    script = Path(sys.executable).parent / "lens"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "lens.cli"]


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(argv: list[str], home: Path, source: Path | None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds and stdout of one `lens` process."""
    env = {**os.environ, "LENS_HOME": str(home)}
    cpu0, t0 = children_cpu(), time.perf_counter()
    done = subprocess.run(
        [*lens_command(source), *argv], env=env, capture_output=True, text=True, check=False
    )
    seconds, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    if done.returncode != 0:
        print(f"# lens {' '.join(argv)} exited {done.returncode}: {done.stderr[-500:]}")
    return seconds, cpu, done.stdout


VARYING = ("audit_id", "timings_ms")  # differ from run to run of the same code


def digest(text: str) -> str:
    """A short digest of a command's output, without the fields that vary between runs."""
    try:
        data = json.loads(text)
    except ValueError:
        return hashlib.sha256(text.encode()).hexdigest()[:12]
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in VARYING}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]


def time_command(
    name: str, home: Path, rounds: int, scratch: Path, sources: list[Path | None]
) -> list[tuple[list[float], list[float], str]]:
    """Per source tree (None: this one), each round's wall and CPU time and the digest of the
    output (the same every round, else 'varies'). Rounds alternate between the trees, so that
    the machine's load falls on each alike."""
    runs: list[tuple[list[float], list[float], set[str]]] = [([], [], set()) for _ in sources]
    for i in range(rounds):
        for source, (times, cpus, outputs) in zip(sources, runs, strict=True):
            argv = list(COMMANDS[name])
            if "{file}" in argv:  # ingest: a new file each round; redact: the same text
                stem = f"note_{os.getpid()}_{i}_{time.time_ns()}" if name == "ingest" else "note"
                path = scratch / f"{stem}.txt"
                path.write_text(INGEST_TEXT.format(n=stem), encoding="utf-8")
                argv = [str(path) if a == "{file}" else a for a in argv]
            seconds, cpu, out = run_once(argv, home, source)
            times.append(seconds)
            cpus.append(cpu)
            outputs.add("-" if name == "ingest" else digest(out))
    return [
        (times, cpus, outputs.pop() if len(outputs) == 1 else "varies")
        for times, cpus, outputs in runs
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--home", type=Path, default=os.environ.get("LENS_HOME") or None)
    ap.add_argument("--rounds", type=int, default=3, help="runs per command (median shown)")
    ap.add_argument("--only", default="", help="comma-separated commands (default: all)")
    ap.add_argument(
        "--source",
        type=Path,
        help="also time the lens of this source tree (e.g. `git archive BASE | tar -x -C DIR`), "
        "in alternate rounds with this tree's, and show both",
    )
    args = ap.parse_args()
    names = [n for n in args.only.split(",") if n] or list(COMMANDS)
    unknown = sorted(set(names) - set(COMMANDS))
    if unknown:
        raise SystemExit(f"unknown command(s) {', '.join(unknown)}; known: {', '.join(COMMANDS)}")
    home = args.home
    if home is None:
        demo_hub("demo").close()
        home = WORK / "demo"
    print(f"# {machine()}; load average {os.getloadavg()[0]:.2f}; hub {home}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="lens-startup-") as tmp:
        scratch = Path(tmp)
        for name in names:
            target = home
            if name == "ingest":  # writes: a copy of the hub, never the hub itself
                target = scratch / "hub"
                if not target.exists():
                    shutil.copytree(home, target)
            sources: list[Path | None] = [None] if args.source is None else [args.source, None]
            for source, (times, cpus, out) in zip(
                sources, time_command(name, target, args.rounds, scratch, sources), strict=True
            ):
                label = f"lens {name}" + ("" if source is None else " (--source)")
                row = [label, f"{median(times):.2f}", f"{min(times):.2f}", f"{median(cpus):.2f}"]
                rows.append([*row, out])
            record(f"lens {name} wall (median of {args.rounds})", median(times), unit="s")
    print(
        table(
            ["command", "wall s (median)", "wall s (min)", "CPU s (median)", "stdout digest"], rows
        )
    )


if __name__ == "__main__":
    main()
