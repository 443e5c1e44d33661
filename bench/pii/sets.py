"""The tuning and held-out redaction sets (see demo/eval/pii/README.md).

Tuning: demo/eval/pii_sample.jsonl, the tuning-template generated sentences, and any
demo/eval/pii/tuning_*.jsonl a tuner adds. Held-out: the held-out-template generated sentences,
the hand-written in-domain texts, and the summaries of the court-case records. Held-out 2: the
hand-written in-domain texts of heldout2_indomain.jsonl (2026-12-06).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from bench.pii.scoring import Labelled, spans

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / "demo" / "eval"
PII = EVAL / "pii"
RECORDS_CSV = PII / "heldout_records.csv"
RECORDS_LABELS = PII / "heldout_records.labels.jsonl"
INDOMAIN = PII / "heldout_indomain.jsonl"
INDOMAIN2 = PII / "heldout2_indomain.jsonl"


def jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _rows(path: Path, part: str, limit: int | None = None) -> list[Labelled]:
    rows = jsonl(path)
    return [Labelled.from_row(r, part) for r in (rows if limit is None else rows[:limit])]


def records() -> list[tuple[dict, dict]]:
    """(CSV row, its labels) for each held-out court-case record."""
    with RECORDS_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    labels = jsonl(RECORDS_LABELS)
    if len(rows) != len(labels):
        raise SystemExit(f"{RECORDS_CSV.name} and {RECORDS_LABELS.name} differ in length")
    return list(zip(rows, labels, strict=True))


def _record_summaries() -> list[Labelled]:
    """Each record's summary with the labels whose value occurs in it."""
    out = []
    for row, labels in records():
        text = row["summary"]
        present = {k: [i for i in labels[k] if spans(i["value"], text)] for k in ("pii", "keep")}
        out.append(Labelled.from_row({"text": text, **present}, "court summaries"))
    return out


def tuning(generated: int | None = None) -> list[Labelled]:
    """The tuning set; `generated` caps the generated sentences taken (None: all)."""
    items = _rows(EVAL / "pii_sample.jsonl", "pii_sample")
    items += _rows(PII / "generated_tuning.jsonl", "generated", generated)
    for extra in sorted(PII.glob("tuning_*.jsonl")):
        items += _rows(extra, extra.stem)
    return items


def heldout(generated: int | None = None) -> list[Labelled]:
    """The held-out set; `generated` caps the generated sentences taken (None: all)."""
    items = _rows(PII / "generated_heldout.jsonl", "generated", generated)
    items += _rows(INDOMAIN, "in-domain")
    return items + _record_summaries()


def heldout2() -> list[Labelled]:
    """The second held-out set: hand-written in-domain texts written on 2026-12-06."""
    return _rows(INDOMAIN2, "in-domain 2")
