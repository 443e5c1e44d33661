"""Links between reports that share an identifier, among the reports a user may see.

Two documents are linked when a value removed from each (a phone number, an account, a
name...) has the same link key (`core.mentions`, `ingest.linkkeys`). The identifier is never
shown: a link is named by `link_id`, a hash of its key. Networks are the connected
components of the visible documents joined by shared keys.

Access: the walk (`link_graph.LinkGraph`) joins `document` with the visibility rule in SQL and
checks every row again, so a hidden document is never a partner, never counted and never a
bridge. A document asked for by id that is hidden or missing gets the same sentence. One audit
row per call, with ids and counts only; hit/no-hit calls are in `link_hits`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlmodel import col, select

from core import audit
from core.access import Principal, is_visible
from core.errors import NotFound
from core.mentions import Mention, ensure_table
from core.records import Chunk, Document
from lens.services.link_chat import LinkChat, is_links_question, named_subject
from lens.services.link_graph import WEAK_TYPE, LinkGraph, link_id, parse_types
from lens.services.link_hits import HitNoHit

__all__ = ["LinkService", "is_links_question", "link_id", "named_subject", "parse_types"]

_PLACEHOLDER = r"<[A-Z][A-Z_]*_\d+>"


class LinkService(LinkChat, HitNoHit):
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
        graph = LinkGraph(self.db, principal)
        if doc_id is not None:
            self.require_visible(principal, doc_id, "links")
            edges, cut = graph.walk(doc_id, chosen)
        else:
            edges, cut = graph.all_edges(chosen), False
        out = graph.shape(edges, doc_id)
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
                raise self.refuse(
                    principal, "links.passage", NotFound(f"Passage {chunk_id} does not exist.")
                )
            doc_id = d.id
            shown = list(dict.fromkeys(regex.findall(_PLACEHOLDER, c.text)))
            rows = s.exec(
                select(Mention.placeholder, Mention.type, Mention.key)
                .where(Mention.doc_id == doc_id)
                .where(col(Mention.placeholder).in_(shown))
                .where(col(Mention.type) != WEAK_TYPE)  # a weak key alone never links
            ).all()
        keys = {k for _, _, k in rows}
        graph = LinkGraph(self.db, principal)
        partners = graph.partners(keys, exclude={doc_id})
        docs = graph.documents({o for ds in partners.values() for o in ds})
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
        walker = LinkGraph(self.db, principal)
        edges: set[tuple[str, str, str]] = set()
        if doc_ids is None:
            edges.update(walker.all_edges(chosen))
        else:
            for doc in dict.fromkeys(doc_ids):
                if walker.is_open(doc):
                    edges.update(walker.walk(doc, chosen)[0])
        by_key: dict[str, set[str]] = defaultdict(set)
        kind_of: dict[str, str] = {}
        for key, link_type, doc in edges:
            if keep is None or doc in keep:
                by_key[key].add(doc)
                kind_of[key] = link_type
        docs = walker.documents({d for ds in by_key.values() for d in ds})
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
        graph = LinkGraph(self.db, principal)
        if not graph.is_open(doc_id):
            return None
        out, others = graph.around(doc_id)
        if not others:
            return None
        return {
            "reports": len(others),
            "orgs": sorted({x["org"] for x in others.values()}),
            "types": sorted({link["type"] for link in out["links"]}),
        }

    def briefing_section(
        self, principal: Principal, cited: Sequence[dict[str, Any]]
    ) -> tuple[str, list[dict[str, Any]]]:
        """A briefing's "Links" section: for each cited report [n] that shares an identifier
        with other reports the reader can see, how many and from which organisations (the
        identifiers never shown). Not audited on its own: the briefing's row covers it."""
        ensure_table(self.db)
        graph = LinkGraph(self.db, principal)
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        for c in cited:
            doc = c.get("doc_id")
            if not doc or doc in seen:
                continue
            seen.add(doc)
            if not graph.is_open(doc):
                continue
            out, others = graph.around(doc)
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


def _also(placeholder: str, n: int) -> str:
    if n == 0:
        return f"{placeholder} appears in no other report you can see."
    return (
        f"This {placeholder} also appears in {n} other report{'s' if n != 1 else ''} you can see."
    )
