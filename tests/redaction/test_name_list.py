"""A name in a list of names is a name (redaction.name_list, issue 14)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.redaction.helpers import where


def _mates(redactor: Any, text: str, *people: str) -> list[tuple[int, int]]:
    return redactor.name_list.mates(text, where(text, *people))


# (text, the people found, the list items that join them)
MATES = [
    # Three items or more, two of them people: the third is one, English words and all.
    (
        "Workers interviewed: Aung Kyaw Min, Thida Win, Zaw Lin Htet and Soe Soe.",
        ("Aung Kyaw Min", "Zaw Lin Htet", "Soe Soe"),
        ("Thida Win",),
    ),
    (
        "Workers from Osh: Bakyt Toktogulov, Aizada Sadyrbaeva, Nurlan Abdyldaev. Then",
        ("Bakyt Toktogulov", "Aizada Sadyrbaeva"),
        ("Nurlan Abdyldaev",),
    ),
    # A trailing initial rides along with its name.
    ("Staff: Ana Reyes; Maricel A; Joy Santos.", ("Ana Reyes", "Joy Santos"), ("Maricel A",)),
    # An item in quote marks.
    ('names given as Elira, Dritan and "Toni". Then', ("Elira", "Dritan"), ("Toni",)),
    ("Passengers: 'Toni', Elira, Dritan.", ("Elira", "Dritan"), ("Toni",)),
    # Joined by "and" to a person, with a word that is no English word.
    ("Later Moussa and Ndeye left.", ("Moussa",), ("Ndeye",)),
    # One person in a list of three: the items that are no English word join it.
    ("Arrested: Berisha, Gashi, Shala. Then", ("Berisha",), ("Gashi", "Shala")),
    (
        "Suspects: DRAGAN ILIC, MILOS PETRIC, TOMO ZEC.",
        ("DRAGAN ILIC", "TOMO ZEC"),
        ("MILOS PETRIC",),
    ),
]

NOT_MATES = [
    # A name and its town or role after a comma alone: two items are no list.
    ("Kind regards, Erjon Shehu, Qyteti", ("Erjon Shehu",)),
    # Places, organisation words and English words joined by "and" stay.
    ("Moussa and Dakar", ("Moussa",)),
    ("Grace Obi, Mary Ade and Hope Trust", ("Grace Obi", "Mary Ade")),
    ("paid Moussa and Western Union", ("Moussa",)),
    ("Barclays and HSBC filed", ("Barclays",)),
    # Dates, numbers and stop words are no names.
    ("Ana Reyes, Joy Santos, The Board", ("Ana Reyes", "Joy Santos")),
    ("Ana Reyes, 41, and Joy Santos", ("Ana Reyes", "Joy Santos")),
    # One person beside places: an address's towns, not a list of people.
    ("lodged off Allen Avenue, Ikeja, Lagos, before", ("Allen Avenue",)),
    # One person and English words: goods, not people.
    ("Berisha, Cotton, Rice and Tea", ("Berisha",)),
]


@pytest.mark.parametrize(("text", "people", "mates"), MATES)
def test_when_an_item_stands_in_a_list_of_people_then_it_is_a_person(
    redactor: Any, text: str, people: tuple[str, ...], mates: tuple[str, ...]
) -> None:
    assert _mates(redactor, text, *people) == where(text, *mates)


@pytest.mark.parametrize(("text", "people"), NOT_MATES)
def test_when_an_item_is_no_name_or_no_list_then_it_stays(
    redactor: Any, text: str, people: tuple[str, ...]
) -> None:
    assert _mates(redactor, text, *people) == []


def test_when_a_list_of_people_drops_one_then_the_redactor_removes_it_too(redactor: Any) -> None:
    text = "Workers interviewed: Aung Kyaw Min, Thida Win, Zaw Lin Htet and Soe Soe."
    out = redactor.redact(text).text
    assert "Thida" not in out
    assert "Win" not in out
    assert out.startswith("Workers interviewed: <PERSON_1>, <PERSON_2>, ")
