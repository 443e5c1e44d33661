"""Passport numbers (with a "passport" cue) and machine-readable zones (MRZ, checked).

Passport numbers have no common format (UK: 9 digits; many countries: 1-2 letters and 7-8
digits), so a bare number scores low and the word "passport" nearby lifts it. An MRZ line
stands alone: the document-number check digit is verified (ICAO 9303, weights 7-3-1).
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer
from redaction.recognizers.id_labels import (
    PASSPORT_LABELS,
    digit_count,
    labelled_pattern,
    shape,
    share_shape_cues,
)

_START = r"(?<![\w.+/-])(?<!\d[ .-])"
_LABELLED = "after its label"

PATTERNS = [
    Pattern(
        "MRZ line 2 (TD3)", r"\b[A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d\b", 0.5
    ),
    Pattern("MRZ line 1 (TD3)", r"\bP[A-Z<][A-Z<]{3}[A-Z]+<<[A-Z<]{5,38}", 0.85),
    # Latin or Cyrillic series letters ("ЕК123456", Ukraine and Russia).
    Pattern("letters + digits", _START + r"[A-ZА-ЯЁІЇЄ]{1,2}[ -]?\d{6,9}[A-Z]?(?![\w-])", 0.15),
    # Written in lower case ("passport no. ab1234567"): only with the letters joined on.
    Pattern("lower-case letters + digits", _START + r"[a-z]{1,2}\d{6,9}[a-z]?(?![\w-])", 0.05),
    # One digit at a time, as read out: "5 1 2 8 8 4 3 7 1".
    Pattern("spaced digits", _START + r"\d(?: \d){6,8}(?![\w-])(?! \d)", 0.05),
    Pattern("digits", _START + r"\d{7,9}(?![\w-])(?![ .-]?\d)", 0.1),
    # French "12AB34567", German "C01X00T47": letters and digits mixed, 8-9 characters.
    Pattern("mixed", _START + r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,9}(?![\w-])", 0.05),
    # Right after its label in any language ("Paszport nr FE 418273", "pass nr. CA472918").
    labelled_pattern(_LABELLED, PASSPORT_LABELS, 0.75),
]

CONTEXT = [
    "passport*",
    "travel document*",
    "travel doc",
    "pp no",
    "pp number",
    "PP#",
    # "PP C4471829" in crew and passenger lists (case-insensitive, so also "pp").
    "PP",
    "PPT",
    "pass no",
    "passeport",
    "pasaporte",
    "passaporto",
    "Reisepass",
    "paszport",
    "pașaport",
    "pasaport",
    "hộ chiếu",
]

_WEIGHTS = (7, 3, 1)


def mrz_check_digit(field: str) -> int:
    """ICAO 9303 check digit: digits as-is, A-Z as 10-35, '<' as 0, weights 7, 3, 1."""
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            value = int(ch)
        elif ch.isalpha():
            value = ord(ch.upper()) - 55
        else:
            value = 0
        total += value * _WEIGHTS[i % 3]
    return total % 10


class PassportRecognizer(ContextPatternRecognizer):
    """PASSPORT: numbers after a passport cue (0.65-0.75) and MRZ lines (checked: 1.0)."""

    CONTEXT_BOOST = 0.7
    CONTEXT_BEFORE = 60
    IDENTIFIER = True

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PASSPORT",
            name="passport",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )

    def matches(self, text: str) -> list[list[Any]]:
        """As the base class; then a number of the same shape as a cued passport number of
        the same text shares its cue: a manifest's or register's column ("1. ... FE418273",
        "2. ... FK904152") names the document once, above its first row."""
        found = super().matches(text)
        share_shape_cues(text, found, shape)
        return found

    def score_match(self, pattern: Pattern, value: str) -> tuple[float, bool] | None:
        """As the base class; a value after a passport label needs five digits."""
        if pattern.name == _LABELLED and digit_count(value) < 5:
            return None
        return super().score_match(pattern, value)

    def validate_result(self, pattern_text: str) -> bool | None:
        """An MRZ line 2 passes only if its document-number check digit is right."""
        if len(pattern_text) == 44 and pattern_text[13:19].isdigit():
            return mrz_check_digit(pattern_text[:9]) == int(pattern_text[9])
        return None
