"""Postcodes beside a city, a US state or an address; the city and the state stay.

A postcode alone is a number like any other, so most shapes count only next to what makes
them a postcode: a known place right after them ("28009 Madrid", "90-006 Łódź"), a US state
right before ("IL 62704"), or an address word in the characters before ("Address: ...").
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

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
    # "Constanța, 558499", "Guadalajara, ZAC 33458": a code after its town (and region code),
    # before the end of the line, punctuation or a capitalised word (not "50000 workers").
    Pattern(
        "postcode after a place",
        r"(?<=\p{L}\.?,?[ \t]{1,2}(?:\p{Lu}{2,3},?[ \t]{1,2})?)"
        r"(?P<value>\d{4,8}|\d{3}[ \t]\d{2}|\d{2,5}-\d{3,4}|[A-Z]-\d{4,5})"
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
_TOWN_AFTER = regex.compile(rf"[ \t]+({_TOWN_WORD})(?![\p{{L}}\p{{M}}])")
_YEAR = regex.compile(r"(?:1[89]|20)\d\d(?!\d)")
_TOWN_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_TOWN_WORD}$")


def _world_town(word: str) -> bool:
    from redaction.person_guard import normalize
    from redaction.town_list import world_towns

    return normalize(word) in world_towns()


CONTEXT = (
    "address*|lives at|living at|live at|resid*|flat|apartment|apt|suite|unit|street|road|"
    "avenue|rue|calle|via|strada|rua|ulica|ul|box|postcode|post code|zip|cep|plz|cp|cod|"
    "codice|código|eircode|pincode|pin code|postal"
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
        town = _TOWN_BEFORE.search(text, max(0, place_end - 40), place_end)
        return town is not None and _world_town(town.group())

    @staticmethod
    def _before_world_town(text: str, start: int, end: int) -> bool:
        """A town of the shipped world list right after the number: "6926 Odense", "5309
        Bergen" (`core.gazetteer` knows the hub's hotspots, not every town of 15,000)."""
        if _YEAR.fullmatch(text, start, end):
            return False  # "in 2019 Leeds United": a year
        town = _TOWN_AFTER.match(text, end, min(len(text), end + 40))
        return town is not None and _world_town(town.group(1))

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
        if (
            end + after in self._places_after(text)
            or self._before_world_town(text, start, end)
            or self._starts_address_line(text, start)
            or self._after_place(text, start)
        ):
            score = min(1.0, score + self.PLACE_BOOST)
        if len(value) == 4 and value.isdigit() and value[:2] in ("19", "20") and score < 0.75:
            return 0.0  # "in 2019 Madrid ...": a year, not a postcode
        return score
