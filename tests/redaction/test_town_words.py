"""Towns after the journey words added in round 15 (issue 14, keeps15): "off", "reach",
"arrived", "returned", "sailed", "landed", and "for" after a journey's word ("left Lampedusa
for Sicily"). A listed town only; "for" after any other word ("worked for") is no place word.
"""

from __future__ import annotations

import pytest

from redaction.person_guard import PersonGuard
from redaction.town_list import town_after_place_word


@pytest.fixture(scope="module")
def guard() -> PersonGuard:
    return PersonGuard()


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("The trawler fished off Myawaddy for weeks.", "Myawaddy", True),
        ("i reach Tapachula tonight", "Tapachula", True),
        ("we arrived Myawaddy at night", "Myawaddy", True),
        ("The boat left Lampedusa for Sicily.", "Sicily", True),
        ("She bought a bus ticket for Tapachula.", "Tapachula", True),
        ("The van was bound for Innsbruck.", "Innsbruck", True),
        ("The agent worked for Tapachula.", "Tapachula", False),  # no journey word
        ("He waited a long time for Myawaddy.", "Myawaddy", False),
        ("The boat left Lampedusa for Florence.", "Florence", False),  # a given name
        ("I will reach Wilson tonight.", "Wilson", False),  # a surname: not listed
    ],
)
def test_when_a_listed_town_follows_a_journey_word_then_it_is_a_town(guard, text, value, kept):
    start = text.index(value)
    assert town_after_place_word(text, start, start + len(value), guard) is kept
