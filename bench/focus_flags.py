"""The focus check's decisions alone on every answers tuning set, fast: each question goes up
to the decision to answer (`Answerer.retrieve`), without building the extractive answer.

    .venv/bin/python bench/focus_flags.py --hub DIR [--sets tuning9,tuning10] [-v]

Per set and domain: unanswerable declined or flagged, answerable flagged or declined; then
which check said so (answerable and unanswerable, counts per set); with -v
every question's decision (for diffing two versions of the check on tuning data only; never
point it at the held-out sets). A progress check: the held-out figures come from
bench/answers.py --set heldout|heldout2.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import answer_tuning_questions, median, principal
from bench.heldout import temporary_hub

ap = argparse.ArgumentParser()
ap.add_argument("--hub", type=Path, required=True, help="A demo + realcases hub to reuse.")
ap.add_argument("--sets", default="", help="Comma-separated set names (default: all).")
ap.add_argument("--verbose", "-v", action="store_true")
args = ap.parse_args()
lens = temporary_hub(realcases=True, keep=args.hub).__enter__()
user = principal(lens, "ana")
qs = answer_tuning_questions()
if args.sets:
    qs = [q for q in qs if q.get("set") in args.sets.split(",")]
lens.answerer.retrieve("warm up question about nail bars", user)
by: dict[str, dict[str, list[bool]]] = {}
checks: dict[str, dict[str, int]] = {}  # "A <set>" / "U <set>" -> check -> questions
times = []
for q in qs:
    t0 = time.perf_counter()
    found = lens.answerer.retrieve(q["question"], user)
    times.append((time.perf_counter() - t0) * 1e3)
    said = found.mode != "retrieved" or bool(found.not_mentioned)
    key = q.get("set", "design") + (f"/{q['domain']}" if "domain" in q else "")
    by.setdefault(key, {}).setdefault("A" if q["answerable"] else "U", []).append(said)
    if said:
        tally = checks.setdefault(("A " if q["answerable"] else "U ") + key, {})
        for check in found.checks or ["other"]:
            tally[check] = tally.get(check, 0) + 1
    if args.verbose:
        best = max((r.similarity for r in found.passages), default=0.0)
        print("A" if q["answerable"] else "U", int(said), q["question"], "|", found.mode,
              found.not_mentioned, found.checks, f"best={best:.3f}", flush=True)  # fmt: skip


def share(v: list[bool]) -> str:
    return f"{sum(v) / len(v):.3f} ({sum(v)}/{len(v)})" if v else "-"


total: dict[str, list[bool]] = {}
for key, f in by.items():
    print(f"{key:22s} unanswerable declined {share(f.get('U', []))}  "
          f"answerable flagged {share(f.get('A', []))}")  # fmt: skip
    for k, v in f.items():
        total.setdefault(k, []).extend(v)
print(f"{'ALL':22s} unanswerable declined {share(total.get('U', []))}  "
      f"answerable flagged {share(total.get('A', []))}")  # fmt: skip
print("\nwhich check (A: answerable wrongly flagged or declined, U: unanswerable caught)")
for key, tally in sorted(checks.items()):
    print(f"{key:24s} " + ", ".join(f"{c} {n}" for c, n in sorted(tally.items())))
print(f"retrieve + focus check p50 {median(times):.0f} ms")
