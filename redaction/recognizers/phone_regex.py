"""Phone numbers by shape, including ones the `phonenumbers` library deems invalid.

Survivors quote numbers from memory, half-formatted, from countries whose numbering plans
change; `phonenumbers` drops whatever it cannot validate. An international prefix (+ or 00)
is strong evidence on its own; a national number starting with 0 needs a context word,
except UK mobiles (07...), whose shape is distinctive.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer, digits

# Not glued to a word, a "+", or the tail of a longer digit run ("1234 5678 ...").
_START = r"(?<![\w+/.-])(?<!\d[ .-])"
_END = r"(?![\w/])(?![ .-]?\d)"
_GROUP = r"(?:[ .-]?\(?\d{1,4}\)?)"
# An extension ("x123", "ext. 45") belongs to the number.
_EXT = r"(?:[ \t]?(?:x|ext\.?|extension)[ \t]?\d{1,6})?"
_DATE = regex.compile(r"\d{1,2}[.-]\d{1,2}[.-](?:19|20)\d{2}|(?:19|20)\d{2}[.-]\d{1,2}[.-]\d{1,2}")

PATTERNS = [
    Pattern("international (+)", _START + r"\+\d{1,3}" + _GROUP + "{2,6}" + _EXT + _END, 0.7),
    Pattern("international (00)", _START + r"00[1-9]\d{0,2}" + _GROUP + "{2,6}" + _EXT + _END, 0.5),
    Pattern("UK mobile", _START + r"07\d{3}[ .-]?\d{3}[ .-]?\d{3}" + _END, 0.6),
    Pattern("national (0...)", _START + r"0\d{1,4}(?:[ .-]?\d{2,4}){1,4}" + _EXT + _END, 0.3),
    # "(0161) 496 0000", "(03400) 94425 972", "(351) 913444429"; not a year "(2019) 45 000".
    Pattern(
        "area code in brackets",
        _START + r"\((?!(?:19|20)\d\d\))0?\d{2,4}\)[ .-]?\d{2,5}[ .-]?\d{3,5}" + _EXT + _END,
        0.4,
    ),
    # Hungarian: "(06)55/561-8761", "(42)/910-4339".
    Pattern(
        "area code in brackets and a slash",
        _START + r"\(0?\d{1,4}\)[ \t]?\d{0,3}/[ \t]?\d{3}[ .-]?\d{3,4}" + _END,
        0.5,
    ),
    # Digits only a cue makes a phone: "fax 378314367", "33698441427-Fax", "669 402 600".
    Pattern("digits after or before a phone cue", _START + r"\d{8,12}" + _END, 0.1),
    Pattern(
        "groups after or before a phone cue", _START + r"\d{2,3}(?:[ .]\d{2,3}){2,4}" + _END, 0.1
    ),
    # A North American local number with no area code: "called him at 555-0186".
    Pattern("local number after a phone cue", _START + r"\d{3}[-.]\d{4}" + _EXT + _END, 0.1),
    # National mobiles of any grouping after a cue: "5123 7215", "984-1232964", "7 1122500",
    # "6 71 23 51 51"; not with a year among the groups, not money ("$1 500 000").
    Pattern(
        "national groups after a phone cue",
        r"(?<![$£€¥₦₱₹][ \t]?)(?<!(?-i:[A-Z]{3})[ \t])"
        + _START
        + r"(?![\d -]*(?<!\d)(?:19|20)\d\d(?!\d))\d{1,4}(?:[ -]\d{1,7}){1,4}"
        + _END
        + r"(?![ \t]?(?:%|(?-i:[A-Z]{3})\b|pesos|dollars|euros?|naira|rupees|dong|baht|lei|lek"
        r"|kip|birr|shillings|cedis|yuan|won|reais)\b)",
        0.1,
    ),
    # North American shapes: "(415) 555-0132", "212-555-0188", "234.567.8901x99".
    # ... and spaced: "241 592 0661" (three, three and four digits).
    Pattern("North American (spaced)", _START + r"(?:1[ ])?\d{3} \d{3} \d{4}" + _END, 0.45),
    Pattern(
        "North American (NXX-NXX-XXXX)",
        _START + r"(?:1[ .-])?(?:\(\d{3}\)[ .-]?|\d{3}[.-])\d{3}[.-]\d{4}" + _EXT + _END,
        0.45,
    ),
]

CONTEXT = (
    "phone*|tel|tel.|telephone|mobile|cell*|call*|contact*|ring*|whatsapp|viber|telegram|"
    "signal|sms|text*|sim|hotline|dial*|reached|reach|fax|office|landline|mob|cel|answer*"
).split("|")


class PhoneRegexRecognizer(ContextPatternRecognizer):
    """PHONE_NUMBER by shape (7 to 15 digits), boosted by words such as "phone" or "WhatsApp"."""

    CONTEXT_AFTER = 8  # "-Fax", " (mobile)"

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER", name="phone_regex", patterns=PATTERNS, context=CONTEXT
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Reject what cannot be a phone number: fewer than 7 or more than 15 digits."""
        number = regex.sub(r"(?:x|ext\.?|extension)[ \t]?\d+$", "", pattern_text.strip())
        if _DATE.fullmatch(number.strip()):
            return False
        count = len(digits(number))
        return None if 7 <= count <= 15 else False

    def adjust_score(self, text: str, start: int, end: int, score: float) -> float:
        """A national number of nine digits or more in two or more groups ("020 7946 0958",
        "06 12 34 56 78") is a phone even without a cue word; shorter ones need the cue."""
        value = text[start:end]
        groups = len(regex.findall(r"\d+", value))
        if value.startswith("0") and len(digits(value)) >= 9 and groups >= 2:
            return max(score, 0.45)
        return score
