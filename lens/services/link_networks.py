"""Weak name keys confirmed inside a network that keys which are not weak already join.

A weak name key ("N. Adebayo", "Meron T.": `ingest.link_weak`) never links on its own. Until
round 21 it linked two of its holders only when they shared a key that is not weak, directly
or in a chain of its holders (`groups`). A network joined by phones, accounts and full names
often holds the same person written loosely in a report that shares nothing with the one
naming them in full: "G. Dimitrov" in a report joined by its phone to a report that names
"Georgi Dimitrov", whose full name links it to a third. `in_networks` groups the holders of
each weak key by the network (connected component) the other edges make, so they link
there, and only there: a weak key still never joins two networks or adds a document to one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

Edge = tuple[str, str, str]  # (key, link type, doc_id)
WEAK_SHOWN_AS = "person"  # a confirmed weak name key is shown as a name link


def groups(docs: list[str], strong: Mapping[str, Iterable[tuple[str, str]]]) -> list[set[str]]:
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


def weak_edge_key(key: str, group: set[str]) -> str:
    """The stored key of one confirmed group of a weak key's holders."""
    return f"{key}~{min(group)}"


def in_networks(edges: set[Edge], weak: Mapping[str, set[str]]) -> set[Edge]:
    """`edges` (strong keys' and confirmed weak groups') with each weak key of `weak` (key ->
    its visible holders) grouped again by the network its holders stand in: the groups it
    had are inside one network each, so a group only grows, and a holder in no network (no
    other edge) stays out."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_key: dict[str, set[str]] = defaultdict(set)
    for key, _, doc in edges:
        by_key[key].add(doc)
    for docs in by_key.values():
        first, *rest = sorted(docs)
        for other in rest:
            parent[find(other)] = find(first)
    out = {e for e in edges if e[0].split("~", 1)[0] not in weak}
    for key, docs in weak.items():
        found: dict[str, set[str]] = defaultdict(set)
        for d in docs:
            if d in parent:
                found[find(d)].add(d)
        for group in found.values():
            if len(group) >= 2:
                out |= {(weak_edge_key(key, group), WEAK_SHOWN_AS, d) for d in group}
    return out
