"""What each placeholder's value is to Lens (removed, kept or ignored), and the labels of a
generated sample: its spans as (type, value) lists, an `{{address}}` split into its parts, a
street's number and name and a first and last name joined into one value."""

from __future__ import annotations

import re
from collections import deque

# fmt: off
# presidio-evaluator / Faker placeholder -> (role, our type). Roles: pii is removed by policy
# and scored as a leak; keep must survive; ignore is neither.
LABELS: dict[str, tuple[str, str]] = {
    **{k: ("pii", "PERSON") for k in (
        "person", "name", "first_name", "last_name", "first_name_female", "first_name_male",
        "first_name_nonbinary", "last_name_female", "last_name_male", "name_female",
        "name_male")},
    "phone_number": ("pii", "PHONE_NUMBER"),
    "email": ("pii", "EMAIL_ADDRESS"),
    "credit_card_number": ("pii", "CREDIT_CARD"),
    "iban": ("pii", "IBAN_CODE"),
    "ssn": ("pii", "NATIONAL_ID"),
    "us_driver_license": ("pii", "DRIVING_LICENCE"),
    "ip_address": ("pii", "IP_ADDRESS"),
    "dob_text": ("pii", "DATE_OF_BIRTH"),
    "street_name": ("pii", "STREET_ADDRESS"),
    "building_number": ("pii", "STREET_ADDRESS"),
    "secondary_address": ("pii", "ADDRESS_UNIT"),
    "postcode": ("pii", "POSTCODE"),
    "zipcode": ("pii", "POSTCODE"),
    "address": ("pii", "ADDRESS"),  # split into its parts below
    "city": ("keep", "CITY"),
    "country": ("keep", "COUNTRY"),
    "state_abbr": ("keep", "REGION"),
    "state": ("keep", "REGION"),
    **{k: ("keep", "NATIONALITY") for k in (
        "nationality", "nation_woman", "nation_man", "nation_plural")},
    "organization": ("keep", "ORG"),
    "year": ("keep", "YEAR"),
    "date_text": ("keep", "DATE"),
    "weekday_text": ("keep", "DATE"),
    "age": ("keep", "AGE"),
    "prefix_male": ("ignore", "TITLE"),
    "prefix_female": ("ignore", "TITLE"),
    "prefix": ("ignore", "TITLE"),
    "job": ("ignore", "TITLE"),
    "url": ("ignore", "DOMAIN_NAME"),
}
# Address-format tokens -> part type (None: the street line; composite tokens recurse).
ADDRESS_PARTS = {
    "postcode": "POSTCODE", "postalcode": "POSTCODE", "zipcode": "POSTCODE",
    "secondary_address": "ADDRESS_UNIT",
    "city": "CITY", "country": "COUNTRY",
    "state": "REGION", "state_abbr": "REGION", "province_abbr": "REGION",
    "estado_sigla": "REGION", "province": "REGION",
    "bairro": "DISTRICT", "commune": "DISTRICT",
}
PART_ROLE = {"STREET_ADDRESS": "pii", "ADDRESS_UNIT": "pii", "POSTCODE": "pii"}  # others: keep
PART_ROLE["DISTRICT"] = "ignore"
# fmt: on
TOKEN = re.compile(r"{{\s*(\w+)\s*}}")


def label(sample, address_queue: deque) -> tuple[list, list, list]:
    """(pii, keep, ignore) as [type, start, end] from a generated sample's spans."""
    found: list[tuple[str, str, int, int]] = []  # role, type, start, end
    for span in sorted(sample.spans, key=lambda s: s.start_position):
        role, etype = LABELS[span.entity_type]
        start = span.start_position
        if etype != "ADDRESS":
            found.append((role, etype, start, span.end_position))
            continue
        offset = start
        for text, kind in address_queue.popleft():
            if kind is not None:
                found.append((PART_ROLE.get(kind, "keep"), kind, offset, offset + len(text)))
            offset += len(text)
        assert offset == span.end_position, (sample.full_text, span.entity_value)
    return _merge(found, sample.full_text)


def _merge(found: list, text: str) -> tuple[list, list, list]:
    """Join a street's number and name, and a first and last name, into one value."""
    merged: list[list] = []
    for role, etype, start, end in found:
        prev = merged[-1] if merged else None
        gap = text[prev[3] : start] if prev else ""
        joins = {"PERSON": r" ", "STREET_ADDRESS": r"[ ,]{1,2}"}.get(etype)
        if prev and prev[1] == etype and joins and re.fullmatch(joins, gap):
            prev[3] = end
        else:
            merged.append([role, etype, start, end])
    out: dict[str, list] = {"pii": [], "keep": [], "ignore": []}
    for role, etype, start, end in merged:
        value = text[start:end].strip()
        if value and {"type": etype, "value": value} not in out[role]:
            out[role].append({"type": etype, "value": value})
    return out["pii"], out["keep"], out["ignore"]
