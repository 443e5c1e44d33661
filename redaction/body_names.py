"""Aid bodies that spaCy tags PERSON although their own text shows them to be bodies.

Two shapes (issue 14, keeps22):

- **part of a listed name of several words** (`inside_listed_name`): spaCy tags one word of
  "Stop the Traffik", "Hope for Justice" or "It's a Penalty" as a person, or the word before
  the "'s" of "Barnardo's". The whole name, found around the span, is on the list of known
  organisations (`redaction.brand_list`), so the span is part of it;
- **a body whose name is also a given name, or no listed name at all, told by what only a body
  has** (`body_cue`): "Ruhama's caseworkers", "Ruhama, whose caseworkers", "a Hagar
  shelter", "the Hestia helpline", "Rahab (charity no. 1123456)", "referred to Hestia",
  "Partners: Salvation Army, Migrant Help, Hestia". A listed body that is also a given name
  ("Ruhama", "Hestia", "Hagar", "Myria") needs one such cue at some mention in its text; a
  name no list knows ("Rahab") only the cues no person takes (a helpline, caseworkers,
  trustees, a drop-in). Neither is kept when some mention reads as a person's: a title or
  given name before it ("Ms Hestia", "Nia Hestia"), a surname after it ("Hestia Morgan") or a
  colon after it ("Ruhama: are u still at the flat").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from redaction.brand_list import BRANDS, known_brand

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

# What a body has and a person does not ("Ruhama's caseworkers", "Rahab's drop-in").
_BODY_NOUNS = (
    r"caseworkers?|case[ \t]+workers?|helplines?|hotlines?|drop-ins?|trustees|refuges|"
    r"safe[ \t]+houses|outreach[ \t]+(?:workers?|team)|chief[ \t]+executive|ceo|partner[ \t]+agency"
)
# A listed body may also have what people have too ("Hagar's team", "a Hagar shelter").
_LISTED_BODY_NOUNS = (
    _BODY_NOUNS + r"|refuge|shelters?|advocates?|counsellors?|projects?|programmes?|services|"
    r"board|team|staff|volunteers|advisers|advisors|office"
)
_AFTER_POSSESSIVE = r"['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+)?"
_DETERMINER_BEFORE = regex.compile(r"(?<![\p{L}])(?i:a|an|the|our|their|its)[ \t]+$")
_CHARITY_BRACKET = regex.compile(
    r"[ \t]*\((?:a[ \t]+)?(?:registered[ \t]+)?(?i:charity|ngo|non-profit|foundation)"
)
_WHOSE = regex.compile(r"[ \t]*,[ \t]+whose[ \t]+")
_REFERRED_TO = regex.compile(
    r"(?<![\p{L}])(?i:referred|refer|referring|refers|signposted)(?:[ \t]+[\p{L}]+){0,3}?"
    r"[ \t]+to[ \t]+(?:the[ \t]+)?$"
)
_TITLE_WORD_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)")
_PREVIOUS = regex.compile(r"(\p{L}[\p{L}\p{M}'’-]*)\.?[ \t]+$")


@functools.lru_cache(maxsize=1)
def _long_names() -> regex.Pattern[str]:
    """The listed organisations of several words, as one pattern."""
    names = sorted(
        {" ".join(b.split()) for b in BRANDS.split("|") if len(b.split()) > 1},
        key=len,
        reverse=True,
    )
    alts = "|".join(regex.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{alts})(?![\p{{L}}\p{{M}}])")


def inside_listed_name(text: str, start: int, end: int) -> bool:
    """The span is part of a listed organisation's name of several words written around it
    ("Stop the Traffik"), or the name with the "'s" after it is listed ("Barnardo's")."""
    if text[end : end + 2] in ("'s", "’s") and known_brand(text[start:end] + "'s"):
        return True
    window_start = max(0, start - 60)
    for m in _long_names().finditer(text, window_start, min(len(text), end + 60)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def body_cue(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """A one-word name that some mention in the text shows to be a body (see the module)."""
    surface = text[start:end]
    if " " in surface or not surface[:1].isupper() or not surface.isalpha():
        return False
    listed = known_brand(surface)
    if not listed and not _unlisted(surface):
        return False  # a given name or surname no list holds as a body: "Maria's helpline"
    mentions = _mentions(text, surface)
    if any(_reads_as_person(text, s, e, guard) for s, e in mentions):
        return False
    nouns = _LISTED_BODY_NOUNS if listed else _BODY_NOUNS
    return any(_cued(text, s, e, nouns, listed, guard) for s, e in mentions)


def _cued(text: str, s: int, e: int, nouns: str, listed: bool, guard: PersonGuard) -> bool:
    after = text[e : e + 60]
    if regex.match(rf"{_AFTER_POSSESSIVE}(?:{nouns})(?![\p{{L}}])", after):
        return True  # "Ruhama's caseworkers", "Hagar's team"
    whose = _WHOSE.match(after)
    if whose and regex.match(rf"(?:{nouns})(?![\p{{L}}])", after[whose.end() :]):
        return True  # "Ruhama, whose caseworkers gave evidence"
    if _CHARITY_BRACKET.match(after):
        return True  # "Rahab (charity no. 1123456)"
    before = text[max(0, s - 60) : s]
    if _DETERMINER_BEFORE.search(before) and regex.match(rf"[ \t]+(?:{nouns})(?![\p{{L}}])", after):
        return True  # "a Hagar shelter", "the Hestia helpline"
    if not listed:
        return False
    if _REFERRED_TO.search(before) and not regex.match(r"[ \t]+as(?![\p{L}])", after):
        return True  # "referred to Hestia by the police"; not "referred to Hestia as her aunt"
    return _listed_with_body(text, s, e, guard)


def _listed_with_body(text: str, s: int, e: int, guard: PersonGuard) -> bool:
    """ "Salvation Army, Migrant Help, Hestia": listed beside a body that is no given name."""
    from redaction import not_a_person as nap

    runs = []
    after = nap._LISTED_AFTER.match(text, e, min(len(text), e + 80))
    if after:
        runs.append(after.group(1))
    before = nap._LISTED_BEFORE.search(text, max(0, s - 80), s)
    if before:
        runs.append(before.group(1))
    for run in runs:
        if known_brand(run) and not _given(run):
            return True
        if " " in run.strip() and nap._organisation_run(run, guard):
            return True
    return False


def _reads_as_person(text: str, s: int, e: int, guard: PersonGuard) -> bool:
    """A title or given name before the mention, a surname after it, or a speaker's colon."""
    from redaction.name_lists import surnames
    from redaction.org_cues import _TITLES

    if regex.match(r"[ \t]*:", text[e : e + 3]):
        return True
    before = _PREVIOUS.search(text, max(0, s - 30), s)
    prev = before.group(1) if before else ""
    if prev.lower() in _TITLES:
        return True
    if (
        prev[:1].isupper()
        and _given(prev)
        and not before.group().rstrip().endswith(".")
        and guard.is_name_word(prev, listed=True)
    ):
        return True  # "Nia Hestia"; not "Trustees: Emmanuel Osei. Rahab's drop-in"
    nxt = _TITLE_WORD_AFTER.match(text, e, min(len(text), e + 40))
    return nxt is not None and nxt.group(1).casefold() in surnames()


def _given(word: str) -> bool:
    from redaction.world_names import every_given_name

    return word.strip().casefold() in every_given_name()


def _unlisted(word: str) -> bool:
    from redaction.name_lists import surnames

    key = word.casefold()
    return not _given(word) and key not in surnames()


def _mentions(text: str, surface: str) -> list[tuple[int, int]]:
    word = regex.escape(surface)
    pattern = rf"(?<![\p{{L}}\p{{M}}'’-]){word}(?![\p{{L}}\p{{M}}-])"
    return [m.span() for m in regex.finditer(pattern, text)]
