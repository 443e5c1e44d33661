"""A town on no list of names, set off after a person's name by a comma or in brackets, stays;
the person goes (issue 14: places kept)."""

from __future__ import annotations

import pytest

from redaction.town_list import town_set_off


def _span(text: str, value: str) -> tuple[int, int]:
    start = text.rindex(value)
    return start, start + len(value)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Rafiq Islam (Comilla) was recruited.", "Comilla", True),
        ("Remitter: Ama Owusu, Kumasi.", "Kumasi", True),
        ("Ochieng, Kisumu, and two others", "Kisumu", True),
        ("Remitter: Ama Owusu, Kisumu\nAmount: 300", "Kisumu", True),
        # a town that is also a name on a list is left to the other rules
        ("Remitter: Ama Owusu, Tema.", "Tema", False),
        # a bracket opened must close right after the town
        ("Rafiq Islam (Comilla office) was recruited.", "Comilla", False),
        # not set off: prose
        ("They moved to Kisumu with him.", "Kisumu", False),
        # set off but running on into other words
        ("Ama Owusu, Kisumu Road", "Kisumu", False),
    ],
)
def test_when_a_town_is_set_off_after_a_word_then_it_is_a_place(text, value, kept):
    assert town_set_off(text, *_span(text, value)) is kept


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Kamal Hossain (Narsingdi) and Rafiq Islam (Comilla) were recruited by Babul.",
            ["Narsingdi", "Comilla"],
            ["Kamal", "Hossain", "Rafiq", "Islam", "Babul"],
        ),
        (
            "Witness Dorota Lis (Łódź) said the van left Wrocław at night.",
            ["Łódź", "Wrocław"],
            ["Dorota", "Lis"],
        ),
    ],
)
def test_when_a_person_is_followed_by_their_town_then_the_town_stays_and_the_person_goes(
    redactor, text, kept, gone
):
    out = redactor.redact(text).text
    assert all(k in out for k in kept), out
    assert not [g for g in gone if g in out], out
