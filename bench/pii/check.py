"""Checks a labelled redaction set (demo/eval/pii/*.jsonl) is well formed.

    .venv/bin/python -m bench.pii.check demo/eval/pii/heldout3_indomain.jsonl [--min-chars 300]
        [--max-chars 1500] [--checksums]

A figure is only as good as its labels. For each row it checks that: the row has its text,
labels and provenance (`source`, `genre`, a unique `id`); every labelled value occurs in the
text as a whole word (as bench/pii/scoring.py counts it); every type is one the README lists;
no value is labelled both to remove and to keep, and no value to keep occurs only inside
values to remove (the scorer would never count it);
every part of a labelled name that stands alone elsewhere in the text is labelled too (the
scorer would otherwise count it as non-personal); with --checksums, card numbers pass Luhn and
IBANs their mod-97 check. Prints one line per problem and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import regex

from bench.pii.scoring import spans

PII_TYPES = frozenset(
    "PERSON PHONE_NUMBER EMAIL_ADDRESS STREET_ADDRESS ADDRESS_UNIT POSTCODE CREDIT_CARD "
    "IBAN_CODE BANK_ACCOUNT DATE_OF_BIRTH PASSPORT NATIONAL_ID DRIVING_LICENCE IP_ADDRESS "
    "SOCIAL_HANDLE VEHICLE_PLATE".split()
)
KEEP_TYPES = frozenset("CITY REGION COUNTRY NATIONALITY ORG DATE YEAR MONEY AGE".split())
_NAME_PART = regex.compile(r"[\p{L}\p{M}]{2,}")
# Particles that also stand alone in places and words ("Al Barsha", "de"); not checked.
_PARTICLES = frozenset("al el de da do dos das van von der den di du le la bin ibn".split())


def luhn_ok(number: str) -> bool:
    """True when the digits of number pass the Luhn check."""
    digits = [int(c) for c in number if c.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return len(digits) >= 12 and total % 10 == 0


def iban_ok(iban: str) -> bool:
    """True when iban (spaces allowed) passes the ISO 13616 mod-97 check."""
    s = iban.replace(" ", "").upper()
    if not regex.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def _name_parts_left(text: str, pii: list[dict]) -> list[str]:
    """Parts of PERSON values that occur as whole words outside every span to remove."""
    covered = [se for item in pii for se in spans(item["value"], text)]
    left = []
    for item in pii:
        if item["type"] != "PERSON":
            continue
        for part in _NAME_PART.findall(item["value"]):
            if part.casefold() in _PARTICLES:
                continue
            if any(not any(s <= a and b <= e for s, e in covered) for a, b in spans(part, text)):
                left.append(part)
    return sorted(set(left))


def row_problems(row: dict, min_chars: int, max_chars: int, checksums: bool) -> list[str]:
    """What is wrong with one row (empty when nothing is)."""
    rid = row.get("id", "?")
    out = [
        f"{rid}: missing {k}"
        for k in ("text", "pii", "keep", "source", "genre", "id")
        if k not in row
    ]
    if out:
        return out
    text = row["text"]
    if not min_chars <= len(text) <= max_chars:
        out.append(f"{rid}: {len(text)} characters, outside {min_chars}-{max_chars}")
    for key, allowed in (("pii", PII_TYPES), ("keep", KEEP_TYPES), ("ignore", None)):
        for item in row.get(key, []):
            if allowed is not None and item["type"] not in allowed:
                out.append(f"{rid}: {key} type {item['type']} is not in the README's list")
            if not spans(item["value"], text):
                out.append(f"{rid}: {key} value {item['value']!r} does not occur as a whole word")
    pii_values = {i["value"] for i in row["pii"]}
    for value in sorted(pii_values & {i["value"] for i in row["keep"]}):
        out.append(f"{rid}: {value!r} is labelled both pii and keep")
    pii_spans = [se for i in row["pii"] for se in spans(i["value"], text)]
    for item in row["keep"]:
        found = spans(item["value"], text)
        if found and all(any(s < e2 and s2 < e for s2, e2 in pii_spans) for s, e in found):
            out.append(f"{rid}: keep value {item['value']!r} occurs only inside values to remove")
    for part in _name_parts_left(text, row["pii"]):
        out.append(f"{rid}: name part {part!r} occurs outside every labelled value")
    if checksums:
        for item in row["pii"]:
            if item["type"] == "CREDIT_CARD" and not luhn_ok(item["value"]):
                out.append(f"{rid}: card {item['value']!r} fails Luhn")
            if item["type"] == "IBAN_CODE" and not iban_ok(item["value"]):
                out.append(f"{rid}: IBAN {item['value']!r} fails its checksum")
    return out


def problems(
    rows: list[dict], min_chars: int = 1, max_chars: int = 10**6, checksums: bool = False
) -> list[str]:
    """Every problem in a set, one line each; duplicate ids included."""
    out = [p for row in rows for p in row_problems(row, min_chars, max_chars, checksums)]
    ids = [row.get("id") for row in rows]
    out += [f"{i}: id used more than once" for i in sorted({i for i in ids if ids.count(i) > 1})]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--min-chars", type=int, default=1)
    ap.add_argument("--max-chars", type=int, default=10**6)
    ap.add_argument("--checksums", action="store_true", help="cards pass Luhn, IBANs mod 97")
    args = ap.parse_args(argv)
    lines = args.path.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    found = problems(rows, args.min_chars, args.max_chars, args.checksums)
    print("\n".join(found) if found else f"{args.path.name}: {len(rows)} rows, no problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
