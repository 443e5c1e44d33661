"""The chat's text: how stored uploads, passages, answers' footers, chart rows and history
notes read. Pure functions of what the services return, with no Chainlit and no services
call, so the wording is tested directly and shared by the chat and its history view."""

from __future__ import annotations

from typing import Any

from core.access import Level


def upload_message(report: dict[str, Any]) -> str:
    """What the chat shows after an upload: what was stored and what was removed, by type."""
    ingested, unchanged = report["ingested"], report["unchanged"]
    lines = [
        f"**Stored {ingested} document(s)**"
        + (f", {unchanged} unchanged" if unchanged else "")
        + "."
    ]
    removed = report.get("removed") or {}
    if removed:
        lines.append(
            "Removed before storage: "
            + ", ".join(f"{n} × {t.replace('_', ' ').lower()}" for t, n in sorted(removed.items()))
        )
    elif ingested:
        lines.append("No personal data was found to remove.")
    lines += [f"⚠️ {f['error']}" for f in report["failed"]]
    return "\n\n".join(lines)


WITHDRAWN_CARD = (
    "**Withdrawn source**\n\nThis source has been withdrawn, or is no longer available to you."
)
LABELS = {
    "extractive": "quoted from the sources",
    "generative": "generated, citations checked",
    "no_evidence": "no evidence found",
    "refused": "refused",
    "stats": "computed from the facts you may see",
    "risk": "risk from visible evidence",
    "not_mentioned": "not in the sources; closest passages quoted",
    "links": "links among the reports you can see; the identifiers are never shown",
}


def card(found: dict[str, Any]) -> str:
    """The side panel of one visible passage (`documents.passage`): where it comes from, then
    the redacted text."""
    level = Level(int(found.get("level", 0))).name.lower()
    year = found.get("year") or "undated"
    return (
        f"**{found.get('title') or found['source_ref']}**\n\n"
        f"{found.get('org', '')} · {str(found.get('kind', '')).replace('_', ' ')} · {level} · "
        f"{year}\n\nSource: `{found['source_ref']}`\n\n---\n\n{found['text']}"
    )


def footer(sources: list[str], mode: str) -> str:
    """The line under an answer: its source names, then how it was made."""
    lines = [f"Sources: {', '.join(sources)}"] if sources else []
    lines.append(f"*{LABELS.get(mode, mode)}*")
    return "\n\n".join(lines)


def action_label(verb: str, title: str, org: str, width: int = 64) -> str:
    """A button's text for a report an answer offers to follow, on one line: a long title (a
    note's opening) cut at a word ("Linked: Retired customer <PERSON_1> transferred £84,000 to
    a crypto…  (Meridian Bank)"); the organisation always shows."""
    if len(title) > width:
        cut = title[:width].rsplit(" ", 1)[0] if " " in title[:width] else title[:width]
        title = cut.rstrip(" ,;:.…") + "…"
    return f"{verb}: {title} ({org})"


def chart_rows(figures: dict[str, Any]) -> tuple[str, list[tuple[str, int]]]:
    """(title, [(label, documents)]) for the figures of a stats answer, or ("", [])."""
    if figures.get("routes"):
        return "routes (origin → destination)", [
            (r.get("route") or f"{r['origin']} → {r['destination']}", r["documents"])
            for r in figures["routes"]
        ]
    if figures.get("countries"):
        return "hotspots", [
            (r.get("name", r.get("country", "?")), r["documents"]) for r in figures["countries"]
        ]
    if figures.get("rows"):
        keys = [k for k in figures["rows"][0] if k != "documents"]
        return ", ".join(keys), [
            (" / ".join(str(r[k]) for k in keys), r["documents"]) for r in figures["rows"]
        ]
    if figures.get("by_year"):
        return "reports per year", [(str(r["year"]), r["documents"]) for r in figures["by_year"]]
    return "", []


def upload_note(files: int, report: dict[str, Any]) -> str:
    """What an upload did, for the history: counts only, never a file's name or content."""
    removed = sum((report.get("removed") or {}).values())
    parts = [f"{report['ingested']} stored"]
    if report.get("unchanged"):
        parts.append(f"{report['unchanged']} unchanged")
    if report.get("failed"):
        parts.append(f"{len(report['failed'])} not read")
    return (
        f"{files} file(s) uploaded: {', '.join(parts)}; {removed} item(s) of personal data "
        "removed before storage."
    )


def risk_note(files: int, suppliers: int) -> str:
    """A supplier risk report, for the history: it is offered as files and not kept."""
    return (
        f"Supplier risk report for {suppliers} supplier(s) from {files} uploaded CSV file(s) "
        "(the report and the upload are not kept in the history)."
    )
