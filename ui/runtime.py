"""The chat UI's side of each Chainlit callback, kept apart from Chainlit so it can be tested
directly. It holds no domain logic: each function resolves the acting user and calls one
service (lens.services), then shapes the result for the chat (Markdown, charts, side panels).

Every function takes the acting user's name and resolves the Principal from the database on
each call, so a user disabled mid-session is refused at their next message.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from core.access import Principal
from core.errors import LensError, NotFound
from core.settings import load_settings
from lens.app import Lens, offline_environment
from lens.services import Services, Upload
from ui.formatting import WITHDRAWN_CARD, card, chart_rows

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
    "Triage": {
        "description": "Moderators: the queue of anonymous tips from the public (already "
        "redacted). Type `list`, `show TIP`, `ask TIP: question`, `accept TIP member` or "
        "`reject TIP: reason`.",
        "starters": ["list", "list all"],
        "moderators": True,
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


def services() -> Services:
    """The hub's actions, as every face calls them."""
    return lens().services


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
    """The Principal for valid credentials of an active user; every attempt is audited."""
    return services().users.login(name, password)


def principal(name: str) -> Principal:
    """The current Principal of a logged-in user (refused, and audited, if disabled since
    login)."""
    return services().users.principal(name)


def is_moderator(name: str) -> bool:
    """Whether a user works the tip queue (the Triage profile is shown to them only)."""
    return services().tips.is_moderator(principal(name))


def share_levels(p: Principal) -> list[str]:
    """Levels a user may share at: up to their clearance."""
    return services().users.share_levels(p)


def ingest_upload(
    user: str, files: list[tuple[str, Path]], level: str, org_only: bool
) -> dict[str, Any]:
    """Store uploaded files (display name, temporary path) at a level up to the clearance;
    the `lens ingest --json` report. Chainlit's temporary copies are deleted once read."""
    uploads = [Upload(name, path) for name, path in files]
    try:
        p = principal(user)
    except LensError:
        for u in uploads:
            u.discard()
        raise
    return services().documents.upload(p, uploads, level=level, org_only=org_only)


def source_card(user: str, c: dict[str, Any]) -> str:
    """The side panel of one citation, re-checked against the user's access now: the passage
    and where it comes from, or, for a source withdrawn or hidden since, only that it was
    withdrawn (no title, no text). Under it, "Also appears in" (`source_side`)."""
    return source_side(user, c)[0]


def source_side(user: str, c: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """The side panel of one citation (`source_card`) and the other reports the user can
    see that share one of its removed values (`{"doc_id","title","org","kind"}`), for the
    answer's "follow" actions."""
    try:
        p = principal(user)
        found = services().documents.passage(p, c["chunk_id"])
    except NotFound:
        return WITHDRAWN_CARD, []
    text, linked = also_appears(p, c["chunk_id"])
    return card(found) + text, linked


def also_appears(p: Principal, chunk_id: str) -> tuple[str, list[dict[str, Any]]]:
    """ "Also appears in" under a passage (issue 17): for each removed value of the passage
    that other reports the user can see also hold, the sentence of `LinkService.passage` and
    a line per linked report, with the question that follows it; and those reports. The value
    is never shown."""
    try:
        found = services().links.passage(p, chunk_id)
    except LensError:  # the passage gone since: the card stands alone
        return "", []
    blocks = []
    linked: dict[str, dict[str, Any]] = {}
    for m in found["mentions"]:
        if not m["count"]:
            continue
        lines = [f"**{m['text']}**", ""]
        for d in m["documents"]:
            linked.setdefault(d["doc_id"], d)
            lines.append(
                f"- {d.get('title') or d['doc_id']} ({d['org']}, "
                f"{str(d['kind']).replace('_', ' ')}): ask *which reports are connected to "
                f"{d['doc_id']}?*"
            )
        blocks.append("\n".join(lines))
    if not blocks:
        return "", []
    return "\n\n---\n\n### Also appears in\n\n" + "\n\n".join(blocks), list(linked.values())


def follow_question(doc_id: str) -> str:
    """The chat question a "follow" action asks about a linked report."""
    return f"which reports are connected to {doc_id}?"


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
    p = principal(user)
    from assistant.briefing import is_briefing_request
    from ui.map_element import briefing_images, map_elements, network_elements

    if profile == "Briefing" or is_briefing_request(text):  # "Brief me on Malaysia"
        brief = briefing_reply(p, text)
        return brief, briefing_images(brief)
    if profile == "Triage":
        from ui import triage

        return triage.reply(services(), p, text), []
    from lens.services.links import is_links_question

    if is_links_question(text):  # "which reports are connected to this one?" (issue 17)
        out = services().links.chat(p, text, history)
        return out, network_elements(out)
    named = services().links.chat_named(p, text)  # "...connected to Operation Kestrel?"
    if named is not None:  # None: no report the user may see names it; answered as now
        return named, network_elements(named)
    out = services().questions.ask(p, text, history=history, mode="extractive")

    maps = map_elements(out)  # a map question gets the map alone, not a bar chart as well
    return out, (charts(out) if out.get("intent") != "map" else []) + maps


def try_generation() -> bool:
    """Whether to try a generated answer after the quoted one: generative mode, or auto mode
    once the model's recorded `lens llm check` pass rate clears the threshold."""
    return lens().answerer.may_generate()


def generate_checked(user: str, shown: dict[str, Any]) -> dict[str, Any] | None:
    """A generated answer over the same question, only if every citation checks out."""
    return services().questions.follow_up(principal(user), shown["question"])


def remember_answer(layer: Any, message_id: str, user: str, result: dict[str, Any]) -> None:
    """Link a shown answer to its own audit record, for feedback on it (every answer and
    briefing carries its audit id; two sessions of one user never swap their feedback)."""
    if layer is not None:
        layer.remember(message_id, user, int(result.get("audit_id") or 0))


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
    """A briefing from a free-text request ("Briefing on Vietnam since 2020"), as a chat
    answer: the same briefing, audit row and writer as `lens brief`."""
    report = services().reports.brief_request(p, text)
    b = report.briefing
    cites = [{**c, "n": c.get("n", i + 1)} for i, c in enumerate(b.citations)]
    return {
        "answer": report.markdown(),
        "grounded": True,
        "citations": cites,
        "mode": "briefing",
        "question": text,
        "figures": b.figures,
        "scope": b.scope,
        "audit_id": report.audit_id,
    }


def risk_from_csv(user: str, name: str, path: Path) -> dict[str, str]:
    """A supplier risk report from an uploaded CSV (the `lens risk` assessment, audited the
    same way): Markdown for the chat, files to download. The temporary copy is deleted once
    read."""
    upload = Upload(name, path)
    try:
        p = principal(user)
    except LensError:
        upload.discard()
        raise
    report = services().reports.risk_upload(p, upload)
    md = report.markdown()
    stem = Path(name).stem
    return {
        "markdown": md,
        "md": md,
        "suppliers": str(len(report.suppliers)),
        "csv": report.csv(),
        "md_name": f"{stem}-risk.md",
        "csv_name": f"{stem}-risk.csv",
    }


# History: each user's own conversations (lens.services.history) ------------------------------
def record_question(
    user: str,
    thread_id: str,
    step_id: str,
    text: str,
    at: datetime | None = None,
    metadata: dict[str, Any] | None = None,
) -> None:
    """Keep a question in the user's conversation (the service redacts it)."""
    services().history.record_question(
        principal(user), thread_id, step_id, text, at=at, metadata=metadata
    )


def record_answer(user: str, thread_id: str, step_id: str, result: dict[str, Any]) -> None:
    """Keep an answer as shown, with its citations (ids and quotes) and audit id."""
    services().history.record_answer(principal(user), thread_id, step_id, result)


def record_note(user: str, thread_id: str, step_id: str, text: str) -> None:
    """Keep a note the chat showed (made of counts only)."""
    services().history.record_note(principal(user), thread_id, step_id, text)


def conversation(user: str, thread_id: str) -> dict[str, Any]:
    """One of the user's conversations, its citations re-checked against their access now
    (NotFound for anyone else's or a missing one)."""
    return services().history.thread(principal(user), thread_id)


def expire_history() -> dict[str, Any]:
    """Apply the retention rule (`history.retention_days`); the counts of what went."""
    return services().history.expire()
