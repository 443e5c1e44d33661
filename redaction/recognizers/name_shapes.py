"""Name shapes that the NER model and the form rules find only in part, or not at all:

- hyphenated initials before a surname: "J-P Dubois", "M.-C. Girard", "A-M Kowalczyk"
  (spaCy takes "J-P" alone, or nothing, and "Dubois" was left beside the placeholder);
- a surname in capitals, with its particles or apostrophe, before a comma and a listed given
  name, anywhere in a line: "the subject, VON WEBER, Friedrich, made", "sender O'BRIEN,
  Seán;", "DE LA CRUZ, Miguel" (`NameExtent.surname_first` takes that shape only at the start
  of a line or list item, and "WEBER" and "O'BRIEN" read as English words to the guard);
- a given name and the initial of a surname at a sentence's end: "was Somchai W..".

Each shape needs a name word the lists or the guard vouch for: a census surname or a word
that is no English word, place, nationality, title or role after the initials ("J.P. Morgan"
has no hyphen and stays; so does "R v Home Office"), and a listed given name after the comma
("USA, Virginia" does not pass: "USA" is no surname).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from redaction.person_guard import PARTICLES

_INITIALS = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}.'’-])\p{Lu}\.?-\p{Lu}\.?[ \t]{1,2}"
    r"(?P<surname>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]{1,40})(?![\p{L}\p{M}\p{N}@])"
)
_CAPS = r"\p{Lu}[\p{Lu}\p{M}]*(?:['’-]\p{Lu}[\p{Lu}\p{M}]*)*"
# A given name in Title case or, in a form written in capitals, in capitals ("OKEKE, CHIDI").
_GIVEN_WORD = r"\p{Lu}(?:[\p{Ll}\p{M}]+|[\p{Lu}\p{M}]+)"
_COMMA_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’.-])(?P<before>(?:{_CAPS}[ \t]){{0,2}})"
    rf"(?P<surname>{_CAPS}|\p{{Lu}}\p{{Ll}}[\p{{Ll}}\p{{M}}'’-]+),"
    rf"[ \t]{{1,2}}(?P<given>{_GIVEN_WORD}(?:-{_GIVEN_WORD})?)"
    rf"(?P<more>(?:[ \t]{_GIVEN_WORD}){{0,2}})(?![\p{{L}}\p{{M}}\p{{N}}])"
)
# Where a form or a list puts one person to a line: the line's start, a list item's number or
# bullet, or a label and its colon ("NAME: ", "1. ", "- ").
_LINE_OPENING = regex.compile(
    r"(?:^|\n)[ \t]*(?:(?:\d{1,3}[.)]|[-•*–])[ \t]+|[\p{L} ]{2,30}:[ \t]*)?$"
)
# A form's label and its colon at the line's start ("Name: ", "Detained person: ").
_LABEL = regex.compile(r"(?:^|\n)[ \t]*[\p{L} ]{2,30}:[ \t]*$")
# "was Somchai W..": a given name, a capital and two full stops (the initial's and the
# sentence's), or one full stop at the end of the text.
_GIVEN_INITIAL = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'’.-])(?P<given>\p{Lu}\p{Ll}[\p{Ll}\p{M}]+)[ \t]\p{Lu}\.(?=\.|[ \t]*$)"
)
# "SALEM" after "BIN", "WEBER" after "VON", "O'BRIEN": the shape vouches for the surname.
_APOSTROPHE = regex.compile(r"^\p{Lu}{1,2}['’]\p{Lu}{2,}$")


def _given(word: str, given_names: Collection[str]) -> bool:
    parts = word.lower().split("-")
    return all(p in given_names and p not in STOP_WORDS for p in parts)


def _unlisted_given(word: str, is_surname: Callable[[str], bool]) -> bool:
    """A word the lists do not hold that may still be a given name: one part, no stop word
    ("VON WEBER, The end"), and no English word, place or title to the guard."""
    return "-" not in word and word.lower() not in STOP_WORDS and is_surname(word)


def initials_runs(
    text: str, is_surname: Callable[[str], bool], census: Collection[str]
) -> list[tuple[int, int]]:
    """Spans of "J-P Dubois", "M.-C. Girard": hyphenated initials and a surname."""
    if "-" not in text:
        return []
    out = []
    for m in _INITIALS.finditer(text):
        word = m.group("surname")
        if is_surname(word) or word.lower() in census:
            out.append((m.start(), m.end()))
    return out


def comma_name_runs(
    text: str, given_names: Collection[str], is_surname: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Spans of "VON WEBER, Friedrich", "O'BRIEN, Seán", "GARCIA LOPEZ, Jose Luis"."""
    if "," not in text:
        return []
    out = []
    for m in _COMMA_NAME.finditer(text):
        surname, first = m.group("surname"), m.group("given")
        if len(surname) < 3 or len(first) < 2:
            continue
        opening = _LINE_OPENING.search(text, max(0, m.start() - 40), m.start()) is not None
        listed = _given(first, given_names)
        if not surname.isupper():
            # a Title-case surname only after a form's label, before a listed given name
            # ("Name: Gebremedhin, Saba"); "Samsung, Apple and Dell" opens a line too
            label = _LABEL.search(text, max(0, m.start() - 40), m.start()) is not None
            if not (label and listed and not m.group("before") and is_surname(surname)):
                continue
        # an unlisted given name ("OYELARAN, Folake") only where a form or list puts one
        # person to a line, and only a word that is no English word, place or title
        elif not (listed or (opening and _unlisted_given(first, is_surname))):
            continue
        before = m.group("before").split()
        particles = [w for w in before if w.lower() in PARTICLES]
        if not (particles or _APOSTROPHE.match(surname) or is_surname(surname)):
            continue
        start = m.start("surname")
        # words before the surname join when each is a particle or itself a surname
        for k in range(len(before)):
            rest = before[k:]
            if all(w.lower() in PARTICLES or is_surname(w) for w in rest):
                start = m.start() + len(" ".join(before[:k])) + (1 if k else 0)
                break
        end = m.end("given")
        for word in m.group("more").split():
            if word.isupper() != first.isupper():
                break  # "NGUYEN, THI LAN" and "NGUYEN, Thi Lan", not "OKEKE, CHIDI Flight"
            if not (_given(word, given_names) or is_surname(word)):
                break
            end = text.index(word, end) + len(word)
        out.append((start, end))
    return out


def given_initial_runs(
    text: str, given_names: Collection[str], is_name_word: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Spans of "Somchai W." before a second full stop or the text's end."""
    out = []
    for m in _GIVEN_INITIAL.finditer(text):
        given = m.group("given")
        if given.lower() in given_names and given.lower() not in STOP_WORDS and is_name_word(given):
            out.append((m.start(), m.end()))
    return out
