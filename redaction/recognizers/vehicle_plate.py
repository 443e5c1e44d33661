"""Vehicle registration plates: current UK format alone, other formats after a cue.

Shapes beside the UK's: German ("B-KM 4821"), French/Italian ("FG-482-TZ", "GH 482 KT"),
Spanish ("4821 KTB"), Dutch and Irish dash groups ("VKL-48-T", "221-D-4821"), Polish
("WA 48219"), US ("7KPD318", "KLM-4821"), Kenyan ("KCA 482B"), Turkish ("34 ABC 123"),
Vietnamese ("51F-123.45"), Thai ("2กร 4417"), Brazilian Mercosur ("BRA2E19"), South African
("ND 482-901"), Cambodian ("2A-4821") and Russian in Cyrillic ("А123ВС 77"). All but the UK's
need a cue: a plate word or a vehicle word before them (in many languages: "placa", "nomor
polisi", "номер"), or a vehicle named earlier in the same sentence or the one before ("A grey
Toyota Hiace was seen ...; a neighbour wrote down KBZ 417M") when no reference word ("flight",
"invoice", "container") stands right before the match.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer, context_regex
from redaction.recognizers.id_labels import (
    COMPANY_BEFORE,
    VEHICLE_PLATE_LABELS,
    digit_count,
    labelled_pattern,
    shape,
    share_shape_cues,
)
from redaction.recognizers.layout_context import CURRENCY_CODES

_LABELLED = "after its label"

PATTERNS = [
    # Area code (2 letters), age identifier (2 digits), 3 random letters: "AB12 CDE".
    Pattern("UK current", r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}\b", 0.45),
    Pattern("UK prefix", r"\b[A-HJ-NPR-Y]\d{1,3} ?[A-HJ-PR-Y]{3}\b", 0.15),
    Pattern("UK suffix", r"\b[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NPR-Y]\b", 0.15),
    Pattern("letters-digits-letters", r"\b[A-Z]{1,3}[ -]?\d{1,4}[ -]?[A-Z]{1,3}\b", 0.1),
    Pattern("letters-digits", r"\b[A-Z]{1,3}[ -]?\d{3,5}\b", 0.05),
    # German with its dash ("B-KM 4821"); spaced alone it is too like other codes.
    Pattern("German", r"\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ -]?[1-9]\d{0,3}[EH]?(?![\w./%])", 0.05),
    # Spanish: 4 digits and 3 consonants.
    Pattern("digits-letters", r"(?<![\w./])(?<!\d[ /])\d{4}[ -]?[B-DF-HJ-NP-TV-Z]{3}\b", 0.05),
    Pattern(
        "dash groups",
        r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{1,3}-[A-Z0-9]{1,4}-[A-Z0-9]{1,4}\b",
        0.1,
    ),
    Pattern("mixed", r"\b(?=[A-Z0-9]{6,8}\b)\d?[A-Z]{1,3}\d{2,4}[A-Z]?\b", 0.05),
    # A UK plate in lower case ("yd19 kxm"), and Polish plates with letters among the digits
    # ("PO 7K3M2"): only after a cue.
    Pattern("UK current, lower case", r"\b[a-hj-pr-y]{2}\d{2} ?[a-hj-pr-z]{3}\b", 0.05),
    Pattern("Polish", r"\b[A-Z]{2,3} \d(?=[0-9]*[A-Z])[A-Z0-9]{3,4}\b", 0.05),
    # Turkish: province code 01-81, one to three letters, two to four digits ("34 ABC 123").
    Pattern("Turkish", r"\b(?:0[1-9]|[1-7]\d|8[01]) [A-Z]{1,3} \d{2,4}\b", 0.05),
    Pattern("Vietnamese", r"\b\d{2}[A-Z]{1,2}\d?[ -]\d{3}\.?\d{2}\b", 0.3),
    Pattern("Thai", r"(?<![\w])\d?[ก-ฮ]{1,2}[ -]?\d{1,4}(?!\w)", 0.1),
    # Brazilian Mercosur: 3 letters, a digit, a letter, 2 digits ("BRA2E19").
    Pattern("Mercosur", r"\b[A-Z]{3}\d[A-Z]\d{2}\b", 0.1),
    # South African: 2-3 letters, then 3-3 digits ("ND 482-901", "CA 123-456").
    Pattern("South African", r"\b[A-Z]{2,3} \d{3}-\d{3}(?![\w-])", 0.1),
    # Cambodian: a province digit and one or two letters, then 4 digits ("2A-4821").
    Pattern("Cambodian", r"\b\d[A-Z]{1,2}-\d{4}\b", 0.1),
    # Russian in Cyrillic: letter, 3 digits, 2 letters, region code ("А123ВС 77").
    Pattern(
        "Russian",
        r"(?<!\w)[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}[ \t]?\d{2,3}(?!\w)",
        0.1,
    ),
    # Right after its label in any language ("nr rej. BC 4827 HT", "Kennzeichen B-KM 4821"),
    # not a company's registration number.
    labelled_pattern(_LABELLED, VEHICLE_PLATE_LABELS, 0.75, not_after=COMPANY_BEFORE),
]

CONTEXT = (
    "registration*|reg|reg.|plate*|number plate|licence plate|license plate|VRM|vehicle*|car|"
    "cars|van|vans|lorry|lorries|truck*|trailer*|minibus*|minivan*|pickup|SUV|motorbike*|"
    "motorcycle*|scooter*|taxi*|drives|driving|drove|driver|BMW|Mercedes|Audi|Ford|Toyota|"
    "Vauxhall|Volkswagen|VW|Skoda|Transit|Sprinter|Honda|Nissan|Hyundai|Kia|Renault|Peugeot|"
    "Citroen|Citroën|Fiat|Volvo|Scania|Iveco|Mazda|Lexus|Opel|Dacia|Chevrolet|Dodge|Jeep|"
    "Corolla|Hilux|Kennzeichen|immatriculation|targa|matrícula|matricula|biển số|biển|ทะเบียน|"
    "matatu*|jeepney*|tuk-tuk*|tuktuk*|bus|buses|coach|coaches|tractor*|placa|placas|"
    "nomor polisi|nopol|номер*|госномер*|номерн*|plaka*|kenteken|înmatricul*|inmatricul*|"
    "rejestracyjn*|nr rej|patente|chapa|tablilla|SPZ|Hiace|Avanza|Ducato|Land Cruiser|"
    "Pajero|Navara|Lada|Gazelle|Газель|машин*|автомобил*|фургон*|микроавтобус*|"
    "camioneta*|camión|camion|caminhão|caminhao|carro|coche|furgone*|furgon*|furgão|furgoneta*|"
    "mobil|truk|mikrolet|angkot|bajaj|boda-boda|dala dala|dala-dala|kombi"
).split("|")


# After a plate only a vehicle (its type or make) names it, not a verb or a plate word.
_NOT_AFTER = frozenset(
    "registration*|reg|reg.|plate*|number plate|licence plate|license plate|VRM|drives|driving|"
    "drove|driver|Kennzeichen|immatriculation|targa|matrícula|matricula|biển số|biển|ทะเบียน|"
    "placa|placas|nomor polisi|nopol|номер*|госномер*|номерн*|plaka*|kenteken|înmatricul*|"
    "inmatricul*|rejestracyjn*|nr rej|patente|chapa|tablilla|SPZ".split("|")
)
_VEHICLE_WORDS = [c for c in CONTEXT if c not in _NOT_AFTER]
# A plate followed by its vehicle in apposition: "FG-482-TZ, a white Renault", "WX 48213
# (black Audi)". Only right after a comma or an opening bracket, within three words.
_VEHICLE_AFTER = regex.compile(
    r"\s*[,(]\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:"
    + "|".join(
        regex.escape(c[:-1]) + r"\w*" if c.endswith("*") else regex.escape(c)
        for c in _VEHICLE_WORDS
    )
    + r")(?!\w)",
    regex.IGNORECASE,
)

# A vehicle named earlier in the sentence or the one before: how far back to look, where a
# sentence or a paragraph ends, and the words that make a plate-shaped code something else.
_SENTENCE_WINDOW = 200
_PARAGRAPH_END = regex.compile(r"\n[ \t]*\n")
_SENTENCE_END = regex.compile(r"[.!?;:][\"')\]]*\s+(?=\S)")
_ANY_CUE = context_regex(CONTEXT)
REFERENCE_BEFORE = regex.compile(
    r"(?i:flight|flt|invoice|inv|order|container|case|ref|reference|ticket|booking|seat|gate|"
    r"route|section|art|article|form|model|item|batch|lot|file|policy|claim|account|acct|"
    r"imo|voyage|train|room|code|part|serial)\.?[ \t]*[:#]?[ \t]*$"
)
# Only shapes of their own (0.1 and up: "KBZ 417M", "AA 482 BK", "BRA2E19") take a vehicle
# that far back; two letters and digits ("IL 62704", "PO 1234") are too common: a near cue.
_WIDE_MIN_SCORE = 0.1
_YEAR_DIGITS = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Standards and bodies whose codes have a plate's shape ("ISO 9001", "EN 1090", "UN 1203").
_STANDARDS = frozenset("ISO EN DIN BS IEC UN EC EU ILO HS SDG NFPA ASTM ANSI SI GB JIS".split())


def _plate_like(value: str) -> bool:
    """A value after a plate label: 4-12 characters, two digits or more, and a letter or five
    digits ("plate 12 of the atlas" is no plate)."""
    count = digit_count(value)
    has_letter = any(ch.isalpha() for ch in value)
    return 4 <= len(value) <= 12 and count >= 2 and (has_letter or count >= 5)


def _plate_shape(value: str) -> str | None:
    """A plate's shape when it is long enough to be shared (`share_shape_cues`)."""
    found = shape(value, min_digits=3, min_plain=99)
    return found if found is not None and len(found) >= 6 else None


def vehicle_earlier(text: str, start: int) -> bool:
    """Whether a vehicle or plate word stands earlier in the sentence holding text[start], or
    in the sentence before, within `_SENTENCE_WINDOW` characters and the same paragraph."""
    if _ANY_CUE is None:
        return False
    window = text[max(0, start - _SENTENCE_WINDOW) : start]
    breaks = list(_PARAGRAPH_END.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    ends = list(_SENTENCE_END.finditer(window))
    if len(ends) >= 2:
        window = window[ends[-2].end() :]
    return bool(_ANY_CUE.search(window))


class VehiclePlateRecognizer(ContextPatternRecognizer):
    """VEHICLE_PLATE: UK plates (0.45; 0.9 after "reg", "car", "van"...), others after a cue."""

    CONTEXT_BOOST = 0.55
    CONTEXT_BEFORE = 35
    IDENTIFIER = True
    _shape_score = 1.0  # the score of the shape being matched (set by `score_match`)

    def __init__(self) -> None:
        super().__init__(
            supported_entity="VEHICLE_PLATE",
            name="vehicle_plate",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A vehicle cue before the plate, its vehicle named right after it, or (when the
        plate holds no year) a vehicle earlier in the sentence or the one before; never a code
        right after a reference word ("the bus ... flight EK 2024", "invoice INV-2024-0087")."""
        if REFERENCE_BEFORE.search(text[max(0, start - 20) : start]):
            return False
        if super().has_context(text, start, end) or _VEHICLE_AFTER.match(text, end):
            return True
        value = text[start:end]
        letters = regex.match(r"[A-Z]+", value)
        return (
            self._shape_score >= _WIDE_MIN_SCORE
            and not _YEAR_DIGITS.search(value)
            and not (letters and letters.group() in _STANDARDS)
            and vehicle_earlier(text, start)
        )

    def matches(self, text: str) -> list[list[Any]]:
        """As the base class; then a code of the same shape (a letter and three digits, six
        characters or more) as a cued plate of the same text shares its cue (a fleet list
        or a vehicle register's column), never right after a reference word."""
        found = super().matches(text)
        # A labelled value inside a longer plate ("reg yd19" in "reg yd19 kxm") is that plate.
        found = [
            f
            for f in found
            if f[0].name != _LABELLED
            or not any(o is not f and o[2] <= f[2] and f[3] < o[3] for o in found)
        ]
        share_shape_cues(
            text,
            found,
            _plate_shape,
            lambda start: bool(REFERENCE_BEFORE.search(text[max(0, start - 20) : start])),
        )
        return found

    def score_match(self, pattern: Pattern, value: str) -> tuple[float, bool] | None:
        """As the base class; notes the shape's own score for `has_context`, which the base
        class calls next for the same match."""
        self._shape_score = pattern.score
        if pattern.name == _LABELLED and not _plate_like(value):
            return None
        return super().score_match(pattern, value)

    def invalidate_result(self, pattern_text: str) -> bool:
        """An amount ("USD 4000", "400 EUR") is no plate. A current UK plate's age identifier
        is 02-29 (March) or 51-79 (September); that check applies only to its shape (2 letters,
        2 digits, 3 letters) as the UK writes it."""
        words = pattern_text.replace("-", " ").split()
        if words[0] in CURRENCY_CODES or words[-1] in CURRENCY_CODES:
            return True
        compact = pattern_text.replace(" ", "")
        # Written "CJ 48 TRL" (a space after the letters) it is Romanian, not British.
        if (
            pattern_text[2:3] != " "
            and len(compact) == 7
            and compact[:2].isalpha()
            and compact[2:4].isdigit()
            and compact[4:].isalpha()
        ):
            age = int(compact[2:4])
            return not (2 <= age <= 29 or 51 <= age <= 79)
        return False
