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
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlmodel import select

from core.gazetteer import find_places
from core.records import Document, Fact

if TYPE_CHECKING:
    from core.db import Database
    from retrieval.search import SearchResult


def document_facts(db: Database, doc_ids: Sequence[str], kind: str) -> dict[str, set[str]]:
    """The values of one kind of fact ingest recorded for each document: `country` (codes),
    `city` (names), `year`."""
    out: dict[str, set[str]] = {d: set() for d in doc_ids}
    if not doc_ids:
        return out
    with db.session() as s:
        rows = s.exec(
            select(Fact.doc_id, Fact.value)
            .where(Fact.kind == kind)
            .where(Fact.doc_id.in_(list(doc_ids)))  # type: ignore[attr-defined]
        ).all()
    for doc_id, value in rows:
        out.setdefault(doc_id, set()).add(value)
    return out


def document_cities(db: Database, doc_ids: Sequence[str]) -> dict[str, set[str]]:
    """The cities each document is about: its `city` facts (places ingest found in its text)
    and the city its record keeps in a `city` column. An incident row says "a derelict
    building" and keeps "Newcastle" only in that column, which ingest stores in the document's
    meta and not as a fact: without it, "... in Newcastle" is never met by that row."""
    out = document_facts(db, doc_ids, "city")
    if not doc_ids:
        return out
    with db.session() as s:
        rows = s.exec(
            select(Document.id, Document.meta).where(
                Document.id.in_(list(doc_ids))  # type: ignore[attr-defined]
            )
        ).all()
    for doc_id, meta in rows:
        city = (meta or {}).get("city")
        if isinstance(city, str) and city.strip():
            out.setdefault(doc_id, set()).add(city.strip())
    return out


def document_countries(db: Database, doc_ids: Sequence[str]) -> dict[str, set[str]]:
    """The country codes ingest recorded for each document (its `country` facts)."""
    return document_facts(db, doc_ids, "country")


def passage_countries(
    results: Sequence[SearchResult], recorded: dict[str, set[str]]
) -> list[set[str]]:
    """Each passage's countries: those its text names and those its document's record holds."""
    return [{p.code for p in find_places(r.text)} | recorded.get(r.doc_id, set()) for r in results]


def country_words(codes: set[str]) -> set[str]:
    """The lower-case words of the countries' adjectives and nationality nouns ("ugandan",
    "ivorian", "salvadoran"), so "Which Honduran voucher scheme …" finds a passage about
    Honduras, which says "Honduras" and never "Honduran"."""
    words = _demonym_words()
    return set().union(*(words.get(c, ()) for c in codes))


@lru_cache(maxsize=1)
def _demonym_words() -> dict[str, frozenset[str]]:
    from core.gazetteer import table

    out: dict[str, set[str]] = {}
    for key, entry in table().items():
        if entry.kind == "demonym" and entry.code:
            out.setdefault(entry.code, set()).update(key.split())
    return {code: frozenset(words) for code, words in out.items()}


def passage_cities(
    results: Sequence[SearchResult], recorded: dict[str, set[str]]
) -> list[set[str]]:
    """Each passage's cities (lower case): those its text names and those its record holds (an
    incident row keeps "Manchester" in its city column while its text says "Salford")."""
    return [
        {p.city.lower() for p in find_places(r.text) if p.city}
        | {c.lower() for c in recorded.get(r.doc_id, set())}
        for r in results
    ]


def unmentioned_countries(question: str, countries: Sequence[set[str]]) -> list[str]:
    """Countries the question names (as typed) that no passage is about.

    Dense retrieval always returns its nearest passages, even for a country the corpus never
    covers; a question about Iceland answered from passages about Thailand is the commonest
    way an answer goes wrong, so it is declined instead.
    """
    asked = {p.code: question[p.start : p.end] for p in find_places(question)}
    known = set().union(*countries) if countries else set()
    return [name for code, name in asked.items() if code not in known]
