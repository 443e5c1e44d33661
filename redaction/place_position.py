"""Where a span stands as a place, not a person: the neighbours that make a word a town.

The person guard (`redaction.person_guard`) asks these after it has judged a span by its own
words; `redaction.town_list` and `redaction.not_a_person` ask them too.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import regex

from redaction import gazetteer

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_PREV_WORD = regex.compile(r"([\p{L}]+)[\s,]*$")
_PREV_WORD_SPACED = regex.compile(r"(?<![\p{L}])(\p{L}+)[ \t]+$")
_NEXT_WORD = regex.compile(r"^\s*([\p{L}]+)")
_ROLE_WORDS = frozenset(gazetteer.split(gazetteer.PERSON_ROLES))
_BEFORE_CONJUNCT = regex.compile(r"(?:,|\band|\bor)\s*$")
_AFTER_CONJUNCT = regex.compile(r"^\s*(?:,|and\b|or\b)\s*")
_NUMBER_BEFORE = regex.compile(r"(?<![\w.,-])\d[\d -]{2,}\d,?[ \t]*$")
_LINE_BREAK_OR_COMMA = regex.compile(r"^[ \t]*(?:\n[\s|?•*>·–-]*|,[ \t]*)(\p{Lu}[\p{L}\p{M} .'-]*)")
_AIMED_VERBS = frozenset(
    "shouted yelled screamed smiled laughed looked stared glanced pointed waved winked nodded "
    "grinned frowned swore snapped barked hissed aimed threw".split()
)


def place_context(text: str, start: int, end: int) -> bool:
    """A locative word before the span ("in Kent", "from Sofia"), a place listed before it
    ("Hull and Grimsby"), a comma before it (not a name set off after a role: "The farm
    owner, Duarte, said") or a place noun after it ("Nghe An province")."""
    window = text[max(0, start - 30) : start]
    before = _PREV_WORD.search(window)
    if before and before.group(1).lower() in ("and", "or"):
        # "Hull and Grimsby" lists places; "him and Lara's kid" joins a person to one.
        first = _PREV_WORD.search(window[: before.start()])
        if first and first.group(1)[:1].isupper():
            return True
    elif before and before.group(1).lower() in gazetteer.LOCATIVES:
        return True
    if text[max(0, start - 2) : start].strip() == ",":
        role = before is not None and before.group(1).lower() in _ROLE_WORDS
        return not (role and text[end : end + 1] == ",")
    after = _NEXT_WORD.match(text[end : end + 30])
    return bool(after and after.group(1).lower() in gazetteer.PLACE_NOUNS)


def address_position(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """Where a town, not a person, stands in an address: one word after a postcode
    ("63001162 Rosario"), or before a country on the next line or after a comma
    ("Poznań\nPoland", "Rosario, Argentina")."""
    if _NUMBER_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    after = _LINE_BREAK_OR_COMMA.match(text[end : end + 60])
    if after is None:
        return False
    from core.gazetteer import lookup_country
    from redaction.person_guard import normalize

    nxt = after.group(1).split("\n")[0].strip(" .,")
    if len(nxt) <= 3 and not nxt.isupper():
        return False  # "DEMIR, No. 3:19-cr-0042": "No" is no country code here
    return lookup_country(nxt) is not None and normalize(nxt) not in guard.places


def after_place_preposition(text: str, start: int, end: int) -> bool:
    """ "landed in Lampedusa", "at Mae Sot": people rarely follow these words (unless
    possessive: "at Kofi's house")."""
    before = _PREV_WORD_SPACED.search(text[max(0, start - 12) : start])
    if not before or before.group(1).lower() not in gazetteer.PLACE_PREPOSITIONS:
        return False
    # "shouted at Natalie", "smiled at Ana": a gesture or a word aimed at someone.
    verb = _PREV_WORD_SPACED.search(text[max(0, start - 40) : start - len(before.group(0))])
    if verb and verb.group(1).lower() in _AIMED_VERBS:
        return False
    return text[end : end + 2] not in ("'s", "’s")


def listed_with_place(
    text: str, start: int, end: int, places: Collection[tuple[int, int]], guard: PersonGuard
) -> bool:
    """ "Hull and Grimsby": a word coordinated with a place spaCy found is a place, when our
    lists know that place too (spaCy calls odd surnames places: "founders: Kamau,
    Krittayanukoon and Đurinić")."""
    known = [(s, e) for s, e in places if guard.is_known_place(text[s:e])]
    before = _BEFORE_CONJUNCT.search(text[max(0, start - 6) : start])
    if before:
        joint = max(0, start - 6) + before.start()
        if any(joint - 2 <= e <= joint for _, e in known):
            return True
    after = _AFTER_CONJUNCT.match(text[end : end + 6])
    if after:
        joint = end + after.end()
        return any(s == joint for s, _ in known)
    return False
