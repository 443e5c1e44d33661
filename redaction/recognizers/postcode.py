"""Postcodes beside a city, a US state or an address; the city and the state stay.

A postcode alone is a number like any other, so most shapes count only next to what makes
them a postcode: a known place right after them ("28009 Madrid", "90-006 Łódź"), a US state
right before ("IL 62704"), or an address word in the characters before ("Address: ...").
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer
from redaction.recognizers.street_world import MEASURES

_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH"
    "|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
    "|West Virginia|Wisconsin|Wyoming|Puerto Rico"
)
_AU_STATES = "NSW|VIC|Vic|QLD|Qld|WA|SA|TAS|Tas|NT|ACT"
_START = r"(?<![\w£$€.,/-])"
_TWO_LETTER_WORDS = (
    "in|at|on|to|of|by|or|as|is|it|an|up|we|he|me|my|so|no|do|go|be|us|am|pm|km|kg|hr|ok|if"
)
_END = r"(?![\w/-])"

PATTERNS = [
    Pattern(
        "US state + ZIP",
        rf"(?<=\b(?:{_STATES})[ \t]{{1,2}})(?P<value>\d{{5}}(?:-\d{{4}})?){_END}",
        0.6,
    ),
    # "ZIP: 22-875", "my zip code is 4956AF", "PLZ 8004": a code right after its label.
    Pattern(
        "postcode after its label",
        r"(?<=(?<![\p{L}])(?i:zip|zip[ \t]?code|post[ \t]?code|postal[ \t]code|plz|cep|eircode"
        r"|pin[ \t]?code|código[ \t]postal|code[ \t]postal|cod[ \t]poștal|c\.p\.)"
        r"(?:[ \t]+(?i:is|was|=))?[ \t]*[:#.]?[ \t]*)"
        r"(?P<value>(?=[\dA-Z -]{3,10}(?![\w-]))(?:[A-Z]{1,2}-?)?\d[\dA-Z]{1,6}"
        r"(?:[ -][\dA-Z]{2,4})?)"
        rf"{_END}",
        0.7,
    ),
    # "Gainesville, Florida 32607": a state written out, then a ZIP.
    Pattern(
        "US state name + ZIP",
        rf"(?<=\b(?:{_STATE_NAMES}),?[ \t]{{1,2}})(?P<value>\d{{5}}(?:-\d{{4}})?){_END}",
        0.6,
    ),
    # "Perth WA 6000", "Lidcombe NSW 2141": a town, an Australian state, four digits.
    Pattern(
        "Australian state + postcode",
        rf"(?<=\p{{Lu}}[\p{{L}}'’-]+,?[ \t]{{1,2}}(?:{_AU_STATES}),?[ \t]{{1,2}})(?P<value>\d{{4}})"
        rf"{_END}",
        0.6,
    ),
    # "D06 KX29", "T12 HY3C": an Irish Eircode (routing key, then four letters and digits).
    Pattern(
        "Irish Eircode",
        r"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?(?=[0-9AC-FHKNPRTV-Y]{0,3}\d)"
        r"(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}(?![\w-])",
        0.6,
    ),
    Pattern(
        "postcode before a place",
        _START + r"(?P<value>\d{4}[ \t]?[A-Z]{2}(?![\w])|\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}"
        r"|\d{3}-\d{4}|\d{3}[ \t]\d{2}|[A-Z]-?\d{4,5}|\d{6,8}|\d{5}|\d{4})(?=[ \t]+\p{Lu})",
        0.1,
    ),
    # "486 72 prague", "10115 berlin", "1012 ab amsterdam": the same before a town typed in
    # lower case; `adjust_score` counts it only when the word is a town of the shipped list.
    # A Dutch code's letters in lower case are no two-letter word and follow no year ("2019
    # in lagos" is a year).
    Pattern(
        "postcode before a lower-case place",
        _START + r"(?P<value>\d{4}[ \t]?[A-Z]{2}(?![\w])"
        rf"|(?!(?:19|20)\d\d)\d{{4}}[ \t]?(?!(?:{_TWO_LETTER_WORDS})(?![\w]))[a-z]{{2}}(?![\w])"
        r"|\d{5}-\d{3}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{5}|\d{4})(?=[ \t]+\p{Ll})",
        0.1,
    ),
    # "Constanța, 558499", "Guadalajara, ZAC 33458", "Mumbai 400 050" (an Indian PIN written
    # with its space): a code after its town (and region code),
    # before the end of the line, punctuation or a capitalised word (not "50000 workers").
    Pattern(
        "postcode after a place",
        r"(?<=\p{L}\.?,?[ \t]{1,2}(?:\p{Lu}{2,3},?[ \t]{1,2})?)"
        r"(?P<value>\d{4,8}|\d{3}[ \t]\d{3}|\d{3}[ \t]\d{2}|\d{2,5}-\d{3,4}|[A-Z]-\d{4,5})"
        r"(?![\w/.,-]\d)(?![\w/-])(?![ \t]+\p{Ll})",
        0.1,
    ),
    # "Lucknow (433358)", "Brno (781 00)": a code in brackets right after its town.
    Pattern(
        "postcode in brackets after a place",
        r"(?<=\p{L}[ \t]?\()(?P<value>\d{4,8}|\d{3}[ \t]\d{2}|\d{2,5}-\d{3,4})(?=\))",
        0.1,
    ),
    # "SP, 03051-000", "1100-416 Lisboa": the Brazilian and Portuguese shapes count with an
    # address word before them ("Rua", "CEP") or a place after them.
    Pattern(
        "Brazilian or Portuguese postcode",
        r"(?<![\w£$€.,/-])\d{4,5}-\d{3}(?![\w/-])(?!-?\d)",
        0.1,
    ),
    # Written with its space the Canadian shape is rare enough to stand alone ("Patrickberg
    # C4V 2J6"); run together it needs an address word.
    # "le2 0aa", "b12 0rt": a UK postcode typed in lower case in a chat (the capitals are
    # street_address's). An ordinal is no inward code ("ps4 2nd hand").
    Pattern(
        "UK postcode (lower case)",
        r"(?<![\w-])[a-pr-uwyz][a-hk-y]?\d[a-hjkpstuw\d]?[ \t](?!\d(?:st|nd|rd|th)\b)"
        r"\d[abd-hjlnp-uw-z]{2}(?![\w-])",
        0.45,
    ),
    # "k1a 0b1", "m5v 2t6": typed in lower case in a chat, with its space.
    Pattern(
        "Canadian postcode (lower case)",
        r"(?<![\w-])[abceghj-nprstvxy]\d[abceghj-nprstv-z][ \t]\d[abceghj-nprstv-z]\d(?![\w-])",
        0.45,
    ),
    # "GA-145-2240", "AK-039-5028": a Ghanaian digital address (GhanaPost GPS): region and
    # district letters, area and unique numbers; beside an address word or after its town.
    Pattern("Ghanaian digital address", r"(?<![\w-])[A-Z]{2}-\d{3,4}-\d{4}(?![\w-])", 0.3),
    Pattern(
        "Canadian postcode (spaced)",
        r"(?<![\w-])[A-CEGHJ-NPRSTVXY]\d[A-CEGHJ-NPRSTV-Z][ \t]\d[A-CEGHJ-NPRSTV-Z]\d(?![\w-])",
        0.5,
    ),
    Pattern(
        "Canadian postcode",
        r"(?<![\w-])[A-CEGHJ-NPRSTVXY]\d[A-CEGHJ-NPRSTV-Z][ \t]?\d[A-CEGHJ-NPRSTV-Z]\d(?![\w-])",
        0.3,
    ),
]

_TOWN_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*"
_YEAR = regex.compile(r"(?:1[89]|20)\d\d(?!\d)")
# A town typed in lower case ("prague", "são paulo"): one word, or two that the shipped
# list of places of two or more words holds.
_LOWER_WORD = r"\p{Ll}[\p{Ll}\p{M}'’]{2,}(?:-\p{Ll}[\p{Ll}\p{M}'’]+)*"
# The town word right after or before a number, in either case: group 1 a capitalised word,
# or groups 2 and 3 one or two lower-case words (the first letter decides, so at most one
# alternative can match where a word starts).
_TOWN_AFTER = regex.compile(
    rf"[ \t]+(?:({_TOWN_WORD})|({_LOWER_WORD})(?:[ \t]+({_LOWER_WORD}))?)(?![\p{{L}}\p{{M}}])"
)
_TOWN_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:({_TOWN_WORD})|({_LOWER_WORD}))$")
_LOWER_NEXT = regex.compile(r"[ \t]+\p{Ll}")
_YEAR_COMMA = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d,[ \t]*$")
_COUNTED_NEXT = regex.compile(rf"[ \t]+(?:{MEASURES})(?![\p{{L}}])")
# Lower-case words that are also towns somewhere and may follow a count or stand after a
# number in prose ("2500 marks", "1200 along the road"): never a town here.
_NOT_A_LOWER_TOWN = frozenset(
    "come goes marks tours lens sens moss bank best date central federal airport along"
    " holiday green forest deal hire fate anew begun".split()
)


def _world_town(word: str) -> bool:
    from redaction.person_guard import normalize
    from redaction.town_list import world_towns

    return normalize(word) in world_towns()


def _town(match: regex.Match[str] | None) -> bool:
    """Whether a `_TOWN_AFTER`/`_TOWN_BEFORE` match is a town: a capitalised word of the
    shipped world list, or a lower-case one (or two) as `_lower_town` reads them."""
    if match is None:
        return False
    if match.group(1) is not None:
        return _world_town(match.group(1))
    return _lower_town(match.group(2), match.group(3) if match.re.groups > 2 else None)


def _lower_town(first: str, second: str | None) -> bool:
    """ "prague", "são paulo": a lower-case word (or two) naming a town of the shipped lists."""
    from redaction.person_guard import normalize
    from redaction.world_places import world_places

    if second and normalize(f"{first} {second}") in world_places():
        return True
    if first in _NOT_A_LOWER_TOWN:
        return False
    if _world_town(first):
        return True
    from core.gazetteer import find_places  # the hub's own names ("warszawa", "kyiv")

    title = first[:1].upper() + first[1:]
    return any(p.start == 0 and p.end == len(title) for p in find_places(title))


CONTEXT = (
    "address*|lives at|living at|live at|resid*|flat|apartment|apt|suite|unit|street|road|"
    "avenue|rue|calle|via|strada|rua|ulica|ul|box|postcode|post code|zip|cep|plz|cp|cod|"
    "codice|código|eircode|pincode|pin code|postal|gps|digital address"
).split("|")


class PostcodeRecognizer(ContextPatternRecognizer):
    """STREET_ADDRESS (postcode): a place after it, a state before it, or an address cue."""

    CONTEXT_BEFORE = 60
    PLACE_BOOST = 0.5

    def __init__(self) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            name="postcode",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )
        self._place_starts: tuple[str, set[int]] = ("", set())
        self._place_ends: tuple[str, set[int]] = ("", set())

    def _places_before(self, text: str) -> set[int]:
        """End offsets of the places `core.gazetteer` finds in `text` (cached per text)."""
        if self._place_ends[0] is not text:
            from redaction.gazetteer import places_in

            self._place_ends = (text, {p.end for p in places_in(text)})
        return self._place_ends[1]

    def _after_place(self, text: str, start: int) -> bool:
        """A known place ends right before the number: "Bucharest, 558680", "Sydney, NT, 8627",
        "Lucknow (433358)"."""
        before = text[max(0, start - 12) : start]
        m = regex.search(r"(?:\.?,?[ \t]{1,2}(?:\p{Lu}{2,3},?[ \t]{1,2})?|[ \t]?\()$", before)
        if m is None:
            return False
        place_end = start - len(m.group())
        if place_end in self._places_before(text):
            return True
        if _YEAR.match(text, start):
            return False  # "searched in March 2016": March is a town, 2016 a year
        return _town(_TOWN_BEFORE.search(text, max(0, place_end - 40), place_end))

    @staticmethod
    def _before_world_town(text: str, start: int, end: int) -> bool:
        """A town of the shipped world list right after the number: "6926 Odense", "5309
        Bergen", "10115 berlin" (`core.gazetteer` knows the hub's hotspots, not every town of
        15,000, and no town in lower case)."""
        if _YEAR.fullmatch(text, start, end):
            return False  # "in 2019 Leeds United": a year
        # One window for both cases (a capitalised town was read within 40 characters, a
        # lower-case one or two within 60): only a word of over 38 letters reads otherwise.
        return _town(_TOWN_AFTER.match(text, end, min(len(text), end + 60)))

    def _places_after(self, text: str) -> set[int]:
        """Start offsets of the places `core.gazetteer` finds in `text` (cached per text)."""
        if self._place_starts[0] is not text:
            from redaction.gazetteer import places_in

            self._place_starts = (text, {p.start for p in places_in(text)})
        return self._place_starts[1]

    @staticmethod
    def _starts_address_line(text: str, start: int) -> bool:
        """ "...Street 12\n10115 Berlin", "Rua Augusta 88, 1100-053 Lisboa": a number that
        opens a line, or follows a comma after a house number, before a capitalised word."""
        before = text[max(0, start - 40) : start]
        if before.endswith("\n") or not before.strip() and start > 0:
            return True
        return regex.search(r"\d[\p{L}]?,[ \t]*$", before) is not None

    def adjust_score(self, text: str, start: int, end: int, score: float) -> float:
        """A place right after the number makes it a postcode; a year is one only with a cue."""
        value = text[start:end]
        after = len(text[end:]) - len(text[end:].lstrip(" \t"))
        # Plain digits before what is counted ("In Dhaka 50000 workers struck") or after a
        # year and its comma ("In 2023, 10115 people were screened") are a count, not a
        # postcode after its town or house number.
        counted = value.isdigit() and (
            _COUNTED_NEXT.match(text, end) is not None
            or (
                _LOWER_NEXT.match(text, end) is not None
                and _YEAR_COMMA.search(text, max(0, start - 12), start) is not None
            )
        )
        if (
            end + after in self._places_after(text)
            or self._before_world_town(text, start, end)
            or (not counted and self._starts_address_line(text, start))
            or (not counted and self._after_place(text, start))
        ):
            score = min(1.0, score + self.PLACE_BOOST)
        if len(value) == 4 and value.isdigit() and value[:2] in ("19", "20") and score < 0.75:
            return 0.0  # "in 2019 Madrid ...": a year, not a postcode
        return score
