"""Payment card numbers (13-19 digits), checked with the Luhn algorithm."""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer, digits

_START = r"(?<![\w.+/-])(?<!\d[ .-])"
_END = r"(?![\w-])(?![ .-]?\d)"

PATTERNS = [
    Pattern("4-4-4-4(-3)", _START + r"\d{4}([ -]?)\d{4}\1\d{4}\1\d{1,4}(?:\1\d{3})?" + _END, 0.3),
    Pattern("Amex 4-6-5", _START + r"3[47]\d{2}([ -]?)\d{6}\1\d{5}" + _END, 0.3),
    Pattern("Diners 4-6-4", _START + r"3[0689]\d{2}([ -]?)\d{6}\1\d{4}" + _END, 0.3),
    # Maestro numbers run from 12 digits; any run of 12-19 digits after a card cue is one.
    Pattern("12-19 digits", _START + r"\d{12,19}" + _END, 0.1),
]

CONTEXT = [
    "card*", "visa", "mastercard", "amex", "debit", "credit", "cardholder", "paid", "pan",
    "cc", "maestro", "discover", "jcb",
]  # fmt: skip


def luhn_ok(number: str) -> bool:
    """Luhn: double every second digit from the right; the sum is a multiple of 10."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class LuhnCardRecognizer(ContextPatternRecognizer):
    """CREDIT_CARD: 1.0 when Luhn holds; 0.75 with a card cue when it does not."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="CREDIT_CARD",
            name="credit_card",
            patterns=PATTERNS,
            context=CONTEXT,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """True for 13-19 digits passing Luhn. A failed Luhn check is not a rejection (card
        numbers get mistyped in notes): the match then needs a card cue nearby."""
        number = digits(pattern_text)
        if not 12 <= len(number) <= 19 or len(set(number)) == 1:
            return False
        # 13-digit cards are obsolete and 13 digits are also national IDs (CNP, Thai ID):
        # those need a card cue even when Luhn holds.
        return True if luhn_ok(number) and len(number) >= 14 else None
