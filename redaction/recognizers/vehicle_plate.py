"""Vehicle registration plates: current UK format alone, other formats after a cue."""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

PATTERNS = [
    # Area code (2 letters), age identifier (2 digits), 3 random letters: "AB12 CDE".
    Pattern("UK current", r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}\b", 0.45),
    Pattern("UK prefix", r"\b[A-HJ-NPR-Y]\d{1,3} ?[A-HJ-PR-Y]{3}\b", 0.15),
    Pattern("UK suffix", r"\b[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NPR-Y]\b", 0.15),
    Pattern("letters-digits-letters", r"\b[A-Z]{1,3}[ -]?\d{1,4}[ -]?[A-Z]{1,3}\b", 0.1),
    Pattern("letters-digits", r"\b[A-Z]{1,3}[ -]?\d{3,5}\b", 0.05),
]

CONTEXT = (
    "registration*|reg|reg.|plate*|number plate|licence plate|license plate|VRM|vehicle|car|"
    "van|lorry|truck|taxi|drives|driving|drove|BMW|Mercedes|Audi|Ford|Toyota|Vauxhall|"
    "Volkswagen|VW|Skoda|Transit"
).split("|")


class VehiclePlateRecognizer(ContextPatternRecognizer):
    """VEHICLE_PLATE: UK plates (0.45; 0.9 after "reg", "car", "van"...), others after a cue."""

    CONTEXT_BOOST = 0.55
    CONTEXT_BEFORE = 35

    def __init__(self) -> None:
        super().__init__(
            supported_entity="VEHICLE_PLATE",
            name="vehicle_plate",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """A current UK plate's age identifier is 02-29 (March) or 51-79 (September)."""
        compact = pattern_text.replace(" ", "")
        if len(compact) == 7 and compact[:2].isalpha() and compact[2:4].isdigit():
            age = int(compact[2:4])
            return not (2 <= age <= 29 or 51 <= age <= 79)
        return False
