"""A name found in part is removed whole (redaction.name_extent, issue 14)."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.name_extent import NameExtent
from tests.redaction.checks import check_redaction
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
    # A sentence's full stop does not stop the growth; an e-mail's dot does.
    ("we met Ionut Dragomir.", "Ionut", "Ionut Dragomir"),
    ("see Ionut Dragomir.ro for it", "Ionut", "Ionut"),
    # A possessive or a punctuation mark stops the growth.
    ("Teodor's Dragomir", "Dragomir", "Dragomir"),
    ("Dragomir, Teodor", "Dragomir", "Dragomir"),
    # At most two words on each side.
    ("Aa Bb Cc Dd", "Dd", "Bb Cc Dd"),
    # A capitalised particle opening a surname joins it alone ("Dos Reis" after "Ana dos Reis").
    ("Dos Reis kept the papers", "Reis", "Dos Reis"),
    ("the Van Berg flat", "Van Berg", "Van Berg"),
    # So does a lower-case one with no name before it: a nickname's article, "bin" alone.
    ("his partner la Guera stays", "Guera", "la Guera"),
    ("the door bin Khalid", "Khalid", "bin Khalid"),
    # Two particles of one surname go together ("de" was left before "<PERSON_1>").
    ("the subject, de la Cruz, made", "Cruz", "de la Cruz"),
    ("the subject, of la Cruz, made", "Cruz", "la Cruz"),
    # A short family name before a Vietnamese middle name joins though it is an English word.
    ("Do Thi Hoa will meet", "Thi Hoa", "Do Thi Hoa"),
    ("Call The Van Tam", "Van Tam", "Van Tam"),
]

_SURNAMES = frozenset("fall park street ward".split())


def _extent_with_surnames(monkeypatch: pytest.MonkeyPatch) -> NameExtent:
    import redaction.name_extent as module

    monkeypatch.setattr(module, "surnames", lambda: _SURNAMES)
    # The surnames are English words (no name word) that a given-name list would accept.
    return NameExtent(
        lambda word: word.lower() not in _NOT_NAMES | _SURNAMES,
        lambda word: word.lower() not in _NOT_NAMES,
    )


# (text, the one-word name found, the span after growing)
SURNAME_AFTER = [
    ("she was sold to Cheikh Fall for money", "Cheikh", "Cheikh Fall"),
    ("we met Ana Ward.", "Ana", "Ana Ward"),
    # "Park" is a street word too: a Korean "Jin Park" is left to the other rules.
    # Street, place and venue words, and a capitalised or numbered word after: no surname.
    ("Maria Street for", "Maria", "Maria"),
    ("Ana Ward Road", "Ana", "Ana"),
    ("Jin Park.", "Jin", "Jin"),
    ("Ana Ward 5", "Ana", "Ana"),
    # Only after a one-word name, and only a surname list's word.
    ("Cheikh Ba Fall for", "Cheikh Ba", "Cheikh Ba"),
    ("Cheikh Door for", "Cheikh", "Cheikh"),
]


@pytest.mark.parametrize(("text", "found", "expected"), SURNAME_AFTER)
def test_when_a_surname_that_is_an_english_word_follows_a_given_name_then_it_joins(
    monkeypatch: pytest.MonkeyPatch, text: str, found: str, expected: str
) -> None:
    [(start, end)] = where(text, found)
    extent = _extent_with_surnames(monkeypatch)
    assert [extent.extend(text, start, end)] == where(text, expected)


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
        # a census surname WordNet reads as English ("torres": plural of "torr")
        ("Driver: TORRES, Alejandro, paid cash.", "TORRES"),
        # a surname's particle in capitals, and a nickname between the names
        ("Witness EL AMRANI Youssef said so.", "EL "),
        ('Alejandro "Alex" Torres drove the van.', "Torres"),
    ],
)
def test_when_one_word_of_a_name_is_found_then_the_redactor_removes_the_whole_name(
    redactor: Any, text: str, leaked: str
) -> None:
    check_redaction(redactor, text, gone=leaked, placeholder="<PERSON_1>")


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
