"""Court-summary identifiers (issue 14's at-rest target): local and national numbers after a
phone cue, trailer lots; exact spans, no spaCy."""

from __future__ import annotations

import pytest

from redaction.recognizers.phone_regex import PhoneRegexRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from tests.redaction.helpers import spans, where

# (text, values that must be found exactly; nothing else may be found)
PHONES = [
    ("Victims called him at 555-0186 when they arrived.", ["555-0186"]),
    ("her cell phone, 555.0147, was seized", ["555.0147"]),
    ("(312) 555-0186 was on the flyer", ["(312) 555-0186"]),
    ("His cell phone, 5123 7215, was seized", ["5123 7215"]),
    ("Agents traced the WhatsApp number 984-1232964 to him", ["984-1232964"]),
    ("Workers were told to call 7 1122500 if they wanted", ["7 1122500"]),
    ("The girls were texted from 6 71 23 51 51 every night", ["6 71 23 51 51"]),
    ("victims said he answered at 71 127 862 and nowhere else", ["71 127 862"]),
    # A year, a date or money after a cue; no phone cue: a reference, a range, a count.
    ("called in 2014 2015 and again", []),
    ("called on 12 05 2021 to say", []),
    ("he called about 1 500 000 pesos", []),
    ("he called about $1 500 000", []),
    ("Case 555-0186 was opened in 2019", []),
    ("pages 123-4567 of the report", []),
]
UNITS = [
    ("kept them in trailers at 515 Old Lee Hwy, Lot 22, and", ["515 Old Lee Hwy", "Lot 22"]),
    ("a mobile home, Trailer 7, behind the farm", ["Trailer 7"]),
    ("a parking lot 12 miles away", []),
]


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_when_a_number_of_any_grouping_follows_a_phone_cue_then_it_is_found(text, expected):
    assert spans(PhoneRegexRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_when_a_trailer_lot_follows_a_street_then_it_is_removed_as_a_unit(text, expected):
    assert spans(StreetAddressRecognizer(), text) == where(text, *expected)
