"""Writes demo/eval/pii/tuning_addresses6b.jsonl: Faker street lines, units and postcodes of
the 33 generated-set locales in ten sentence shapes written by street12 (2026-12-06), none of
them a presidio-evaluator template. Fixed seed; same bytes every run.

    .venv/bin/python tools/gen_tuning_addresses6b.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent.parent / "demo/eval/pii/tuning_addresses6b.jsonl"
LOCALES = (
    "cs_CZ da_DK de_AT de_CH de_DE en_AU en_CA en_GB en_IN en_NZ en_US es_AR es_CO es_ES es_MX"
    " fi_FI fr_CH fr_FR hr_HR hu_HU id_ID it_IT nl_BE nl_NL no_NO pl_PL pt_BR pt_PT ro_RO sk_SK"
    " sl_SI sv_SE vi_VN"
).split()
# (shape, pii keys) ; {street} is Faker's street_address(), {unit} its secondary_address()
SHAPES = [
    ("the women were moved to {street} after the raid, then to a farm", ("street",)),
    ("{STREET} — SEND SOMEONE TONIGHT", ("STREET",)),
    ("ok so its {lstreet}, second door on the left", ("lstreet",)),
    ("Premises inspected:\n{street}\n{postcode} {city}", ("street", "postcode")),
    ("Forwarding address given to the landlord was {unit}, {street}.", ("unit", "street")),
    ("Two vans were parked outside {street} ({city}) most nights in {month}.", ("street",)),
    ("| {street} | {postcode} | {city} | 6 workers |", ("street", "postcode")),
    ("Her old room was at {street}; the new one is somewhere near the station.", ("street",)),
    (
        "According to the tip, the agency rents {street}, {unit} under a company name.",
        ("street", "unit"),
    ),
    ("Meeting point agreed by text: {street}, {city} {postcode}.", ("street", "postcode")),
]
TYPES = {
    "street": "STREET_ADDRESS",
    "STREET": "STREET_ADDRESS",
    "lstreet": "STREET_ADDRESS",
    "unit": "ADDRESS_UNIT",
    "postcode": "POSTCODE",
}


def main() -> None:
    rng = random.Random(612)
    rows = []
    for n, locale in enumerate(LOCALES):
        fake = Faker(locale)
        fake.seed_instance(612 + n)
        for k in rng.sample(range(len(SHAPES)), 3):
            shape, keys = SHAPES[k]
            street = fake.street_address().replace("\n", ", ")
            unit = fake.secondary_address() if hasattr(fake, "secondary_address") else ""
            values = {
                "street": street,
                "STREET": street.upper(),
                "lstreet": street.lower(),
                "unit": unit,
                "postcode": fake.postcode(),
                "city": fake.city(),
                "month": "March",
            }
            if "unit" in keys and (not unit or unit in street):
                continue
            text = shape.format(**values)
            rows.append(
                {
                    "text": text,
                    "pii": [{"type": TYPES[k2], "value": values[k2]} for k2 in keys],
                    "keep": [],
                    "ignore": [{"type": "CITY", "value": values["city"]}]
                    if "{city}" in shape
                    else [],
                    "genre": "generated",
                    "source": "street12 Faker shapes",
                    "locale": locale,
                    "template": f"street12-{k}",
                    "id": f"street12b-{len(rows) + 1:03d}",
                }
            )
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
