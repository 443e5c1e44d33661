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
@click.option(
    "--hits",
    is_flag=True,
    help="With --doc: organisations holding a matching report you cannot see (hit/no-hit; "
    "only where links.hit_levels allows your clearance).",
)
@click.option(
    "--contact",
    "contact_org",
    default=None,
    help="With --doc: ask that organisation, which holds a hit, to get in touch.",
)
@click.option("--inbox", is_flag=True, help="Admins: contact requests to your organisation.")
@json_option
@pass_state
def links(
    state: State,
    as_user: str | None,
    doc_id: str | None,
    types: str | None,
    chunk_id: str | None,
    hits: bool,
    contact_org: str | None,
    inbox: bool,
    as_json: bool,
) -> None:
    """Documents that share an identifier (the identifier itself is never shown)."""
    from core.errors import LensError

    p = state.principal(as_user)
    service = state.services.links
    if (hits or contact_org) and doc_id is None:
        raise LensError("--hits and --contact need --doc DOC_ID.", exit_code=2)
    if inbox:
        data = service.inbox(p)
        rows = [
            f"#{r['request_id']} {r['at'][:16]} {r['from_user']} ({r['from_org']}) via "
            f"{r['type']}: your {', '.join(r['your_doc_ids']) or '–'}"
            for r in data["requests"]
        ]
        emit(as_json, data, "\n".join(rows) or "No contact requests.")
        return
    if contact_org is not None:
        data = service.request_contact(p, str(doc_id), contact_org)
        emit(as_json, data, f"Contact request #{data['request_id']} sent to {contact_org}.")
        return
    if hits:
        data = service.hits(p, str(doc_id), types=types)
        human = "\n".join(f"{h['org']}: {', '.join(h['types'])}" for h in data["hits"])
        emit(as_json, data, human or "No other organisation holds a match you cannot see.")
        return
    if chunk_id is not None:
        data = service.passage(p, chunk_id)
        emit(as_json, data, "\n".join(m["text"] for m in data["mentions"]) or "No placeholders.")
        return
    data = service.links(p, doc_id=doc_id, types=types)
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
        shared = f"{net['links']} shared identifier{'' if net['links'] == 1 else 's'}"
        lines.append(
            f"network {n}: {net['size']} reports, {shared}; "
            f"orgs: {', '.join(net['orgs'])}; countries: {', '.join(net['countries']) or '–'}; "
            f"types: {', '.join(net['exploitation']) or '–'}; "
            f"{span.get('from', '?')} – {span.get('to', '?')}"
        )
    return "\n".join(lines)
