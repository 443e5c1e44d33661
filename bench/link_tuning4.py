"""Tuning set 4 of the links bench (`bench/links.py --set "tuning 4"`): people written in
shapes tuning sets 1-3 do not hold, in registers they do not use (court listings, passenger
manifests, hotel registers, money-transfer receipts, translated statements, witness notes).

Written for round 12 (issue 17) and committed before its first run: Arabic name chains
("bin", "Al-" joined, spaced or left out), Spanish double surnames joined by "y" or cut to
the first, Portuguese "dos"/"da" surnames, Turkish dotted and dotless i, pinyin and
Wade-Giles readings of one family name, Korean family names read three ways, Vietnamese
names with and without their marks, Russian patronymics, Polish and Igbo diminutives,
Filipino "dela", French hyphenated given names written apart or as initials, and Irish
apostrophes. Each distractor shares the surname with another given name, is one letter off,
or is a relative; none is a form the person could be written as.

A variant is the same person as its canonical name (a true link); a distractor is another
person (its own value: two reports of one distractor do link).
"""

from __future__ import annotations

from bench.link_people import Person

PEOPLE_T4: tuple[Person, ...] = (
    Person(
        "Mohammed",
        "Al-Harbi",
        (
            "Mohammed bin Salem Al-Harbi",
            "Mohammed Al Harbi",
            "MOHAMMED ALHARBI",
            "Mohammed Alharbi",
        ),
        ("Mohammed Al-Harthi", "Salem Al-Harbi"),
    ),
    Person(
        "José Luis",
        "García López",
        (
            "José Luis García López",
            "Jose Luis Garcia",
            "José Luis García y López",
            "GARCIA LOPEZ, Jose Luis",
        ),
        ("José Luis Garza López", "Luis García López"),
    ),
    Person(
        "João",
        "dos Santos Silva",
        ("João dos Santos Silva", "Joao dos Santos Silva", "SILVA, João dos Santos", "João Silva"),
        ("Joana dos Santos Silva", "João dos Santos Sá"),
    ),
    Person(
        "Yıldız",
        "Çelik",
        ("Yıldız Çelik", "Yildiz Celik", "ÇELİK Yıldız", "Yıldız ÇELİK"),
        ("Yıldız Çetin", "Yılmaz Çelik"),
    ),
    Person(
        "Wei",
        "Zhang",
        ("Zhang Wei", "ZHANG Wei", "Wei Zhang", "Chang Wei"),
        ("Zhang Wen", "Zhao Wei"),
    ),
    Person(
        "Ji-hoon",
        "Lee",
        ("Lee Ji-hoon", "Yi Ji-hoon", "Rhee Jihoon", "Ji Hoon Lee"),
        ("Lee Ji-hyun", "Lee Jae-hoon"),
    ),
    Person(
        "Văn Minh",
        "Trần",
        ("Trần Văn Minh", "Tran Van Minh", "TRAN Van Minh", "Minh Tran"),
        ("Trần Văn Mạnh", "Trần Thị Minh"),
    ),
    Person(
        "Aleksandr",
        "Petrov",
        ("Aleksandr Sergeyevich Petrov", "Alexander Petrov", "PETROV Aleksandr", "Alexandr Petrov"),
        ("Aleksandra Petrova", "Aleksandr Petrik"),
    ),
    Person(
        "Wojciech",
        "Wiśniewski",
        ("Wojciech Wiśniewski", "Wojciech Wisniewski", "WIŚNIEWSKI Wojciech", "Wojtek Wiśniewski"),
        ("Wojciech Wiśniowski", "Witold Wiśniewski"),
    ),
    Person(
        "Chukwuemeka",
        "Okafor",
        ("Chief Chukwuemeka Okafor", "Chukwuemeka J. Okafor", "Emeka Okafor", "OKAFOR Chukwuemeka"),
        ("Chukwudi Okafor", "Chukwuemeka Okoro"),
    ),
    Person(
        "Maria Luisa",
        "Dela Cruz",
        (
            "Maria Luisa Dela Cruz",
            "Ma. Luisa dela Cruz",
            "DELA CRUZ, Maria Luisa",
            "Maria Luisa DelaCruz",
        ),
        ("Maria Luisa De Castro", "Ana Luisa Dela Cruz"),
    ),
    Person(
        "Jean-Pierre",
        "Dubois",
        ("Jean-Pierre Dubois", "Jean Pierre Dubois", "DUBOIS Jean-Pierre", "J-P Dubois"),
        ("Jean-Paul Dubois", "Jean-Pierre Dupont"),
    ),
    Person(
        "Seán",
        "O'Brien",
        ("Seán O'Brien", "Sean OBrien", "Sean O Brien", "O'BRIEN, Seán"),
        ("Sean O'Bryan", "Sinead O'Brien"),
    ),
)

# Sentence shapes of tuning set 4, with phone formats the other tuning sets do not use.
TUNING_4: dict[str, list[str]] = {
    "phone": ["+44.7700.{a}.{b}", "0044 (0) 7700 {a}{b}", "tel. 07700{a} {b}"],
    "iban": ["spaced", "lower_spaced"],
    "email": ["upper", "lower"],
    "name": [],  # names come from PEOPLE_T4
    "sentences": [
        "Texts to {phone} arranged the pick-ups at the bus station.",
        "Salary was routed through {iban} before it reached the workers.",
        "Bookings were made from {email} with a prepaid card.",
        "Court listing: R v {name} (case 2291), adjourned to Monday.",
        "Passenger manifest line 14: {name}, seat 22C, travelling with two minors.",
        "Hotel register: room 12 booked under {name} for six nights.",
        "Money transfer receipt: sender {name}; purpose: family support.",
        "Translated statement: {name} promised us jobs in a bakery.",
        "Her employer, {name}, kept the wages in a tin.",
        "The landlord {name} refused to show the tenancy agreement.",
        "Witness 3 identified {name} from the photo board.",
    ],
}
