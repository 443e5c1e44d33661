"""A name written only loosely, linked to the one full name among the visible reports that it
can stand for.

A weak name key ("k kaminska": `ingest.link_weak`) links two reports only beside a second
shared key (`link_graph.LinkGraph.confirm`). Some reports name a person only loosely: "K.
Kamińska" or "KAMIŃSKA K." is the whole mention, with no strong key of its own, and the
report may share nothing else with the ones that name "Katarzyna Kamińska" in full. Such a
bare mention is linked to the reports holding the same weak key under a full name when
those full names are one name: their mentions are joined by strong name keys (all written
"Katarzyna Kamińska", "KAMIŃSKA Katarzyna", ...). When the weak key stands for two full
names among the visible reports ("Katarzyna" and "Krystyna Kamińska"), or for none, the
bare mention stays unlinked. Only visible reports are read, so a hidden report never makes
a visible one ambiguous or resolved.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from ingest.link_weak import WEAK_TYPE

Mentioned = tuple[str, str]  # (doc_id, placeholder)


def resolved(
    weak: Mapping[str, set[str]], rows: Iterable[tuple[str, str, str, str]]
) -> dict[str, set[str]]:
    """Weak key -> the reports that hold it and name one person: its bare mentions and the
    one full name's. `weak`: the weak keys to resolve (key -> visible holders); `rows`:
    (doc_id, placeholder, type, key) of the holders' visible name mentions, strong
    ("person") and weak."""
    strong: dict[Mentioned, set[str]] = defaultdict(set)
    holding: dict[str, set[Mentioned]] = defaultdict(set)
    for doc, placeholder, link_type, key in rows:
        mention = (doc, placeholder)
        if link_type == WEAK_TYPE:
            if key in weak:
                holding[key].add(mention)
        else:
            strong[mention].add(key)
    out: dict[str, set[str]] = {}
    for key, mentions in holding.items():
        full = [m for m in mentions if strong.get(m)]
        bare = [m for m in mentions if not strong.get(m)]
        if bare and full and _names(full, strong) == 1:
            docs = {doc for doc, _ in mentions}
            if len(docs) >= 2:
                out[key] = docs
    return out


def _names(full: list[Mentioned], strong: Mapping[Mentioned, set[str]]) -> int:
    """How many names these mentions hold: mentions that share a strong key are one."""
    parent = {m: m for m in full}

    def find(x: Mentioned) -> Mentioned:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, Mentioned] = {}
    for m in full:
        for key in strong[m]:
            parent[find(m)] = find(first.setdefault(key, m))
    return len({find(m) for m in full})
