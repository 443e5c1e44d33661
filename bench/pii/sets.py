"""The tuning and held-out redaction sets (see demo/eval/pii/README.md).

Tuning: demo/eval/pii_sample.jsonl, the tuning-template generated sentences, and any
demo/eval/pii/tuning_*.jsonl a tuner adds. Held-out: the held-out-template generated sentences,
the hand-written in-domain texts, and the summaries of the court-case records. Held-out 2: the
hand-written in-domain texts of heldout2_indomain.jsonl (2026-12-06). Held-out 3: those of
heldout3_indomain.jsonl (2026-12-06, written later that day by an author who had not read the
redactor, its tests or the other held-out texts). Held-out 4: those of heldout4_indomain.jsonl
(2026-12-06, 128 texts by a third author who had read neither the redactor nor any other set).
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
INDOMAIN3 = PII / "heldout3_indomain.jsonl"
INDOMAIN4 = PII / "heldout4_indomain.jsonl"
TUNING_RECORDS_CSV = PII / "records_tuning.csv"
TUNING_RECORDS_LABELS = PII / "records_tuning.labels.jsonl"


def record_files(tuning: bool = False) -> list[Path]:
    """The court-record CSVs: held-out, or every records_tuning*.csv if tuning."""
    return sorted(PII.glob("records_tuning*.csv")) if tuning else [RECORDS_CSV]


def jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _rows(path: Path, part: str, limit: int | None = None) -> list[Labelled]:
    rows = jsonl(path)
    return [Labelled.from_row(r, part) for r in (rows if limit is None else rows[:limit])]


def records(tuning: bool = False) -> list[tuple[dict, dict]]:
    """(CSV row, its labels) for each court-case record: held-out, or tuning if asked."""
    out = []
    for path in record_files(tuning):
        labels_path = path.with_suffix(".labels.jsonl")
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        labels = jsonl(labels_path)
        if len(rows) != len(labels):
            raise SystemExit(f"{path.name} and {labels_path.name} differ in length")
        out += list(zip(rows, labels, strict=True))
    return out


def tuning_texts() -> list[dict]:
    """The tuning set's labelled JSONL rows (sample, generated, tuning_*), uncapped."""
    rows = jsonl(EVAL / "pii_sample.jsonl") + jsonl(PII / "generated_tuning.jsonl")
    for extra in sorted(PII.glob("tuning_*.jsonl")):
        rows += jsonl(extra)
    return rows


def _record_summaries(tuning: bool = False) -> list[Labelled]:
    """Each record's summary with the labels whose value occurs in it."""
    out = []
    for row, labels in records(tuning):
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
    return items + _record_summaries(tuning=True)


def tuning_file(stem: str) -> list[Labelled]:
    """One tuning file alone (demo/eval/pii/<stem>.jsonl): a quick progress check on it."""
    if not stem.startswith("tuning_"):
        raise SystemExit(f"{stem}: only tuning_*.jsonl files can be scored alone")
    return _rows(PII / f"{stem}.jsonl", stem)


def heldout(generated: int | None = None) -> list[Labelled]:
    """The held-out set; `generated` caps the generated sentences taken (None: all)."""
    items = _rows(PII / "generated_heldout.jsonl", "generated", generated)
    items += _rows(INDOMAIN, "in-domain")
    return items + _record_summaries()


def heldout2() -> list[Labelled]:
    """The second held-out set: hand-written in-domain texts written on 2026-12-06."""
    return _rows(INDOMAIN2, "in-domain 2")


def heldout3() -> list[Labelled]:
    """The third held-out set: hand-written in-domain texts, scored alone (2026-12-06)."""
    return _rows(INDOMAIN3, "in-domain 3")


def heldout4() -> list[Labelled]:
    """The fourth held-out set: 128 hand-written in-domain texts, scored alone (2026-12-06)."""
    return _rows(INDOMAIN4, "in-domain 4")
