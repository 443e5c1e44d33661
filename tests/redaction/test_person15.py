"""Names in lines of capitals that read as English words (issue 14, person15):

- `redaction.document.truecase` keeps the capital of a listed name after a title, a police
  rank or a naming verb ("DC PRICE", "A MAN CALLED SOLOMON"), and the rank's capitals;
- `redaction.name_extent.NameExtent` grows a name in capitals over a listed given name that
  ends it ("TOTH ANNA (", "MRS PRIYA RAMAN.").
"""

from __future__ import annotations

from typing import Any

import pytest

from redaction.document import NamesAfterCue, truecase
from redaction.name_extent import NameExtent
from tests.redaction.helpers import where

_ENGLISH = frozenset(
    "price solomon back from the a man called station by arrested dc said hope paid in to "
    "witness nothing us was".split()
)
_NAMES = NamesAfterCue(given=frozenset({"solomon", "hope"}), family=frozenset({"price", "from"}))


def _english(word: str) -> bool:
    return word in _ENGLISH


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ARRESTED BY: DC PRICE STATION: BRISTOL", "Arrested by: DC Price station: Bristol"),
        ("PAID BY A MAN CALLED SOLOMON IN LEEDS", "Paid by A man called Solomon in Leeds"),
        ("WITNESS: MRS HOPE SAID NOTHING TO US", "Witness: Mrs Hope said nothing to us"),
        # a word no list holds, or a surname after a naming verb, stays an English word
        ("THE MAN CALLED BACK TO THE STATION", "The man called back to the station"),
        ("THE MAN CALLED FROM THE STATION", "The man called from the station"),
        # no cue before the name: the English reading wins
        ("THE PRICE WAS PAID BY A MAN", "The price was paid by A man"),
    ],
)
def test_when_a_listed_name_follows_a_cue_in_capitals_then_it_keeps_its_capital(
    line: str, expected: str
) -> None:
    assert truecase(line, _english, _NAMES) == expected


def test_when_no_name_lists_are_given_then_truecasing_is_unchanged() -> None:
    line = "ARRESTED BY: DC PRICE STATION: BRISTOL"
    assert truecase(line, _english) == "Arrested by: Dc price station: Bristol"


def test_when_a_mixed_case_line_has_a_cue_then_it_is_left_as_written() -> None:
    text = "Arrested by DC PRICE at the station."
    assert truecase(text, _english, _NAMES) == text


def _extent() -> NameExtent:
    not_names = {"anna", "raman", "from", "the", "stated", "interpreter", "witness", "mrs"}
    return NameExtent(
        lambda word: word.lower() not in not_names,
        lambda word: word.lower() not in {"the", "from", "mrs"},
        frozenset({"anna", "raman", "from"}),
    )


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("INTERPRETER: TOTH ANNA (HUNGARIAN).", "TOTH", "TOTH ANNA"),
        ("WITNESS: MRS PRIYA RAMAN. SHE SAID", "PRIYA", "PRIYA RAMAN"),
        ("WITNESS: PRIYA RAMAN\nSTATED", "PRIYA", "PRIYA RAMAN"),
        # the listed word must end the name: a word after it keeps it out
        ("PRIYA RAMAN STATED THAT", "PRIYA", "PRIYA"),
        # only a listed given name the guard allows
        ("KARTHIK FROM.", "KARTHIK", "KARTHIK"),
        ("KARTHIK THE.", "KARTHIK", "KARTHIK"),
    ],
)
def test_when_a_listed_given_name_in_capitals_ends_a_found_name_then_it_joins(
    text: str, found: str, expected: str
) -> None:
    [(start, end)] = where(text, found)
    assert [_extent().extend(text, start, end)] == where(text, expected)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "SUSPECT: HASSAN IBRAHIM. ARRESTED BY: DC PRICE STATION: BRISTOL",
            ["PRICE"],
            ["BRISTOL", "DC "],
        ),
        (
            "CUSTODY RECORD. INTERPRETER: TOTH ANNA (HUNGARIAN). CAR WASH IN WOLVERHAMPTON.",
            ["TOTH", "ANNA"],
            ["HUNGARIAN", "WOLVERHAMPTON"],
        ),
        ("WITNESS: MRS PRIYA RAMAN. SHE LIVES IN LEICESTER.", ["PRIYA", "RAMAN"], ["LEICESTER"]),
        (
            "DRIVER STATED HE WAS PAID £300 BY A MAN CALLED SOLOMON IN LEEDS.",
            ["SOLOMON"],
            ["£300"],
        ),
    ],
)
def test_when_a_name_in_a_line_of_capitals_is_an_english_word_then_it_goes(
    redactor: Any, text: str, gone: list[str], kept: list[str]
) -> None:
    out = redactor.redact(text).text
    assert not [g for g in gone if g in out], out
    assert all(k in out for k in kept), out
