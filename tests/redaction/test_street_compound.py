"""English street lines with no street word of their own: "88 QUEENSWAY", "61 Eastway",
"44 THE GREEN" (issue 14, redact20)."""

from __future__ import annotations

import pytest

from redaction.recognizers.street_address import StreetAddressRecognizer
from tests.redaction.helpers import merged, spans, where

STREETS = [
    ("PREMISES SEARCHED: 88 QUEENSWAY, BLACKPOOL FY4 2DL.", ["88 QUEENSWAY", "FY4 2DL"]),
    ("Premises: 61 Eastway, Milton Keynes", ["61 Eastway"]),
    ("Search of 14 Westfield, Hull. Nobody was home.", ["14 Westfield"]),
    ("landlord of 42 Fairway, Northampton NN3 6BT.", ["42 Fairway", "NN3 6BT"]),
    ("Warrant executed at 2 WATERSIDE, WARRINGTON", ["2 WATERSIDE"]),
    ("SECOND ADDRESS 4 CHURCHFIELDS\nNO ONE PRESENT", ["4 CHURCHFIELDS"]),
    ("Inspection: 44 THE GREEN, E6 1JB", ["44 THE GREEN", "E6 1JB"]),
    ("She gave her address as 7 The Maltings", ["7 The Maltings"]),
    ("address: 12A Northgate (rear entrance)", ["12A Northgate"]),
]

KEPT = [
    "Police found 3 Riverside workers and 2 Lakeside drivers.",
    "ALL 5 INSIDE, 2 OUTSIDE\nTHE VAN LEFT",
    "He walked 3 fairways before noon.",
    "They sent 4 Sheffield, 2 Leeds workers.",
    "Buses from 2 Halfway, then on foot.",
    "Gave 2 THE BOSS, KEPT 1",
]


@pytest.mark.parametrize(("text", "expected"), STREETS)
def test_when_a_one_word_english_street_follows_a_number_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert merged(spans(StreetAddressRecognizer(), text)) == where(text, *expected)


@pytest.mark.parametrize("text", KEPT)
def test_when_the_words_only_look_like_such_a_street_then_nothing_is_found(text: str) -> None:
    assert spans(StreetAddressRecognizer(), text) == []


def test_when_a_town_follows_a_unit_and_a_comma_then_the_town_stays() -> None:
    text = "The brothel was at 1420 Maple Avenue, Suite 3, Springfield, IL 62704."
    found = merged(spans(StreetAddressRecognizer(), text))
    assert where(text, "Springfield")[0] not in found
    assert all(text[s:e] != "3, Springfield" for s, e in found)
