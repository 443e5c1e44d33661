"""National identity numbers of many countries, by their published shapes and check digits.

A shape that nothing else has, with its check digit right (a Mexican CURP, an Italian codice
fiscale, a Chinese resident ID, an Emirates ID, a Brazilian CPF written "123.456.789-09", an
Indian Aadhaar "2345 6789 0123", an Egyptian national ID whose birth date and governorate are
valid) is removed alone; a US SSN ("123-45-6789") and an Indian PAN
are removed by shape, as stock Presidio does. A bare digit run that only a check digit tells
apart (an NHS number, a PESEL, a CPF or Aadhaar without separators) is removed only after an
ID cue ("NHS", "PESEL", "CPF"...), like `national_id`'s other numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from presidio_analyzer import Pattern

from redaction.recognizers import id_checksums as ck
from redaction.recognizers.contextual import ContextPatternRecognizer
from redaction.recognizers.national_id import CONTEXT

_NUM_START = r"(?<![\w.+/-])(?<!\d[ .-])"
_NUM_END = r"(?![\w-])(?![ .-]?\d)"


class IdFormat(NamedTuple):
    """One country's number: its regex, its check (None: none), and its scores when the check
    passes and when it fails (None: a failed check drops the match)."""

    name: str
    regex: str
    check: Callable[[str], bool] | None
    score: float
    score_unchecked: float | None = None


FORMATS = [
    IdFormat(
        "US SSN",
        _NUM_START + r"(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}" + _NUM_END,
        None,
        0.5,
    ),
    IdFormat("Indian PAN", r"\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b", None, 0.5),
    IdFormat(
        "Mexican CURP",
        r"\b[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX][A-Z]{5}"
        r"[A-Z0-9]\d\b",
        ck.curp_ok,
        1.0,
        0.6,
    ),
    # Typed in lower case in a chat ("mi curp es rosm920715hgrmnr03"): a cue or its check.
    IdFormat(
        "Mexican CURP, lower case",
        r"\b[a-z][aeioux][a-z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[hmx][a-z]{5}"
        r"[a-z0-9]\d\b",
        lambda v: ck.curp_ok(v.upper()),
        1.0,
        0.2,
    ),
    IdFormat(
        "Italian codice fiscale",
        r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b",
        ck.codice_fiscale_ok,
        1.0,
        0.5,
    ),
    IdFormat(
        "Chinese resident ID",
        r"(?<![\w-])[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]"
        r"(?![\w-])",
        ck.china_id_ok,
        1.0,
        0.3,
    ),
    IdFormat(
        "Egyptian national ID",
        _NUM_START + r"[23]\d{13}" + _NUM_END,
        ck.egypt_id_ok,
        0.45,
        0.05,
    ),
    IdFormat("Emirates ID", r"\b784-?(?:19|20)\d{2}-?\d{7}-?\d\b", ck.luhn_ok, 1.0, 0.6),
    IdFormat("Ghana Card", r"\bGHA-?\d{9}-?\d\b", None, 0.85),
    IdFormat(
        "Brazilian CPF", _NUM_START + r"\d{3}\.\d{3}\.\d{3}-\d{2}" + _NUM_END, ck.cpf_ok, 1.0, 0.5
    ),
    IdFormat(
        "Aadhaar, grouped",
        _NUM_START + r"[2-9]\d{3}[ -]\d{4}[ -]\d{4}" + _NUM_END,
        ck.aadhaar_ok,
        0.6,
        0.1,
    ),
    # Bare runs: a check digit passes one random number in ten, so these need a cue.
    IdFormat("Aadhaar", _NUM_START + r"[2-9]\d{11}" + _NUM_END, ck.aadhaar_ok, 0.2),
    IdFormat("NHS number", _NUM_START + r"\d{3}[ -]?\d{3}[ -]?\d{4}" + _NUM_END, ck.nhs_ok, 0.2),
    IdFormat("PESEL", _NUM_START + r"\d{11}" + _NUM_END, ck.pesel_ok, 0.2),
    IdFormat("CPF", _NUM_START + r"\d{11}" + _NUM_END, ck.cpf_ok, 0.2),
    IdFormat("South African ID", _NUM_START + r"\d{13}" + _NUM_END, ck.za_id_ok, 0.2),
]


class WorldIdRecognizer(ContextPatternRecognizer):
    """NATIONAL_ID: numbers of many countries by shape and check digit (0.5-1.0), and checked
    bare runs after an ID cue (0.9)."""

    CONTEXT_BOOST = 0.7
    CONTEXT_BEFORE = 60

    # Each format's own check digit decides its score; a listed number shares no cue.
    SHARE_LIST_CUES = False

    def __init__(self) -> None:
        super().__init__(
            supported_entity="NATIONAL_ID",
            name="world_id",
            patterns=[Pattern(f.name, f.regex, f.score) for f in FORMATS],
            context=CONTEXT,
            case_sensitive=True,
        )
        self._formats = {f.name: f for f in FORMATS}

    def score_match(self, pattern: Pattern, value: str) -> tuple[float, bool] | None:
        """The format's score when its check passes (or it has none), its unchecked score
        when the check fails, or None when a failed check drops the match."""
        fmt = self._formats[pattern.name]
        if fmt.check is None or fmt.check(value):
            return fmt.score, fmt.check is not None
        if fmt.score_unchecked is None:
            return None
        return fmt.score_unchecked, False
