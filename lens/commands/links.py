"""`lens links`: reports that share an identifier, among those the user may see."""

from __future__ import annotations

from typing import Any

import click

from lens.commands.state import State, as_option, emit, json_option, pass_state


@click.command()
@as_option
@click.option("--doc", "doc_id", default=None, help="One document's links and its network.")
@click.option(
    "--type",
    "types",
    default=None,
    help="Comma-separated link types: phone, email, account, wallet, document_no, plate, "
    "handle, person (default: every type but person, the weaker one).",
)
@click.option(
    "--passage",
    "chunk_id",
    default=None,
    help="Which placeholders of one passage appear in other reports you can see.",
)
@json_option
@pass_state
def links(
    state: State,
    as_user: str | None,
    doc_id: str | None,
    types: str | None,
    chunk_id: str | None,
    as_json: bool,
) -> None:
    """Documents that share an identifier (the identifier itself is never shown)."""
    p = state.principal(as_user)
    if chunk_id is not None:
        data = state.services.links.passage(p, chunk_id)
        emit(as_json, data, "\n".join(m["text"] for m in data["mentions"]) or "No placeholders.")
        return
    data = state.services.links.links(p, doc_id=doc_id, types=types)
    emit(as_json, data, _human(data))


def _human(data: dict[str, Any]) -> str:
    if not data["links"]:
        return "No links among the reports you can see."
    lines = []
    for link in data["links"]:
        docs = ", ".join(f"{d['doc_id']} ({d['org']}, {d['kind']})" for d in link["documents"])
        lines.append(f"{link['type']:<12} {link['link_id']}  {docs}")
    lines.append("")
    for n, net in enumerate(data["networks"], start=1):
        span = net["span"] or {}
        lines.append(
            f"network {n}: {net['size']} reports, {net['links']} shared identifiers; "
            f"orgs: {', '.join(net['orgs'])}; countries: {', '.join(net['countries']) or '–'}; "
            f"types: {', '.join(net['exploitation']) or '–'}; "
            f"{span.get('from', '?')} – {span.get('to', '?')}"
        )
    return "\n".join(lines)
