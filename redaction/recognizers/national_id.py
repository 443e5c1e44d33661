"""National identity numbers: UK National Insurance numbers, and any ID after an ID cue.

Myanmar's National Registration Card ("10/MLM(N)078914": state 1-14, township letters,
citizenship letter in brackets, 6 digits) has a shape no other value has, so it needs no cue.
Formats with a checksum are verified: Romanian CNP (weights 279146358279), Thai ID (mod 11),
Spanish DNI/NIE (mod-23 letter). Other countries' numbers (Nigerian NIN, Qatari QID, Vietnamese
CCCD, Albanian personal numbers...) are recognised by a cue such as "ID number" or "NIN".
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer, digits
from redaction.recognizers.id_labels import NATIONAL_ID_LABELS, labelled_pattern

_START = r"(?<![\w.+/-])(?<!\d[ .-])"
# The letters before an ID's digits are not the cue word itself ("CNP 298...").
_NOT_A_CUE = r"(?!(?:ID|NI|NIN|CNP|DNI|NIE|QID|NIC|SSN|KTP|NRIC|CCCD|CMND|NIK|CIN|RG|CC|TC|FAN)\b)"

PATTERNS = [
    Pattern(
        "UK National Insurance number",
        r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
        r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
        0.6,
    ),
    Pattern("13 digits (CNP, Thai ID)", _START + r"\d{13}(?![\w-])", 0.2),
    Pattern("Thai ID, grouped", _START + r"\d([- ])\d{4}\1\d{5}\1\d{2}\1\d(?![\w-])", 0.4),
    Pattern("DNI/NIE", r"\b[XYZ]?\d{7,8}-?[A-Z]\b", 0.2),
    Pattern("Pakistan CNIC", _START + r"\d{5}-\d{7}-\d(?![\w-])", 0.6),
    # Myanmar NRC: state 1-14 / township letters (citizenship letter) 6 digits.
    Pattern(
        "Myanmar NRC",
        r"(?<![\w/])(?:1[0-4]|0?[1-9])[ \t]?/[ \t]?[A-Za-z]{2,9}[ \t]?"
        r"\((?:N|E|P|T|Y|C|Naing)\)[ \t]?\d{6}(?![\w/])",
        0.85,
    ),
    # Digits grouped by dots, with an optional check digit: a Colombian cédula
    # ("1.023.456.789"), an Argentine DNI ("30.123.456"), a Brazilian RG ("23.456.789-1").
    Pattern(
        "dotted digit groups",
        _START + r"\d{1,3}(?:\.\d{3}){2,3}(?:-[\dXx])?(?![\w-])(?!\.\d)",
        0.1,
    ),
    Pattern(
        "letters and digit groups",
        _START + _NOT_A_CUE + r"(?:[A-Z]{1,2}[ -]?|[A-Z]{3})?\d{2,6}(?:[ -]?\d{2,6}){0,3}"
        r"(?:[ -]?[A-Z])?(?![\w-])",
        0.1,
    ),
    # Right after its label in any language ("CPR-nr. 120489-1742", "ID-kaart RX482173").
    labelled_pattern("after its label", NATIONAL_ID_LABELS, 0.75),
]

CONTEXT = (
    "national id*|national identi*|national insurance|NI number|NI no|NINO|ID|IDs|ID card|"
    "ID no|identity card|identity number|identity document|identification|NIN|CNP|DNI|NIE|"
    "QID|residence permit|residence card|personal number|personal no|citizen ID|CCCD|CMND|"
    "Emirates ID|Aadhaar|PhilSys|NIC|SSN|social security|Ghana Card|KTP|NRIC|NRC|"
    "registration card|national registration|NHS|PESEL|CPF|CURP|RFC|codice fiscale|"
    "fiscal code|tax code|tax ID|PAN|BVN|KRA PIN|TIN|CNIC|NIF|RG|permesso|căn cước|cédula|"
    "cedula|Personalausweis|carte d'identité|resident ID|resident identity|PSN|national no|"
    "MyKad|IC no|IC number|citizenship no|citizenship number|citizenship certificate|NIDA|"
    "Iqama|voter ID|NID|NIK|KTP|e-KTP|Nomor Induk Kependudukan|RNOKPP|RNTRC|ІПН|РНОКПП|"
    "ідентифікаційний код|identification code|tax number|taxpayer*|IDNP|personal code|"
    "cod personal|numri personal|nr. personal|can cuoc|CIN|carte nationale|C.C.|Kimlik|TCKN|"
    "PINFL|JSHSHIR|Fayda|UNZR|EGN|ЕГН|OIB|JMBG|ЕМБГ|EMŠO|IIN|ИИН|ИНН|SNILS|СНИЛС|RUT|CUIL|"
    "CUIT|NIT|DUI|DPI|INE|credencial|kitambulisho|huduma|HKID|身份证|身份證|الرقم القومي|"
    "رقم الهوية|documento de identidad|número de identidad|smart card"
).split("|")

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def cnp_ok(number: str) -> bool:
    """Romanian CNP: 13 digits, last = weighted sum of the first 12 mod 11 (10 -> 1)."""
    if len(number) != 13 or number[0] == "0":
        return False
    total = sum(int(d) * int(w) for d, w in zip(number[:12], "279146358279", strict=True))
    check = total % 11
    return (1 if check == 10 else check) == int(number[12])


def thai_id_ok(number: str) -> bool:
    """Thai national ID: 13 digits, last = (11 - sum(d_i * (13 - i)) mod 11) mod 10."""
    if len(number) != 13:
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(number[:12]))
    return (11 - total % 11) % 10 == int(number[12])


def dni_ok(value: str) -> bool:
    """Spanish DNI/NIE: the letter is the number mod 23 (NIE: X/Y/Z read as 0/1/2)."""
    compact = value.replace("-", "").upper()
    head = compact[:-1]
    if head and head[0] in "XYZ":
        head = str("XYZ".index(head[0])) + head[1:]
    return head.isdigit() and _DNI_LETTERS[int(head) % 23] == compact[-1]


class NationalIdRecognizer(ContextPatternRecognizer):
    """NATIONAL_ID: NI numbers (0.6), checked formats (1.0), anything after an ID cue (0.65)."""

    CONTEXT_BOOST = 0.7
    CONTEXT_BEFORE = 60
    IDENTIFIER = True

    def __init__(self) -> None:
        super().__init__(
            supported_entity="NATIONAL_ID",
            name="national_id",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """True for a CNP, Thai ID or DNI whose check digit/letter is right, else undecided."""
        number = digits(pattern_text)
        if len(number) == 13 and len(number) == len(pattern_text.replace("-", "").replace(" ", "")):
            return True if cnp_ok(number) or thai_id_ok(number) else None
        compact = pattern_text.replace("-", "")
        if compact[-1:].isalpha() and 8 <= len(compact) <= 9 and dni_ok(compact):
            return True
        return None

    def invalidate_result(self, pattern_text: str) -> bool:
        """Too few digits to identify anyone (e.g. "ID 12")."""
        return len(digits(pattern_text)) < 6
