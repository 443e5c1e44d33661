"""Regenerate demo/eval/pii/generated_{tuning,heldout}.jsonl from presidio-evaluator's templates.

    .venv/bin/python demo/eval/pii/generate.py [--per-split 500] [--seed 14] [--as-of ISO]

With its defaults it writes the committed files byte for byte on any day: Faker draws dates
relative to its clock, which is pinned to `--as-of` (the committed files' date by default).

presidio-evaluator (MIT) ships 209 sentence templates ("My name is {{person}}") and a generator
(`PresidioSentenceFaker`, built on Faker) that fills them and returns the span of every value.
This script uses that generator with Faker locales of 33 countries, so names, street lines,
unit and PO-box lines, postcodes, phone numbers and IBANs come in those countries' formats.

The split is by TEMPLATE, never by sample: each template is assigned to exactly one of
`tuning` or `heldout`. Templates are grouped by the rarest kind of personal value they hold
(IBAN, card, e-mail, ID number, phone, address, name, keep-only), ordered within a group by the
SHA-256 of their text, and dealt alternately, so both splits hold every kind and a sentence
shape seen in tuning never appears in the held-out file. Templates without placeholders are
dropped (they hold nothing to score).

Changes to the stock generator, and why:
- Person records come from Faker itself in many locales, not from the FakeNameGenerator CSV
  bundled with presidio-evaluator (CC BY-SA 3.0): the committed data carries only MIT values.
  Names mix the country's own locale with 20 more (West and East African, South Asian, Turkic,
  Baltic, Nordic, Irish, Arabic-origin French, Latin American), and carry no titles.
- `{{address}}` is composed from the locale's own address and street formats with every part's
  span kept: the street line (STREET_ADDRESS), the unit or PO-box line (ADDRESS_UNIT), the
  postcode (POSTCODE), and the city, region and country, which Lens keeps.
- Cities and countries are real (many Faker locales invent towns such as "Lake Angelafort",
  which would make a keep-rate meaningless); dates and weekdays are English.
- presidio-evaluator 0.3.2's `lower_case_ratio` lowercases the span values but not the text
  (it sets `InputSample.fake`, not `full_text`), so casing is applied here instead: about 8% of
  samples are lowercased and 3% upper-cased, text and values alike.
- Its US-only address and phone providers and its hospital provider (which queries WikiData
  over the network) are not used.

Each output line: {"text", "pii": [{type, value}], "keep": [...], "ignore": [...], "source",
"template": <first 10 hex of the template's SHA-256>, "locale", "case"}. `ignore` holds values
that are neither personal nor kept by policy (titles, jobs, web domains); the bench leaves them
out of both sides of its counts.

This file is the command and the writer; the generator is the `pii_generator` package beside
it: `places` (real places of each locale), `labels` (placeholder -> type, a sample's labels),
`templates` (the split), `providers` (the Faker providers and person records), `sentences`
(both splits' samples), `clock` (Faker's clock, pinned).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from pii_generator.clock import COMMITTED_AT, faker_clock
from pii_generator.sentences import generate

HERE = Path(__file__).resolve().parent
OUT = {"tuning": HERE / "generated_tuning.jsonl", "heldout": HERE / "generated_heldout.jsonl"}


def main() -> None:
    """Write both files and print what they hold."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-split", type=int, default=500, help="samples in each split")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument(
        "--as-of",
        type=dt.datetime.fromisoformat,
        default=COMMITTED_AT,
        help="Faker's 'now' (default: when the committed files were made)",
    )
    args = ap.parse_args()
    with faker_clock(args.as_of):
        samples = generate(args.per_split, args.seed)
    for split, rows in samples.items():
        with OUT[split].open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        templates = len({r["template"] for r in rows})
        pii = sum(len(r["pii"]) for r in rows)
        print(f"{OUT[split].name}: {len(rows)} samples from {templates} templates, {pii} values")


if __name__ == "__main__":
    main()
