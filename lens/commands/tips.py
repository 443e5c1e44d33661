"""`lens tips`: the moderators' queue of anonymous tips from the public (already redacted)."""

from __future__ import annotations

import click

from core.choices import KINDS
from lens.commands.state import State, as_option, emit, json_option, pass_state


@click.group()
def tips() -> None:
    """Triage anonymous tips from the public (moderators only)."""


@tips.command("list")
@as_option
@click.option(
    "--status", default="new", show_default=True, help="Comma-separated: new,accepted,rejected."
)
@json_option
@pass_state
def tips_list(state: State, as_user: str | None, status: str, as_json: bool) -> None:
    """The queue, most urgent first."""
    p = state.principal(as_user)
    data = state.services.tips.list_tips(p, status=status)
    human = "\n\n".join(
        f"{t['tip_id']}  {t['status']}  urgency {t['urgency']:.2f}  relevance "
        f"{t['relevance']:.2f}  {t['country'] or '–'}  {t['received']}\n{t['text']}"
        for t in data["tips"]
    )
    emit(as_json, data, human or "No tips.")


@tips.command("show")
@click.argument("tip_id")
@as_option
@json_option
@pass_state
def tips_show(state: State, tip_id: str, as_user: str | None, as_json: bool) -> None:
    """One tip: text, facts, urgency, near-duplicates and the conversation."""
    p = state.principal(as_user)
    t = state.services.tips.show(p, tip_id)
    lines = [
        f"{t['tip_id']}  {t['status']}  language {t['language']}"
        + ("  ** NAMES MAY REMAIN: confirm or edit the redaction **" if t["warning"] else ""),
        t["text"],
        f"where: {t['town'] or '–'}, {t['country'] or '–'}   when: {t['when'] or '–'}"
        f"   kind: {t['kind'] or '–'}   follow-up: {'yes' if t['follow_up'] else 'no'}",
        f"urgency {t['urgency']:.2f} ({', '.join(t['urgency_reasons']) or 'no signal'})"
        f"   relevance {t['relevance']:.2f}",
        f"countries {', '.join(t['facts'].get('countries', [])) or '–'}   types "
        f"{', '.join(t['facts'].get('types', [])) or '–'}   sectors "
        f"{', '.join(t['facts'].get('sectors', [])) or '–'}",
        f"near-duplicate tips: {', '.join(t['duplicate_tips']) or 'none'}",
        "near-duplicate documents: "
        + (", ".join(d["doc_id"] for d in t["duplicate_documents"]) or "none"),
        *[f"[{m['from']}] {m['text']}" for m in t["messages"]],
    ]
    emit(as_json, t, "\n".join(lines))


@tips.command("accept")
@click.argument("tip_id")
@as_option
@click.option("--level", required=True, help="0-3 or a level name.")
@click.option("--org-only", is_flag=True, help="Only your organisation may see it.")
@click.option("--kind", type=click.Choice(KINDS), default="tip", show_default=True)
@json_option
@pass_state
def tips_accept(
    state: State,
    tip_id: str,
    as_user: str | None,
    level: str,
    org_only: bool,
    kind: str,
    as_json: bool,
) -> None:
    """Ingest a tip into the hub as a document owned by your organisation."""
    p = state.principal(as_user)
    data = state.services.tips.accept(p, tip_id, level=level, org_only=org_only, kind=kind)
    emit(as_json, data, f"Accepted {tip_id} as document {data['doc_id']}.")


@tips.command("reject")
@click.argument("tip_id")
@as_option
@click.option("--reason", required=True, help="Why (kept, redacted).")
@json_option
@pass_state
def tips_reject(state: State, tip_id: str, as_user: str | None, reason: str, as_json: bool) -> None:
    """Close a tip without ingesting it."""
    p = state.principal(as_user)
    data = state.services.tips.reject(p, tip_id, reason)
    emit(as_json, data, f"Rejected {tip_id}.")


@tips.command("ask")
@click.argument("tip_id")
@as_option
@click.option("--question", required=True, help="Shown to the reporter with their receipt.")
@json_option
@pass_state
def tips_ask(state: State, tip_id: str, as_user: str | None, question: str, as_json: bool) -> None:
    """Ask the reporter a follow-up question."""
    p = state.principal(as_user)
    data = state.services.tips.ask(p, tip_id, question)
    emit(as_json, data, f"Asked the reporter of {tip_id}: {data['asked']}")


@tips.command("confirm")
@click.argument("tip_id")
@as_option
@click.option("--text", default=None, help="The tip's text as you have edited it (redacted again).")
@json_option
@pass_state
def tips_confirm(
    state: State, tip_id: str, as_user: str | None, text: str | None, as_json: bool
) -> None:
    """Confirm (or edit) the redaction of a tip marked "names may remain"."""
    p = state.principal(as_user)
    data = state.services.tips.confirm_redaction(p, tip_id, text)
    emit(as_json, data, f"Redaction of {tip_id} {'edited' if data['edited'] else 'confirmed'}.")
