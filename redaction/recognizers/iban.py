"""IBANs, checked with ISO 7064 mod-97 (the two check digits after the country code)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

PATTERNS = [
    Pattern(
        "IBAN (compact or in groups of four)",
        r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b",
        0.3,
    ),
    # Typed in lower or mixed case ("gb16khql5160760484679"): removed when mod-97 holds, or
    # with a banking cue before it (a mistyped IBAN still identifies).
    Pattern("IBAN (any case, compact)", r"\b(?i:[a-z]{2}\d{2}[a-z0-9]{11,30})\b", 0.1),
    # Any case, spaces anywhere ("gb29 nwbk 6016 …", "GB29NWBK6 0161331926819"): only a
    # value whose mod-97 holds counts (see validate_result), since such a loose shape can run
    # on into ordinary words.
    Pattern("IBAN (any case, any spacing)", r"\b(?i:[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30})\b", 0.1),
]
# The shapes whose failed checksum still counts with a banking cue (a mistyped IBAN).
_STRICT = re.compile(
    r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?|(?i:[a-z]{2}\d{2}[a-z0-9]{11,30})"
)

CONTEXT = ["IBAN", "account", "bank", "transfer*", "pay*", "wire"]


def iban_ok(value: str) -> bool:
    """Mod-97 check: move the first four characters to the end, letters to 10-35, mod 97 == 1."""
    compact = value.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


class IbanMod97Recognizer(ContextPatternRecognizer):
    """IBAN_CODE: 1.0 when mod-97 holds; 0.75 with a banking cue when it does not."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="IBAN_CODE",
            name="iban",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )

    def refine_span(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop trailing space-separated groups until the checksum holds (e.g. "... 19 TO");
        if it never holds, keep the whole match (a mistyped IBAN still identifies)."""
        cut_end = end
        while cut_end - start >= 15:
            if iban_ok(text[start:cut_end]):
                return start, cut_end
            cut = text.rfind(" ", start, cut_end)
            if cut <= start:
                break
            cut_end = cut
        return start, end

    def validate_result(self, pattern_text: str) -> bool | None:
        """True when the mod-97 checksum holds. A failed checksum is not a rejection: the
        match of a strict shape keeps its low base score and is removed only with a banking cue
        nearby; a loose one (lower case with spaces, irregular groups) is dropped."""
        if iban_ok(pattern_text):
            return True
        return None if _STRICT.fullmatch(pattern_text) else False
