"""Redaction bench: Lens's redactor beside stock Presidio, on a tuning set and a held-out set.

    .venv/bin/python bench/redaction.py
        [--set tuning|tuning13|heldout|heldout2|heldout3|heldout4|both]
        [--generated N] [--spacy-model NAME] [--show-misses] [--show-heldout-misses]

Both redactors run in this process on the same spaCy NLP engine (loaded once): Lens is
`build_redactor(RedactionSettings())`; stock Presidio is `AnalyzerEngine` with its default
recognizers and every entity type, then the default `AnonymizerEngine`.

Sets (demo/eval/pii/README.md says where each file comes from):
- tuning: demo/eval/pii_sample.jsonl, demo/eval/pii/generated_tuning.jsonl (presidio-evaluator
  templates of the tuning split) and any demo/eval/pii/tuning_*.jsonl. Shape the redactor on
  these; their figures are a progress check, not a result.
- held-out: demo/eval/pii/generated_heldout.jsonl (templates never used for tuning),
  heldout_indomain.jsonl (hand-written in-domain texts) and the summaries of
  heldout_records.csv. The targets count here. Tuners read only these aggregate tables, never
  the held-out files or their misses.
- held-out 2: demo/eval/pii/heldout2_indomain.jsonl (hand-written in-domain texts, written on
  2026-12-06 before that round's tuning), scored and recorded the same way.
- held-out 3: demo/eval/pii/heldout3_indomain.jsonl (73 hand-written in-domain texts, written
  later on 2026-12-06 by an author who had read neither the redactor, its tests nor any other
  set's texts), scored alone and recorded the same way.
- held-out 4: demo/eval/pii/heldout4_indomain.jsonl (128 hand-written in-domain texts of 15
  genres, written later on 2026-12-06 by a third author who had read neither the redactor nor
  any other set's texts), scored alone and recorded the same way.
- tuning13: demo/eval/pii/tuning_generated13.jsonl alone (part of tuning too): a quick progress
  check on person13's generated frames; nothing recorded.

Metrics (exact definitions in bench/pii/scoring.py, pinned by tests/bench/test_pii_scoring.py):
- token leak: the share of personal-value word tokens (Unicode letter/digit runs of 2+
  characters, case-folded, so "maria" left in the output leaks "Maria") still in the output
  beyond how often the non-personal rest of the same source holds them; placeholders are
  stripped first. Overall and per type.
- whole values left: the share of labelled values still in the output whole (case-insensitive).
- keep rates: the share of values to keep (places: cities, regions, countries; nationalities;
  organisations; dates and years; money; ages) still in the output as written.

--show-misses lists what Lens missed on the TUNING set. --show-heldout-misses does the same for
the held-out sets: it is for the evaluation's author only; tuners must not read it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from bench.common import record  # noqa: E402
from bench.pii import sets  # noqa: E402
from bench.pii.scoring import KEEP_GROUPS, Labelled, Tally, score  # noqa: E402

OVERALL_TARGET = 0.10
RATIO_TARGET = 0.25
LEAK_TARGETS = {
    "PERSON": 0.05,
    "PHONE_NUMBER": 0.05,
    "STREET_ADDRESS": 0.15,
    "CREDIT_CARD": 0.0,
    "IBAN_CODE": 0.0,
    "EMAIL_ADDRESS": 0.0,
}
KEEP_TARGETS = {"places": 0.95, "nationalities": 0.95, "organisations": 0.85}
NAMES = {
    "tuning": "TUNING (progress check)",
    "heldout": "HELD-OUT (the result)",
    "heldout2": "HELD-OUT 2 (the result, 2026-12-06 set)",
    "heldout3": "HELD-OUT 3 (the result, 2026-12-06 independent set)",
    "heldout4": "HELD-OUT 4 (the result, 2026-12-06 independent set, 128 texts)",
    "tuning13": "TUNING, person13's generated frames only (progress check)",
}
PREFIX = {
    "heldout": "held-out",
    "heldout2": "held-out 2",
    "heldout3": "held-out 3",
    "heldout4": "held-out 4",
}
LOADERS = {  # name -> (generated cap -> labelled texts)
    "tuning": sets.tuning,
    "heldout": sets.heldout,
    "heldout2": lambda _generated: sets.heldout2(),
    "heldout3": lambda _generated: sets.heldout3(),
    "heldout4": lambda _generated: sets.heldout4(),
    "tuning13": lambda _generated: sets.tuning_file("tuning_generated13"),
}


def loader(name: str):
    """A named set, or one tuning file alone by its stem ("tuning_dob14")."""
    if name in LOADERS:
        return LOADERS[name]
    return lambda _generated: sets.tuning_file(name)


def _f(x: float) -> str:
    return "    -" if x != x else f"{x:.3f}"  # NaN: nothing of that type


def _flag(ok: bool | None) -> str:
    return "" if ok is None else ("  ok" if ok else "  MISSED")


def _leak_target(etype: str) -> str:
    t = LEAK_TARGETS.get(etype)
    return "-" if t is None else ("0" if t == 0 else f"<= {t:.2f}")


def report(name: str, items: list[Labelled], ours_out: list[str], stock_out: list[str]) -> Tally:
    """Score one set's outputs, print its tables and record its headline figures."""
    ours, stock = score(items, ours_out), score(items, stock_out)
    parts = Counter(it.part for it in items)
    counts = ", ".join(f"{n} {p}" for p, n in parts.items())
    title = NAMES.get(name, f"TUNING, {name} only (progress check)")
    print(f"\n== {title}: {len(items)} texts ({counts})")
    ratio = ours.leak() / stock.leak() if stock.leak() else float("nan")
    overall_ok = ours.leak() <= OVERALL_TARGET and ratio <= RATIO_TARGET
    print(f"{'token leak':<16}{'tokens':>8}{'lens':>8}{'stock':>8}  target")
    print(
        f"{'overall':<16}{ours.personal_all:>8}{_f(ours.leak()):>8}{_f(stock.leak()):>8}  "
        f"<= {OVERALL_TARGET:.2f} and <= 1/4 of stock{_flag(overall_ok)}"
    )
    order = [t for t in LEAK_TARGETS if ours.personal[t]]
    order += sorted(
        (t for t in ours.personal if t not in LEAK_TARGETS), key=lambda t: -ours.personal[t]
    )
    for etype in order:
        target = LEAK_TARGETS.get(etype)
        ok = None if target is None else ours.leak(etype) <= target
        print(
            f"{etype:<16}{ours.personal[etype]:>8}{_f(ours.leak(etype)):>8}"
            f"{_f(stock.leak(etype)):>8}  {_leak_target(etype)}{_flag(ok)}"
        )
    ratio_flag = _flag(ratio <= RATIO_TARGET)
    print(f"lens/stock overall: {_f(ratio)} (target <= {RATIO_TARGET:.2f}){ratio_flag}")
    by_part = []
    for part in parts:
        idx = [i for i, it in enumerate(items) if it.part == part]
        o = score([items[i] for i in idx], [ours_out[i] for i in idx]).leak()
        s = score([items[i] for i in idx], [stock_out[i] for i in idx]).leak()
        by_part.append(f"{part} {_f(o)} / {_f(s)}")
    print("overall leak by part (lens / stock): " + " · ".join(by_part))

    print(f"\n{'whole values left':<20}{'values':>7}{'lens':>8}{'stock':>8}")
    for etype in sorted(ours.values, key=lambda t: (-ours.values[t], t)):
        print(
            f"{etype:<20}{ours.values[etype]:>7}{_f(ours.whole_rate(etype)):>8}"
            f"{_f(stock.whole_rate(etype)):>8}"
        )
    print(f"\n{'kept':<20}{'values':>7}{'lens':>8}{'stock':>8}  target")
    for group in KEEP_GROUPS:
        if not ours.keep[group]:
            continue
        target = KEEP_TARGETS.get(group)
        ok = None if target is None else ours.keep_rate(group) >= target
        print(
            f"{group:<20}{ours.keep[group]:>7}{_f(ours.keep_rate(group)):>8}"
            f"{_f(stock.keep_rate(group)):>8}  {'-' if target is None else f'>= {target:.2f}'}"
            f"{_flag(ok)}"
        )
    _record(name, ours, stock, ratio)
    return ours


def _record(name: str, ours: Tally, stock: Tally, ratio: float) -> None:
    """Headline figures for `make bench`; targets count on the held-out set only."""
    if name.startswith("tuning"):
        if name != "tuning":
            return  # one tuning file alone: a progress check, not a headline figure
        record(f"tuning token leak, lens (progress check, n={ours.personal_all})", ours.leak())
        record("tuning token leak, stock Presidio", stock.leak())
        return
    pre = PREFIX[name]
    record(
        f"{pre} token leak, overall (n={ours.personal_all} tokens)",
        ours.leak(),
        f"<= {OVERALL_TARGET:.2f}",
        ours.leak() <= OVERALL_TARGET,
    )
    record(f"{pre} token leak, stock Presidio (same run)", stock.leak())
    record(f"{pre} token leak, lens/stock", ratio, f"<= {RATIO_TARGET:.2f}", ratio <= RATIO_TARGET)
    for etype, target in LEAK_TARGETS.items():
        if ours.personal[etype]:
            value = ours.leak(etype)
            record(
                f"{pre} token leak, {etype} (n={ours.personal[etype]})",
                value,
                _leak_target(etype),
                value <= target,
            )
    for group in KEEP_GROUPS:
        if ours.keep[group]:
            floor = KEEP_TARGETS.get(group)
            record(
                f"{pre} kept, {group} (n={ours.keep[group]})",
                ours.keep_rate(group),
                None if floor is None else f">= {floor:.2f}",
                None if floor is None else ours.keep_rate(group) >= floor,
            )


def show_misses(name: str, items: list[Labelled], tally: Tally) -> None:
    """Every value Lens left (in part or whole) and every value to keep it removed."""
    print(f"\n-- {name}: Lens's misses (kind, type, value, part)")
    for m in tally.misses:
        print(f"  {m.kind:<5} {m.type:<16} {m.value!r}  [{items[m.text_index].part}]")


def engines(
    spacy_model: str | None = None, second_ner_model: str | None = None
) -> tuple[Any, Any, Any]:
    """(Lens's redactor, stock analyzer, stock anonymizer) on one spaCy engine."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine
    from presidio_anonymizer import AnonymizerEngine

    from core.settings import RedactionSettings
    from redaction import build_redactor

    chosen = {"ner_model": spacy_model, "second_ner_model": second_ner_model}
    settings = RedactionSettings(**{k: v for k, v in chosen.items() if v is not None})
    ours = build_redactor(settings)
    stock = AnalyzerEngine(nlp_engine=ours.analyzer.nlp_engine, supported_languages=["en"])
    return ours, stock, AnonymizerEngine()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set",
        default="both",
        help=f"{', '.join((*LOADERS, 'both'))}, or one tuning file alone by its stem "
        "(tuning_dob14)",
    )
    ap.add_argument(
        "--generated", type=int, default=None, help="cap the generated sentences per set (all: 500)"
    )
    ap.add_argument(
        "--show-misses", action="store_true", help="list Lens's misses on the tuning set"
    )
    ap.add_argument(
        "--show-heldout-misses",
        action="store_true",
        help="list Lens's misses on the HELD-OUT set: for the evaluation's author only; "
        "tuners must not read it",
    )
    ap.add_argument(
        "--spacy-model",
        default=None,
        help="spaCy model for both redactors (default: redaction.ner_model's default)",
    )
    ap.add_argument(
        "--second-ner-model",
        default=None,
        help="redaction.second_ner_model for Lens's redactor ('' for none; default: the "
        "setting's default)",
    )
    args = ap.parse_args()
    ours, stock_analyzer, stock_anonymizer = engines(args.spacy_model, args.second_ner_model)
    print(
        f"spaCy model: {ours.settings.ner_model or ours.settings.spacy_model}; second NER "
        f"model: {ours.settings.second_ner_model or 'none'}"
    )
    print("Metrics" + __doc__.split("Metrics", 1)[1].split("--show-misses")[0].rstrip())
    wanted = ("tuning", "heldout") if args.set == "both" else (args.set,)
    timings = []
    for name in wanted:
        items = loader(name)(args.generated)
        texts = [it.text for it in items]
        ours.redact_many(texts[:8])  # warm up
        t0 = time.perf_counter()
        ours_out = [r.text for r in ours.redact_many(texts)]
        t1 = time.perf_counter()
        stock_out = [
            stock_anonymizer.anonymize(t, stock_analyzer.analyze(t, language="en")).text
            for t in texts
        ]
        t2 = time.perf_counter()
        timings.append((len(texts), t1 - t0, t2 - t1))
        lens_tally = report(name, items, ours_out, stock_out)
        if (name.startswith("tuning") and args.show_misses) or (
            not name.startswith("tuning") and args.show_heldout_misses
        ):
            show_misses(name, items, lens_tally)
    n = sum(t[0] for t in timings)
    ours_s, stock_s = sum(t[1] for t in timings), sum(t[2] for t in timings)
    print(
        f"\nspeed (one run, one process, {os.cpu_count()} CPUs visible, machine shared): "
        f"lens {n / ours_s:.1f} texts/s (redact_many); stock {n / stock_s:.1f} texts/s"
    )
    record("redaction speed, one process (redact_many)", n / ours_s, unit="texts/s")


if __name__ == "__main__":
    main()
