"""Street lines of round 16 (issue 14): a street named after a preposition goes with its
street word, the quarter before a Colombian house number, South African stands, Japanese
block numbers before a ward and a home's street typed in lower case. Each recognizer alone,
exact spans, no spaCy; look-alikes that must stay beside each."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.recognizers.street_address import StreetAddressRecognizer
from tests.redaction.helpers import merged, spans, where

STREETS = [
    # The street word goes with the name: "on <STREET> Road" still told which road.
    ("the girls are kept opposite the petrol station on Moi Avenue in Mombasa", ["Moi Avenue"]),
    ("We slept in a container behind the church on Ikorodu Road.", ["Ikorodu Road"]),
    ("Address line 2: off Opebi Road", ["Opebi Road"]),
    # Colombia: the quarter before the house number.
    ("The agency was at Calle 26 Sur #43-12 in Bogotá.", ["Calle 26 Sur #43-12"]),
    ("Calle 12 # 4-31 Sur", ["Calle 12 # 4-31 Sur"]),
    # South Africa: a stand or erf number.
    (
        "Survivor now housed at Stand 4417, Vilakazi Street, Soweto.",
        ["Stand 4417, Vilakazi Street"],
    ),
    ("ERF 2231 was sold in 2019.", ["ERF 2231"]),
    # Japan: block numbers without "chome" before the ward.
    ("Her last known address was 4-2-8 Shibaura, Minato-ku, Tokyo.", ["4-2-8 Shibaura"]),
    # A home's street typed in lower case.
    ("she lives on albany road now, the one by the chippy", ["albany road"]),
    ("my aunt stays at kimathi street since june", ["kimathi street"]),
]

KEPT = [
    "Come to stand 3 at the market on Sunday.",
    "The Stand 12 exhibitors left early.",
    "He lives on the main road out of town.",
    "She lives in a dirt road village near Gulu.",
    "They stayed in rooms close to the station.",
    "They lived in tea gardens in Assam for years.",
    "The results for 12-14 March were late.",
    "Downing Street issued a statement on the camps.",
]


@pytest.mark.parametrize(("text", "expected"), STREETS)
def test_when_a_street_line_of_round_16_is_written_then_it_is_found_exactly(
    text: str, expected: list[str]
) -> None:
    assert merged(spans(StreetAddressRecognizer(), text)) == where(text, *expected)


@pytest.mark.parametrize("text", KEPT)
def test_when_a_look_alike_names_no_street_then_nothing_is_found(text: str) -> None:
    assert spans(StreetAddressRecognizer(), text) == []


def test_when_a_prose_street_is_redacted_then_its_street_word_goes_too(redactor: Any) -> None:
    out = redactor.redact("The house is two doors down from the school on Gordon Street.").text
    assert "Gordon" not in out, out
    assert "Street" not in out, out
    assert "school" in out, out
