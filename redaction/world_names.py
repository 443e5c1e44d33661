"""Given names of many origins, from a list shipped with Lens (redaction/data/).

`redaction.name_lists` reads the 1990 US census first names: few Romanian, Vietnamese, West
African, South Asian or Eastern European names are on it, so a lone "Sorin", "Adaeze" or
"Oksana" in a person's place was left. `world_given_names()` adds the names of
redaction/data/world_given_names.txt (about 42,000, built by tools/build_world_names.py from
PyPI nomquamgender 0.1.4, MIT). Its names are ASCII-folded, so a lookup folds too: "João" is
found as "joao". Read once per process from package data (a few milliseconds); nothing is
downloaded.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable

from redaction.shipped import shipped_lines

DATA_FILE = "world_given_names.txt"


def fold(word: str) -> str:
    """Lower case without accents: "João" -> "joao", "Tănase" -> "tanase"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class NameList(frozenset[str]):
    """Lower-case names; `word in names` also tries the word without accents."""

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        lowered = word.lower()
        return frozenset.__contains__(self, lowered) or (
            not lowered.isascii() and frozenset.__contains__(self, fold(lowered))
        )


@functools.lru_cache(maxsize=1)
def world_given_names() -> frozenset[str]:
    """The shipped world list, lower case and ASCII-folded."""
    return shipped_lines(DATA_FILE, "given-name list", "tools/build_world_names.py", "ascii")


@functools.lru_cache(maxsize=4)
def all_given_names(*lists: frozenset[str]) -> NameList:
    """The world list joined with other lists (the census one), searchable without accents.

    Built once per process for each set of lists (the factory's given-name recognizer and
    `world_places.person_free_places` both ask for world + census): the same object each time.
    """
    out: set[str] = set(world_given_names())
    for names in lists:
        out |= {n.lower() for n in names}
    return NameList(out)


def every_given_name() -> NameList:
    """The world list joined with the census one: what the guards mean by "a given name"."""
    from redaction.name_lists import given_names

    return all_given_names(given_names())


def listed_name_word(census: frozenset[str], is_name_word: Callable[..., bool]) -> Callable:
    """The name-word test for a listed given name. A census name may be an English word or
    a city's name too ("Grace", "Victoria": the guard's `listed` rules); a name only the
    world list knows must be no English word, place or nationality at all ("Wellington",
    "Bern" and "Turk" are on it)."""

    def check(word: str) -> bool:
        return is_name_word(word, listed=word.lower() in census)

    return check
