"""Write demo/eval/pii/tuning_phones22.jsonl: mobile numbers of 55 countries, national format.

    .venv/bin/python tools/gen_tuning_phones22.py

By atrest22 (2026-12-07) for issue 14's at-rest target, committed before the redactor ran on
it. Each country's example mobile number from `phonenumbers` (its last four digits redrawn
with a fixed seed, so some numbers are no longer valid, as numbers quoted from memory are),
written the way the country writes it at home, in two sentences of court-summary and police
note style by atrest22 (none a presidio-evaluator template nor another file's shape): one with
a phone cue and no country, one naming the country and no phone cue. The country is kept.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "demo" / "eval" / "pii" / "tuning_phones22.jsonl"

# fmt: off
COUNTRIES = {
    "MX": "Mexico", "GT": "Guatemala", "HN": "Honduras", "SV": "El Salvador", "NG": "Nigeria",
    "GH": "Ghana", "KE": "Kenya", "PH": "the Philippines", "VN": "Vietnam", "TH": "Thailand",
    "CN": "China", "IN": "India", "PK": "Pakistan", "BD": "Bangladesh", "RO": "Romania",
    "UA": "Ukraine", "MD": "Moldova", "AL": "Albania", "RU": "Russia", "BR": "Brazil",
    "CO": "Colombia", "VE": "Venezuela", "HT": "Haiti", "DO": "the Dominican Republic",
    "TR": "Turkey", "UZ": "Uzbekistan", "KR": "South Korea", "JP": "Japan", "ID": "Indonesia",
    "ET": "Ethiopia", "ER": "Eritrea", "SN": "Senegal", "CM": "Cameroon", "NP": "Nepal",
    "LK": "Sri Lanka", "PL": "Poland", "BG": "Bulgaria", "ES": "Spain", "IT": "Italy",
    "DE": "Germany", "FR": "France", "IE": "Ireland", "PE": "Peru", "BO": "Bolivia",
    "EC": "Ecuador", "SO": "Somalia", "SD": "Sudan", "EG": "Egypt", "MA": "Morocco",
    "LB": "Lebanon", "KH": "Cambodia", "MM": "Myanmar", "LA": "Laos", "MY": "Malaysia",
    "NI": "Nicaragua",
}
# fmt: on
CUED = (
    "Workers were told to call {p} if they wanted to leave.",
    "His cell phone, {p}, was seized at the house.",
    "The girls were texted from {p} every night.",
    "Agents traced the WhatsApp number {p} to the recruiter.",
    "victims said he answered at {p} and nowhere else",
)
NAMED = (
    "The ledger listed {p} beside a driver's name in {c}.",
    "Money for the crossing was sent to {p}, a number in {c}.",
    "Families in {c} were given {p} and nothing else.",
)


def main() -> None:
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    rng = random.Random(22)
    rows = []
    for i, (region, country) in enumerate(COUNTRIES.items()):
        number = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        digits = [j for j, ch in enumerate(national) if ch.isdigit()]
        chars = list(national)
        for j in digits[-4:]:
            chars[j] = str(rng.randrange(10))
        phone = "".join(chars)
        for shape in (CUED[i % len(CUED)], NAMED[i % len(NAMED)]):
            text = shape.format(p=phone, c=country)
            keep = [{"type": "COUNTRY", "value": country.removeprefix("the ")}]
            rows.append(
                {
                    "text": text,
                    "pii": [{"type": "PHONE_NUMBER", "value": phone}],
                    "keep": keep if "{c}" in shape else [],
                    "source": "tuning_phones22",
                    "locale": region,
                }
            )
    with OUT.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(f"{len(rows)} sentences")


if __name__ == "__main__":
    main()
