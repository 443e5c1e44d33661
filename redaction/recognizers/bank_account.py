"""Bank account numbers and UK sort codes: digit runs that a banking cue stands before.

Also a sort code written with its account ("20-45-77 41559302"), the last digits of an account
or card ("account ending 4821") and Indian branch codes (IFSC "SBIN0001234"), all after a cue.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

_START = r"(?<![\w.+/£$€-])(?<!\d[ .-])"
_END = r"(?![\w-])(?![ .,-]?\d)"

PATTERNS = [
    Pattern("sort code", _START + r"\d{2}-\d{2}-\d{2}" + _END, 0.2),
    Pattern("sort code and account", _START + r"\d{2}-\d{2}-\d{2}[ ,/]{1,3}\d{8}" + _END, 0.3),
    Pattern("account number", _START + r"\d{6,24}" + _END, 0.05),
    # Groups of any size: "0123-456789-001", "191-2345678-0-12", Polish "61 1090 1014 ...".
    Pattern("account number in groups", _START + r"\d{2,8}(?:[ -]\d{1,8}){1,7}" + _END, 0.05),
    Pattern(
        "last digits",
        r"(?i:\b(?:ending|ending in|ends in|ends with|last (?:4|four) digits?|last (?:4|four))"
        r"[: ]+)(?P<value>\d{4})\b",
        0.05,
    ),
    Pattern("IFSC", r"\b[A-Z]{4}0[A-Z0-9]{6}\b", 0.05),
]

CONTEXT = (
    "account*|acct|acc|acc no|a/c|sort code|sort|NUBAN|bank*|routing|ABA|BSB|IFSC|SWIFT|"
    "CLABE|savings|checking|chequing|beneficiary|deposit*|transfer*|wire*|remit*|credited|"
    "paid into|pay into"
).split("|")


class BankAccountRecognizer(ContextPatternRecognizer):
    """BANK_ACCOUNT: account numbers and sort codes after a banking cue (0.65-0.9)."""

    CONTEXT_BOOST = 0.6
    CONTEXT_BEFORE = 40
    IDENTIFIER = True

    def __init__(self) -> None:
        super().__init__(
            supported_entity="BANK_ACCOUNT",
            name="bank_account",
            patterns=PATTERNS,
            context=CONTEXT,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Fewer than 6 digits is no account number (a sort code has 6); only the last four
        digits after "ending" are shorter."""
        if len(pattern_text) == 4 and pattern_text.isdigit():
            return False
        return sum(ch.isdigit() for ch in pattern_text) < 6
