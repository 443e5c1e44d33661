"""Supplier lists in, risk reports out: CSV reading and the JSON, Markdown and CSV renderings."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from assistant.citations import display_quote
from assistant.risk import METHOD
from core.access import Principal
from core.errors import LensError

REQUIRED = ("name", "country", "sector")
KNOWN = ("name", "country", "region", "sector")
BASIS = {
    "name": "; names the supplier",
    "country_sector": "",
    "country": "; context only: no visible report on this sector in this country",
}


def read_suppliers(path: Path) -> list[dict[str, str]]:
    """Rows of a supplier CSV file (name, country, sector required; region and extras kept)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LensError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    return parse_suppliers(raw, str(path))


def parse_suppliers(raw: bytes, path: str) -> list[dict[str, str]]:
    """Rows of a supplier CSV's bytes; errors name the file as `path` (a display name for an
    upload)."""
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = raw.decode("cp1252", errors="replace")
    if not content.strip():
        raise LensError(f"{path} is empty: give a CSV with columns name, country, sector.")
    try:
        rows = _rows(content, path)
    except csv.Error as exc:
        # A stray carriage return or quote inside a field: say so, naming the file.
        raise LensError(f"{path} is not a readable CSV ({exc}).", exit_code=2) from None
    if not rows:
        raise LensError(f"{path} has a header but no suppliers.")
    return rows


def _rows(content: str, path: str) -> list[dict[str, str]]:
    """The supplier rows of a CSV's text; lines end at \n, \r\n or a lone \r (old Mac
    exports): the StringIO's newline="" is what csv expects of a file."""
    reader = csv.DictReader(io.StringIO(content, newline=""))
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise LensError(
            f"{path} has no {', '.join(missing)} column: the header must include "
            f"{', '.join(REQUIRED)} (region optional).",
            exit_code=2,
        )
    rows = []
    for line, row in enumerate(reader, start=2):
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k}
        if not any(clean.values()):
            continue
        if not clean.get("name"):
            raise LensError(f"{path} line {line}: the supplier has no name.", exit_code=2)
        rows.append(clean)
    return rows


def supplier_rows(items: list[Any]) -> list[dict[str, str]]:
    """Suppliers given as data (an API body) checked like CSV rows: each an object with a
    name; values are kept as text."""
    if not isinstance(items, list) or not items:
        raise LensError("Give at least one supplier.", exit_code=2)
    rows = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise LensError(f"Supplier {n} is not an object.", exit_code=2)
        clean = {
            str(k).strip().lower(): "" if v is None else str(v).strip() for k, v in item.items()
        }
        if not clean.get("name"):
            raise LensError(f"Supplier {n} has no name.", exit_code=2)
        rows.append(clean)
    return rows


@dataclass
class RiskReport:
    """One assessment run: the rows of `lens risk --json` and its Markdown and CSV forms."""

    suppliers: list[dict[str, Any]]
    principal: Principal
    written: str | None = None  # where `--out` wrote a copy

    def as_dict(self) -> dict[str, Any]:
        """The `lens risk --json` document."""
        data = as_json(self.suppliers, self.principal)
        if self.written is not None:
            data["written"] = self.written
        return data

    def markdown(self) -> str:
        """The analyst-facing report."""
        return to_markdown(self.suppliers, self.principal)

    def csv(self) -> str:
        """One row per supplier."""
        return to_csv(self.suppliers)


def as_json(results: list[dict[str, Any]], principal: Principal) -> dict[str, Any]:
    """The `lens risk --json` document."""
    return {
        "suppliers": results,
        "method": METHOD,
        "assessed_as": {"user": principal.user_name, "clearance": int(principal.clearance)},
        "date": date.today().isoformat(),
    }


def _trend_text(trend: dict[str, Any]) -> str:
    r, p = trend["recent"], trend["previous"]
    return (
        f"{trend['label']} ({r['documents']} in {r['years'][0]}–{r['years'][1]} vs "
        f"{p['documents']} in {p['years'][0]}–{p['years'][1]})"
    )


def to_markdown(results: list[dict[str, Any]], principal: Principal) -> str:
    """An analyst-facing report: summary table, method, then each supplier with citations."""
    out = [
        "# Supplier risk assessment",
        "",
        f"Prepared {date.today().isoformat()} by Traffik Lens for {principal.user_name} "
        f"({principal.org_name}, clearance {int(principal.clearance)}). Figures and quotes come "
        "only from reports visible at that clearance; colleagues with other access may see "
        "different evidence.",
        "",
        "| Supplier | Country | Region | Sector | Risk | Score | Trend | Named in reports |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        out.append(
            f"| {r['name']} | {r['country_name']} | {r['region'] or '–'} | "
            f"{(r['sector'] or r['sector_input'] or '–').replace('_', ' ')} | **{r['risk']}** | "
            f"{r['score']} | {r['trend']['label']} | {'yes' if r['name_mentioned'] else 'no'} |"
        )
    out += ["", "## How the score is worked out", "", METHOD, ""]
    for r in results:
        out += [f"## {r['name']} — {r['risk']} ({r['score']}/100)", "", r["explanation"], ""]
        d = r["documents"]
        out.append(
            f"- Reports on {r['country_name']} × {(r['sector'] or 'any sector').replace('_', ' ')}"
            f": {d['country_sector']}; on {r['country_name']} in any sector: {d['country']}; "
            f"naming {r['region'] or 'the region'}: {d['region']}; "
            f"naming the supplier: {d['name']}."
        )
        out.append(f"- Trend: {_trend_text(r['trend'])}.")
        parts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in r["score_parts"].items())
        out.append(f"- Score parts: {parts}.")
        if r["indicators"]:
            out.append(
                "- Indicators: "
                + "; ".join(
                    f"{i['indicator'].replace('_', ' ')} ({i['documents']} report"
                    f"{'s' if i['documents'] != 1 else ''})"
                    for i in r["indicators"]
                )
                + "."
            )
        for issue in r["issues"]:
            out.append(f"- Note: {issue}.")
        if r["evidence"]:
            out += ["", "Evidence:", ""]
            out += [
                f"> “{display_quote(e['quote'])}” [{e['n']}] — {e['source_ref']} ({e['org']}, "
                f"{e['kind']}, {e['year'] or 'undated'}){BASIS[e['basis']]}\n"
                for e in r["evidence"]
            ]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_csv(results: list[dict[str, Any]]) -> str:
    """One row per supplier: the input columns, then the assessment."""
    extras = list(dict.fromkeys(k for r in results for k in r["extra"]))
    columns = [*KNOWN, *extras, "country_code", "sector_key", "risk", "score", "trend"]
    columns += ["indicators", "name_mentioned", "reports_country_sector", "evidence", "issues"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for r in results:
        writer.writerow(
            {
                "name": r["name"],
                "country": r["country_name"],
                "region": r["region"],
                "sector": r["sector_input"],
                **{k: r["extra"].get(k, "") for k in extras},
                "country_code": r["country"] or "",
                "sector_key": r["sector"] or "",
                "risk": r["risk"],
                "score": r["score"],
                "trend": r["trend"]["label"],
                "indicators": "; ".join(i["indicator"] for i in r["indicators"]),
                "name_mentioned": "yes" if r["name_mentioned"] else "no",
                "reports_country_sector": r["documents"]["country_sector"],
                "evidence": "; ".join(f"{e['source_ref']}#{e['chunk_id']}" for e in r["evidence"]),
                "issues": "; ".join(r["issues"]),
            }
        )
    return buf.getvalue()
