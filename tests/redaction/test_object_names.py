"""A surname alone after a preposition (issue 14, person12): "sent money to Petrovic",
"moved from Karimov to", when a name list holds it or it ends as only family names do, and it
is no English word (WordNet knows "Bern" and "Tuscany")."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The cash was sent on to Nurmatov in two parts.", "Nurmatov"),
        ("Payments went from Ismailov to a shell company in Baku.", "Ismailov"),
        ("Detectives searched the garage of Truong near the depot.", "Truong"),
    ],
)
def test_when_a_listed_surname_follows_a_preposition_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    out = redactor.redact(text).text
    assert gone not in out
    assert "<PERSON_" in out


@pytest.mark.parametrize(
    "text",
    [
        "The women were taken from Bern to Tuscany by car.",
        "Wages were paid to Golden Harvest Farms, not to the pickers.",
        "Girls were moved from Kumasi to Accra and then to Lagos.",
    ],
)
def test_when_the_word_after_the_preposition_is_a_place_or_a_business_then_it_stays(
    redactor: Any, text: str
) -> None:
    assert "<PERSON_" not in redactor.redact(text).text
