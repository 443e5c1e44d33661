"""Form-style names: a surname in capitals beside given names ("KRASNIQA Dritan Dušan"), which
spaCy reads as one organisation or facility (issues 14 and 17: the links bench's "FAMILY
given" reports were never keyed because the name stayed in the text)."""

from __future__ import annotations

import pytest

from redaction.recognizers.caps_surname import caps_surname_runs
from tests.redaction.checks import check_redaction

GIVEN = {"the", "dritan", "dusan", "dušan", "blessing", "maria", "cristina", "thu", "ramón"}


def _is_surname(word: str) -> bool:
    return word.lower() not in {"police", "unit", "street", "now", "call", "hope", "town", "hall"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("was called KRASNIQA Dritan Dušan.", ["KRASNIQA Dritan Dušan"]),
        ("named HOXHA Blessing as the driver", ["HOXHA Blessing"]),
        ("Cristina BALAN, born 1990", ["Cristina BALAN"]),
        ("TRẦN Thu Ramón paid", ["TRẦN Thu Ramón"]),
        # no given name beside the capitals, or capitals that are words or acronyms
        ("HOPE Street and the POLICE Unit", []),
        ("CALL Maria NOW", []),
        ("the NSPCC Dritan case", []),  # no vowel: an acronym
        ("KRASNIQA, Dritan", []),  # not joined by one space
        ("The SNA also recruited; The MTPE approved it.", []),  # a stop word is no given name
    ],
)
def test_a_surname_in_capitals_beside_given_names_is_one_run(text, found):
    spans = caps_surname_runs(text, GIVEN, _is_surname)
    assert [text[s:e] for s, e in spans] == found


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("The man who recruited her was called KRASNIQA Dritan Dušan.", ["KRASNIQA", "Dritan"], []),
        ("Witnesses named PETROVIĆ Florin as the driver.", ["PETROVIĆ", "Florin"], []),
        ("The man who recruited her was called HOXHA Blessing.", ["HOXHA", "Blessing"], []),
        (
            "Officers of the UK POLICE Unit met IOM Ghana in LIVERPOOL.",
            [],
            ["POLICE", "IOM", "LIVERPOOL"],
        ),
    ],
)
def test_when_a_form_style_name_is_written_then_it_goes_whole(redactor, text, gone, kept):
    check_redaction(redactor, text, gone=gone, kept=kept)
