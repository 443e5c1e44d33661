"""Held-out set 3 of the links bench (`bench/links.py --set "held-out 3"`): a FRESH held-out
set for name links (issue 17), with people whose one name is written several ways and
distractors who are other people.

Written by the linkeval9 helper on 2026-12-06, WITHOUT reading the keying code (ingest/),
the redaction code (redaction/), lens/services/link*, docs/links.md, the CHANGELOG's links
sections or the older held-out shapes (bench/link_heldout.py). Only the generator
(bench/link_corpus.py), the people format (bench/link_people.py), the bench driver
(bench/links.py) and tests/bench were read, to learn how a set plugs in. Variants were
chosen from how analysts, banks, NGOs and police actually write names, not from what any
code is expected to handle, and the set was run once, only to check that it runs. Do not
tune on it: a tuner who opens this file makes it one more tuning set.

A variant is written only where a human analyst would confidently call it the same person:
middle names and second surnames present or dropped, surname first (with or without a
comma), capitals, dropped diacritics and their German/Turkish spellings (ö -> oe), a title
or a nickname added beside the full name, another romanisation of the same name
(Abdelrahman/Abdul Rahman, Yevhen/Ievgen, Tesfaye/Tesfay, Stoyan/Stojan, -dze/-dse), the
original script, and hyphenation changed. Bare initials and nicknames that replace the name
are not variants (too uncertain). A distractor is a truly other person: a relative (a
sister, a wife's married form "Nagy Lászlóné", a son with the father's surname), the same
surname with another given name, the given names swapped into a different person's name
(José María is not María José), or one letter off into another real name.
"""

from __future__ import annotations

from bench.link_people import Person

PEOPLE_3: tuple[Person, ...] = (
    Person(  # Romanian: middle name, hyphenated given names, keyboard without diacritics
        "Cătălin Andrei",
        "Munteanu",
        (
            "Cătălin Andrei Munteanu",
            "Catalin Munteanu",
            "MUNTEANU Cătălin-Andrei",
            "Munteanu, Catalin Andrei",
            "catalin munteanu",
        ),
        ("Cătălina Munteanu", "Vasile Munteanu", "Cătălin Muntean"),
    ),
    Person(  # Albanian: cedilla dropped, nickname in quotes, police capitals
        "Ardit",
        "Çela",
        ("Ardit Çela", "Ardit Cela", "ÇELA Ardit", "Ardit 'Dito' Çela", "Mr Ardit CELA"),
        ("Ardian Çela", "Ardit Çelo"),
    ),
    Person(  # Yoruba: short form added beside the full name, a chieftaincy title
        "Oluwaseun",
        "Adeyemi",
        (
            "Oluwaseun Adeyemi",
            "Oluwaseun 'Seun' Adeyemi",
            "ADEYEMI, Oluwaseun",
            "Chief Oluwaseun Adeyemi",
            "Oluwaseun Babatunde Adeyemi",
        ),
        ("Oluwaseyi Adeyemi", "Oluwaseun Adeyemo"),
    ),
    Person(  # Vietnamese: family name first; the westernised order of UK records
        "Thị Lan",
        "Phạm",
        ("Phạm Thị Lan", "Pham Thi Lan", "PHAM Thi Lan", "Ms Pham Thi Lan", "Lan Thi Pham"),
        ("Phạm Thị Lam", "Phạm Văn Long"),
    ),
    Person(  # Polish: the wife's feminine surname is another person
        "Krzysztof",
        "Wiśniewski",
        (
            "Krzysztof Wiśniewski",
            "Krzysztof Wisniewski",
            "WIŚNIEWSKI Krzysztof",
            "Krzysztof Jan Wiśniewski",
            "Wisniewski, Krzysztof",
        ),
        ("Anna Wiśniewska", "Krzysztof Wiśniowski"),
    ),
    Person(  # Ukrainian: passport romanisations of one name, and the Cyrillic original
        "Yevhen",
        "Kovalchuk",
        (
            "Yevhen Kovalchuk",
            "Ievgen Kovalchuk",
            "Yevgen Kovalchuk",
            "KOVALCHUK Yevhen",
            "Євген Ковальчук",
        ),
        ("Yevheniia Kovalchuk", "Bohdan Kovalchuk"),
    ),
    Person(  # Egyptian Arabic: romanisations of عبد الرحمن صالح
        "Abdelrahman",
        "Saleh",
        (
            "Abdelrahman Saleh",
            "Abdel-Rahman Saleh",
            "Abdul Rahman Salih",
            "SALEH, Abdelrahman",
            "Abd al-Rahman Saleh",
        ),
        ("Abdelrahim Saleh", "Abdelrahman Salem"),
    ),
    Person(  # Turkish: dotted capital İ, German police spelling ü -> ue
        "Hüseyin",
        "Çelik",
        ("Hüseyin Çelik", "Huseyin Celik", "HÜSEYİN ÇELİK", "Hueseyin Celik", "ÇELİK, Hüseyin"),
        ("Hüseyin Çetin", "Hasan Çelik"),
    ),
    Person(  # Spanish: double given name and double surname, "Mª" abbreviation
        "María José",
        "Fernández López",
        (
            "María José Fernández López",
            "María José Fernández",
            "Maria Jose Fernandez Lopez",
            "FERNÁNDEZ LÓPEZ, María José",
            "Mª José Fernández López",
        ),
        ("José María Fernández López", "María José Hernández López"),
    ),
    Person(  # Sikh: Singh as a middle name, dropped or abbreviated; Kaur is a sister/wife
        "Gurpreet",
        "Singh Sandhu",
        (
            "Gurpreet Singh Sandhu",
            "Gurpreet Sandhu",
            "SANDHU, Gurpreet Singh",
            "Mr Gurpreet Singh Sandhu",
            "Gurpreet S. Sandhu",
        ),
        ("Gurpreet Kaur Sandhu", "Harpreet Singh Sandhu"),
    ),
    Person(  # Bangladeshi: "Md" / "Md." / "Mohammad" before the name
        "Rafiqul",
        "Islam",
        (
            "Md Rafiqul Islam",
            "Mohammad Rafiqul Islam",
            "Md. Rafiqul Islam",
            "ISLAM, Md Rafiqul",
            "Rafiqul Islam",
        ),
        ("Md Shafiqul Islam", "Md Rafiqul Alam"),
    ),
    Person(  # Eritrean: father's name as surname, grandfather's added, Tigrinya spelling
        "Yonas",
        "Tesfaye",
        (
            "Yonas Tesfaye",
            "Yonas Tesfay",
            "Yonas Tesfaye Haile",
            "YONAS TESFAYE",
            "Ato Yonas Tesfaye",
        ),
        ("Dawit Tesfaye", "Yonas Tekle"),
    ),
    Person(  # Thai: nickname added in quotes, titles, surname first in capitals
        "Siriporn",
        "Wongsawat",
        (
            "Siriporn Wongsawat",
            "Ms Siriporn Wongsawat",
            "WONGSAWAT Siriporn",
            "Siriporn 'Nok' Wongsawat",
            "Miss Siriporn WONGSAWAT",
        ),
        ("Siriwan Wongsawat", "Siriporn Wongsakul"),
    ),
    Person(  # Hong Kong Cantonese: hyphenated given name, English name added in front
        "Ka Wai",
        "Wong",
        ("Wong Ka Wai", "Wong Ka-wai", "Ka Wai Wong", "WONG, Ka Wai", "Kenny Wong Ka-wai"),
        ("Wong Ka Wing", "Fong Ka Wai"),
    ),
    Person(  # German: umlaut dropped or written oe, hyphen dropped, "Herr"
        "Karl-Heinz",
        "Schröder",
        (
            "Karl-Heinz Schröder",
            "Karl Heinz Schroder",
            "Karl-Heinz Schroeder",
            "SCHRÖDER, Karl-Heinz",
            "Herr Karl-Heinz Schröder",
        ),
        ("Karl-Heinz Schröter", "Jana Schröder"),
    ),
    Person(  # Senegalese: N'Diaye / Ndiaye, French title
        "Fatou",
        "Ndiaye",
        ("Fatou Ndiaye", "Fatou N'Diaye", "NDIAYE Fatou", "Mme Fatou Ndiaye", "Fatou NDIAYE"),
        ("Awa Ndiaye", "Fatou Ndoye"),
    ),
    Person(  # Scottish: Mac capitalisation, all capitals, all lower case (a chat export)
        "Stuart",
        "MacDonald",
        (
            "Stuart MacDonald",
            "Stuart Macdonald",
            "STUART MACDONALD",
            "MacDonald, Stuart John",
            "stuart macdonald",
        ),
        ("Callum MacDonald", "Stuart MacDougall"),
    ),
    Person(  # Hungarian: family name first at home; "Lászlóné" is his wife
        "László",
        "Nagy",
        ("Nagy László", "László Nagy", "Laszlo Nagy", "NAGY László", "NAGY Laszlo"),
        ("Nagy Lajos", "Nagy Lászlóné"),
    ),
    Person(  # Georgian: -dze written -dse in German-speaking records
        "Giorgi",
        "Beridze",
        (
            "Giorgi Beridze",
            "Giorgi Beridse",
            "BERIDZE Giorgi",
            "Mr Giorgi Beridze",
            "giorgi beridze",
        ),
        ("Giorgi Beradze", "Nino Beridze"),
    ),
    Person(  # Bulgarian: patronymic middle name, j/y romanisation, Cyrillic
        "Stoyan",
        "Dimitrov",
        (
            "Stoyan Dimitrov",
            "Stojan Dimitrov",
            "Стоян Димитров",
            "Stoyan Georgiev Dimitrov",
            "DIMITROV, Stoyan",
        ),
        ("Stoyanka Dimitrova", "Stoyan Dimitrovski"),
    ),
)

# Sentence shapes and formats of held-out 3: genres the tuning sets lack (witness statements,
# suspicious-activity reports, chat exports, ledgers, e-mail headers, intelligence logs) and
# names at the start, the end, after a colon, as a chat speaker and before an age.
# Phones are in Ofcom's Manchester drama range 0161 496 0000-0999 (fictional): the last three
# digits of the actor's number, which needs base >= 1000 and fewer than 334 actors (the
# number is base + 3i + 1 at most), so values stay distinct from the other sets' 07700 900xxx.
_LAST3 = "{b[1]}{b[2]}{b[3]}"
HELDOUT_3: dict[str, list[str]] = {
    "phone": [
        "0161 496 0" + _LAST3,
        "+44 161 496 0" + _LAST3,
        "+44 (0)161 4960" + _LAST3,
        "(0161) 496-0" + _LAST3,
        "0044 161 4960 " + _LAST3,
    ],
    "iban": ["lower_spaced", "irregular", "spaced"],
    "email": ["upper", "mixed", "title"],
    "name": [],  # names come from PEOPLE_3
    "sentences": [
        "WhatsApp export, 02/03 23:14 - {phone}: car outside in 10 min",
        "Tel. (mob.) as given by the victim: {phone}",
        "SAR 4471: the customer's registered number {phone} also appears on two other accounts.",
        "Hotline note - the caller withheld her name and rang back from {phone}.",
        "Beneficiary account: {iban} (structuring below the reporting threshold).",
        "Rent for the house went by standing order into {iban} every Friday.",
        "Ledger row 14; 250.00; {iban}; food and transport",
        "From: <{email}> Subject: new girls arriving Friday",
        "The advert on the jobs board gave {email} as the only contact.",
        "Reply to the agency via mailto:{email}",
        "MG11 witness statement. I know the man who drove us as {name} and I would know him again.",
        "Subject of report: {name}",
        "Case note (outreach): the client said {name} kept her passport in a locked drawer.",
        "{name}, 41, of no fixed abode, was arrested at the car wash.",
        "Account holder {name} opened four accounts in six weeks at different branches.",
        "[23:41] {name}: you pay the debt first then you get your papers",
        "Beneficiary name on the money transfer receipt: {name}.",
        "Visitors to the address included two women and {name}",
        "Intelligence log (grade B2): {name} is believed to control three houses in the area.",
        "Re: {name} - safeguarding referral",
        "The lease was in the name of {name} but the tenants never met the landlord.",
    ],
}
