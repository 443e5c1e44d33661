"""The countries each retrieved passage is about, and the countries a question names that none
of them is.

A passage names its country in its text ("a glove factory in Klang, Malaysia") or only in its
record: an incident row says "greenhouse workers near Lodz" and keeps "Poland" in its country
column, which ingest stores as a country fact of the document. Both count, so "Were greenhouse
workers in Poland charged for accommodation?" finds the Lodz incident about Poland.

Only the retrieved passages (already filtered by access) are read, so nothing the asker may
not see changes what they are told.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlmodel import select

from core.gazetteer import find_places
from core.records import Fact

if TYPE_CHECKING:
    from core.db import Database
    from retrieval.search import SearchResult


def document_countries(db: Database, doc_ids: Sequence[str]) -> dict[str, set[str]]:
    """The country codes ingest recorded for each document (its `country` facts)."""
    out: dict[str, set[str]] = {d: set() for d in doc_ids}
    if not doc_ids:
        return out
    with db.session() as s:
        rows = s.exec(
            select(Fact.doc_id, Fact.value)
            .where(Fact.kind == "country")
            .where(Fact.doc_id.in_(list(doc_ids)))  # type: ignore[attr-defined]
        ).all()
    for doc_id, code in rows:
        out.setdefault(doc_id, set()).add(code)
    return out


def passage_countries(
    results: Sequence[SearchResult], recorded: dict[str, set[str]]
) -> list[set[str]]:
    """Each passage's countries: those its text names and those its document's record holds."""
    return [{p.code for p in find_places(r.text)} | recorded.get(r.doc_id, set()) for r in results]


def unmentioned_countries(question: str, countries: Sequence[set[str]]) -> list[str]:
    """Countries the question names (as typed) that no passage is about.

    Dense retrieval always returns its nearest passages, even for a country the corpus never
    covers; a question about Iceland answered from passages about Thailand is the commonest
    way an answer goes wrong, so it is declined instead.
    """
    asked = {p.code: question[p.start : p.end] for p in find_places(question)}
    known = set().union(*countries) if countries else set()
    return [name for code, name in asked.items() if code not in known]
