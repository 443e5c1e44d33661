"""People a question names that no report the asker may see names (issue 15).

The question is redacted before retrieval, so "What do we know about Dmitri Volkov?" is asked
as "What do we know about <PERSON_1>?" and finds the nearest passages about anything: quoted,
they read like an answer about a man no source mentions. The composition root passes a
lookup (`lens.named_people.NamedPeople.known`) that keys the typed name as ingest keyed the
names it removed and says whether a visible report holds one of those keys.

A capitalised phrase the redactor took for a name while the visible chunks hold it as written
("Sunrise Knitwear") is a name the sources keep, not a person, and one holding a place the
gazetteer knows ("Birmingham Small Heath", a keyword query) is mostly a place: neither is
ever reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from assistant.question_shape import NAMED_PERSON
from assistant.question_words import CorpusCount
from core.access import Principal
from core.gazetteer import find_places

PersonLookup = Callable[[str, Principal], "bool | None"]


class _Entity(Protocol):
    type: str
    start: int
    end: int


def unknown_people(
    question: str,
    entities: Iterable[_Entity],
    principal: Principal,
    known: PersonLookup,
    corpus: CorpusCount,
) -> list[str]:
    """[NAMED_PERSON] when a person the question names (a PERSON span of its redaction, in
    the original text) is held by no report the principal may see, else []. A name too weak
    to key (one word) says nothing, nor does one the visible chunks hold as written."""
    for e in entities:
        if e.type != "PERSON":
            continue
        name = question[e.start : e.end].strip()
        if not name or find_places(name) or known(name, principal) is not False:
            continue
        if corpus(f'"{name.lower()}"') == 0:
            return [NAMED_PERSON]
    return []
