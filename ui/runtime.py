"""What the chat UI does, kept apart from Chainlit's callbacks so it can be tested directly.

Every function takes the acting user's name and resolves the Principal from the database on
each call, so a user disabled mid-session is refused at their next message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from core.access import Level, Principal
from core.directory import authenticate, principal_for
from core.errors import LensError
from core.settings import load_settings
from lens.app import Lens, offline_environment

log = logging.getLogger("lens.ui")

PROFILES = {
    "Analyst Q&A": {
        "description": "Ask about patterns, places, sectors and methods. Every answer cites "
        "the passages it comes from.",
        "starters": [
            "Which recruitment methods are reported for Vietnamese workers in UK nail bars?",
            "How are fishing crews on Thai trawlers kept from leaving?",
            "What financial red flags point to one person housing many exploited workers?",
            "How many forced labour reports mention Qatar since 2020?",
        ],
    },
    "Supplier risk": {
        "description": "Ask about a supplier or a sourcing region, or upload a CSV of "
        "suppliers (columns name, country, region, sector).",
        "starters": [
            "What is the risk for a garment supplier in Dhaka?",
            "What is the risk for a seafood processor in Samut Sakhon, Thailand?",
        ],
    },
    "Briefing": {
        "description": "A briefing with figures, trends, hotspots, routes and cited incidents.",
        "starters": [
            "Briefing on Vietnam since 2020",
            "Briefing on forced labour in construction",
        ],
    },
}


@cache
def lens() -> Lens:
    """The one composition root of this UI process (settings from LENS_* variables)."""
    import os

    offline_environment()
    from lens.logs import setup_logging

    settings = load_settings(os.environ.get("LENS_CONFIG") or None)
    setup_logging(settings)
    hub = Lens(settings)
    hub.require_schema()
    return hub


def warm_up() -> None:
    """Load the heavy parts before the first user waits for them."""
    hub = lens()
    hub.embedder.embed(["warm up"])
    hub.redactor.redact("warm up")
    if hub.settings.answer.mode == "auto" and hub.gate.rate() is None:
        # first start with this model: measure it in the background (auto quotes meanwhile)
        import threading

        threading.Thread(
            target=_first_check, args=(hub,), name="lens-llm-check", daemon=True
        ).start()


def _first_check(hub: Lens) -> None:
    try:
        hub.gate.check_if_unrecorded(lambda: hub.llm, hub.answerer.checker)
    except Exception:  # a model that cannot load leaves auto mode quoting; the log says why
        log.exception("the first llm check failed")


def login(name: str, password: str) -> Principal | None:
    """The Principal for valid credentials of an active user; failures are audited."""
    from core import audit

    hub = lens()
    with hub.db.session() as s:
        p = authenticate(s, name, password)
    audit.record(hub.db, user=name[:200], action="login", outcome="ok" if p else "refused")
    return p


def principal(name: str) -> Principal:
    """The current Principal of a logged-in user (refused, and audited, if disabled since
    login)."""
    from core import audit
    from core.errors import AccessDenied

    hub = lens()
    try:
        with hub.db.session() as s:
            return principal_for(s, name)
    except AccessDenied as exc:
        audit.record(hub.db, user=name[:200], action="refused", outcome=str(exc)[:200])
        raise


def share_levels(p: Principal) -> list[str]:
    """Levels a user may share at: up to their clearance."""
    return [lv.name.lower() for lv in Level if lv <= p.clearance]


@dataclass
class UploadReport:
    """What the chat shows after an upload."""

    ingested: int = 0
    unchanged: int = 0
    removed: dict[str, int] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        """A short report: what was stored and what was removed, by type."""
        lines = [
            f"**Stored {self.ingested} document(s)**"
            + (f", {self.unchanged} unchanged" if self.unchanged else "")
            + "."
        ]
        if self.removed:
            lines.append(
                "Removed before storage: "
                + ", ".join(
                    f"{n} × {t.replace('_', ' ').lower()}" for t, n in sorted(self.removed.items())
                )
            )
        elif self.ingested:
            lines.append("No personal data was found to remove.")
        lines += [f"⚠️ {f}" for f in self.failed]
        return "\n\n".join(lines)


def ingest_upload(
    user: str, files: list[tuple[str, Path]], level: str, org_only: bool
) -> UploadReport:
    """Ingest uploaded files (display name, temporary path) at a level up to the clearance.

    The temporary copy Chainlit wrote is deleted as soon as it has been read.
    """
    from core.access import parse_level
    from ingest.loaders import load_file
    from ingest.model import LoadError, RecordOptions

    hub = lens()
    p = principal(user)
    lvl = parse_level(level)
    report = UploadReport()
    docs = []
    max_bytes = int(hub.settings.ingest.max_file_mb * 1024 * 1024)
    for name, path in files:
        try:
            loaded = load_file(path, RecordOptions(), max_bytes)
            for d in loaded:
                d.source_ref = (
                    name if d.source_ref == path.name else d.source_ref.replace(path.name, name, 1)
                )
                d.path = Path(name)
            docs.extend(loaded)
        except LoadError as exc:
            report.failed.append(f"{name}: {exc.reason}.")
        finally:
            path.unlink(missing_ok=True)
    if docs:
        result = hub.pipeline.ingest_documents(p, docs, level=lvl, org_only=org_only)
        report.ingested, report.unchanged = result.ingested, result.unchanged
        report.removed = dict(result.removed)
        report.failed += [f["error"] for f in result.failed]
    return report


def source_card(c: dict[str, Any]) -> str:
    """The side panel of one citation: the redacted passage and where it comes from."""
    hub = lens()
    from core.records import Chunk

    with hub.db.session() as s:
        chunk = s.get(Chunk, c["chunk_id"])
    text = chunk.text if chunk is not None else c["quote"]
    level = Level(int(c.get("level", 0))).name.lower()
    year = c.get("year") or "undated"
    return (
        f"**{c.get('title') or c['source_ref']}**\n\n"
        f"{c.get('org', '')} · {str(c.get('kind', '')).replace('_', ' ')} · {level} · {year}"
        f"\n\nSource: `{c['source_ref']}`\n\n---\n\n{text}"
    )


def friendly(exc: Exception) -> str:
    """One sentence for the user."""
    if isinstance(exc, LensError):
        return str(exc)
    log.exception("unexpected error in the UI")
    return "Something went wrong on the server; the error was logged."


def respond(
    user: str, text: str, history: list[str], profile: str
) -> tuple[dict[str, Any], list[Any]]:
    """The reply to one chat message: figures, risk, a briefing, or a cited answer.

    Returns the answer dict (the `lens ask --json` shape) and Chainlit elements (charts).
    """
    from assistant.router import route_question

    hub = lens()
    p = principal(user)
    if profile == "Briefing":
        return briefing_reply(p, text), []
    out = route_question(hub, text, p, history, mode="extractive")
    return out, charts(out)


def try_generation() -> bool:
    """Whether to try a generated answer after the quoted one: generative mode, or auto mode
    once the model's recorded `lens llm check` pass rate clears the threshold."""
    return lens().answerer.may_generate()


def generate_checked(user: str, shown: dict[str, Any]) -> dict[str, Any] | None:
    """A generated answer over the same question, only if every citation checks out."""
    hub = lens()
    p = principal(user)
    found = hub.answerer.retrieve(shown["question"], p)
    if found.mode != "retrieved" or found.not_mentioned:
        return None
    answer = hub.answerer.generate(found, p)
    if not answer.grounded:
        return None
    return {**answer.as_dict(), "audit_id": hub.answerer.audit(p, answer)}


def remember_answer(layer: Any, message_id: str, user: str, result: dict[str, Any]) -> None:
    """Link a shown answer to its audit record, for feedback on it.

    The answer carries its own audit id; the user's latest question is only a fallback (two
    sessions of one user would otherwise swap their feedback).
    """
    if layer is None:
        return
    if result.get("audit_id"):
        layer.remember(message_id, user, int(result["audit_id"]))
        return
    from sqlmodel import select

    from core.records import AuditEvent

    with lens().db.session() as s:
        last = s.exec(
            select(AuditEvent)
            .where(AuditEvent.user_name == user)
            .where(AuditEvent.action == "ask")
            .order_by(AuditEvent.id.desc())
        ).first()  # type: ignore[union-attr]
    layer.remember(message_id, user, int(last.id) if last and last.id else 0)


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


def charts(out: dict[str, Any]) -> list[Any]:
    """A plotly bar chart beside count, trend, hotspot and route figures."""
    title, rows = chart_rows(out.get("figures") or {})
    if not rows or out.get("mode") != "stats":
        return []
    import chainlit as cl
    import plotly.graph_objects as go

    rows = rows[:20]
    fig = go.Figure(go.Bar(x=[r[0] for r in rows], y=[r[1] for r in rows], marker_color="#b33951"))
    fig.update_layout(
        title=title,
        yaxis_title="documents",
        height=360,
        margin={"l": 40, "r": 10, "t": 40, "b": 80},
    )
    return [cl.Plotly(name="chart", figure=fig, display="inline")]


def briefing_reply(p: Principal, text: str) -> dict[str, Any]:
    """A briefing from a free-text request ("Briefing on Vietnam since 2020").

    Country, trafficking type, sector and period are read from the request the same way chat
    figures are; what remains is the topic.
    """
    from assistant.briefing import BriefingBuilder, to_markdown
    from assistant.intents import match_facets, places_in, years_in
    from retrieval.filters import SearchFilters

    hub = lens()
    places = places_in(text)
    facets = match_facets(text)
    year_from, year_to = years_in(text)
    filters = SearchFilters(
        country=places[0].code if places else None,
        type=(facets.get("type") or [None])[0],
        sector=(facets.get("sector") or [None])[0],
        year_from=year_from,
        year_to=year_to,
    )
    topic = text.strip().removeprefix("Briefing on").removeprefix("briefing on").strip() or None
    b = BriefingBuilder(hub.db, hub.retriever, hub.embedder).build(p, topic=topic, filters=filters)
    from core import audit

    audit.record(
        hub.db, user=p.user_name, action="brief", doc_ids=sorted({c["doc_id"] for c in b.citations})
    )
    cites = [{**c, "n": c.get("n", i + 1)} for i, c in enumerate(b.citations)]
    return {
        "answer": to_markdown(b),
        "grounded": True,
        "citations": cites,
        "mode": "briefing",
        "question": text,
        "figures": b.figures,
    }


def risk_from_csv(user: str, name: str, path: Path) -> dict[str, str]:
    """A supplier risk report from an uploaded CSV: Markdown for the chat, files to download."""
    from assistant.risk import RiskAssessor
    from assistant.risk_report import read_suppliers, to_csv, to_markdown

    hub = lens()
    p = principal(user)
    try:
        suppliers = read_suppliers(path)
    finally:
        path.unlink(missing_ok=True)
    rows = RiskAssessor(hub.db, hub.retriever, hub.embedder).assess(p, suppliers)
    md = to_markdown(rows, p)
    stem = Path(name).stem
    return {
        "markdown": md,
        "md": md,
        "csv": to_csv(rows),
        "md_name": f"{stem}-risk.md",
        "csv_name": f"{stem}-risk.csv",
    }
