"""The sentence of Lens's own that opens an extractive answer, and the names of its sources.

It says only what is already extracted and checked: how many reports the quotes come from,
and which trafficking types, sectors and means of control they describe, where a label counts
only if the quoted sentence itself carries one of the label's cue phrases *and* the label was
extracted from that report at ingest. So "2 reports you can see describe debt bondage [1][3]."
is true of the quotes shown beneath it, and nothing is said that a quote does not show.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.extractive import Quote
from assistant.intents import match_facets
from retrieval.search import SearchResult

Facts = Callable[[Sequence[str]], set[tuple[str, str, str]]]  # doc ids -> (doc, kind, value)
MAX_LABELS = 3
KIND_NAMES = {
    "survivor_story": "survivor story",
    "incident_report": "incident report",
    "case_file": "case file",
    "financial_flag": "financial flag",
    "supplier_audit": "supplier audit",
    "news": "news item",
    "research": "research paper",
}


def kind_name(kind: str) -> str:
    """A document kind as a reader says it ("financial_flag" -> "financial flag")."""
    return KIND_NAMES.get(kind, kind.replace("_", " "))


def source_name(p: SearchResult) -> str:
    """A source as a reader knows it: title (or file reference), organisation, kind, year."""
    # a record's title is the start of its text: its reference names it better
    title = p.source_ref if "#" in p.source_ref else " ".join((p.title or p.source_ref).split())
    if len(title) > 90:
        title = title[:87].rstrip() + "…"
    about = [p.org, kind_name(p.kind)]
    if p.year:
        about.append(str(p.year))
    return f"{title} ({', '.join(a for a in about if a)})"


def _plural(n: int) -> str:
    return f"{n} report{'' if n == 1 else 's'}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# A question about how people were recruited or controlled asks for means, not sectors.
_ASKS_MEANS = re.compile(
    r"\b(?:how(?!\s+(?:many|much|old|long|often))|methods?|means|tactics?|recruit\w*|control\w*"
    r"|lured|coerc\w*)\b",
    re.I,
)


def _priority(question: str) -> dict[str, int]:
    """Facet ranks for the opening's labels when the question asks how people were recruited
    or controlled: means, then types (sectors are not said); otherwise none (the most-quoted
    labels lead)."""
    return {"means": 0, "type": 1, "sector": 2} if _ASKS_MEANS.search(question) else {}


def opening_sentence(
    quotes: Sequence[Quote], passages: Sequence[SearchResult], facts: Facts, question: str = ""
) -> str:
    """ "2 reports you can see describe deception [1][3] and debt bondage [3]." or, when no
    checked label fits, "Quoted from 2 reports you can see [1][3]:". A label the question
    itself names ("nail bars": beauty services) tells the reader nothing and is left out while
    another remains; when the question names a sector, the quoted reports' other sectors are
    about other industries and are not said either."""
    docs = list(dict.fromkeys(passages[q.n - 1].doc_id for q in quotes))
    known = facts(docs)
    first_n: dict[str, int] = {}
    for q in quotes:
        first_n.setdefault(passages[q.n - 1].doc_id, q.n)
    labels: dict[str, list[int]] = {}
    facet_of: dict[str, str] = {}
    for q in quotes:
        doc = passages[q.n - 1].doc_id
        for facet, keys in match_facets(q.text).items():
            for key in keys:
                if (doc, facet, key) in known:
                    label = key.replace("_", " ")
                    facet_of.setdefault(label, facet)
                    cited = labels.setdefault(label, [])
                    if first_n[doc] not in cited:
                        cited.append(first_n[doc])
    asked_facets = match_facets(question)
    asked = {k.replace("_", " ") for keys in asked_facets.values() for k in keys}
    if any(label not in asked for label in labels):
        labels = {label: ns for label, ns in labels.items() if label not in asked}
    if "sector" in asked_facets:  # asked about fishing: other industries are off topic
        labels = {label: ns for label, ns in labels.items() if facet_of[label] != "sector"}
    priority = _priority(question)
    if priority:  # asked how: a sector answers nothing, so it is not said
        labels = {label: ns for label, ns in labels.items() if facet_of[label] != "sector"}
    cites = "".join(f"[{first_n[d]}]" for d in docs)
    if not labels:
        return f"Quoted from {_plural(len(docs))} you can see {cites}:"
    ranked = sorted(labels.items(), key=lambda kv: (priority.get(facet_of[kv[0]], 0), -len(kv[1])))[
        :MAX_LABELS
    ]
    parts = [f"{label} {''.join(f'[{n}]' for n in sorted(ns))}" for label, ns in ranked]
    verb = "describes" if len(docs) == 1 else "describe"
    return f"{_plural(len(docs))} you can see {verb} {_join(parts)}. Quoted {cites}:"
