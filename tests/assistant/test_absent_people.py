"""People a question names that no visible report names: the reply says so, never the name."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.absent_people import unknown_people
from assistant.question_shape import NAMED_PERSON, describe
from core.access import Level, Principal

USER = Principal(1, "ana", 1, "Org A", Level(1), "analyst")


@dataclass
class Span:
    type: str
    start: int
    end: int


def spans(question: str, *names: tuple[str, str]) -> list[Span]:
    return [Span(kind, question.index(n), question.index(n) + len(n)) for kind, n in names]


def lookup(known: dict[str, bool | None]):
    asked: list[tuple[str, Principal]] = []

    def known_to(name: str, principal: Principal) -> bool | None:
        asked.append((name, principal))
        return known.get(name)

    return known_to, asked


def no_chunk_holds(phrase: str) -> int:
    return 0


@pytest.mark.parametrize(
    ("question", "names", "known", "expected"),
    [
        # a keyed name no visible report holds
        ("What do we know about Dmitri Volkov?", [("PERSON", "Dmitri Volkov")],
         {"Dmitri Volkov": False}, [NAMED_PERSON]),
        # one a visible report holds
        ("What happened to Dmitri Volkov?", [("PERSON", "Dmitri Volkov")],
         {"Dmitri Volkov": True}, []),
        # one too weak to key (one word): nothing is said
        ("What happened to Linh?", [("PERSON", "Linh")], {"Linh": None}, []),
        # a place the redactor took for a name (a keyword query)
        ("Birmingham Small Heath car wash", [("PERSON", "Birmingham Small Heath")],
         {"Birmingham Small Heath": False}, []),
        # a phone number is not a person
        ("Who used 07700 900123?", [("PHONE_NUMBER", "07700 900123")],
         {"07700 900123": False}, []),
    ],
)  # fmt: skip
def test_when_a_person_is_named_then_their_absence_is_said(question, names, known, expected):
    known_to, _ = lookup(known)
    found = unknown_people(question, spans(question, *names), USER, known_to, no_chunk_holds)
    assert found == expected


def test_when_the_chunks_hold_the_phrase_as_written_then_it_is_no_person():
    question = "Which audit covered Sunrise Knitwear?"
    known_to, _ = lookup({"Sunrise Knitwear": False})
    held = {'"sunrise knitwear"': 2}
    found = unknown_people(
        question, spans(question, ("PERSON", "Sunrise Knitwear")), USER, known_to, held.get
    )
    assert found == []


def test_when_looking_up_then_the_askers_principal_is_used():
    question = "What do we know about Dmitri Volkov?"
    known_to, asked = lookup({"Dmitri Volkov": False})
    unknown_people(
        question, spans(question, ("PERSON", "Dmitri Volkov")), USER, known_to, no_chunk_holds
    )
    assert asked == [("Dmitri Volkov", USER)]


def test_when_the_reply_describes_an_absent_person_then_the_name_is_not_quoted():
    assert describe([NAMED_PERSON, "football club"]) == f"{NAMED_PERSON} or “football club”"
