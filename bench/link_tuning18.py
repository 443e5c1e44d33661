"""Tuning set 18 of the links bench (`bench/links.py --set "tuning 18"`): names the NER misses
in one report and finds in another, so the hub already knows them (round 18, issue 17 and 14).

Written for round 18 and committed before the code that handles it. The actors are those of
the first tuning set (`bench.link_corpus.NAMES`); their names are written the ways a report
leaves one standing: all in lower case ("ionut popescu", as a chat or a transfer reference
writes it), all in capitals in a field line, at a sentence's opening, after a label
("Payee:", "cc"), inside a reference string, and in sentences whose verb the NER reads as
no person's ("Messages signed ..."). The same name also appears in plainer sentences
("... was called Ionuț Popescu."), so most people are named in full at least once. Near
misses are those of the generator: one letter off, or the surname with another given name.

Not part of the default run (`bench/links.py` with no `--set`): only `--set "tuning 18"`.
"""

from __future__ import annotations

TUNING_18: dict[str, list[str]] = {
    "phone": ["+44 7700 {a}{b}", "07700 {a} {b}", "(07700) {a}{b}"],
    "iban": ["spaced", "compact"],
    "email": ["lower", "title"],
    "name": [
        "{given} {family}",
        "{given_lower} {family_lower}",
        "{GIVEN} {FAMILY}",
        "{family} {given}",
        "{given_plain} {family_plain}",
    ],
    "sentences": [
        "Top-ups to {phone} were bought at the corner shop.",
        "Rent was paid into {iban} every Friday.",
        "The job advert asked applicants to write to {email}.",
        "The woman who drove them was called {name}.",
        "{name} collected the wages on Fridays and kept the passports.",
        "Payee: {name}; reference: rent and transport.",
        "transfer ref {name} deposit for room",
        "Messages signed {name} asked for more money before the trip.",
        "cc {name} re: the new workers at the farm",
        "the boss {name} kept the keys to the caravans",
        "Interview notes mention {name} as the one who met them at the airport.",
    ],
}
