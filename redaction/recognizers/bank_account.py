"""Bank account numbers and UK sort codes: digit runs that a banking cue stands before."""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

_START = r"(?<![\w.+/£$€-])(?<!\d[ .-])"
_END = r"(?![\w-])(?![ .,-]?\d)"

PATTERNS = [
    Pattern("sort code", _START + r"\d{2}-\d{2}-\d{2}" + _END, 0.2),
    Pattern("account number", _START + r"\d{6,12}" + _END, 0.05),
    Pattern("account number in groups", _START + r"\d{3,5}(?:[ -]\d{3,5}){1,3}" + _END, 0.05),
]

CONTEXT = (
    "account*|acct|a/c|acc no|sort code|sort|NUBAN|bank*|routing|BSB|IFSC|beneficiary|"
    "deposit*|transfer*"
).split("|")


class BankAccountRecognizer(ContextPatternRecognizer):
    """BANK_ACCOUNT: account numbers and sort codes after a banking cue (0.65-0.8)."""

    CONTEXT_BOOST = 0.6
    CONTEXT_BEFORE = 40

    def __init__(self) -> None:
        super().__init__(
            supported_entity="BANK_ACCOUNT",
            name="bank_account",
            patterns=PATTERNS,
            context=CONTEXT,
        )
