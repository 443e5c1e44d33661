"""Names in capitals that the NER misses whole or in part, read on the text as written.

spaCy reads a run of capitals badly, and true-casing an all-capitals line first
(`redaction.document.truecase`) lower-cases a surname that is an English word ("KEVIN BROWN"
becomes "Kevin brown"), so the surname is left. Two shapes of forms, registers and logs:

- a value in capitals after a label and a colon, "DEFENDANT: KEVIN BROWN", "Mistenkt: STEIN
  ARNE HAUGEN", "OCCUPIER: JASON COLE.": two to four words in capitals whose first is a
  listed given name (world or census list) and each other word a given name, a name word or a
  census surname (even when it is an English word: "BROWN", "STONE", "COLE"), ending at
  punctuation, a bracket or the line's end ("GRACE PERIOD" stays: "period" is neither). No
  word may be an organisation word ("KARI HANSEN AS"); the guard then judges the span as it
  judges any other;
- a census surname in capitals right after a found name in capitals, "<GARY> LONG OF", "<NEIL>
  CROW.": it joins the found name when a stop word, punctuation or the line's end follows it.

`caps_surname` lets the document spread (`redaction.spread`) take such a surname closing a
name in capitals alone elsewhere ("LONG ALSO OWNS THE HMO"), though it is an English word.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import regex

from redaction.detections import Detection, overlaps
from redaction.town_list import world_towns
from redaction.world_names import fold

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’-]{1,30}"
# A label ends with a letter or a bracket and a colon: "DETAINED PERSON:", "Tenant (1):".
_LABELLED = regex.compile(
    rf"(?<=[\p{{L}})][ \t]*:[ \t]{{0,3}})(?P<run>{_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{1,3}})"
    r"(?=[ \t]*(?:[.,;:()\[\]|/–-]|\n|$))(?![\p{L}\p{M}])"
)
_NEXT_CAPS = regex.compile(rf"[ \t]({_CAPS_WORD})(?![\p{{L}}\p{{M}}\p{{N}}'’-])")
_END = regex.compile(r"[ \t]*(?:[.,;:()\[\]|/–-]|\n|$)")
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)")
_PREV_WORD = regex.compile(r"(\p{L}+)[ \t]+$")
_LABEL_WORD = regex.compile(r"(\p{L}+)[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*:[ \t]*$")
# Labels of fields that hold a place, a business or a thing, never a person.
_NOT_PERSON_LABEL = frozenset(
    "town city village origin country nationality citizenship place region province state "
    "district location destination site birthplace pob port from to route address street "
    "company business employer firm shop hotel ship vessel boat brand bank agency operation "
    "product make model colour color vehicle flight airline school church in at near via "
    "seen residence home hometown area zone camp based venue workplace premises property "
    "arrival departure transit border crossing checkpoint farm estate interception".split()
)
LABEL_RULE = "caps name: label + name in capitals"
SURNAME_RULE = "caps name: census surname after a name in capitals"


def _given(word: str) -> bool:
    from redaction.world_names import every_given_name

    return word.lower() in every_given_name()


def _surname(word: str) -> bool:
    from redaction.name_lists import surnames

    return word.lower() in surnames()


def labelled_runs(
    text: str, guard: PersonGuard, places: Collection[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Spans of names in capitals after a label and a colon (see the module docstring); none
    that spaCy's place spans (`places`) overlap."""
    out = []
    for m in _LABELLED.finditer(text):
        if overlaps(*m.span("run"), places):
            continue
        label = _LABEL_WORD.search(text, max(0, m.start() - 60), m.start())
        if label is not None and label.group(1).casefold() in _NOT_PERSON_LABEL:
            continue  # "DESTINATION: SANTA MARTA", "EMPLOYER: JOHN LEWIS"
        words = m.group("run").split()
        first, rest = words[0], words[1:]
        if not _given(first) or not guard.is_name_word(first, listed=True):
            continue
        if first.lower() in guard.stop_words:
            continue
        if not all(
            _given(w)
            or guard.surname_or_name_word(w)
            or (_surname(w) and guard.is_name_word(w, listed=True))
            for w in rest
        ):
            continue
        if any(w.casefold() in guard.org_keywords for w in words):
            continue
        out.append(m.span("run"))
    return out


def caps_surname(word: str, guard: PersonGuard) -> bool:
    """A census surname that may stand alone as a name part though it is an English word
    ("LONG", "STONE", "CROW" after "GARY LONG", "MARK STONE", "NEIL CROW"): no stop word,
    place, town of the shipped list, nationality, title or organisation word."""
    return (
        _surname(word)
        and word.lower() not in guard.stop_words
        and word.casefold() not in guard.org_keywords
        and guard.is_name_word(word, listed=True)
        and not guard.is_known_place(word)
        and fold(word) not in world_towns()  # "PRESTON", "LINCOLN", "DOVER": towns too
    )


def in_place_name(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """The word at start:end is part of a known place of two words with the word before or
    after it ("Bethnal GREEN", "LONG Beach"): a surname spread there would take the place."""
    word = text[start:end]
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    after = _NEXT_WORD.match(text, end)
    return (before is not None and guard.is_known_place(f"{before.group(1)} {word}")) or (
        after is not None and guard.is_known_place(f"{word} {after.group(1)}")
    )


def caps_surname_after(
    text: str, start: int, end: int, guard: PersonGuard, places: Collection[tuple[int, int]] = ()
) -> int:
    """The end of a found name in capitals grown over a census surname in capitals after
    it ("<GARY> LONG OF", "<AMY> ROSE."), else `end`; not over a word spaCy took for a
    place (`places`)."""
    surface = text[start:end]
    if not surface.isupper() or not surface.split():
        return end
    m = _NEXT_CAPS.match(text, end)
    if m is None:
        return end
    word = m.group(1)
    if not caps_surname(word, guard) or in_place_name(text, m.start(1), m.end(1), guard):
        return end
    if overlaps(m.start(1), m.end(1), places):
        return end
    if not _END.match(text, m.end()):
        after = _NEXT_WORD.match(text, m.end())
        if after is None or after.group(1).lower() not in guard.stop_words:
            return end
    return m.end()


def caps_people(
    text: str,
    found: list[Detection],
    guard: PersonGuard,
    places: Collection[tuple[int, int]] = (),
) -> list[Detection]:
    """`found` with the names in capitals of this module added or grown (on `text` as
    written, not true-cased); `places` are spaCy's place spans of the part."""
    out = []
    for det in found:
        if det.type == "PERSON":
            grown = caps_surname_after(text, det.start, det.end, guard, places)
            if grown != det.end:
                det = Detection("PERSON", det.start, grown, det.score, SURNAME_RULE)
        out.append(det)
    people = [(d.start, d.end) for d in out if d.type == "PERSON"]
    for s, e in labelled_runs(text, guard, places):
        if any(a <= s and e <= b for a, b in people):
            continue
        span = guard.clean(text, s, e, places)
        if span is not None:
            out.append(Detection("PERSON", span[0], span[1], 0.6, LABEL_RULE))
    return out
