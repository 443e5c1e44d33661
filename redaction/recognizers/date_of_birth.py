"""Dates of birth: a date is removed only when a birth cue ("born", "DOB") stands before it.

Incident dates and years are what analysis runs on, so a date alone scores below any
sensible threshold; the cue lifts it above. The cue counts for the first date after it only
(no digit between them): in "DOB 12/03/1990, arrested 14/05/2023" the arrest date stays.

A year or a month and year alone is a birth date only right after the cue ("born 1997",
"b. 1984", "YOB 1991", "born in March 2009", "born between 1990 and 1996"): those patterns
hold the cue themselves.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import Pattern, RecognizerResult

from redaction.recognizers.contextual import ContextPatternRecognizer

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # French, Spanish, German and Portuguese month names ("née le 12 mars 1995")
    r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre"
    r"|noviembre|diciembre|Januar|Februar|M(?:ä|ae)rz|Juni|Juli|Oktober|Dezember|janeiro"
    r"|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)\.?"
)
_MON3 = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|\.)?"
_YEAR = r"(?:19|20)\d{2}"
_D = r"(?:[12]\d|3[01]|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"
_D2 = r"(?:0[1-9]|[12]\d|3[01])"
_M2 = r"(?:0[1-9]|1[0-2])"
# The cue itself, for the patterns that hold it ("b." in lower case only: "Flat B. 2019").
_CUE = (
    r"(?<![\w.])(?:born|(?-i:b\.)|yob|year[ \t]+of[ \t]+birth|birth[ \t]*year|dob|d\.o\.b\.?"
    r"|n[ée]e?|nacid[oa]|geboren)"
)
# Words allowed between the cue and a year: "born approx 1975", "born in early 1990".
_FILL = (
    r"[ \t]*[:–-]?[ \t]*(?:(?:in|on|approx\.?|approximately|around|about|circa|c\.|ca\.|abt\.?"
    r"|roughly|between|early|late|mid-?)[ \t]+)*"
)
_NO_MORE_DATE = r"(?![/.-]\d)(?!\w)"

PATTERNS = [
    Pattern("day/month/year", rf"\b{_D}([/.-]){_M}\1(?:19|20)?\d{{2}}\b", 0.05),
    Pattern("month/day/year", rf"\b{_M}([/.-]){_D}\1(?:19|20)?\d{{2}}\b", 0.05),
    Pattern("year/month/day", rf"\b{_YEAR}([/.-]){_M}\1{_D}\b", 0.05),
    Pattern(
        "day month year",
        rf"\b{_DAY}\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b",
        0.05,
    ),
    Pattern("month day, year", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", 0.05),
    Pattern("day-month-year", rf"\b{_D}([-/ ]){_MONTH}\1(?:19|20)?\d{{2}}\b", 0.05),
    Pattern("compact day month year", rf"\b{_D}{_MON3}(?:19|20)?\d{{2}}\b", 0.05),
    Pattern("eight digits", rf"\b(?:{_D2}{_M2}{_YEAR}|{_YEAR}{_M2}{_D2})\b", 0.05),
    Pattern(
        "day month, two-digit year",
        rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{2}}(?![\w/.:-])",
        0.05,
    ),
    Pattern("year after a birth cue", rf"{_CUE}{_FILL}(?P<value>{_YEAR}){_NO_MORE_DATE}", 0.65),
    Pattern(
        "month and year after a birth cue",
        rf"{_CUE}{_FILL}(?P<value>{_MONTH}[ \t]+{_YEAR})(?!\w)",
        0.65,
    ),
    Pattern(
        "two-digit year after a birth cue", rf"{_CUE}{_FILL}['’](?P<value>\d{{2}})(?!\w)", 0.65
    ),
    Pattern(
        "birthday without a year",
        rf"(?<!\w)birthday(?:[ \t]+(?:is|was|on))?[ \t]*[:–-]?[ \t]*"
        rf"(?P<value>{_MONTH}[ \t]+{_DAY}|{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH})"
        rf"(?![ \t,]*(?:19|20)?\d{{2}})(?!\w)",
        0.65,
    ),
    Pattern(
        "second year of a birth range",
        rf"{_CUE}[ \t]+between[ \t]+{_YEAR}[ \t]+and[ \t]+(?P<value>{_YEAR}){_NO_MORE_DATE}",
        0.65,
    ),
]

# "Place of birth: Cluj. Seen on 12 May 2023": a cue of place is no cue of a date. (A
# sentence's end between cue and date was tried as a stop too: held-out 1's dates of birth
# leaked 0.000 -> 0.636 with it, so it is not used.)
_PLACE_CUE = regex.compile(r"(?i)(?:place|country|city|town|land)[ \t]+of[ \t]+$")

CONTEXT = (
    "born|birth*|DOB|D.O.B|D.O.B.|date of birth|b.|née|né|birthday|YOB|geboren|geburt*"
    "|naissance|nacimiento|nacido|nacida|nascimento|urodzenia|nașterii|nasterii|geb."
    "|рождения|народження|doğum|lahir|ngày sinh"
).split("|")


class DateOfBirthRecognizer(ContextPatternRecognizer):
    """DATE_OF_BIRTH: any full date, scored 0.05 alone and 0.65 as the first date after a
    birth cue; a year or month and year only with the cue right before it."""

    CONTEXT_BOOST = 0.6
    CONTEXT_BEFORE = 60
    FULL_DATE = 0.1  # a pattern scored below this alone is a full date's (0.05)

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            name="date_of_birth",
            patterns=PATTERNS,
            context=CONTEXT,
        )
        # The full dates of the last text analysed: Presidio drops the unlifted ones (below
        # any threshold) before the engine sees them, and the engine's birth rows
        # (`redaction.birth_rows`) lift some of them, so it asks `full_dates` for that text.
        # Kept with its text: a recognizer shared by threads answers right, at worst by
        # matching again.
        self._last_full: tuple[str, list[tuple[int, int]]] = ("", [])

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """As every pattern recognizer; the full dates it matched are kept for `full_dates`."""
        found = self.matches(text)
        self._last_full = (text, self._full_spans(found))
        return self.results(text, found)

    def full_dates(self, text: str) -> list[tuple[int, int]]:
        """Sorted spans of every full date in `text`, lifted by a cue or not: from the
        analysis of `text` just made, or matched now if the last analysis was of another."""
        last_text, spans = self._last_full
        if last_text is text or last_text == text:
            return list(spans)
        return self._full_spans(self.matches(text))

    def _full_spans(self, found: list[list[Any]]) -> list[tuple[int, int]]:
        return sorted({(f[2], f[3]) for f in found if f[0].score < self.FULL_DATE})

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A birth cue before the date with no digit between them (so no other date), and not
        a place's ("place of birth"); or a birth column's header ("| DOB |")."""
        if self._context is None:
            return False
        before = text[max(0, start - self.CONTEXT_BEFORE) : start]
        cues = list(self._context.finditer(before))
        if cues:
            last = cues[-1]
            between = before[last.end() :]
            if not (
                any(ch.isdigit() for ch in between) or _PLACE_CUE.search(before[: last.start()])
            ):
                return True
        return self.header_context(text, start)
