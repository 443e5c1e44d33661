"""Links between reports that share an identifier, among the reports a user may see.

Two documents are linked when a value removed from each (a phone number, an account, a
name...) has the same link key (`core.mentions`, `ingest.linkkeys`). The identifier is never
shown: a link is named by `link_id`, a hash of its key. Networks are the connected
components of the visible documents joined by shared keys.

Access: every query joins `document` with the visibility rule (`core.access.sql_filter`) and
every row is checked again with `is_visible`, so a hidden document is never a partner, never
counted and never a bridge between two visible ones (a network is only what can be walked
through visible documents). A document asked for by id that is hidden or missing gets the
same sentence. One audit row per call, with ids and counts only.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as columns
from sqlmodel import col, select

from core import audit
from core.access import Principal, is_visible, sql_filter
from core.errors import AccessDenied, LensError, NotFound
from core.mentions import ContactRequest, Mention, ensure_table
from core.records import Chunk, Document, Fact, Organisation
from ingest.link_normalise import ALL_TYPES, EXACT_TYPES
from lens.services.base import Service

MAX_NETWORK = 100  # documents walked from one report before its network is cut short
_PLACEHOLDER = r"<[A-Z][A-Z_]*_\d+>"
# `status` wrapped so SQLite looks documents up by id (or mentions by key) instead of walking
# the status index when the id list is long.
_ACTIVE = func.coalesce(Document.status, "") == "active"


# Narrow on purpose: "reports linked to forced labour" or "criminal networks in Italy" are
# questions for the answerer. A links question names a report (its id, or "this one") with
# connected/linked/links, or starts with "show networks".
LINKS_QUESTION = (
    r"(?i)(?:\b[0-9a-f]{24}\b|\bthis (?:one|report|document|case)\b).*"
    r"\b(?:connected|linked|links?|network)\b"
    r"|\b(?:connected|linked|links?)\b.*(?:\b[0-9a-f]{24}\b|\bthis (?:one|report|document|case)\b)"
    r"|^\s*(?:show|list)(?: me)?(?: the| all)? networks?\b"
)


def is_links_question(text: str) -> bool:
    """Whether a chat message asks about links or networks ("which reports are connected to
    this one?", "show networks involving Romania")."""
    import regex

    return regex.search(LINKS_QUESTION, text) is not None


def link_id(key: str) -> str:
    """The public name of a link: a hash of its key (the key and the value stay inside)."""
    return hashlib.sha256(b"lens-link\x00" + key.encode()).hexdigest()[:16]


def parse_types(types: str | Sequence[str] | None) -> tuple[str, ...]:
    """`phone,email` or a list -> link types; none given -> every exact type (names, the
    weaker type, only when asked for). Unknown types are a usage error."""
    if types is None or types == "" or types == []:
        return EXACT_TYPES
    words = types.split(",") if isinstance(types, str) else list(types)
    chosen = tuple(dict.fromkeys(w.strip().lower() for w in words if w.strip()))
    unknown = [t for t in chosen if t not in ALL_TYPES]
    if unknown or not chosen:
        raise LensError(
            f"Link type {', '.join(unknown) or repr(types)} is not valid: use "
            f"{', '.join(ALL_TYPES)}.",
            exit_code=2,
        )
    return chosen


class LinkService(Service):
    """`lens links`: links and networks among the documents the acting user may see."""

    def links(
        self,
        principal: Principal,
        *,
        doc_id: str | None = None,
        types: str | Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """`lens links --json`: `{"links": [...], "networks": [...]}`. With `doc_id`, the
        links of that document and its network; without, every link and network."""
        chosen = parse_types(types)
        ensure_table(self.db)
        if doc_id is not None:
            self.require_visible(principal, doc_id, "links")
            edges, cut = self._walk(principal, doc_id, chosen)
        else:
            edges, cut = self._all_edges(principal, chosen), False
        out = self._shape(principal, edges, doc_id)
        for network in out["networks"]:
            network["complete"] = not cut
        audit.record(
            self.db,
            user=principal.user_name,
            action="links",
            doc_ids=[doc_id] if doc_id else [],
            detail={
                "types": list(chosen),
                "links": len(out["links"]),
                "networks": len(out["networks"]),
            },
        )
        return out

    def passage(self, principal: Principal, chunk_id: str) -> dict[str, Any]:
        """For each placeholder in a passage the user may see, the other visible reports that
        hold the same value: "this <PHONE_NUMBER_1> also appears in 2 other reports you can
        see". Every link type, names included. Audited, found or not."""
        import regex

        ensure_table(self.db)
        with self.db.session() as s:
            c = s.get(Chunk, chunk_id)
            d = s.get(Document, c.doc_id) if c is not None else None
            if c is None or d is None or d.status != "active" or not is_visible(principal, d):
                audit.record(
                    self.db, user=principal.user_name, action="links.passage", outcome="not_found"
                )
                raise NotFound(f"Passage {chunk_id} does not exist.")
            doc_id = d.id
            shown = list(dict.fromkeys(regex.findall(_PLACEHOLDER, c.text)))
            rows = s.exec(
                select(Mention.placeholder, Mention.type, Mention.key)
                .where(Mention.doc_id == doc_id)
                .where(col(Mention.placeholder).in_(shown))
            ).all()
        keys = {k for _, _, k in rows}
        partners = self._partners(principal, keys, exclude={doc_id})
        docs = self._documents(principal, {o for ds in partners.values() for o in ds})
        mentions = []
        for placeholder in shown:
            mine = [(t, k) for p, t, k in rows if p == placeholder]
            others = sorted({o for _, k in mine for o in partners.get(k, ())})
            if not mine:
                continue
            mentions.append(
                {
                    "placeholder": placeholder,
                    "type": mine[0][0],
                    "link_ids": sorted({link_id(k) for _, k in mine}),
                    "count": len(others),
                    "documents": [docs[o] for o in others if o in docs],
                    "text": _also(placeholder, len(others)),
                }
            )
        audit.record(
            self.db,
            user=principal.user_name,
            action="links.passage",
            doc_ids=[doc_id],
            detail={"chunk_id": chunk_id, "linked": sum(m["count"] > 0 for m in mentions)},
        )
        return {"chunk_id": chunk_id, "doc_id": doc_id, "mentions": mentions}

    def chat(self, principal: Principal, text: str, history: Sequence[str] = ()) -> dict[str, Any]:
        """A chat answer to "which reports are connected to <doc id>?" (or to "this one": the
        latest document id in the conversation) and "show networks involving Romania", in the
        shape of a `lens ask` answer. Audited as `links` (one row)."""
        import regex

        from core.gazetteer import find_places

        ids = (
            regex.findall(r"\b[0-9a-f]{24}\b", text)
            or [i for h in reversed(list(history)) for i in regex.findall(r"\b[0-9a-f]{24}\b", h)][
                :1
            ]
        )
        countries = {p.code for p in find_places(text) if p.code}
        types = (
            "phone,email,account,wallet,document_no,plate,handle,person"
            if regex.search(r"(?i)\bnames?\b|\bpeople\b|\bperson", text)
            else None
        )
        out = self.links(principal, doc_id=ids[0] if ids else None, types=types)
        networks = [n for n in out["networks"] if not countries or countries & set(n["countries"])]
        lines = []
        if ids:
            lines.append(
                f"**{len(out['links'])} shared identifier{'s' if len(out['links']) != 1 else ''}**"
                f" link report {ids[0]} to reports you can see (the identifiers are never shown)."
            )
            for link in out["links"]:
                others = [d for d in link["documents"] if d["doc_id"] != ids[0]]
                lines.append(
                    f"- {link['type']}: "
                    + "; ".join(
                        f"{d['title']} ({d['org']}, {d['kind']}, {d['doc_id']})" for d in others
                    )
                )
        else:
            scope = f" involving {', '.join(sorted(countries))}" if countries else ""
            plural = "s" if len(networks) != 1 else ""
            lines.append(
                f"**{len(networks)} network{plural}**{scope} among the reports you can see."
            )
        for n, net in enumerate(networks[:10], start=1):
            span = net["span"] or {}
            lines.append(
                f"\nNetwork {n}: {net['size']} reports joined by {net['links']} shared "
                f"identifiers; organisations: {', '.join(net['orgs'])}; countries: "
                f"{', '.join(net['countries']) or '–'}; exploitation: "
                f"{', '.join(net['exploitation']) or '–'}; {span.get('from', '?')} to "
                f"{span.get('to', '?')}."
            )
        if ids:
            graph = self.graph(principal, [ids[0]], types=types)
        else:
            keep = {d["doc_id"] for n in networks[:10] for d in n["documents"]}
            graph = self.graph(principal, None, types=types, keep=keep)
        return {
            "answer": "\n".join(lines),
            "grounded": True,
            "citations": [],
            "mode": "links",
            "graph": graph,
            "intent": "links",
            "question": text,
            "links": out["links"],
            "networks": networks,
        }

    def graph(
        self,
        principal: Principal,
        doc_ids: Sequence[str] | None = None,
        *,
        types: str | Sequence[str] | None = None,
        keep: set[str] | None = None,
    ) -> dict[str, Any]:
        """The picture of the networks of `doc_ids` (every network when None), for drawing
        (`assistant.network_png`): `{"nodes": [{"doc_id","org","kind","level"}], "edges":
        [{"a","b","types"}]}`. Visible documents only; edges name link types, never a value
        or key. A hidden or missing document adds nothing. `keep` limits it to those
        documents. Not audited on its own: the call it illustrates is."""
        chosen = parse_types(types)
        ensure_table(self.db)
        edges: set[tuple[str, str, str]] = set()
        if doc_ids is None:
            edges.update(self._all_edges(principal, chosen))
        else:
            for doc in dict.fromkeys(doc_ids):
                with self.db.session() as s:
                    d = s.get(Document, doc)
                    if d is None or d.status != "active" or not is_visible(principal, d):
                        continue
                edges.update(self._walk(principal, doc, chosen)[0])
        by_key: dict[str, set[str]] = defaultdict(set)
        kind_of: dict[str, str] = {}
        for key, link_type, doc in edges:
            if keep is None or doc in keep:
                by_key[key].add(doc)
                kind_of[key] = link_type
        docs = self._documents(principal, {d for ds in by_key.values() for d in ds})
        pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
        for key, ds in by_key.items():
            held = sorted(d for d in ds if d in docs)
            for i, a in enumerate(held):
                for b in held[i + 1 :]:
                    pairs[(a, b)].add(kind_of[key])
        shown = sorted({d for pair in pairs for d in pair})
        return {
            "nodes": [{k: docs[d][k] for k in ("doc_id", "org", "kind", "level")} for d in shown],
            "edges": [{"a": a, "b": b, "types": sorted(t)} for (a, b), t in sorted(pairs.items())],
        }

    def linked(self, principal: Principal, doc_id: str) -> dict[str, Any] | None:
        """How a visible report is linked to other reports the user can see (for supplier-risk
        evidence): `{"reports": n, "orgs": [...], "types": [...]}`, or None when it is not
        (or is hidden or missing: the same None). Not audited on its own: the call whose
        evidence it annotates is."""
        ensure_table(self.db)
        with self.db.session() as s:
            d = s.get(Document, doc_id)
            if d is None or d.status != "active" or not is_visible(principal, d):
                return None
        edges, _ = self._walk(principal, doc_id, EXACT_TYPES)
        out = self._shape(principal, edges, doc_id)
        others = {x["doc_id"]: x for link in out["links"] for x in link["documents"]}
        others.pop(doc_id, None)
        if not others:
            return None
        return {
            "reports": len(others),
            "orgs": sorted({x["org"] for x in others.values()}),
            "types": sorted({link["type"] for link in out["links"]}),
        }

    # Hit/no-hit (links.hit_levels; off by default) -----------------------------------------
    def hits(
        self, principal: Principal, doc_id: str, *, types: str | Sequence[str] | None = None
    ) -> dict[str, Any]:
        """Organisations holding a report the user may NOT see that shares an identifier with
        this visible report: their names and the link types only (no report, count or
        level). Refused unless the user's clearance is in `links.hit_levels`. Audited."""
        self._check_hits(principal, "links.hits", doc_id)
        found = self._hidden_holders(principal, doc_id, parse_types(types))
        orgs: dict[str, set[str]] = defaultdict(set)
        for _, link_type, org in found:
            orgs[org].add(link_type)
        audit.record(
            self.db,
            user=principal.user_name,
            action="links.hits",
            doc_ids=[doc_id],
            detail={"orgs": len(orgs)},
        )
        return {
            "doc_id": doc_id,
            "hits": [{"org": o, "types": sorted(t)} for o, t in sorted(orgs.items())],
        }

    def request_contact(self, principal: Principal, doc_id: str, org: str) -> dict[str, Any]:
        """Ask an organisation that holds a hit for this report to get in touch. The same
        sentence whether the organisation holds no hit or does not exist. Audited."""
        self._check_hits(principal, "links.contact", doc_id)
        found = [
            (k, t) for k, t, o in self._hidden_holders(principal, doc_id, ALL_TYPES) if o == org
        ]
        if not found:
            audit.record(
                self.db,
                user=principal.user_name,
                action="links.contact",
                doc_ids=[doc_id],
                outcome="not_found",
            )
            raise NotFound(f"{org} holds no report matching document {doc_id} for you.")
        key, link_type = sorted(found)[0]
        with self.db.session() as s:
            to = s.exec(select(Organisation).where(Organisation.name == org)).one()
            row = ContactRequest(
                from_user=principal.user_name,
                from_org_id=principal.org_id,
                to_org_id=int(to.id or 0),
                type=link_type,
                key=key,
            )
            s.add(row)
            s.flush()
            request_id = int(row.id or 0)
        audit.record(
            self.db,
            user=principal.user_name,
            action="links.contact",
            doc_ids=[doc_id],
            detail={"request_id": request_id},
        )
        return {"request_id": request_id, "to_org": org, "type": link_type, "status": "sent"}

    def inbox(self, principal: Principal) -> dict[str, Any]:
        """Contact requests to the admin's organisation: who asked, by which link type, and
        which of the organisation's own reports (that the admin may see) matched."""
        ensure_table(self.db)
        if not principal.is_admin:
            raise audit.refusal(
                self.db,
                AccessDenied("Only an admin sees the organisation's contact requests."),
                user=principal.user_name,
                action="links.inbox",
            )
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        with self.db.session() as s:
            orgs = {o.id: o.name for o in s.exec(select(Organisation))}
            rows = s.exec(
                select(ContactRequest)
                .where(ContactRequest.to_org_id == principal.org_id)
                .order_by(col(ContactRequest.at).desc())
            ).all()
            for r in rows:
                ours = s.exec(
                    select(Document)
                    .join(Mention, col(Mention.doc_id) == col(Document.id))
                    .where(Mention.key == r.key)
                    .where(Document.org_id == principal.org_id)
                    .where(_ACTIVE)
                    .where(sql_filter(principal, Document))
                ).all()
                mine = sorted({d.id for d in ours if is_visible(principal, d)})
                seen.update(mine)
                out.append(
                    {
                        "request_id": r.id,
                        "at": r.at.isoformat(),
                        "from_org": orgs.get(r.from_org_id, "?"),
                        "from_user": r.from_user,
                        "type": r.type,
                        "status": r.status,
                        "your_doc_ids": mine,
                    }
                )
        audit.record(
            self.db,
            user=principal.user_name,
            action="links.inbox",
            doc_ids=sorted(seen),
        )
        return {"requests": out}

    def _check_hits(self, principal: Principal, action: str, doc_id: str) -> None:
        ensure_table(self.db)
        if int(principal.clearance) not in self.settings.links.hit_levels:
            raise audit.refusal(
                self.db,
                AccessDenied("Hit/no-hit is not enabled at your clearance (links.hit_levels)."),
                user=principal.user_name,
                action=action,
                doc_ids=[doc_id],
            )
        self.require_visible(principal, doc_id, "links")

    def _hidden_holders(
        self, principal: Principal, doc_id: str, types: Sequence[str]
    ) -> list[tuple[str, str, str]]:
        """(key, type, organisation) of active reports the principal may NOT see that share
        a key of the chosen types with this (visible) document."""
        from sqlalchemy.orm import aliased

        mine = aliased(Mention)
        with self.db.session() as s:
            query = (
                columns(
                    col(Mention.key),
                    col(Mention.type),
                    col(Document.level),
                    col(Document.org_only),
                    col(Document.org_id),
                    col(Organisation.name),
                )
                .join(mine, col(mine.key) == col(Mention.key))
                .join(Document, col(Document.id) == col(Mention.doc_id))
                .join(Organisation, col(Organisation.id) == col(Document.org_id))
                .where(col(mine.doc_id) == doc_id)
                .where(col(mine.type).in_(list(types)))
                .where(col(Mention.doc_id) != doc_id)
                .where(_ACTIVE)
            )
            return [
                (r.key, r.type, r.name) for r in s.execute(query) if not is_visible(principal, r)
            ]

    def briefing_section(
        self, principal: Principal, cited: Sequence[dict[str, Any]]
    ) -> tuple[str, list[dict[str, Any]]]:
        """A briefing's "Links" section: for each cited report [n] that shares an identifier
        with other reports the reader can see, how many and from which organisations (the
        identifiers never shown). Not audited on its own: the briefing's row covers it."""
        ensure_table(self.db)
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        for c in cited:
            doc = c.get("doc_id")
            if not doc or doc in seen:
                continue
            seen.add(doc)
            with self.db.session() as s:
                d = s.get(Document, doc)
                if d is None or d.status != "active" or not is_visible(principal, d):
                    continue
            edges, _ = self._walk(principal, doc, EXACT_TYPES)
            out = self._shape(principal, edges, doc)
            others = {x["doc_id"]: x for link in out["links"] for x in link["documents"]}
            others.pop(doc, None)
            if not others:
                continue
            rows.append(
                {
                    "n": c.get("n"),
                    "doc_id": doc,
                    "types": sorted({link["type"] for link in out["links"]}),
                    "linked": len(others),
                    "orgs": sorted({x["org"] for x in others.values()}),
                    "network": out["networks"][0]["size"] if out["networks"] else 0,
                }
            )
        if not rows:
            return "No cited report shares an identifier with another report you can see.", []
        lines = [
            f"- [{r['n']}] shares {', '.join(r['types'])} with {r['linked']} other report"
            f"{'s' if r['linked'] != 1 else ''} you can see ({', '.join(r['orgs'])}); its "
            f"network holds {r['network']} reports. `lens links --doc {r['doc_id']}`"
            for r in rows
        ]
        return "Reports linked by a shared identifier (never shown):\n" + "\n".join(lines), rows

    # Queries ---------------------------------------------------------------------------
    def _visible_mentions(self, principal: Principal) -> Any:
        """Mentions joined with their documents under the visibility rule (in SQL)."""
        return (
            columns(
                col(Mention.key),
                col(Mention.type),
                col(Mention.doc_id),
                col(Document.level),
                col(Document.org_only),
                col(Document.org_id),
            )
            .join(Document, col(Document.id) == col(Mention.doc_id))
            .where(_ACTIVE)
            .where(sql_filter(principal, Document))
        )

    def _partners(
        self, principal: Principal, keys: Iterable[str], exclude: set[str]
    ) -> dict[str, set[str]]:
        """key -> the visible documents holding it (documents in `exclude` left out)."""
        keys = list(keys)
        out: dict[str, set[str]] = defaultdict(set)
        with self.db.session() as s:
            for start in range(0, len(keys), 500):
                query = self._visible_mentions(principal).where(
                    col(Mention.key).in_(keys[start : start + 500])
                )
                for row in s.execute(query):
                    if row.doc_id not in exclude and is_visible(principal, row):
                        out[row.key].add(row.doc_id)
        return out

    def _walk(
        self, principal: Principal, doc_id: str, types: Sequence[str]
    ) -> tuple[list[tuple[str, str, str]], bool]:
        """(key, type, doc_id) edges of the network reached from one document through
        visible documents only, and whether it was cut short at MAX_NETWORK documents (only
        visible documents count towards it)."""
        from sqlalchemy.orm import aliased

        mine = aliased(Mention)
        cut = False
        seen_docs = {doc_id}
        seen_keys: set[str] = set()
        frontier = [doc_id]
        edges: set[tuple[str, str, str]] = set()
        with self.db.session() as s:
            while frontier and len(seen_docs) < MAX_NETWORK:
                holders: dict[str, set[str]] = defaultdict(set)
                kinds: dict[str, str] = {}
                for start in range(0, len(frontier), 500):
                    # one query a step: the frontier's keys and every visible holder of each
                    query = (
                        self._visible_mentions(principal)
                        .join(mine, col(mine.key) == col(Mention.key))
                        .where(col(mine.doc_id).in_(frontier[start : start + 500]))
                        .where(col(mine.type).in_(list(types)))
                    )
                    for row in s.execute(query):
                        if row.key not in seen_keys and is_visible(principal, row):
                            holders[row.key].add(row.doc_id)
                            kinds[row.key] = row.type
                seen_keys |= set(holders)
                frontier = []
                for key, docs in holders.items():
                    if len(docs) < 2:
                        continue
                    for d in sorted(docs):
                        if d not in seen_docs:
                            if len(seen_docs) >= MAX_NETWORK:
                                cut = True
                                continue
                            seen_docs.add(d)
                            frontier.append(d)
                        edges.add((key, kinds[key], d))
        if frontier and len(seen_docs) >= MAX_NETWORK:
            cut = True
        return sorted(edges), cut

    def _all_edges(self, principal: Principal, types: Sequence[str]) -> list[tuple[str, str, str]]:
        """(key, type, doc_id) for every key held by two or more visible documents."""
        with self.db.session() as s:
            shared = (
                select(Mention.key)
                .join(Document, col(Document.id) == col(Mention.doc_id))
                .where(_ACTIVE)
                .where(sql_filter(principal, Document))
                .where(col(Mention.type).in_(list(types)))
                .group_by(Mention.key)
                .having(func.count(func.distinct(Mention.doc_id)) >= 2)
            )
            rows = s.execute(
                self._visible_mentions(principal).where(col(Mention.key).in_(shared))
            ).all()
        return sorted({(r.key, r.type, r.doc_id) for r in rows if is_visible(principal, r)})

    def _documents(self, principal: Principal, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """`{"doc_id","org","kind","level","title"}` of visible documents, by id."""
        ids = list(ids)
        out: dict[str, dict[str, Any]] = {}
        with self.db.session() as s:
            for start in range(0, len(ids), 500):
                rows = s.execute(
                    columns(
                        col(Document.id),
                        col(Document.kind),
                        col(Document.level),
                        col(Document.org_only),
                        col(Document.org_id),
                        col(Document.title),
                        col(Document.doc_date),
                        col(Document.year),
                        col(Organisation.name),
                        col(Organisation.sector),
                    )
                    .where(col(Document.id).in_(ids[start : start + 500]))
                    .where(col(Document.org_id) == col(Organisation.id))
                    .where(_ACTIVE)
                    .where(sql_filter(principal, Document))
                ).all()
                for d in rows:
                    if is_visible(principal, d):
                        out[d.id] = {
                            "doc_id": d.id,
                            "org": d.name,
                            "kind": d.kind,
                            "level": d.level,
                            "title": d.title,
                            "_sector": d.sector,
                            "_date": d.doc_date.date().isoformat() if d.doc_date else None,
                            "_year": d.year,
                        }
        return out

    def _facts(self, ids: Iterable[str]) -> dict[str, dict[str, set[str]]]:
        """doc_id -> {"country": {...}, "type": {...}} for documents already checked."""
        ids = list(ids)
        out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        with self.db.session() as s:
            for start in range(0, len(ids), 500):
                for doc, kind, value in s.exec(
                    select(Fact.doc_id, Fact.kind, Fact.value)
                    .where(col(Fact.doc_id).in_(ids[start : start + 500]))
                    .where(col(Fact.kind).in_(["country", "type"]))
                ):
                    out[doc][kind].add(value)
        return out

    # Shape -----------------------------------------------------------------------------
    def _shape(
        self, principal: Principal, edges: list[tuple[str, str, str]], doc_id: str | None
    ) -> dict[str, Any]:
        by_key: dict[str, set[str]] = defaultdict(set)
        kind_of: dict[str, str] = {}
        for key, link_type, doc in edges:
            by_key[key].add(doc)
            kind_of[key] = link_type
        docs = self._documents(principal, {d for ds in by_key.values() for d in ds})
        by_key = {k: {d for d in ds if d in docs} for k, ds in by_key.items()}
        by_key = {k: ds for k, ds in by_key.items() if len(ds) >= 2}
        if doc_id is not None:
            direct = {k: ds for k, ds in by_key.items() if doc_id in ds}
        else:
            direct = by_key
        links = [
            {
                "link_id": link_id(k),
                "type": kind_of[k],
                "documents": [_public(docs[d]) for d in sorted(ds)],
            }
            for k, ds in sorted(direct.items(), key=lambda kv: (kind_of[kv[0]], -len(kv[1]), kv[0]))
        ]
        networks = self._networks(by_key, docs)
        return {"links": links, "networks": networks}

    def _networks(
        self, by_key: dict[str, set[str]], docs: dict[str, dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Connected components (union-find over shared keys) with their figures."""
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for ds in by_key.values():
            first, *rest = sorted(ds)
            for other in rest:
                parent[find(other)] = find(first)
        groups: dict[str, set[str]] = defaultdict(set)
        for ds in by_key.values():
            for d in ds:
                groups[find(d)].add(d)
        keys_in: dict[str, int] = defaultdict(int)
        for ds in by_key.values():
            keys_in[find(next(iter(ds)))] += 1
        facts = self._facts(docs)
        out: list[dict[str, Any]] = []
        for root, members in groups.items():
            rows = [docs[d] for d in sorted(members)]
            dates = [r["_date"] or (str(r["_year"]) if r["_year"] else None) for r in rows]
            known = sorted(d for d in dates if d)
            out.append(
                {
                    "documents": [_public(r) for r in rows],
                    "links": keys_in[root],
                    "size": len(rows),
                    "orgs": sorted({r["org"] for r in rows}),
                    "sectors": sorted({r["_sector"] for r in rows}),
                    "countries": sorted({c for d in members for c in facts[d]["country"]}),
                    "exploitation": sorted({t for d in members for t in facts[d]["type"]}),
                    "span": {"from": known[0], "to": known[-1]} if known else None,
                }
            )
        out.sort(key=lambda n: (-n["size"], n["documents"][0]["doc_id"]))
        return out


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def _also(placeholder: str, n: int) -> str:
    if n == 0:
        return f"{placeholder} appears in no other report you can see."
    return (
        f"This {placeholder} also appears in {n} other report{'s' if n != 1 else ''} you can see."
    )
