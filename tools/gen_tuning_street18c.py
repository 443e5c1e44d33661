"""Writes demo/eval/pii/tuning_street18c.jsonl: Faker street lines and postcodes of the 33
generated-set locales in eight sentence shapes written by street18 (2026-12-07), none of them
a presidio-evaluator template nor a shape of `tuning_addresses6b`. Fixed seed and a fixed hash
seed (Faker's it_IT towns are drawn from a set, whose order follows PYTHONHASHSEED): same bytes
every run.

    .venv/bin/python tools/gen_tuning_street18c.py
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent.parent / "demo/eval/pii/tuning_street18c.jsonl"
LOCALES = (
    "cs_CZ da_DK de_AT de_CH de_DE en_AU en_CA en_GB en_IN en_NZ en_US es_AR es_CO es_ES es_MX"
    " fi_FI fr_CH fr_FR hr_HR hu_HU id_ID it_IT nl_BE nl_NL no_NO pl_PL pt_BR pt_PT ro_RO sk_SK"
    " sl_SI sv_SE vi_VN"
).split()
# (shape, pii keys); {street} is Faker's street_address()
SHAPES = [
    ("The minibus dropped them at {street} just after midnight.", ("street",)),
    ("Landlord's address on the lease: {street}, {postcode} {city}", ("street", "postcode")),
    ("i think she is at {lstreet} now, call her", ("lstreet",)),
    ("A witness saw the car outside {street} twice that week.", ("street",)),
    ("{street}\n{postcode} {city}\nTel. withheld", ("street", "postcode")),
    ("She said the rooms above {street} were full.", ("street",)),
    ("ADDRESS ON FILE: {STREET}, {CITY}", ("STREET",)),
    ("Raid at {street} ({city}): seven workers found.", ("street",)),
]
TYPES = {"street": "STREET_ADDRESS", "STREET": "STREET_ADDRESS", "lstreet": "STREET_ADDRESS"}
TYPES["postcode"] = "POSTCODE"


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    rng = random.Random(1807)
    rows = []
    for n, locale in enumerate(LOCALES):
        fake = Faker(locale)
        fake.seed_instance(1807 + n)
        for k in rng.sample(range(len(SHAPES)), 5):
            shape, keys = SHAPES[k]
            street = fake.street_address().replace("\n", ", ")
            city = fake.city()
            values = {
                "street": street,
                "STREET": street.upper(),
                "lstreet": street.lower(),
                "postcode": fake.postcode(),
                "city": city,
                "CITY": city.upper(),
            }
            text = shape.format(**values)
            cities = [values[c] for c in ("city", "CITY") if "{" + c + "}" in shape]
            rows.append(
                {
                    "text": text,
                    "pii": [{"type": TYPES[key], "value": values[key]} for key in keys],
                    "keep": [],
                    "ignore": [{"type": "CITY", "value": c} for c in cities],
                    "genre": "generated",
                    "source": "street18 Faker shapes",
                    "locale": locale,
                    "template": f"street18c-{k}",
                    "id": f"street18c-{len(rows) + 1:03d}",
                }
            )
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
