"""The normal form of an identifier, so one value written many ways gets one link key.

`normalise(link_type, surface, regions)` is pure and in memory: phones to E.164 (read with
the document's countries as region hints), e-mails lower-cased, account, card, document and
plate numbers without spaces or punctuation, wallets as their chain writes them, handles
without "@" and lower-cased, and people's names folded (diacritics, case, word order).
`None` means the value is too weak to link on (a one-word name, a number with no digits).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from ingest.link_names import person

# Redaction's entity types -> the link types `lens links --type` names. Types not listed
# (addresses, dates of birth, IP addresses, deny-list terms) are not linked on.
LINK_TYPES: dict[str, str] = {
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "IBAN_CODE": "account",
    "BANK_ACCOUNT": "account",
    "CREDIT_CARD": "account",
    "CRYPTO": "wallet",
    "PASSPORT": "document_no",
    "NATIONAL_ID": "document_no",
    "DRIVING_LICENCE": "document_no",
    "VEHICLE_PLATE": "plate",
    "SOCIAL_HANDLE": "handle",
    "URL_PROFILE": "handle",
    "PERSON": "person",
}
EXACT_TYPES = ("phone", "email", "account", "wallet", "document_no", "plate", "handle")
ALL_TYPES = (*EXACT_TYPES, "person")
DEFAULT_REGIONS = ("GB", "US")

_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
# A UK sort code ("20-00-00") is a bank branch, shared by all its customers: never a link.
_SORT_CODE = regex.compile(r"^\d{2}[- ]\d{2}[- ]\d{2}$")
_TRUNK = regex.compile(r"\(\s*0\s*\)")  # "+44 (0) 7700 ...": the trunk zero written in
_HANDLE_URL = regex.compile(r"^(?:https?://)?(?:www\.|m\.)?[^/]+/(?:@|in/|u/|user/)?([^/?#]+)")


def valid(entity_type: str, normal: str) -> bool:
    """Checksums where the type has one: a cut-off IBAN or card number is not linked on."""
    if entity_type == "IBAN_CODE":
        if len(normal) < 15 or not normal[:2].isalpha() or not normal[2:4].isdigit():
            return False
        moved = normal[4:] + normal[:4]
        try:
            return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
        except ValueError:
            return False
    if entity_type == "CREDIT_CARD":
        digits = [int(ch) for ch in normal if ch.isdigit()]
        total = sum(
            d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
            for i, d in enumerate(reversed(digits))
        )
        return len(digits) >= 12 and total % 10 == 0
    return True


def normalise(link_type: str, surface: str, regions: Sequence[str] = DEFAULT_REGIONS) -> str | None:
    """The normal form of `surface` as a `link_type` value, or None when it cannot link."""
    value = surface.strip()
    if not value:
        return None
    if link_type == "phone":
        return phone(value, regions)
    if link_type == "email":
        return value.removeprefix("mailto:").casefold()
    if link_type == "account" and _SORT_CODE.match(value):
        return None
    if link_type in ("account", "document_no", "plate"):
        compact = _NOT_ALNUM.sub("", value).upper()
        return compact if len(compact) >= 4 else None
    if link_type == "wallet":
        return wallet(value)
    if link_type == "handle":
        return handle(value)
    if link_type == "person":
        return person(value)
    return None


def phone(value: str, regions: Sequence[str] = DEFAULT_REGIONS) -> str | None:
    """E.164 ("+447700900123"): international forms (+44, 0044) as written; national forms
    in the first region (of the defaults and the document's countries) where the number is
    valid, else the first where it is possible; None when no region reads it (a number the
    recognizer cut short would otherwise link every report with the same first digits)."""
    import phonenumbers

    text = _TRUNK.sub(" ", value)
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < 6:
        return None
    stripped = text.lstrip()
    candidates: list[str | None]
    if stripped.startswith("00"):
        text, candidates = "+" + digits[2:], [None]
    elif stripped.startswith("+"):
        text, candidates = "+" + digits, [None]
    else:
        candidates = list(dict.fromkeys([*DEFAULT_REGIONS, *regions]))
    possible: str | None = None
    for region in candidates:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_valid_number(number) or _reserved_for_fiction(number):
            return e164
        if possible is None and _full_length(number):
            possible = e164
    return possible  # no region reads it: most likely a number cut short, not linked on


def _reserved_for_fiction(number: Any) -> bool:
    """Ofcom's drama range (07700 900000-900999): not "valid" to phonenumbers, but a UK mobile
    number in every demo, test and training text, so it is read as one wherever it appears
    (otherwise a German report's "07700 900123" would be read as a German landline)."""
    return (
        number.country_code == 44
        and str(number.national_number).startswith("7700900")
        and (len(str(number.national_number)) == 10)
    )


def _full_length(number: Any) -> bool:
    """A number of a full mobile or fixed-line length for its country (reserved ranges such
    as the UK's 07700 900xxx are possible but not "valid"; a cut-off one is neither)."""
    import phonenumbers

    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    return any(
        phonenumbers.is_possible_number_for_type_with_reason(number, kind)
        == phonenumbers.ValidationResult.IS_POSSIBLE
        for kind in kinds
    )


def wallet(value: str) -> str | None:
    """Hex (0x…) and bech32 (bc1…) addresses are case-insensitive; base58 ones are not."""
    compact = value.strip()
    if regex.match(r"(?i)^(0x|bc1|tb1|ltc1)", compact):
        return compact.lower()
    return compact if len(compact) >= 20 else None


def handle(value: str) -> str | None:
    """The user name of a handle ("@Maria_R") or a profile URL ("instagram.com/maria_r")."""
    text = value.strip()
    if "/" in text:
        match = _HANDLE_URL.match(text)
        text = match.group(1) if match else text.rsplit("/", 1)[-1]
    name = text.lstrip("@").rstrip(".").casefold()
    return name if len(name) >= 2 else None
