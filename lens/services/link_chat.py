"""Links in the chat (issue 17): which messages ask about links, and their answers.

"Which reports are connected to INC-0012?" (a report's own reference), "...to this one?" (the
latest report id in the conversation), "...to Operation Kestrel?" (a name a report's text
holds) and "show networks involving Romania" get the links and networks of `LinkService`, in
the shape of a `lens ask` answer. Everything is read under the asker's visibility rule: a
hidden report is never named, counted or offered, and a reference or name only a hidden
report holds reads exactly as one nobody holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_
from sqlmodel import col, select

from assistant.opening import kind_name
from core import audit
from core.access import Principal, is_visible
from core.records import Chunk, Document
from lens.services.base import Service
from lens.services.link_graph import LinkGraph

# Narrow on purpose: "reports linked to forced labour" or "criminal networks in Italy" are
# questions for the answerer. A links question names a report (its id, or "this one") with
# connected/linked/links, or starts with "show networks".
# A report's own reference as its organisation writes it: "INC-0012", "SAR_2291",
# "incidents.csv#INC-0012", "financial_flag_wages.txt" (letters then digits, a file's record,
# or a file's name).
SOURCE_REF = (
    r"[\w.-]+#[\w.-]+|\b[A-Z]{2,}[-_]?\d{2,}\b"
    r"|\b[\w-]+\.(?:txt|md|pdf|docx?|html?|eml|csv|jsonl?)\b"
)
LINKS_QUESTION = (
    r"(?i)(?:\b[0-9a-f]{24}\b|\bthis (?:one|report|document|case)\b).*"
    r"\b(?:connected|linked|links?|network)\b"
    r"|\b(?:connected|linked|links?)\b.*(?:\b[0-9a-f]{24}\b|\bthis (?:one|report|document|case)\b)"
    r"|^\s*(?:show|list)(?: me)?(?: the| all)? networks?\b"
    r"|(?-i:\b(?:connected|linked|links?)\b.*\b(?:to|with|of)\s+(?:" + SOURCE_REF + r"))"
)
# "Which reports are connected to Operation Kestrel?": a name in capitals (small joining words
# allowed inside: "Bank of Ceylon", "Casa de la Luna") or quoted, right after connected/linked
# to, in a question about reports. A lower-case phrase ("linked to forced labour") is a topic
# for the answerer, and so is a place ("connected to Romania").
_JOIN = r"(?:of|de|del|della|la|le|du|des|da|do|dos|das|van|von|der|den|al|el|bin|and|&|y)"
_CAP = r"\p{Lu}[\p{L}\p{N}'’.&-]*"
NAMED_QUESTION = (
    r"(?i:\b(?:reports?|documents?|cases?|what|which|anything|everything|show|list|find)\b)"
    r".*\b(?i:connected|linked|links?)\s+(?i:to|with|of)\s+(?:(?i:the)\s+)?"
    r"(?:[\"“‘']([^\"”’']{2,80})[\"”’']|(" + _CAP + r"(?:\s+(?:" + _JOIN + r"\s+)*" + _CAP + r")*))"
)
MAX_NAMED = 10  # more visible reports than this name it: a topic, answered as a question
_HOLDERS_READ = 200  # chunks read to find the reports that name it


def is_links_question(text: str) -> bool:
    """Whether a chat message asks about links or networks ("which reports are connected to
    this one?", "show networks involving Romania")."""
    import regex

    return regex.search(LINKS_QUESTION, text) is not None


def named_subject(text: str) -> str | None:
    """The name a message asks the links of ("Which reports are connected to Operation
    Kestrel?" -> "Operation Kestrel"), or None: not such a question, a links question of
    another kind (an id, a reference, "this one"), or a place."""
    import regex

    from core.gazetteer import find_places

    if is_links_question(text):
        return None
    m = regex.search(NAMED_QUESTION, text)
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).strip(" .,;:!?'’")
    if len(regex.findall(r"[\p{L}\p{N}]+", name)) == 0:
        return None
    if any(p.start == 0 and p.end >= len(name) for p in find_places(name)):
        return None
    return name


class LinkChat(Service):
    """The chat's links answers, over `LinkService.links` and `LinkService.graph`."""

    if TYPE_CHECKING:

        def links(
            self,
            principal: Principal,
            *,
            doc_id: str | None = None,
            types: str | Sequence[str] | None = None,
        ) -> dict[str, Any]: ...

        def graph(
            self,
            principal: Principal,
            doc_ids: Sequence[str] | None = None,
            *,
            types: str | Sequence[str] | None = None,
            keep: set[str] | None = None,
        ) -> dict[str, Any]: ...

    def chat(self, principal: Principal, text: str, history: Sequence[str] = ()) -> dict[str, Any]:
        """A chat answer to "which reports are connected to <doc id>?" (or to "this one": the
        latest document id in the conversation) and "show networks involving Romania", in the
        shape of a `lens ask` answer. Audited as `links` (one row)."""
        import regex

        ids = regex.findall(r"\b[0-9a-f]{24}\b", text)
        refs = [] if ids else regex.findall(SOURCE_REF, text)
        if refs:
            found = self._by_reference(principal, refs[0])
            if found is None:
                return self._no_reference(principal, text, refs[0])
            ids = [found]
        ids = (
            ids
            or [i for h in reversed(list(history)) for i in regex.findall(r"\b[0-9a-f]{24}\b", h)][
                :1
            ]
        )
        return self._answer(principal, text, ids[0] if ids else None, refs[0] if refs else None)

    def chat_named(self, principal: Principal, text: str) -> dict[str, Any] | None:
        """A chat answer to "which reports are connected to Operation Kestrel?", a name that a
        report's text holds (not its reference or title): the one report the user may see
        that names it, with its links and network as for its id; when several do (up to
        `MAX_NAMED`), which ones, each offered (`offers`) to follow. None when the message is
        not such a question, or when no report the user may see names it (nor more than
        `MAX_NAMED`): the caller answers it as an ordinary question. Reports the user may not
        see are never read, so one that only they name reads as a name nobody holds."""
        name = named_subject(text)
        if name is None:
            return None
        holders = self._by_name(principal, name)
        if not holders or len(holders) > MAX_NAMED:
            return None
        if len(holders) == 1:
            return self._answer(principal, text, holders[0], None, named=name)
        docs = LinkGraph(self.db, principal).documents(holders)
        shown = sorted(
            (docs[d] for d in holders if d in docs), key=lambda d: (d["title"], d["doc_id"])
        )
        audit.record(
            self.db,
            user=principal.user_name,
            action="links",
            doc_ids=[d["doc_id"] for d in shown],
            detail={"named": len(shown)},
        )
        lines = [f"**{len(shown)} reports you can see name {name}.** Which one do you mean?"]
        lines += [
            f"- {d['title']} ({d['org']}, {kind_name(d['kind'])}, {d['doc_id']}): ask "
            f"*which reports are connected to {d['doc_id']}?*"
            for d in shown
        ]
        empty: dict[str, Any] = {"nodes": [], "edges": []}
        out = _chat_answer(text, "\n".join(lines), empty, [], [])
        out["offers"] = shown
        return out

    def _by_name(self, principal: Principal, name: str) -> list[str]:
        """The active reports the user may see whose text holds `name` as written (case aside),
        in the order the index ranks them; the access rule is in the index's SQL."""
        from retrieval.lexical import LexicalIndex

        chunk_ids = LexicalIndex(self.db).holding_phrase(name, principal, _HOLDERS_READ)
        if not chunk_ids:
            return []
        with self.db.session() as s:
            rows = s.exec(
                select(Chunk.id, Chunk.doc_id, Document)
                .join(Document, col(Document.id) == col(Chunk.doc_id))
                .where(col(Chunk.id).in_(chunk_ids))
            ).all()
        seen = {cid: d for cid, _, d in rows if d.status == "active" and is_visible(principal, d)}
        return list(dict.fromkeys(seen[c].id for c in chunk_ids if c in seen))

    def _answer(
        self,
        principal: Principal,
        text: str,
        doc_id: str | None,
        ref: str | None,
        *,
        named: str | None = None,
    ) -> dict[str, Any]:
        """The links answer of one report (`doc_id`) or of every network (None)."""
        import regex

        from core.gazetteer import find_places

        countries = {p.code for p in find_places(text) if p.code}
        types = (
            "phone,email,account,wallet,document_no,plate,handle,person"
            if regex.search(r"(?i)\bnames?\b|\bpeople\b|\bperson", text)
            else None
        )
        out = self.links(principal, doc_id=doc_id, types=types)
        networks = [n for n in out["networks"] if not countries or countries & set(n["countries"])]
        lines = []
        if doc_id:
            subject = self._subject(principal, doc_id, ref)
            if named:
                subject += f", the one report you can see that names {named},"
            count = len(out["links"])
            shared = {0: "No shared identifiers", 1: "1 shared identifier"}.get(
                count, f"{count} shared identifiers"
            )
            lines.append(
                f"**{shared}** link {subject} to {'other ' if not count else ''}reports you can "
                "see (the identifiers are never shown)."
            )
            for link in out["links"]:
                others = [d for d in link["documents"] if d["doc_id"] != doc_id]
                lines.append(
                    f"- {link['type']}: "
                    + "; ".join(
                        f"{d['title']} ({d['org']}, {kind_name(d['kind'])}, {d['doc_id']})"
                        for d in others
                    )
                )
        else:
            scope = f" involving {', '.join(_country_names(countries))}" if countries else ""
            plural = "s" if len(networks) != 1 else ""
            lines.append(
                f"**{len(networks)} network{plural}**{scope} among the reports you can see."
            )
        for n, net in enumerate(networks[:10], start=1):
            span = net["span"] or {}
            lines.append(
                f"\nNetwork {n}: {net['size']} reports joined by {net['links']} shared "
                f"identifier{'' if net['links'] == 1 else 's'}; "
                f"organisations: {', '.join(net['orgs'])}; countries: "
                f"{', '.join(_country_names(net['countries'])) or '–'}; exploitation: "
                f"{', '.join(t.replace('_', ' ') for t in net['exploitation']) or '–'}; "
                f"{span.get('from', '?')} to {span.get('to', '?')}."
            )
        if doc_id:
            graph = self.graph(principal, [doc_id], types=types)
        else:
            keep = {d["doc_id"] for n in networks[:10] for d in n["documents"]}
            graph = self.graph(principal, None, types=types, keep=keep)
        return _chat_answer(text, "\n".join(lines), graph, out["links"], networks)

    def _subject(self, principal: Principal, doc_id: str, ref: str | None) -> str:
        """How the answer names the report asked about: its reference or title and its
        organisation when the user may see it; otherwise only the id they typed, so a hidden
        report's title never shows."""
        described = LinkGraph(self.db, principal).documents([doc_id]).get(doc_id)
        if described is None:
            return f"report {doc_id}"
        org, kind = described["org"], kind_name(described["kind"])
        return f"{ref or described['title']} ({org}, {kind}, {doc_id})"

    def _by_reference(self, principal: Principal, ref: str) -> str | None:
        """The one active document the user may see whose source reference is `ref` or ends
        in "#ref" or "/ref" ("INC-0012" of "incidents.csv#INC-0012"); None when none is, or
        several."""
        with self.db.session() as s:
            rows = s.exec(
                select(Document)
                .where(Document.status == "active")
                .where(
                    or_(
                        col(Document.source_ref) == ref,
                        col(Document.source_ref).endswith(f"#{ref}", autoescape=True),
                        col(Document.source_ref).endswith(f"/{ref}", autoescape=True),
                    )
                )
            ).all()
        seen = [d.id for d in rows if is_visible(principal, d)]
        return seen[0] if len(seen) == 1 else None

    def _no_reference(self, principal: Principal, text: str, ref: str) -> dict[str, Any]:
        """The answer when no report the user may see has that reference: the same words
        whether it is hidden, ambiguous or absent. Audited as `links`, not found."""
        audit.record(
            self.db, user=principal.user_name, action="links", outcome="not_found", detail={}
        )
        empty: dict[str, Any] = {"nodes": [], "edges": []}
        return _chat_answer(text, f"No report you can see has the reference {ref}.", empty, [], [])


def _country_names(codes: Sequence[str] | set[str]) -> list[str]:
    """Country names for ISO codes, sorted ("RO" -> "Romania"); an unknown code stays."""
    from assistant.analytics import country_name

    return sorted(country_name(code) for code in codes)


def _chat_answer(
    question: str,
    answer: str,
    graph: dict[str, Any],
    links: list[dict[str, Any]],
    networks: list[dict[str, Any]],
) -> dict[str, Any]:
    """A links reply in the shape of a `lens ask` answer (no citations: no passage quoted)."""
    return {
        "answer": answer,
        "grounded": True,
        "citations": [],
        "mode": "links",
        "graph": graph,
        "intent": "links",
        "question": question,
        "links": links,
        "networks": networks,
    }
