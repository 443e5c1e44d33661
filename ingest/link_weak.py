"""Weak name keys: forms of a name that may be another person's, keyed apart (type
`person_weak`) so that they link two reports only beside a second shared identifier.

A strong name key (`ingest.link_names.person_forms`) must match every word of a name, save a
patronymic or a surname on no given-name list. Reports also write one person more loosely,
and these forms are kept as weak keys:

- the given name's initial with a surname: "N. Adebayo", "Mr G. Papadopoulos" (and the
  same key for "Nkechi Adebayo", "ADEBAYO Nkechi"): "Ngozi Adebayo" shares it;
- the first given name with one other word of the name, leaving out a middle given name or
  a second surname on a given-name list: "Pieter Jan van der Berg" -> "pieter berg",
  "Alejandro Torres Vega" -> "alejandro torres": "Kwame Mensah" and "Kwame Kofi Mensah" may
  be two men;
- a given name with the surname's initial ("Somchai W."), as the other-initial form of a
  two-word name ("Somchai Wongsakul") has it;
- each of these for the name written again as `ingest.link_spellings.rewrites` writes it
  ("Fco. Javier Morales" as "Francisco Javier Morales": "francisco morales");
- a name the NER ran into the next sentence's first word where no full stop stood ("Signed:
  Nkechi Adebayo Bookings were confirmed"): the name without its last word, when a lower-case
  word follows it and three words or more were taken.

The link walk (`lens.services.link_graph`) counts a weak key only between two reports that
also share another (not weak) key: alone, it never links.
"""

from __future__ import annotations

import regex

from ingest.link_names import _core, _trimmed_as_written, fold, person
from ingest.link_spellings import rewrites
from ingest.link_variants import _MIDDLES, _MORE_PARTICLES, canonical, ordered_parts

WEAK_TYPE = "person_weak"

_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")
# A lower-case word right after the name ("... Bookings were confirmed").
_RUNS_ON = regex.compile(r"^[ \t]+\p{Ll}")


def _words(token: str) -> list[str]:
    """The folded name words of one word as written, particles left out."""
    return [w for w in _core(fold(token)) if w not in _MORE_PARTICLES]


def _initial(token: str) -> str | None:
    """The folded first letter of a given name or of its initial ("N." -> "n")."""
    letters = regex.findall(r"\p{L}", fold(token))
    return letters[0] if letters else None


def _loose(value: str) -> list[str]:
    """Initial + surname and first given name + one other word, sorted, for one name."""
    given, surname = ordered_parts(_trimmed_as_written(value))
    if not given or not surname:
        return []
    out: list[str] = []
    first = given[0]
    initial = _initial(first)
    surnames = [w for token in surname for w in _words(token) if w not in _MIDDLES]
    if initial is not None:
        out += [" ".join(sorted([initial, s])) for s in surnames]
    names = _words(first)
    if len(names) == 1 and not surnames and len(surname) == 1:
        # a given name and the surname's initial ("Somchai W.", "Maria G."): the form the
        # full name's other-initial key below has ("Somchai Wongsakul" -> "somchai w")
        other = _initial(surname[0])
        out += [" ".join(sorted([other, names[0]]))] if other else []
    if len(names) == 1:  # a full given name, not an initial
        given_name = canonical(names[0])
        others = [w for token in [*given[1:], *surname] for w in _words(token)]
        out += [" ".join(sorted([given_name, w])) for w in others if w not in _MIDDLES]
        out = [f for f in out if f != given_name]
        if len(given) == 1 and len(surname) == 1 and len(surnames) == 1:
            # two words in either order ("Nagy Gábor", "Kim Minjun"): the other initial too
            out.append(" ".join(sorted([surnames[0][0], names[0]])))
    return out


def weak_forms(value: str, after: str = "") -> list[str]:
    """The weak forms of a removed name (`after`: the raw text that follows it), each once;
    none for one word."""
    out = _loose(value)
    for again in rewrites(_trimmed_as_written(value)):  # "Fco. Javier" read as "Francisco"
        out += _loose(again)
    words = _WORD.findall(value)
    if len(words) >= 3 and _RUNS_ON.match(after):
        shorter = value[: value.rfind(words[-1])].rstrip(" ,")
        full = person(shorter)
        out += [full] if full else []
        out += _loose(shorter)
    return [f for f in dict.fromkeys(out) if f]
