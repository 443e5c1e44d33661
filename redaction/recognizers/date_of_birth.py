"""Dates of birth: a date is removed only when a birth cue ("born", "DOB") stands before it.

Incident dates and years are what analysis runs on, so a date alone scores below any
sensible threshold; the cue lifts it above.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_D = r"(?:[12]\d|3[01]|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"

PATTERNS = [
    Pattern("day/month/year", rf"\b{_D}([/.-]){_M}\1(?:19|20)?\d{{2}}\b", 0.05),
    Pattern("month/day/year", rf"\b{_M}([/.-]){_D}\1(?:19|20)?\d{{2}}\b", 0.05),
    Pattern("ISO", rf"\b{_YEAR}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])\b", 0.05),
    Pattern("day month year", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", 0.05),
    Pattern("month day, year", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", 0.05),
]

CONTEXT = ("born|birth*|DOB|D.O.B|D.O.B.|date of birth|b.|née|birthday").split("|")


class DateOfBirthRecognizer(ContextPatternRecognizer):
    """DATE_OF_BIRTH: any full date, scored 0.05 alone and 0.65 after a birth cue."""

    CONTEXT_BOOST = 0.6
    CONTEXT_BEFORE = 30

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            name="date_of_birth",
            patterns=PATTERNS,
            context=CONTEXT,
        )
