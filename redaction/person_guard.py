"""Releases spans wrongly taken for a person: countries, cities, nationalities, businesses
and case vocabulary. Analysis needs those; only people are removed.

Countries, nationalities and case vocabulary are never a person. A city or region is
released when a locative word stands before it ("in Kent", "from Sofia") or a place noun
after it ("Nghe An province"), because many are also given names (Sofia, Victoria).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection

import regex

from redaction import gazetteer
from redaction.foreign_countries import foreign_country_keys
from redaction.given_words import calendar_opens_words, vietnamese_given_closes
from redaction.name_titles import (
    OPENING_SURNAMES,
    chinese_name,
    country_opens_name,
    family_closes_name,
    org_word_is_given_name,
    title_closes_name,
    title_in_name,
    title_opens_name,
)
from redaction.place_position import (
    address_position,
    after_place_preposition,
    listed_with_place,
    place_context,
)
from redaction.world_places import person_free_places

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}'’.-]+")
_TITLES = frozenset(
    w.lower()
    for w in gazetteer.split(gazetteer.PERSON_TITLES) + gazetteer.split(gazetteer.PERSON_ROLES)
) | {"the", "a", "an"}
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("ily", "y"),
    ("ves", "f"),
    ("men", "man"),  # "women", "fishermen": irregular plurals spaCy lists no exception for
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("en", ""),
    ("en", "e"),
    ("n", ""),
)
_UNIT_WORDS = frozenset("unit flat apt apartment suite room studio po p.o p.o. box wohnung".split())
PARTICLES = frozenset(
    "al el bin binti bint ibn abu van von de da del della di du dos la le".split()
)


def normalize(text: str) -> str:
    """Case-folded, accents removed, whitespace collapsed, possessive dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("’", "'").casefold()
    if plain.endswith("'s"):
        plain = plain[:-2]
    return " ".join(plain.split())


# What follows an item of a list: punctuation, a bracket or the end of a line (not a word:
# "Oak Gardens Road" is a street's name).
_LIST_ITEM_END = regex.compile(r"[ \t]*(?:[,;.:()\[\]]|$|\n)")
# A house number before the words: "12 Oak Meadows," is a street, not goods.
_HOUSE_NUMBER_BEFORE = regex.compile(r"\d[\w/-]*,?[ \t]+$")


class PersonGuard:
    """Decides whether a PERSON span is really a person, and trims titles off it."""

    def __init__(self, english_words: Collection[str] = frozenset()) -> None:
        import pycountry
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop_words = frozenset(STOP_WORDS)
        countries: set[str] = set()
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    countries.add(normalize(value))
        countries.update(normalize(w) for w in gazetteer.split(gazetteer.COUNTRY_SHORT_FORMS))
        demonyms = {normalize(w) for w in gazetteer.split(gazetteer.DEMONYMS)}
        demonyms |= {d + "s" for d in demonyms if not d.endswith("s")}
        self.never = (
            countries
            | demonyms
            | {normalize(w) for w in gazetteer.split(gazetteer.CASE_VOCABULARY)}
        )
        self.english_words = english_words
        self.never |= foreign_country_keys(self.is_english)
        self.demonyms = demonyms
        self.places = {normalize(w) for w in gazetteer.split(gazetteer.CITIES)}
        self.places |= {normalize(s.name) for s in pycountry.subdivisions}
        # Towns of several words with no given name in them ("Kampong Cham", "Siem Reap").
        self.world_places = person_free_places()
        self.org_keywords = {w.casefold() for w in gazetteer.split(gazetteer.ORG_KEYWORDS)}
        self.org_keywords |= {normalize(w) for w in gazetteer.split(gazetteer.ORG_KEYWORDS)}
        # Known cities that are not also given names: a lone one is never a person.
        self.unambiguous_cities = {
            normalize(w)
            for w in gazetteer.split(gazetteer.CITIES)
            if " " not in w and normalize(w) not in gazetteer.CITIES_THAT_ARE_NAMES
        }

    def is_known_place(self, word: str) -> bool:
        """A country, nationality, region, city or case word that our lists know."""
        key = normalize(word)
        if key in self.never or key in self.places or key in self.world_places:
            return True
        from core.gazetteer import lookup_country

        return lookup_country(word) is not None

    def is_english(self, word: str) -> bool:
        """An English word or stop word, inflected or not ("called", "girls", "taken"):
        not a name when written in lower case."""
        key = word.lower().strip("'’-.")
        if key in self.stop_words or key in self.english_words:
            return True
        if "-" in key or "/" in key:  # "non-state", "food-aid", "nuts/chestnuts"
            parts = [p for p in regex.split(r"[-/]", key) if p]
            return bool(parts) and all(
                p in ("non", "co", "re", "pre", "anti", "sub") or self.is_english(p) for p in parts
            )
        for suffix, base in _INFLECTIONS:
            if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                stem = key[: len(key) - len(suffix)] + base
                if stem in self.english_words:
                    return True
                # "stopped" -> "stop", "running" -> "run"
                doubled = len(stem) > 2 and stem[-1] == stem[-2]
                if suffix in ("ed", "ing", "er") and doubled and stem[:-1] in self.english_words:
                    return True
        return False

    def clean(
        self,
        text: str,
        start: int,
        end: int,
        places: Collection[tuple[int, int]] = (),
        *,
        known_person: bool = False,
    ) -> tuple[int, int] | None:
        """The span with titles/roles trimmed, or None when it is not a person.

        `places` are the character spans spaCy labelled GPE/LOC in this text. With
        `known_person` (a people column's value) a lower-case word is kept even when it is
        also an English word (WordNet knows "ortega" and "maria").
        """
        words = [
            (start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(text[start:end])
        ]
        while words and words[-1][2].rstrip(".") == "":
            words.pop()

        def droppable(word: str) -> bool:
            key = normalize(word.rstrip("."))
            # A lower-case word is dropped unless it is no English word: names written in
            # lower case ("call maria lopez") stay, "said" of "said Mai" goes.
            lower_english = (
                word[:1].islower()
                and not known_person
                and (self.is_english(word.rstrip(".")) or not self.english_words or len(word) < 3)
            )
            return key in _TITLES or key in self.never or key in self.stop_words or lower_english

        def opens_name(names: list[str]) -> bool:
            # "Israel Méndez", "Pan Wei", "Will Osei": a country, title or modal that is a name.
            return (
                country_opens_name(names, self.is_name_word)
                or title_opens_name(names, self.surname_or_name_word)
                or calendar_opens_words(names, self.surname_or_name_word, text[:start])
            )

        def closes_name(names: list[str]) -> bool:
            return (
                title_closes_name(names)
                or family_closes_name(names)
                or vietnamese_given_closes(names)
            )

        # Each trimming step reads the words left once.
        while words and droppable(words[0][2]):
            if opens_name([w for _, _, w in words]):
                break
            words.pop(0)
        # "Andrea Beck Unit" (a name run into the address line after it): the unit word goes.
        while words and (droppable(words[-1][2]) or words[-1][2].lower() in _UNIT_WORDS):
            if closes_name([w for _, _, w in words]):
                break
            words.pop()
        if not words:
            return None
        s, e = words[0][0], words[-1][1]
        surface = text[s:e]
        if surface.endswith(("'s", "’s")):
            e -= 2
            surface = surface[:-2]
        if any(ch.isdigit() or ch == "@" for ch in surface):
            return None
        names = [w for _, _, w in words]
        keys = [normalize(w.rstrip(".")) for w in names]
        # Accents count here: "Bär" is a name, "Bar" marks a business.
        if any(
            w.rstrip(".").casefold() in self.org_keywords for w in names
        ) and not org_word_is_given_name(names, self.org_keywords):
            return None
        following = _WORD.match(text[e : e + 40].lstrip(" \t"))
        if (
            following
            and following.group()[:1].isupper()
            and following.group().split(".")[0].casefold() in self.org_keywords - _UNIT_WORDS
        ):
            return None  # "TOKYO KOKI CO.LTD.": the name of a company
        whole = normalize(surface)
        parts = [part for key in keys for part in key.split("-") if part]
        if whole in self.never or all(part in self.never for part in parts):
            return None
        if whole in self.places and (len(words) > 1 or place_context(text, s, e)):
            return None
        if whole in self.world_places:
            return None
        if (
            self.common_nouns(names)
            and _LIST_ITEM_END.match(text[e : e + 3])
            and not _HOUSE_NUMBER_BEFORE.search(text[max(0, s - 12) : s])
        ):
            return None
        if len(words) == 1 and address_position(text, s, e, self):
            return None
        if (
            len(words) > 1
            and all(self.is_known_place(w) for w in names)
            and not (known_person and chinese_name(names))
        ):
            return None  # "Ostrava Moravia": a town and its region; "li na:" is a speaker
        if len(words) == 1 and whole in self.unambiguous_cities:
            return None
        if len(words) == 1 and places and listed_with_place(text, s, e, places, self):
            return None
        if after_place_preposition(text, s, e):
            return None
        from redaction.not_a_person import not_a_person

        if not_a_person(text, s, e, self):
            return None
        return s, e

    def common_nouns(self, words: list[str]) -> bool:
        """Goods in a list, which spaCy often calls people ("Emeralds", "Glass Bangles"):
        `redaction.goods_lists.plural_goods`."""
        from redaction.goods_lists import plural_goods

        return plural_goods(self, words)

    def is_name_word(self, word: str, *, listed: bool = False) -> bool:
        """A word that can be part of a name beside a found one: no English word, stop word,
        place, nationality, title, role, organisation word, month or day.

        `listed`: a word a list of given names knows. It may be an English word (WordNet
        holds "beatrice" and "naomi") or a region's name (pycountry holds "Lara"); it may
        not be a country, a nationality or a city that is not also a given name."""
        key = normalize(word.rstrip("."))
        if key in PARTICLES or key in _TITLES or key in self.never or key in self.org_keywords:
            return False
        if key in _CALENDAR or key in self.stop_words:
            return False
        if listed:
            from core.gazetteer import lookup_country

            city = key in self.unambiguous_cities
            return not city and lookup_country(word) is None
        return not (key in self.places or self.is_english(word) or self.is_known_place(word))

    def surname_or_name_word(self, word: str) -> bool:
        """A name word, or a census surname WordNet also knows ("Mitchell", "Price")."""
        from redaction.name_lists import surnames

        key = normalize(word.rstrip("."))
        return self.is_name_word(word) or (
            key in surnames() and self.is_name_word(word, listed=True)
        )

    def name_tokens(self, surface: str) -> list[str]:
        """Words of a detected name worth finding elsewhere in the text ("Mai" of
        "Nguyen Thi Mai"): capitalised, two letters or more, not a particle or a place."""
        tokens = []
        found = list(_WORD.finditer(surface))
        for m in found:
            word = m.group().rstrip(".")
            key = normalize(word)
            words = [f.group() for f in found]
            surname = title_in_name(words, found.index(m)) or (
                found.index(m) == 0
                and key in OPENING_SURNAMES
                and title_opens_name(words, self.surname_or_name_word)
            )
            if (
                len(word) >= 2
                and word[:1].isupper()
                and key not in PARTICLES
                and (key not in _TITLES or surname)
                and key not in self.never
                and key not in self.places
                and key not in self.org_keywords
                and key not in _CALENDAR
            ):
                tokens.append(word)
        return tokens
