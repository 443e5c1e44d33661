"""Phone numbers by shape, including ones the `phonenumbers` library deems invalid.

Survivors quote numbers from memory, half-formatted, from countries whose numbering plans
change; `phonenumbers` drops whatever it cannot validate. An international prefix (+ or 00)
is strong evidence on its own; a national number starting with 0 needs a context word,
except UK mobiles (07...), whose shape is distinctive.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer, digits

# Not glued to a word, a "+", or the tail of a longer digit run ("1234 5678 ...").
_START = r"(?<![\w+/.-])(?<!\d[ .-])"
_END = r"(?![\w/])(?![ .-]?\d)"
_GROUP = r"(?:[ .-]?\(?\d{1,4}\)?)"

PATTERNS = [
    Pattern("international (+)", _START + r"\+\d{1,3}" + _GROUP + "{2,6}" + _END, 0.7),
    Pattern("international (00)", _START + r"00[1-9]\d{0,2}" + _GROUP + "{2,6}" + _END, 0.5),
    Pattern("UK mobile", _START + r"07\d{3}[ .-]?\d{3}[ .-]?\d{3}" + _END, 0.6),
    Pattern("national (0...)", _START + r"0\d{2,4}(?:[ .-]?\d{2,4}){1,3}" + _END, 0.3),
    Pattern(
        "area code in brackets", _START + r"\(0?\d{2,4}\)[ .-]?\d{3,4}[ .-]?\d{3,4}" + _END, 0.4
    ),
]

CONTEXT = (
    "phone*|tel|tel.|telephone|mobile|cell*|call*|contact*|ring*|whatsapp|viber|telegram|"
    "signal|sms|text*|sim|hotline|dial*|reached|reach"
).split("|")


class PhoneRegexRecognizer(ContextPatternRecognizer):
    """PHONE_NUMBER by shape (7 to 15 digits), boosted by words such as "phone" or "WhatsApp"."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER", name="phone_regex", patterns=PATTERNS, context=CONTEXT
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Reject what cannot be a phone number: fewer than 7 or more than 15 digits."""
        count = len(digits(pattern_text))
        return None if 7 <= count <= 15 else False
