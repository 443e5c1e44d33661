"""Tuning set 2 of the links bench (`bench/links.py --set "tuning 2"`): people whose one name
is written several ways, and near-miss distractors who must NOT be linked to them.

Written before any keying change of round 9 (issue 17), from the shapes the first tuning set
lacks: middle names present and absent, initials ("N. Adebayo"), double surnames (Spanish,
Portuguese), patronymics, particles (van der, bin, al-, El, O'), transliteration variants
(Mohammed/Muhammad, Aleksandr/Alexander, Youssef/Yusuf), hyphens against spaces, surname
first with a comma, titles (Mr, Mrs, Dr, Sr., Encik), and sentences where a name stands in
a form line, a signature or a payment reference. Each distractor is the same surname with
another given name, a name one letter off, or a relative who shares all but one word.

A variant is the same person as its canonical name (a true link); a distractor is another
person (its own value: two reports of one distractor do link).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    """One person: the canonical (given, family), the ways reports write them, and others."""

    given: str
    family: str
    variants: tuple[str, ...]
    distractors: tuple[str, ...]


PEOPLE: tuple[Person, ...] = (
    Person(
        "Kwame Kofi",
        "Mensah",
        ("Kwame Kofi Mensah", "Kwame Mensah", "MENSAH, Kwame Kofi", "Mr Kwame Mensah"),
        ("Ama Mensah", "Kwame Mensan"),
    ),
    Person(
        "Nkechi",
        "Adebayo",
        ("Nkechi Adebayo", "N. Adebayo", "Mrs Nkechi Adebayo", "ADEBAYO Nkechi"),
        ("Tunde Adebayo", "Ngozi Adebayo", "Nkechi Adebaye"),
    ),
    Person(
        "Carlos",
        "Gutiérrez Rojas",
        (
            "Carlos Gutiérrez Rojas",
            "Carlos Gutiérrez",
            "GUTIÉRREZ ROJAS, Carlos",
            "Carlos Gutierrez-Rojas",
            "Sr. Carlos Gutiérrez",
        ),
        ("Pablo Gutiérrez Rojas", "Carlos Gutiérrez Ramos"),
    ),
    Person(
        "João Pedro",
        "Silva Santos",
        ("João Pedro Silva Santos", "João Santos", "Joao Pedro Santos", "SANTOS, João Pedro"),
        ("Maria Silva Santos", "João Pedro Silva Santana"),
    ),
    Person(
        "Aleksandr Sergeyevich",
        "Volkov",
        (
            "Aleksandr Sergeyevich Volkov",
            "Alexander Volkov",
            "VOLKOV Aleksandr",
            "Volkov, Alexandr Sergeevich",
            "Александр Волков",
        ),
        ("Dmitry Volkov", "Aleksandr Valkov"),
    ),
    Person(
        "Mohammed",
        "Al-Hashimi",
        (
            "Mohammed Al-Hashimi",
            "Muhammad al Hashimi",
            "AL-HASHIMI Mohammed",
            "Mr Mohamed Al Hashimi",
        ),
        ("Ahmed Al-Hashimi", "Mohammed Al-Hakimi"),
    ),
    Person(
        "Pieter",
        "van der Berg",
        (
            "Pieter van der Berg",
            "VAN DER BERG, Pieter",
            "Pieter Van Der Berg",
            "Pieter Jan van der Berg",
        ),
        ("Anouk van der Berg", "Pieter van der Burg"),
    ),
    Person(
        "Ahmad",
        "bin Ismail",
        ("Ahmad bin Ismail", "Ahmad Ismail", "AHMAD BIN ISMAIL", "Encik Ahmad bin Ismail"),
        ("Ahmad bin Ibrahim", "Aziz bin Ismail"),
    ),
    Person(
        "Jean-Luc",
        "Moreau",
        ("Jean-Luc Moreau", "Jean Luc Moreau", "MOREAU Jean-Luc", "J.-L. Moreau"),
        ("Jean-Paul Moreau", "Jean-Luc Moreno"),
    ),
    Person(
        "Oleksandr",
        "Shevchenko",
        (
            "Oleksandr Shevchenko",
            "Olexandr Shevchenko",
            "Олександр Шевченко",
            "SHEVCHENKO Oleksandr",
        ),
        ("Taras Shevchenko", "Oleksandr Shevchuk"),
    ),
    Person(
        "Wei",
        "Zhang",
        ("Zhang Wei", "Wei Zhang", "ZHANG Wei", "Mr Zhang Wei"),
        ("Zhang Min", "Zhang Wen"),
    ),
    Person(
        "Youssef",
        "El Amrani",
        ("Youssef El Amrani", "Yusuf El-Amrani", "EL AMRANI Youssef", "Youssef Amrani"),
        ("Karim El Amrani", "Youssef El Amrini"),
    ),
    Person(
        "Alejandro",
        "Torres",
        (
            "Alejandro Torres",
            'Alejandro "Alex" Torres',
            "TORRES, Alejandro",
            "Alejandro Torres Vega",
        ),
        ("Alejandra Torres", "Alejandro Torrez"),
    ),
    Person(
        "Amara",
        "Diallo",
        ("Dr Amara Diallo", "Amara Diallo", "Dr. A. Diallo", "DIALLO Amara", "Doctor Amara Diallo"),
        ("Mamadou Diallo", "Amira Diallo"),
    ),
    Person(
        "Anna Maria",
        "Kowalczyk",
        ("Anna Maria Kowalczyk", "Anna Kowalczyk", "Anna-Maria Kowalczyk", "KOWALCZYK Anna Maria"),
        ("Maria Kowalczyk", "Anna Kowalczak"),
    ),
    Person(
        "Rowena",
        "Cruz",
        ("Rowena D. Cruz", "Rowena Cruz", "Rowena Dizon Cruz", "CRUZ, Rowena D."),
        ("Marites Cruz", "Rowena Cruse"),
    ),
    Person(
        "Văn Hùng",
        "Nguyễn",
        ("Nguyễn Văn Hùng", "Nguyen Van Hung", "Hùng Nguyễn", "NGUYEN Van Hung", "Mr Hung Nguyen"),
        ("Trần Văn Hùng", "Nguyễn Văn Hải"),
    ),
    Person(
        "Siobhán",
        "O'Sullivan",
        ("Siobhán O'Sullivan", "Siobhan O Sullivan", "O'SULLIVAN Siobhán", "Siobhan O’Sullivan"),
        ("Niamh O'Sullivan", "Siobhan O'Sullivant"),
    ),
    Person(
        "Georgios",
        "Papadopoulos",
        (
            "Georgios Papadopoulos",
            "Giorgos Papadopoulos",
            "PAPADOPOULOS Georgios",
            "Mr G. Papadopoulos",
        ),
        ("Nikos Papadopoulos", "Georgios Papadopoulou"),
    ),
    Person(
        "Muhammad Tariq",
        "Khan",
        ("Muhammad Tariq Khan", "Mohammed Tariq Khan", "KHAN, Muhammad Tariq", "Tariq Khan"),
        ("Muhammad Imran Khan", "Muhammad Tariq Shah"),
    ),
)

# Sentence shapes of tuning set 2: the identifiers' formats are the first tuning set's; the
# name sentences are contexts the first sets lack (forms, signatures, references, openings).
TUNING_2: dict[str, list[str]] = {
    "phone": ["+44 7700 {a} {b}", "07700 {a}{b}", "0044 7700{a}{b}"],
    "iban": ["spaced", "compact"],
    "email": ["lower", "title"],
    "name": [],  # names come from PEOPLE
    "sentences": [
        "The workers were told to ring {phone} if they were stopped.",
        "Wages were paid out of {iban} and then taken back.",
        "Bookings were confirmed from {email} the same day.",
        "The deposit for the flat was paid by {name} in cash.",
        "Signed: {name}",
        "Payment reference {name} appeared on every transfer.",
        "{name} collected the workers from the station each morning.",
        "Driver's name: {name}.",
        "A woman, {name}, translated for the recruiter.",
        "The victims knew him only as {name}.",
        "Tenancy agreement - landlord {name}, two rooms, no contract for the lodgers.",
    ],
}
