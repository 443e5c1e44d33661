"""Country names as other languages write them ("Serbien", "Rumänien", "Marruecos", "Moldávia").

Police notes, court summaries and forms reach the hub in German, Portuguese, Spanish, French
and other languages, and the English NER model reads their country names as people ("aus
Rumänien", "de Marruecos"). pycountry ships the ISO 3166 names translated into many
languages (its gettext catalogues, read offline from the installed package); the person guard
counts them as countries, which are never a person.

A translation that a list of given names or surnames holds, or that is an English word, is
left out ("Đức" is a Vietnamese given name and Vietnamese for Germany; "Chile", "Jordan" and
"Georgia" are handled by the English lists as before): a list must never release a person.
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Callable, Collection

# The languages of the regions the hub's reports come from (Europe, Latin America, West and
# East Africa, South-East Asia).
LANGUAGES = (
    "de fr es pt pt_BR it nl pl ro ro_MD sv da nb_NO fi cs sk hu hr sl sq sr@latin lt lv et "
    "tr id ms vi fil sw"
).split()


@functools.lru_cache(maxsize=1)
def _translated() -> frozenset[str]:
    return translated_names()


def translated_names(languages: Collection[str] = LANGUAGES) -> frozenset[str]:
    """Every country's name and common name in `languages`, as pycountry translates them."""
    import pycountry

    english: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                english.add(value)
    out: set[str] = set()
    for lang in languages:
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue  # a pycountry release without this language's catalogue
        for value in english:
            translated = catalogue.gettext(value)
            if translated != value and "," not in translated:
                out.add(translated)
    return frozenset(out)


def foreign_country_names(
    is_name: Callable[[str], bool], is_english: Callable[[str], bool]
) -> frozenset[str]:
    """`translated_names()` of four letters or more, less those any word of which is a name
    (`is_name`) or an English word (`is_english`)."""
    keep = set()
    for name in _translated():
        words = [w for w in name.replace("-", " ").split() if w]
        if len(name) < 4 or any(is_name(w) or is_english(w) for w in words):
            continue
        keep.add(name)
    return frozenset(keep)


def foreign_country_keys(is_english: Callable[[str], bool]) -> frozenset[str]:
    """`foreign_country_names` as the person guard's keys (`person_guard.normalize`), less
    any word a census or world list of given names or the census surnames holds."""
    from redaction.name_lists import surnames
    from redaction.person_guard import normalize
    from redaction.world_names import every_given_name

    given, family = every_given_name(), surnames()

    def is_name(word: str) -> bool:
        return word in given or normalize(word) in family

    return frozenset(normalize(n) for n in foreign_country_names(is_name, is_english))
