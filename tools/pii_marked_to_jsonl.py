"""Build a labelled redaction set (JSONL) from texts whose values are marked inline.

    .venv/bin/python tools/pii_marked_to_jsonl.py demo/eval/pii/heldout3_indomain.marked.txt \
        demo/eval/pii/heldout3_indomain.jsonl --source heldout3

The marked file holds one text per block, each opened by a line `### <id> | <genre>`. A value
is marked `[[CODE:value]]`; the mark is replaced by the value and the value labelled. Codes:
P person, PH phone, EM e-mail, ST street line, UN unit line, PC postcode, CC card, IB IBAN,
BA bank account, DOB date of birth, PP passport, NID national ID, DL driving licence, IP IP
address, SH social handle, VP vehicle plate (to remove); CITY, REG region, CTRY country, NAT
nationality, ORG, DATE, YEAR, MONEY, AGE (to keep); IGN (ignored: an organisation's mailbox or
a building name). Writing labels inline means each is taken from the text itself, so a value
cannot be mistyped in its label.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

PII = {
    "P": "PERSON",
    "PH": "PHONE_NUMBER",
    "EM": "EMAIL_ADDRESS",
    "ST": "STREET_ADDRESS",
    "UN": "ADDRESS_UNIT",
    "PC": "POSTCODE",
    "CC": "CREDIT_CARD",
    "IB": "IBAN_CODE",
    "BA": "BANK_ACCOUNT",
    "DOB": "DATE_OF_BIRTH",
    "PP": "PASSPORT",
    "NID": "NATIONAL_ID",
    "DL": "DRIVING_LICENCE",
    "IP": "IP_ADDRESS",
    "SH": "SOCIAL_HANDLE",
    "VP": "VEHICLE_PLATE",
}
KEEP = {
    "CITY": "CITY",
    "REG": "REGION",
    "CTRY": "COUNTRY",
    "NAT": "NATIONALITY",
    "ORG": "ORG",
    "DATE": "DATE",
    "YEAR": "YEAR",
    "MONEY": "MONEY",
    "AGE": "AGE",
}
MARK = re.compile(r"\[\[([A-Z]+):([^\]]+)\]\]")


def convert(marked: str, source: str) -> list[dict]:
    """The JSONL rows of a marked file's blocks, in order."""
    rows = []
    for block in re.split(r"^### ", marked, flags=re.MULTILINE)[1:]:
        head, _, body = block.partition("\n")
        rid, genre = (part.strip() for part in head.split("|"))
        labels: dict[str, dict[tuple[str, str], None]] = {"pii": {}, "keep": {}, "ignore": {}}

        def unmark(m: re.Match[str], rid: str = rid, labels: dict = labels) -> str:
            code, value = m.group(1), m.group(2)
            if code in PII:
                labels["pii"][(PII[code], value)] = None
            elif code in KEEP:
                labels["keep"][(KEEP[code], value)] = None
            elif code == "IGN":
                labels["ignore"][("ORG_EMAIL" if "@" in value else "BUILDING", value)] = None
            else:
                raise SystemExit(f"{rid}: unknown code {code}")
            return value

        text = MARK.sub(unmark, body.strip("\n"))
        if "[[" in text or "]]" in text:
            raise SystemExit(f"{rid}: a mark is not closed")
        row: dict = {"text": text}
        for key, found in labels.items():
            row[key] = [{"type": t, "value": v} for t, v in found]
        rows.append({**row, "source": source, "genre": genre, "id": rid})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("marked", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--source", required=True, help="the rows' `source` field")
    args = ap.parse_args()
    rows = convert(args.marked.read_text(encoding="utf-8"), args.source)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(f"{args.out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
