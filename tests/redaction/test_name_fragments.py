"""Parts of a name written before a found given name in register shapes
(`redaction.name_fragments`): a surname in capitals after a comma or a space anywhere in a
line, and a given name abbreviated with a full stop."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.name_fragments import name_before
from tests.redaction.checks import check_redaction

_NOT_NAMES = frozenset("london paris police ngo".split())
_CENSUS = frozenset("torres london".split())


def _before(text: str, given: str) -> str | None:
    span = name_before(
        text,
        text.index(given),
        lambda w: w.casefold() not in _NOT_NAMES | _CENSUS,
        lambda w: w.casefold() != "london",  # a city: not a name word even when listed
        lambda key: key in _CENSUS,
    )
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("The victims knew him only as TORRES, Alejandro.", "Alejandro", "TORRES"),
        ("A woman, MOREAU Jean-Luc, translated.", "Jean-Luc", "MOREAU"),
        ("Subject of interest - VON WEBER, Friedrich (DOB unknown)", "Friedrich", "VON WEBER"),
        ("Beneficiary: AL-QAHTANI Khalid", "Khalid", "AL-QAHTANI"),
        ("Subject of interest - Fco. Javier Morales", "Javier", "Fco."),
        ("the subject, REYES, Ma. Cristina, made deposits", "Cristina", "Ma."),
        # a place after a locative, a report's own capitals, a verb of speech: no surname
        ("In LONDON, Ana Popescu met the driver.", "Ana", None),
        ("PNC check on Ana Popescu returned no trace.", "Ana", None),
        ("The NGO, Blessing Okafor and the police met.", "Blessing", None),
        ("URGENT Ana Popescu called.", "Ana", None),
        ("said OSEI, Patience", "Patience", None),
        # the found name in capitals itself: the name extent's case
        ("TORRES, ALEJANDRO paid", "ALEJANDRO", None),
    ],
)
def test_when_a_part_of_a_name_stands_before_it_then_its_span_is_found(
    text: str, given: str, expected: str | None
) -> None:
    assert _before(text, given) == expected


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("The victims knew him only as TORRES, Alejandro.", "TORRES"),
        ("A woman, MOREAU Jean-Luc, translated for the recruiter.", "MOREAU"),
        ("SAR narrative: the subject, REYES, Ma. Cristina, made cash deposits.", "REYES"),
    ],
)
def test_when_a_surname_in_capitals_leads_a_name_in_prose_then_it_is_removed(
    redactor: Any, text: str, leaked: str
) -> None:
    check_redaction(redactor, text, gone=leaked, placeholder="<PERSON_1>")
