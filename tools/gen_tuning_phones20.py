"""Write demo/eval/pii/tuning_phones20.jsonl: Faker phone numbers of the 33 address locales.

    .venv/bin/python tools/gen_tuning_phones20.py

Each locale's own `phone_number()` (fixed seed) in six sentence shapes written by redact20
(none a presidio-evaluator template nor a shape of another tuning file): a number after a
verb with no phone word ("my registered", "reach her on"), a number closing a line after a
name, a number in brackets after a shop, a number in a list of two, a number at a line's
start before a dash, and the same in lower case. The locale's country is kept as a place.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "demo" / "eval" / "pii"))

from pii_generator.places import COUNTRIES  # noqa: E402

SHAPES = (
    "The driver said my registered {p} was given to the agent in {c}.",
    "You can reach her on {p} after nine, she moved back to {c} last year.",
    "Nail bar (owner's mobile {p}) was closed when we passed; the workers are from {c}.",
    "Numbers found in the notebook: {p} and {q}. Both were used from {c}.",
    "{p} - the number on the flyer for cleaning jobs in {c}",
    "he text me from {p} again, says the job in {lc} is still open",
)


def main() -> None:
    from faker import Faker

    rng = random.Random(20)
    rows = []
    for locale, country in COUNTRIES.items():
        fake = Faker(locale)
        fake.seed_instance(20)
        for shape in rng.sample(SHAPES, 3):
            p, q = fake.phone_number(), fake.phone_number()
            text = shape.format(p=p, q=q, c=country.name, lc=country.name.lower())
            pii = [{"type": "PHONE_NUMBER", "value": p}]
            if "{q}" in shape:
                pii.append({"type": "PHONE_NUMBER", "value": q})
            keep = [] if "{lc}" in shape else [{"type": "COUNTRY", "value": country.name}]
            rows.append({"text": text, "pii": pii, "keep": keep, "ignore": [],
                         "source": "tuning_phones20", "locale": locale})  # fmt: skip
    out = ROOT / "demo" / "eval" / "pii" / "tuning_phones20.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(f"{out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
