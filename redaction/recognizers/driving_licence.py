"""Driving licence numbers: the UK 16-character format alone, other formats after a cue."""

from __future__ import annotations

from typing import Any

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer, digits
from redaction.recognizers.id_labels import (
    DRIVING_LICENCE_LABELS,
    labelled_pattern,
    shape,
    share_shape_cues,
)

_START = r"(?<![\w.+/-])(?<!\d[ .-])"

PATTERNS = [
    # Surname (5, padded with 9), decade, month (+50 for women), day, year, initials, digit,
    # two check characters (DVLA format).
    Pattern(
        "UK (DVLA)",
        r"\b[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}(?: ?\d{2})?\b",
        0.7,
    ),
    Pattern(
        "letters and digits",
        _START + r"(?!DL\b)(?:[A-Z]{1,3}-?)?\d{5,12}[ -]?[A-Z]{0,2}(?![\w-])",
        0.1,
    ),
    # Letters and digits mixed ("WDL0ABC12345", Washington State).
    Pattern("mixed", _START + r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{7,16}(?![\w-])", 0.05),
    # US state formats in groups ("S530-462-81-207-0"), Indian ("MH14 20110048217"), Polish
    # ("04821/17/1462"): digit groups after optional letters.
    Pattern(
        "digit groups",
        _START + r"(?!DL\b)[A-Z]{0,2}\d{1,5}(?:[ /-]\d{1,11}){1,4}(?![\w-])(?!/\d)",
        0.1,
    ),
    # Right after its label in any language ("prawo jazdy nr 00482/15/1206").
    labelled_pattern("after its label", DRIVING_LICENCE_LABELS, 0.75),
]

CONTEXT = (
    "driving licen*|driver's licen*|drivers licen*|driver licen*|licence no|license no|"
    "licence number|license number|DL|DL no|permis de conduire|Führerschein|permis"
).split("|")


class DrivingLicenceRecognizer(ContextPatternRecognizer):
    """DRIVING_LICENCE: UK numbers (0.7) and any licence-like number after a cue (0.7)."""

    CONTEXT_BOOST = 0.6
    CONTEXT_BEFORE = 60
    IDENTIFIER = True

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DRIVING_LICENCE",
            name="driving_licence",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )

    def matches(self, text: str) -> list[list[Any]]:
        """As the base class; then a number of the same shape as a cued licence number of
        the same text shares its cue (a driver list's column)."""
        found = super().matches(text)
        share_shape_cues(text, found, shape)
        return found

    def invalidate_result(self, pattern_text: str) -> bool:
        """Fewer than 5 digits cannot be a licence number."""
        return len(digits(pattern_text)) < 5
