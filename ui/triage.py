"""The chat UI's "Triage" profile: the moderators' tip queue, worked by short commands.

    list [new|accepted|rejected|all]     the queue, most urgent first
    show TIP                             one tip: text, facts, urgency, near-duplicates, messages
    ask TIP: question                    a question to the reporter
    confirm TIP[: edited text]           confirm (or edit) a quarantined tip's redaction
    accept TIP [level] [org-only]        ingest the tip as a document of kind `tip`
    reject TIP: reason                   close it

Each command calls one `TipService` method (which checks that the user moderates and audits
the action). Tip text is hostile input: everything a reporter wrote is escaped before it is
put into Markdown, so it can neither format the page nor make the browser fetch anything.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from core.errors import LensError

if TYPE_CHECKING:
    from core.access import Principal
    from lens.services import Services

HELP = (
    "**Triage commands**\n\n"
    "- `list` (or `list accepted`, `list rejected`, `list all`)\n"
    "- `show TIP`\n"
    "- `ask TIP: your question`\n"
    "- `confirm TIP` or `confirm TIP: edited text`\n"
    "- `accept TIP member` (a level; add `org-only` to keep it in your organisation)\n"
    "- `reject TIP: reason`"
)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")
_COMMAND = re.compile(r"^\s*(\w+)(?:\s+(tip-[0-9a-f]+))?\s*(?::\s*(.*)|\s.*)?$", re.S | re.I)


def md(text: str) -> str:
    """Hostile text, safe to show inside Markdown: HTML-escaped and every Markdown sign
    backslash-escaped (no links, images, headings or raw HTML survive)."""
    escaped = html.escape(str(text), quote=False)
    escaped = _MD_SPECIAL.sub(r"\\\1", escaped)
    return escaped.replace("\n", "  \n")


def reply(services: Services, p: Principal, text: str) -> dict[str, Any]:
    """The answer to one triage command, shaped like an answer (`answer`, no citations)."""
    return {"answer": _run(services, p, text.strip()), "citations": [], "mode": "triage"}


def _run(services: Services, p: Principal, text: str) -> str:
    tips = services.tips
    m = _COMMAND.match(text or "list")
    if m is None:
        return HELP
    verb, tip_id, rest = m.group(1).lower(), m.group(2), (m.group(3) or "").strip()
    if verb in ("list", "queue"):
        words = text.split()[1:]
        status = "new,accepted,rejected" if words[:1] == ["all"] else (words[0] if words else "new")
        return _queue(tips.list_tips(p, status=status)["tips"])
    if tip_id is None:
        return HELP
    if verb == "show":
        return _tip(tips.show(p, tip_id))
    if verb == "ask":
        if not rest:
            raise LensError("Write the question after a colon: `ask TIP: question`.")
        asked = tips.ask(p, tip_id, rest)
        return f"Asked the reporter of `{tip_id}`: {md(asked['asked'])}"
    if verb == "confirm":
        done = tips.confirm_redaction(p, tip_id, rest or None)
        return f"Redaction of `{tip_id}` {'edited' if done['edited'] else 'confirmed'}."
    if verb == "accept":
        words = text.split()[2:]
        level = next((w for w in words if w.lower() != "org-only"), "member")
        done = tips.accept(p, tip_id, level=level, org_only="org-only" in words)
        return f"Accepted `{tip_id}` as document `{done['doc_id']}` at level {done['level']}."
    if verb == "reject":
        if not rest:
            raise LensError("Give the reason after a colon: `reject TIP: reason`.")
        tips.reject(p, tip_id, rest)
        return f"Rejected `{tip_id}`."
    return HELP


def _queue(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No tips."
    lines = []
    for t in rows:
        lines.append(
            f"- `{t['tip_id']}` · {t['status']} · urgency {t['urgency']:.2f} · relevance "
            f"{t['relevance']:.2f} · {md(t['country'] or '–')} · {t['received'][:16]}  \n"
            f"  {md(t['text'][:300])}"
        )
    return "\n".join(lines)


def _tip(t: dict[str, Any]) -> str:
    facts = t.get("facts") or {}
    out = [f"**`{t['tip_id']}`** · {t['status']} · language {md(t['language'])}"]
    if t.get("warning"):
        out.append(f"**⚠ {t['warning']}**: confirm or edit the redaction before accepting.")
    out += [
        md(t["text"]),
        f"Where: {md(t.get('town') or '–')}, {md(t.get('country') or '–')} · "
        f"When: {md(t.get('when') or '–')} · Kind: {md(t.get('kind') or '–')} · "
        f"Follow-up: {'yes' if t.get('follow_up') else 'no'}",
        f"Urgency {t['urgency']:.2f} ({', '.join(t.get('urgency_reasons') or []) or 'no signal'})"
        f" · relevance {t['relevance']:.2f}",
        f"Countries {', '.join(facts.get('countries', [])) or '–'} · types "
        f"{', '.join(facts.get('types', [])) or '–'} · sectors "
        f"{', '.join(facts.get('sectors', [])) or '–'}",
        "Near-duplicate tips: " + (", ".join(f"`{d}`" for d in t["duplicate_tips"]) or "none"),
        "Near-duplicate documents: "
        + (", ".join(f"`{d['doc_id']}`" for d in t["duplicate_documents"]) or "none"),
    ]
    for m in t.get("messages") or []:
        who = "Question" if m["from"] == "moderator" else "Reporter"
        out.append(f"**{who}:** {md(m['text'])}")
    return "\n\n".join(out)
