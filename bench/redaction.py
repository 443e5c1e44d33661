"""Redaction bench: our policy against stock Presidio on the labelled sample.

    HF_HUB_OFFLINE=1 TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" .venv/bin/python bench/redaction.py

Both run on the same spaCy NLP engine (loaded once). Stock Presidio means AnalyzerEngine
with its default recognizers, all entity types, and the default anonymizer. Prints recall
per removed type, kept-rate per kept type, and documents per second.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "demo" / "eval" / "pii_sample.jsonl"

from bench.common import record  # noqa: E402

RECALL_TARGETS = {
    "PERSON": 0.98,
    "PHONE_NUMBER": 0.98,
    "EMAIL_ADDRESS": 0.98,
    "PASSPORT": 0.98,
    "NATIONAL_ID": 0.98,
    "DRIVING_LICENCE": 0.98,
    "IBAN_CODE": 0.98,
    "CREDIT_CARD": 0.98,
}
KEEP_TARGETS = {"COUNTRY": 0.95, "CITY": 0.95}
DEFINITIONS = """\
removed: a labelled value counts as removed when none of its alphanumeric runs of 3 or more
  characters (the whole value if it has none) is left in the output as a whole word (case-
  sensitive) more often than it occurs in the input outside that value ("jobs" may stay in
  "the jobs" when "facebook.com/jobs.uk" goes). The placeholder's type is not checked: a
  phone removed as PASSPORT counts as removed.
kept: a kept value counts as kept when it occurs in the output, as a whole word, at least as
  many times as in the input."""

_RUN = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _occurrences(value: str, text: str) -> int:
    pattern = r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(value) + r"(?![\p{L}\p{M}\p{N}])"
    return len(regex.findall(pattern, text))


def removed(value: str, source: str, output: str) -> bool:
    """See DEFINITIONS."""
    elsewhere = source.replace(value, " ")
    runs = [r for r in _RUN.findall(value) if len(r) >= 3] or [value]
    return all(_occurrences(run, output) <= _occurrences(run, elsewhere) for run in runs)


def kept(value: str, source: str, output: str) -> bool:
    """See DEFINITIONS."""
    return _occurrences(value, output) >= _occurrences(value, source)


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(rows: list[dict[str, Any]], outputs: list[str]) -> tuple[dict, dict, list, list]:
    recall: dict[str, list[bool]] = defaultdict(list)
    keep: dict[str, list[bool]] = defaultdict(list)
    missed, lost = [], []
    for row, out in zip(rows, outputs, strict=True):
        for item in row["pii"]:
            ok = removed(item["value"], row["text"], out)
            recall[item["type"]].append(ok)
            if not ok:
                missed.append((item["type"], item["value"]))
        for item in row["keep"]:
            ok = kept(item["value"], row["text"], out)
            keep[item["type"]].append(ok)
            if not ok:
                lost.append((item["type"], item["value"]))
    return recall, keep, missed, lost


def _rate(flags: list[bool]) -> str:
    return f"{sum(flags) / len(flags):.3f}" if flags else "-"


def _total(table: dict[str, list[bool]]) -> list[bool]:
    return [flag for flags in table.values() for flag in flags]


def _share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else float("nan")


def _record(done: str, etype: str, flags: list[bool], target: float | None) -> None:
    """One summary-table row for a type that has a target (others go in one row)."""
    if target is not None:
        rate = _share(flags)
        measure = "recall" if done == "removed" else "kept-rate"
        record(f"{etype} {done} ({measure}, n={len(flags)})", rate, f">= {target}", rate >= target)


def _record_others(what: str, table: dict[str, list[bool]], targets: dict[str, float]) -> None:
    """One summary-table row listing the rate of every type without a target."""
    order = sorted(table, key=lambda t: (-len(table[t]), t))
    others = [f"{t} {_share(table[t]):.3f}" for t in order if t not in targets]
    if others:
        record(f"other types {what}", " · ".join(others))


def _timed(fn: Any, repeats: int) -> tuple[Any, float]:
    times, out = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return out, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=SAMPLE.relative_to(ROOT))
    parser.add_argument("--repeats", type=int, default=3, help="timing runs (median)")
    parser.add_argument("--show-misses", action="store_true", help="list what each one missed")
    args = parser.parse_args()

    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine
    from presidio_anonymizer import AnonymizerEngine

    from core.settings import RedactionSettings
    from redaction import build_redactor

    rows = load(args.sample)
    texts = [row["text"] for row in rows]
    ours = build_redactor(RedactionSettings())
    stock_analyzer = AnalyzerEngine(nlp_engine=ours.analyzer.nlp_engine, supported_languages=["en"])
    stock_anonymizer = AnonymizerEngine()

    def run_ours() -> list[str]:
        return [r.text for r in ours.redact_many(texts)]

    def run_stock() -> list[str]:
        return [
            stock_anonymizer.anonymize(t, stock_analyzer.analyze(t, language="en")).text
            for t in texts
        ]

    run_ours(), run_stock()  # warm up
    ours_out, ours_s = _timed(run_ours, args.repeats)
    stock_out, stock_s = _timed(run_stock, args.repeats)
    o_rec, o_keep, o_missed, o_lost = score(rows, ours_out)
    s_rec, s_keep, _, _ = score(rows, stock_out)

    n_pii = sum(len(r["pii"]) for r in rows)
    n_keep = sum(len(r["keep"]) for r in rows)
    print(f"sample: {args.sample} - {len(rows)} texts, {n_pii} values to remove, {n_keep} to keep")
    print(DEFINITIONS)
    print()
    print(f"{'removed (recall)':<18}{'n':>4}{'ours':>8}{'stock':>8}{'target':>9}  ")
    for etype in sorted(o_rec, key=lambda t: (-len(o_rec[t]), t)):
        target = RECALL_TARGETS.get(etype)
        flag = (
            ""
            if target is None
            else ("  ok" if sum(o_rec[etype]) / len(o_rec[etype]) >= target else "  BELOW")
        )
        print(
            f"{etype:<18}{len(o_rec[etype]):>4}{_rate(o_rec[etype]):>8}"
            f"{_rate(s_rec[etype]):>8}{target if target else '-':>9}{flag}"
        )
        _record("removed", etype, o_rec[etype], target)
    print(f"{'all':<18}{n_pii:>4}{_rate(_total(o_rec)):>8}{_rate(_total(s_rec)):>8}")
    _record_others("removed (recall)", o_rec, RECALL_TARGETS)
    record(f"all {len(o_rec)} types removed (recall, n={n_pii})", _share(_total(o_rec)))
    record("all types removed by stock Presidio (recall)", _share(_total(s_rec)))
    print()
    print(f"{'kept (kept-rate)':<18}{'n':>4}{'ours':>8}{'stock':>8}{'target':>9}")
    for etype in sorted(o_keep, key=lambda t: (-len(o_keep[t]), t)):
        target = KEEP_TARGETS.get(etype)
        flag = (
            ""
            if target is None
            else ("  ok" if sum(o_keep[etype]) / len(o_keep[etype]) >= target else "  BELOW")
        )
        print(
            f"{etype:<18}{len(o_keep[etype]):>4}{_rate(o_keep[etype]):>8}"
            f"{_rate(s_keep[etype]):>8}{target if target else '-':>9}{flag}"
        )
        _record("kept", etype, o_keep[etype], target)
    print(f"{'all':<18}{n_keep:>4}{_rate(_total(o_keep)):>8}{_rate(_total(s_keep)):>8}")
    _record_others("kept (kept-rate)", o_keep, KEEP_TARGETS)
    record(f"all {len(o_keep)} types kept (kept-rate, n={n_keep})", _share(_total(o_keep)))
    print()
    print(
        f"speed (median of {args.repeats}, one process, {os.cpu_count()} CPUs visible): "
        f"ours {len(texts) / ours_s:.1f} docs/s (redact_many, nlp.pipe); "
        f"stock {len(texts) / stock_s:.1f} docs/s (analyze + anonymize per text)"
    )
    record("speed, one process (redact_many)", len(texts) / ours_s, unit="docs/s")
    if args.show_misses:
        print("\nours missed:", *(f"  {t}: {v}" for t, v in o_missed), sep="\n")
        print("ours removed (should keep):", *(f"  {t}: {v}" for t, v in o_lost), sep="\n")


if __name__ == "__main__":
    main()
