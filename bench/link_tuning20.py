"""Tuning set 20 of the links bench (`bench/links.py --set "tuning 20"`): one person's name
written otherwise, from origins and variant kinds the earlier tuning sets lack (round 20,
issue 17: held-out 3 misses about 13 pairs on keying's side).

Written for round 20 and committed before any code ran on it, without reading held-out 3.
Variant kinds, one or more per person: capital letters NFKD keeps in surnames written in
capitals (Icelandic Ð, Faroese Ø, Polish Ł), Gaelic "Mac"/"Mc"/"M'" written joined, spaced or
in capitals, Arabic "Abdel"/"Abd el"/"Abd-al"/"Abdul" before the second half of a compound
name, Persian and Pakistani joined given names ("Mohammadreza"), doubled vowels
("Maarten"/"Marten", "Aamir"/"Amir", "Saaid"), Japanese long vowels written with a macron,
"ou", "oh" or plain ("Satō", "Satou", "Satoh", "Sato"), Armenian "-yan"/"-ian", Ethiopian
and Eritrean "-ay"/"-ai" and joined or hyphenated surnames, Dutch and Afrikaans "van der"
in capitals, glued or abbreviated, Filipino "dela"/"De la", Maghrebi "El"/"Ben" particles,
Bengali "Md."/"Mohammad", Somali "Cabdi"/"Abdi", middle initials and two-letter initials.

Each distractor is another person a new variant rule could join by mistake: a surname one
vowel off that is no doubling ("Martin" for "Maarten", "Saito" for "Sato"), another half of
a compound name ("Abdel Aziz" for "Abdel Fattah"), the surname with another given name, or
another particle's family ("van den Berg" against "van der Berg").

Phones are written "90" + the generator's number, so they stay valid UK mobiles (tuning 18
and 19 wrote 4-digit line numbers, which never key).

Not part of the default run (`bench/links.py` with no `--set`): only `--set "tuning 20"`.
"""

from __future__ import annotations

from bench.link_people import Person

PEOPLE_T20: tuple[Person, ...] = (
    Person(
        "Jón",
        "Guðmundsson",
        ("Jón Guðmundsson", "GUÐMUNDSSON, Jón", "Jon Gudmundsson", "JÓN GUÐMUNDSSON"),
        ("Jón Guðjónsson", "Jóna Guðmundsdóttir"),
    ),
    Person(
        "Ewan",
        "MacLeod",
        ("Ewan MacLeod", "Ewan McLeod", "Ewan Mac Leod", "MACLEOD Ewan", "Ewan M'Leod"),
        ("Ewan MacLean", "Euan MacLeod"),
    ),
    Person(
        "Abdel Fattah",
        "Mansour",
        (
            "Abdel Fattah Mansour",
            "Abd el-Fattah Mansour",
            "Abdelfattah Mansour",
            "Abdul Fattah Mansur",
            "MANSOUR, Abd al-Fattah",
        ),
        ("Abdel Aziz Mansour", "Abdel Fattah Mansouri"),
    ),
    Person(
        "Mohammadreza",
        "Karimi",
        ("Mohammad Reza Karimi", "Mohammadreza Karimi", "KARIMI Mohammad-Reza", "M. Reza Karimi"),
        ("Alireza Karimi", "Mohammad Karami"),
    ),
    Person(
        "Maarten",
        "de Groot",
        ("Maarten de Groot", "Marten de Groot", "DE GROOT, Maarten", "M. de Groot"),
        ("Martin de Groot", "Maarten de Graaf"),
    ),
    Person(
        "Aamir",
        "Chaudhry",
        ("Aamir Chaudhry", "Amir Chaudhry", "Aamir Chaudhary", "CHAUDHRY Aamir"),
        ("Amin Chaudhry", "Aamir Chatha"),
    ),
    Person(
        "Kenji",
        "Satō",
        ("Satō Kenji", "Kenji Sato", "SATOH Kenji", "Kenji Satou"),
        ("Kenji Saito", "Kenta Satō"),
    ),
    Person(
        "Armen",
        "Petrosyan",
        ("Armen Petrosyan", "Armen Petrosian", "PETROSYAN Armen", "Armen Petrossian"),
        ("Arman Petrosyan", "Armen Petrov"),
    ),
    Person(
        "Tsegay",
        "Gebremichael",
        ("Tsegay Gebremichael", "Tsegai Gebre-Michael", "Tsegay Gebre Michael", "GEBREMICHAEL T."),
        ("Tsegay Gebremariam", "Tesfay Gebremichael"),
    ),
    Person(
        "Pieter",
        "van der Merwe",
        ("Pieter van der Merwe", "PIETER VAN DER MERWE", "Pieter v.d. Merwe", "Pieter Vandermerwe"),
        ("Pieter van den Berg", "Petrus van der Merwe"),
    ),
    Person(
        "Rosario",
        "dela Cruz",
        ("Rosario dela Cruz", "Rosario De la Cruz", "Rosario Delacruz", "DELA CRUZ, Rosario"),
        ("Rosalia dela Cruz", "Rosario dela Paz"),
    ),
    Person(
        "Youssef",
        "El Amrani",
        ("Youssef El Amrani", "Yousef Elamrani", "Youssef El-Amrani", "EL AMRANI Youssef"),
        ("Youssef El Omrani", "Younes El Amrani"),
    ),
    Person(
        "Mohammad Rafiqul",
        "Islam",
        ("Mohammad Rafiqul Islam", "Md. Rafiqul Islam", "Md Rafiqul Islam", "Rafiqul Islam"),
        ("Mohammad Rafiqul Hasan", "Md. Shafiqul Islam"),
    ),
    Person(
        "Abdi",
        "Warsame",
        ("Abdi Warsame", "Cabdi Warsame", "WARSAME Abdi", "Abdi Warsame Farah"),
        ("Abdi Warsan", "Ali Warsame"),
    ),
    Person(
        "Łukasz",
        "Wróblewski",
        ("Łukasz Wróblewski", "ŁUKASZ WRÓBLEWSKI", "Lukasz Wroblewski", "WRÓBLEWSKI Ł."),
        ("Łukasz Wróbel", "Tomasz Wróblewski"),
    ),
    Person(
        "Saeed",
        "Al-Mansoori",
        ("Saeed Al-Mansoori", "Saaid Al Mansoori", "Said al-Mansuri", "AL MANSOORI, Saeed"),
        ("Saeed Al-Mazrouei", "Rashid Al-Mansoori"),
    ),
    Person(
        "Hana",
        "Novotná",
        ("Hana Novotná", "Hana Novotna", "NOVOTNÁ Hana", "H. Novotná"),
        ("Hana Novotný", "Jana Novotná"),
    ),
    Person(
        "Chinonso",
        "Okonkwo-Eze",
        ("Chinonso Okonkwo-Eze", "Chinonso Okonkwo Eze", "OKONKWO-EZE, Chinonso", "C. Okonkwo-Eze"),
        ("Chinonso Okonkwo-Obi", "Chinedu Okonkwo-Eze"),
    ),
    Person(
        "Olumide A.",
        "Bakare",
        ("Olumide A. Bakare", "Olumide Bakare", "BAKARE, Olumide A.", "O. A. Bakare"),
        ("Olumide Bakari", "Olamide Bakare"),
    ),
)

TUNING_20: dict[str, list[str]] = {
    "phone": ["+44 7700 90{b}", "07700-90{b}", "0044 (0) 7700 90{b}"],
    "iban": ["irregular", "compact"],
    "email": ["upper_local", "lower"],
    "name": [],  # names come from PEOPLE_T20
    "sentences": [
        "The hawala agent's ledger lists {phone} as the contact for collections.",
        "Salary advances were returned to account {iban} the same week.",
        "A second advert gave {email} for enquiries about the cleaning jobs.",
        "Hotline log, caller described the man who held the keys: {name}.",
        "Payroll sheet, supervisor column: {name}.",
        "According to the tenancy agreement the flat was let to {name}.",
        "The boat's crew list, seized at the port, names {name} as the skipper.",
        "Remittance receipt no. 4471: sender {name}, amount withheld.",
        "Two of the women said the visas were arranged by {name}.",
        "Prosecutors charged {name} with facilitation of illegal entry.",
    ],
}
