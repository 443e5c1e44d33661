"""Enrichment benchmark: micro precision/recall/F1 per facet, and speed.

Usage: .venv/bin/python bench/enrichment.py [--errors]

Reads demo/eval/enrichment_sample.jsonl (hand-labelled, redacted-style texts written before the
rules were tuned) and, when present, demo/eval/enrichment.jsonl (labels over the demo corpus).
Sample lines hold "text" (plus optional "meta" and "doc_date"); demo lines hold a "source_ref"
instead: a file basename under demo/docs/ (txt, md, html, pdf, docx) or "incidents.csv#INC-0042"
/ "bank_flags.jsonl#BF-0007", whose columns become meta hints and doc_date. Demo documents are
read raw, NOT redacted, so person names are still in them; scores there are indicative.
Both carry gold lists for countries, origin, destination, types, sectors, means and years.

Labelling guide used for the sample: countries = every country named, implied by a demonym
(not a language) or by a city; origin = where the affected people come from; destination = where
they are (or were being taken to be) exploited; transit stops are in neither; types, sectors and
means = what the text says happened, not what it says did not; years = years named as years,
plus the doc_date year.
"""

from __future__ import annotations

import csv
import html
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import record  # noqa: E402
from ingest.enrich import extract_facts  # noqa: E402

FACETS = ("countries", "origin", "destination", "types", "sectors", "means", "years")
SOURCES = (ROOT / "demo/eval/enrichment_sample.jsonl", ROOT / "demo/eval/enrichment.jsonl")


def load(path: Path) -> list[dict]:
    """Gold records from one JSONL file, with text/meta/doc_date resolved for demo refs."""
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    out = []
    for rec in records:
        if "text" not in rec:
            resolved = demo_source(rec["source_ref"])
            if resolved is None:
                print(f"  {rec['source_ref']}: source not found, skipped")
                continue
            rec = {**rec, **resolved}
        out.append(rec)
    return out


def demo_source(ref: str) -> dict | None:
    """Text, meta and doc_date of one demo source_ref (a file or a record)."""
    records = ROOT / "demo/records"
    if "#" in ref:
        name, rid = ref.split("#", 1)
        if name == "incidents.csv":
            with (records / name).open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row["incident_id"] == rid:
                        meta = {k: row[k] for k in ("country", "city", "sector") if row[k]}
                        return {"text": row["summary"], "meta": meta, "doc_date": row["date"]}
        if name == "bank_flags.jsonl":
            for line in (records / name).read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if row["flag_id"] == rid:
                    meta = {"country": row["country"], "typology": row["typology"]}
                    return {"text": row["narrative"], "meta": meta, "doc_date": row["date"]}
        return None
    found = sorted((ROOT / "demo/docs").rglob(ref))
    return {"text": read_text(found[0])} if found else None


def read_text(path: Path) -> str:
    """Plain text of a demo file; PDFs and DOCX via the ingest dependencies."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if path.suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.suffix in (".html", ".htm"):
        text = re.sub(r"(?is)<(script|style).*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def score(records: list[dict], show_errors: bool = False) -> tuple[dict, float]:
    """Micro counts per facet and mean milliseconds per document."""
    counts = {f: [0, 0, 0] for f in FACETS}  # tp, fp, fn
    elapsed = 0.0
    for i, rec in enumerate(records):
        started = time.perf_counter()
        facts = extract_facts(rec["text"], meta=rec.get("meta"), doc_date=rec.get("doc_date"))
        elapsed += time.perf_counter() - started
        for facet in FACETS:
            gold = {str(v) for v in rec.get(facet, [])}
            got = {str(v) for v in getattr(facts, facet)}
            counts[facet][0] += len(gold & got)
            counts[facet][1] += len(got - gold)
            counts[facet][2] += len(gold - got)
            if show_errors and gold != got:
                print(f"#{i} {facet}: +{sorted(got - gold)} -{sorted(gold - got)}")
    return counts, 1000 * elapsed / max(1, len(records))


def table(name: str, counts: dict, ms: float, n: int, kb: float) -> str:
    """A plain-text table of P/R/F1 per facet."""
    lines = [
        f"{name}: {n} docs, {kb:.1f} KB, {ms:.2f} ms/doc",
        f"{'facet':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    total = [0, 0, 0]
    for facet in FACETS:
        tp, fp, fn = counts[facet]
        total = [a + b for a, b in zip(total, (tp, fp, fn), strict=True)]
        lines.append(_row(facet, tp, fp, fn))
    lines.append(_row("ALL", *total))
    return "\n".join(lines)


def _row(name: str, tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{name:<12}{p:>7.3f}{r:>7.3f}{f:>7.3f}{tp:>6}{fp:>6}{fn:>6}"


def main() -> None:
    """Score every available labelled file and print one table each."""
    show_errors = "--errors" in sys.argv
    extract_facts("warm-up: gazetteer and patterns are built on first use in London.")
    for path in SOURCES:
        if not path.exists():
            print(f"{path.relative_to(ROOT)}: not present, skipped\n")
            continue
        records = load(path)
        kb = sum(len(r["text"].encode()) for r in records) / 1024
        counts, ms = score(records, show_errors)
        print(table(str(path.relative_to(ROOT)), counts, ms, len(records), kb), "\n")
        tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
        micro_f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        record(f"micro-F1, all facets ({path.name}, {len(records)} docs)", micro_f1)
        record(f"speed ({path.name})", ms, unit="ms/doc")


if __name__ == "__main__":
    main()
