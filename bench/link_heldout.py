"""The links bench's HELD-OUT sentence shapes and formats (`HELDOUT`, `HELDOUT_2`).

Kept apart from `bench/link_corpus.py` so that whoever tunes link keying (reading the
generator and the tuning shapes) never reads these: tuners must not open this file. The
bench reads only aggregate figures from it.
"""

from __future__ import annotations

HELDOUT: dict[str, list[str]] = {
    "phone": ["+447700{a}{b}", "07700-{a}-{b}", "+44 (0)7700 {a} {b}", "07700{a}{b}"],
    "iban": ["irregular", "lower_spaced"],
    "email": ["upper", "mixed"],
    "name": ["{family}, {given}", "Mr {family_plain} {given_plain}", "{GIVEN} {FAMILY}"],
    "sentences": [
        "Tel. {phone} (mobile) was written on the back of the contract.",
        "IBAN {iban} received the deposits.",
        "E-mail {email} was on the recruitment flyer.",
        "Officers spoke to {name} at the house.",
        "Her brother rang {phone}; nobody answered.",
        "Funds moved through {iban} before being withdrawn in cash.",
        "The advert asked applicants to e-mail {email}.",
        "According to the survivor, {name} kept the passports.",
    ],
}
# Written after the first run (which showed HELDOUT's phone and name figures) and BEFORE any
# change made because of it: a clean held-out set for the code as changed after that run.
HELDOUT_2: dict[str, list[str]] = {
    "phone": ["+44 7700{a}{b}", "07700 {a} {b}", "+44-7700-{a}{b}", "(0044) 7700 {a}{b}"],
    "iban": ["spaced", "compact"],
    "email": ["upper", "title"],
    "name": ["{given} {FAMILY}", "{family_plain} {given_plain}", "{given} {family_plain}"],
    "sentences": [
        "- Phone: {phone}",
        "- Beneficiary account: {iban}",
        "- Contact e-mail: {email}",
        "- Account holder: {name}",
        "Text messages from {phone} told the workers where to wait.",
        "Rent was paid in cash or into {iban}.",
        "Job applications went to {email} and were answered within the hour.",
        "The house was rented in the name of {name}.",
    ],
}
