"""Check digits of national identity numbers, each by its published rule.

Each function takes the value as written (separators allowed) and says whether its check
digit or letter is right; a wrong one means the value is some other number.
"""

from __future__ import annotations

import string

from redaction.recognizers.contextual import digits

_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


def luhn_ok(value: str) -> bool:
    """The Luhn (mod 10) check: South African ID, Emirates ID."""
    total = 0
    for i, ch in enumerate(reversed(digits(value))):
        v = int(ch) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def aadhaar_ok(value: str) -> bool:
    """Indian Aadhaar: 12 digits, not opening with 0 or 1, Verhoeff check digit."""
    number = digits(value)
    if len(number) != 12 or number[0] in "01":
        return False
    check = 0
    for i, ch in enumerate(reversed(number)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][int(ch)]]
    return check == 0


def nhs_ok(value: str) -> bool:
    """UK NHS number: 10 digits, weights 10..2, 11 - sum mod 11 (11 -> 0, 10 never)."""
    number = digits(value)
    if len(number) != 10:
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(number[:9])) % 11
    return check != 10 and (0 if check == 11 else check) == int(number[9])


def pesel_ok(value: str) -> bool:
    """Polish PESEL: 11 digits, a birth date (month + 20 per century), weights 1379."""
    number = digits(value)
    if len(number) != 11:
        return False
    month, day = int(number[2:4]) % 20, int(number[4:6])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    total = sum(int(d) * w for d, w in zip(number[:10], (1, 3, 7, 9) * 3, strict=False))
    return (10 - total % 10) % 10 == int(number[10])


def cpf_ok(value: str) -> bool:
    """Brazilian CPF: 11 digits, two mod-11 check digits; not one digit repeated."""
    number = [int(d) for d in digits(value)]
    if len(number) != 11 or len(set(number)) == 1:
        return False
    for size in (9, 10):
        remainder = (
            sum(d * w for d, w in zip(number[:size], range(size + 1, 1, -1), strict=False))
            * 10
            % 11
        )
        if remainder % 10 != number[size]:
            return False
    return True


_CURP_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"


def curp_ok(value: str) -> bool:
    """Mexican CURP: 18 characters, the last a weighted mod-10 check digit."""
    if len(value) != 18 or not value[17].isdigit():
        return False
    total = sum(_CURP_CHARS.index(ch) * (18 - i) for i, ch in enumerate(value[:17]))
    return (10 - total % 10) % 10 == int(value[17])


_CF_ODD = dict(
    zip(
        string.digits + string.ascii_uppercase,
        (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
         11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23),
        strict=True,
    )
)  # fmt: skip


def codice_fiscale_ok(value: str) -> bool:
    """Italian codice fiscale: 16 characters, the last a check letter (odd/even tables)."""
    if len(value) != 16:
        return False
    total = 0
    for i, ch in enumerate(value[:15]):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26) == value[15]


def china_id_ok(value: str) -> bool:
    """Chinese resident ID: 18 characters, ISO 7064 mod 11-2 check (10 written X)."""
    if len(value) != 18:
        return False
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(value[:17], weights, strict=True))
    return "10X98765432"[total % 11] == value[17].upper()


def za_id_ok(value: str) -> bool:
    """South African ID: 13 digits, a birth date YYMMDD first, Luhn check."""
    number = digits(value)
    if len(number) != 13:
        return False
    month, day = int(number[2:4]), int(number[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn_ok(number)


# Egypt's governorate codes (01-04 the cities, 11-19 Lower, 21-35 Upper Egypt and the
# frontier governorates, 88 born abroad).
_EGYPT_GOVERNORATES = frozenset(
    [f"{n:02d}" for n in (1, 2, 3, 4, *range(11, 20), *range(21, 36))] + ["88"]
)


def egypt_id_ok(value: str) -> bool:
    """Egyptian national ID: 14 digits, a century digit (2: 1900s, 3: 2000s), a birth date
    YYMMDD, a governorate code and five more digits. Egypt publishes no check-digit rule, so
    this checks the structure: one random 14-digit run in about two hundred passes."""
    number = digits(value)
    if len(number) != 14 or number[0] not in "23":
        return False
    month, day = int(number[3:5]), int(number[5:7])
    return 1 <= month <= 12 and 1 <= day <= 31 and number[7:9] in _EGYPT_GOVERNORATES
