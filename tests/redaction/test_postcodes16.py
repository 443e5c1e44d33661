"""Postcodes of round 16 (issue 14): before a town typed in lower case, an Indian PIN with
its space after its town, Canadian codes in lower case and Ghanaian digital addresses. The
recognizer alone, exact spans, no spaCy; years, counts and amounts beside towns stay."""

from __future__ import annotations

import pytest

from redaction.recognizers.postcode import PostcodeRecognizer
from tests.redaction.helpers import spans, where

FOUND = [
    ("ok the flat is at Zborovská 14, 486 72 prague, take tram 9", ["486 72"]),
    ("new address is Oranienstr. 45, 10115 berlin, 2nd floor", ["10115"]),
    ("the agency office is Damrak 70, 1012 LM amsterdam", ["1012 LM"]),
    ("address 1012 ab amsterdam, the room above the bike shop", ["1012 ab"]),
    ("we stayed near 28013 madrid for two weeks", ["28013"]),
    ("her cousin gave me this: 01310-100 são paulo", ["01310-100"]),
    ("Remitter: 22 Linking Road, Bandra West, Mumbai 400 050.", ["400 050"]),
    ("canada address: 240 Sparks St, ottawa k1a 0b1", ["k1a 0b1"]),
    ("address m5v 2t6 toronto near the tower", ["m5v 2t6"]),
    ("ADDRESS: 18 KOFI ANNAN STREET, ACCRA GA-145-2240", ["GA-145-2240"]),
]

KEPT = [
    "she left in may 2019 in lagos and came back 2021 to accra",
    "2019 in lisbon, 2020 in porto, now i am in faro",
    "In 2023, 10115 people were screened in Berlin and 486 cases went to court.",
    "Mumbai 400 workers, Delhi 250 and Chennai 120 were rescued in the drive.",
    "3500 or 4000 rupees each month, all of us in pune",
    "he paid 2500 marks and 1200 along the road",
    "In Dhaka 50000 workers struck, and in Lyon 4000 people marched.",
    "flight 2 warsaw then bus 4 hours to krakow",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_when_a_postcode_stands_beside_a_town_in_any_case_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert spans(PostcodeRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize("text", KEPT)
def test_when_a_year_count_or_amount_stands_beside_a_town_then_nothing_is_found(
    text: str,
) -> None:
    assert spans(PostcodeRecognizer(), text) == []
