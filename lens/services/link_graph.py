"""The link graph one user may walk: mentions of visible documents joined by shared keys.

Every query joins `document` with the visibility rule (`core.access.sql_filter`) and every row
is checked again with `is_visible`, so a hidden document is never a partner, never counted and
never a bridge between two visible ones (a network is only what can be walked through visible
documents). Nothing here is audited: the `LinkService` call that asks is.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as columns
from sqlmodel import col, select

from core.access import Principal, is_visible, sql_filter
from core.db import Database
from core.errors import LensError
from core.mentions import Mention
from core.records import Document, Fact, Organisation
from ingest.link_normalise import ALL_TYPES, EXACT_TYPES
from ingest.link_weak import WEAK_TYPE

MAX_NETWORK = 100  # documents walked from one report before its network is cut short
# `status` wrapped so SQLite looks documents up by id (or mentions by key) instead of walking
# the status index when the id list is long.
ACTIVE = func.coalesce(Document.status, "") == "active"

Edge = tuple[str, str, str]  # (key, link type, doc_id)
WEAK_SHOWN_AS = "person"  # a confirmed weak name key is shown as a name link


def with_weak(types: Sequence[str]) -> list[str]:
    """The stored types to read for the asked ones: names' weak keys with "person"."""
    return [*types, WEAK_TYPE] if WEAK_SHOWN_AS in types else list(types)


def _groups(docs: list[str], strong: dict[str, set[tuple[str, str]]]) -> list[set[str]]:
    """The holders of one weak key joined where two of them share a (type, key) that is not
    weak, in a chain of holders (union-find): groups of two or more. "N. Adebayo" and
    "Nkechi Adebayo" with one phone number are one group; a third report naming "Nkechi
    Adebayo" joins it through the full name's key; one that shares nothing stays out."""
    parent = {d: d for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[tuple[str, str], str] = {}  # a key -> the first holder seen: linear, not pairs
    for d in docs:
        for key in strong.get(d, ()):
            other = first.setdefault(key, d)
            parent[find(d)] = find(other)
    out: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        out[find(d)].add(d)
    return [g for g in out.values() if len(g) >= 2]


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


class LinkGraph:
    """Links and networks among the documents `principal` may see."""

    def __init__(self, db: Database, principal: Principal) -> None:
        self.db = db
        self.principal = principal

    def is_open(self, doc_id: str) -> bool:
        """Whether the document exists, is active and is visible (hidden and missing alike)."""
        with self.db.session() as s:
            d = s.get(Document, doc_id)
            return d is not None and d.status == "active" and is_visible(self.principal, d)

    def around(self, doc_id: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """One visible document's exact-type links and network (`shape`), and the other
        documents it shares an identifier with, by id."""
        edges, _ = self.walk(doc_id, EXACT_TYPES)
        out = self.shape(edges, doc_id)
        others = {x["doc_id"]: x for link in out["links"] for x in link["documents"]}
        others.pop(doc_id, None)
        return out, others

    def visible_mentions(self) -> Any:
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
            .where(ACTIVE)
            .where(sql_filter(self.principal, Document))
        )

    def partners(self, keys: Iterable[str], exclude: set[str]) -> dict[str, set[str]]:
        """key -> the visible documents holding it (documents in `exclude` left out)."""
        keys = list(keys)
        out: dict[str, set[str]] = defaultdict(set)
        with self.db.session() as s:
            for start in range(0, len(keys), 500):
                query = self.visible_mentions().where(
                    col(Mention.key).in_(keys[start : start + 500])
                )
                for row in s.execute(query):
                    if row.doc_id not in exclude and is_visible(self.principal, row):
                        out[row.key].add(row.doc_id)
        return out

    def walk(self, doc_id: str, types: Sequence[str]) -> tuple[list[Edge], bool]:
        """(key, type, doc_id) edges of the network reached from one document through
        visible documents only, and whether it was cut short at MAX_NETWORK documents (only
        visible documents count towards it)."""
        from sqlalchemy.orm import aliased

        mine = aliased(Mention)
        cut = False
        seen_docs = {doc_id}
        seen_keys: set[str] = set()
        frontier = [doc_id]
        edges: set[Edge] = set()
        with self.db.session() as s:
            while frontier and len(seen_docs) < MAX_NETWORK:
                holders: dict[str, set[str]] = defaultdict(set)
                kinds: dict[str, str] = {}
                for start in range(0, len(frontier), 500):
                    # one query a step: the frontier's keys and every visible holder of each
                    query = (
                        self.visible_mentions()
                        .join(mine, col(mine.key) == col(Mention.key))
                        .where(col(mine.doc_id).in_(frontier[start : start + 500]))
                        .where(col(mine.type).in_(with_weak(types)))
                    )
                    for row in s.execute(query):
                        if row.key not in seen_keys and is_visible(self.principal, row):
                            holders[row.key].add(row.doc_id)
                            kinds[row.key] = row.type
                # a weak key is walked again from each step: its groups are confirmed apart
                seen_keys |= {k for k in holders if kinds[k] != WEAK_TYPE}
                confirmed = self.confirm(holders, kinds, seen_docs)
                holders = {k: ds for k, ds in holders.items() if kinds[k] != WEAK_TYPE}
                for key, (docs, link_type) in confirmed.items():
                    holders[key], kinds[key] = docs, link_type
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

    def all_edges(self, types: Sequence[str]) -> list[Edge]:
        """(key, type, doc_id) for every key held by two or more visible documents."""
        with self.db.session() as s:
            shared = (
                select(Mention.key)
                .join(Document, col(Document.id) == col(Mention.doc_id))
                .where(ACTIVE)
                .where(sql_filter(self.principal, Document))
                .where(col(Mention.type).in_(with_weak(types)))
                .group_by(Mention.key)
                .having(func.count(func.distinct(Mention.doc_id)) >= 2)
            )
            rows = s.execute(self.visible_mentions().where(col(Mention.key).in_(shared))).all()
        edges = {(r.key, r.type, r.doc_id) for r in rows if is_visible(self.principal, r)}
        weak: dict[str, set[str]] = defaultdict(set)
        for key, link_type, doc in edges:
            if link_type == WEAK_TYPE:
                weak[key].add(doc)
        confirmed = self.confirm(weak, dict.fromkeys(weak, WEAK_TYPE), None)
        edges = {e for e in edges if e[1] != WEAK_TYPE}
        edges |= {(k, t, d) for k, (docs, t) in confirmed.items() for d in docs}
        return sorted(edges)

    def confirm(
        self, holders: dict[str, set[str]], kinds: dict[str, str], reached: set[str] | None
    ) -> dict[str, tuple[set[str], str]]:
        """The weak keys' holders joined by keys that are not weak (`_groups`):
        "<key>~<first document>" -> (the group, "person"). A weak key alone never links; with
        `reached`, only groups holding a reached document (the walk's network) are kept."""
        weak = {k: ds for k, ds in holders.items() if kinds[k] == WEAK_TYPE and len(ds) >= 2}
        if not weak:
            return {}
        strong = self.strong_keys({d for ds in weak.values() for d in ds})
        out: dict[str, tuple[set[str], str]] = {}
        for key, docs in weak.items():
            for group in _groups(sorted(docs), strong):
                if reached is None or group & reached:
                    out[f"{key}~{min(group)}"] = (group, WEAK_SHOWN_AS)
        return out

    def strong_keys(self, ids: set[str]) -> dict[str, set[tuple[str, str]]]:
        """doc_id -> the (type, key) pairs (not weak) it holds, for visible documents."""
        out: dict[str, set[tuple[str, str]]] = defaultdict(set)
        listed = sorted(ids)
        with self.db.session() as s:
            for start in range(0, len(listed), 500):
                query = (
                    self.visible_mentions()
                    .where(col(Mention.doc_id).in_(listed[start : start + 500]))
                    .where(col(Mention.type) != WEAK_TYPE)
                )
                for row in s.execute(query):
                    if is_visible(self.principal, row):
                        out[row.doc_id].add((row.type, row.key))
        return out

    def documents(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
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
                    .where(ACTIVE)
                    .where(sql_filter(self.principal, Document))
                ).all()
                for d in rows:
                    if is_visible(self.principal, d):
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

    def facts(self, ids: Iterable[str]) -> dict[str, dict[str, set[str]]]:
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

    def shape(self, edges: list[Edge], doc_id: str | None) -> dict[str, Any]:
        """`{"links": [...], "networks": [...]}` of the edges' visible documents; with
        `doc_id`, only the links that document holds (its network whole)."""
        by_key: dict[str, set[str]] = defaultdict(set)
        kind_of: dict[str, str] = {}
        for key, link_type, doc in edges:
            by_key[key].add(doc)
            kind_of[key] = link_type
        docs = self.documents({d for ds in by_key.values() for d in ds})
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
                "documents": [public(docs[d]) for d in sorted(ds)],
            }
            for k, ds in sorted(direct.items(), key=lambda kv: (kind_of[kv[0]], -len(kv[1]), kv[0]))
        ]
        networks = self.networks(by_key, docs)
        return {"links": links, "networks": networks}

    def networks(
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
        facts = self.facts(docs)
        out: list[dict[str, Any]] = []
        for root, members in groups.items():
            rows = [docs[d] for d in sorted(members)]
            dates = [r["_date"] or (str(r["_year"]) if r["_year"] else None) for r in rows]
            known = sorted(d for d in dates if d)
            out.append(
                {
                    "documents": [public(r) for r in rows],
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


def public(row: dict[str, Any]) -> dict[str, Any]:
    """A document row without its internal (underscored) fields."""
    return {k: v for k, v in row.items() if not k.startswith("_")}
