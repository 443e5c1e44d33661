"""A name found in part is removed whole (redaction.name_extent, issue 14)."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.name_extent import NameExtent
from tests.redaction.helpers import where

# Words a fake guard knows as English, places or titles; everything else can be a name.
_NOT_NAMES = frozenset(
    "the a call tomorrow locked door said mr mrs customer makes hugo ltd london paris was in and "
    "bin".split()
)


def _extent() -> NameExtent:
    return NameExtent(lambda word: word.lower().rstrip(".") not in _NOT_NAMES)


# (text, the span found, the span after growing)
EXTENT = [
    ("Ionut Dragomir locked the door", "Dragomir", "Ionut Dragomir"),
    ("the customer, OKAFOR CHIDI, makes", "OKAFOR", "OKAFOR CHIDI"),
    ("call joão pedro da silva tomorrow", "joão pedro", "joão pedro da silva"),
    ("Faisal bin Khalid Al-Qahtani was in", "Khalid Al-Qahtani", "Faisal bin Khalid Al-Qahtani"),
    # Only the span's own writing joins: Title case does not take a capitals word.
    ("Dragomir SAID", "Dragomir", "Dragomir"),
    # English words, places and titles never join.
    ("Mr Dragomir locked", "Dragomir", "Dragomir"),
    ("Marcel Paris was", "Marcel", "Marcel"),
    ("Kowalski Ltd was", "Kowalski", "Kowalski"),
    # A particle joins only with a name word on its far side.
    ("Ahmed bin the door", "Ahmed", "Ahmed"),
    # A possessive or a punctuation mark stops the growth.
    ("Teodor's Dragomir", "Dragomir", "Dragomir"),
    ("Dragomir, Teodor", "Dragomir", "Dragomir"),
    # At most two words on each side.
    ("Aa Bb Cc Dd", "Dd", "Bb Cc Dd"),
]


@pytest.mark.parametrize(("text", "found", "expected"), EXTENT)
def test_when_name_words_stand_beside_a_found_name_then_the_span_grows_over_them(
    text: str, found: str, expected: str
) -> None:
    [(start, end)] = where(text, found)
    assert [_extent().extend(text, start, end)] == where(text, expected)


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        (
            "Reason for suspicion: OKAFOR CHIDI deposits cash. OKAFOR's employer is dormant.",
            "CHIDI",
        ),
        ("We slept there. Ionut Dragomir locked us in. Dragomir's brother drove.", "Ionut"),
    ],
)
def test_when_one_word_of_a_name_is_found_then_the_redactor_removes_the_whole_name(
    redactor: Any, text: str, leaked: str
) -> None:
    out = redactor.redact(text).text
    assert leaked not in out
    assert "<PERSON_1>" in out


# (text, the given name found, the surname written before it in capitals, or None)
SURNAME_FIRST = [
    ("Persons present: OSEI, Patience (F, 23)", "Patience", "OSEI"),
    ("Suspects:\nKOVAC, Ana\nDRAGAN, Ivo", "Ivo", "DRAGAN"),
    ("- NWOSU , Chidi", "Chidi", "NWOSU"),
    # Not at the start of a line or list item: a clause, not a surname field.
    ("said OSEI, Patience", "Patience", None),
    # Not capitals, or a word the guard knows: no surname.
    ("Persons: Osei, Patience", "Patience", None),
    ("Note: LONDON, Paris", "Paris", None),
]


@pytest.mark.parametrize(("text", "given", "surname"), SURNAME_FIRST)
def test_when_a_capitals_surname_comes_first_then_it_is_found(
    text: str, given: str, surname: str | None
) -> None:
    start = text.index(given)
    found = _extent().surname_first(text, start)
    if surname is None:
        assert found is None
    else:
        assert [found] == where(text, surname)
