"""Shorter strong forms of a name (round 20, issue 17), keyed after every form stored before
(`ingest.link_names.person_forms`), so stored keys still match:

- `without_titles(name)`: without leading titles the stored form keeps ("Doctor Amara
  Diallo" keys as three words; here also as "Amara Diallo").
- `without_middle_names(name)`: the first given name and the last surname of a name whose
  words between are given names ("Kwame Kofi Mensah", "MENSAH, Kwame Kofi" -> "Kwame
  Mensah"; "Pieter Jan van der Berg" -> "Pieter Berg"), as reports shorten a name. Until
  round 20 this was a weak form only (`ingest.link_weak`): it linked only beside another
  shared identifier. Not for a compound given name ("Jean Pierre Dubois", "María José
  Fernández": "Jean Dubois" may be another man), after "Muhammad" or an "Abd"/"Abu" opener
  (every Muhammad Khan would meet), for syllables written apart ("Min Jun Park"), nor
  where a word between is a surname ("Carlos Gutiérrez Rojas": `ingest.link_variants`
  has its own rule for that).
"""

from __future__ import annotations

from ingest.link_variants import _MUHAMMAD, ordered_parts
from redaction.person_guard import PARTICLES

_MORE_TITLES = frozenset(
    "doctor monsieur mlle sra srta shaikh captain engineer eng hajia mallam alhaja".split()
)
_COMPOUND_OPENERS = frozenset(
    "jean jeanne marie anne ana ann anna maria mary jose juan luis joao john "
    "abd abdel abdul abdal abdoul abu abou umm ibn bin siti nur ali".split()
)
_ALL_PARTICLES = PARTICLES | frozenset("der den ter ten het dela delos delas los las".split())


def without_titles(name: str) -> str | None:
    """The name without the leading titles above; None when it has none or fewer than two
    words would remain."""
    words = name.split()
    lead = 0
    while lead < len(words) - 2 and words[lead].casefold().strip(".") in _MORE_TITLES:
        lead += 1
    return " ".join(words[lead:]) if lead else None


def without_middle_names(name: str) -> str | None:
    """ "First-given-name Last-surname" of a trimmed name as written, or None (see above)."""
    from ingest.link_names import fold

    given, surname = ordered_parts(name)
    written = [*given, *surname]
    words = [w for w in written if w.casefold() not in _ALL_PARTICLES]
    if len(words) < 3 or any("-" in w or len(w) < 2 for w in words):
        return None
    first, middles = words[0], words[1:-1]
    opener = fold(first)
    if opener in _COMPOUND_OPENERS or opener in _MUHAMMAD or not _is_given(first):
        return None
    if len(first) <= 3 and all(len(m) <= 3 for m in middles):
        return None  # "Min Jun Park": syllables of one given name
    if not all(_is_given(m) for m in middles):
        return None
    # the particles before the surname stay, as the shorter name writes them ("van der")
    return " ".join([first, *written[written.index(middles[-1]) + 1 :]])


def _is_given(word: str) -> bool:
    from ingest.link_names import fold
    from redaction.name_lists import given_names
    from redaction.world_names import world_given_names

    folded = fold(word)
    return folded in given_names() or folded in world_given_names()
