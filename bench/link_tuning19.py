"""Tuning set 19 of the links bench (`bench/links.py --set "tuning 19"`): one person's name
written the ways that key apart when both reports removed it (round 19, issue 17: held-out 3
misses 13 pairs on keying's side).

Written for round 19 and committed before any code ran on it, without reading held-out 3.
Classes, one or more per person: diacritics and letters NFKD keeps (Icelandic þ/ð, German ß,
Nordic ø/å, Turkish ş/ğ, Vietnamese marks, Romanian ș/ţ), surname-first order with and
without a comma, hyphenated given names and double surnames written joined, spaced or
hyphenated, apostrophes and prefixes ("O'Brien", "OBrien", "McDonald", "Mac Donald"),
transliterations (Arabic, Russian and Ukrainian, Greek, Hindi, Thai, Chinese, Korean), and
initials of a middle name. Each distractor shares the surname with another given name, or
is one letter off; none is a form the person could be written as.

Not part of the default run (`bench/links.py` with no `--set`): only `--set "tuning 19"`.
"""

from __future__ import annotations

from bench.link_people import Person

PEOPLE_T19: tuple[Person, ...] = (
    Person(
        "Guðrún",
        "Þórsdóttir",
        ("Guðrún Þórsdóttir", "Gudrun Thorsdottir", "Gudrun Thórsdóttir", "THORSDOTTIR, Gudrun"),
        ("Guðný Þórsdóttir", "Guðrún Þórðardóttir"),
    ),
    Person(
        "Jürgen",
        "Strauß",
        ("Jürgen Strauß", "Juergen Strauss", "STRAUSS Jürgen", "Jurgen Strauss"),
        ("Jürgen Strauch", "Jörg Strauß"),
    ),
    Person(
        "Anne-Marie",
        "Dubois-Laurent",
        (
            "Anne-Marie Dubois-Laurent",
            "Anne Marie Dubois Laurent",
            "Annemarie Dubois-Laurent",
            "DUBOIS-LAURENT Anne-Marie",
        ),
        ("Anne-Sophie Dubois-Laurent", "Anne-Marie Dubois-Lambert"),
    ),
    Person(
        "Siobhán",
        "O'Brien",
        ("Siobhán O'Brien", "Siobhan OBrien", "Siobhan O Brien", "O'BRIEN, Siobhan"),
        ("Siobhán O'Byrne", "Sinéad O'Brien"),
    ),
    Person(
        "Callum",
        "McDonald",
        ("Callum McDonald", "Callum MacDonald", "Callum Mc Donald", "MCDONALD Callum"),
        ("Calum McDowell", "Connor McDonald"),
    ),
    Person(
        "Mehmet",
        "Şahin",
        ("Mehmet Şahin", "Mehmet Sahin", "ŞAHİN Mehmet", "Mehmet Shahin"),
        ("Mehmet Şahan", "Ahmet Şahin"),
    ),
    Person(
        "Thị Hương",
        "Nguyễn",
        ("Nguyễn Thị Hương", "Nguyen Thi Huong", "NGUYEN Thi Huong", "Huong Thi Nguyen"),
        ("Nguyễn Thị Hường", "Nguyễn Thị Hoa"),
    ),
    Person(
        "Ștefan",
        "Țurcanu",
        ("Ștefan Țurcanu", "Ştefan Ţurcanu", "Stefan Turcanu", "TURCANU Stefan"),
        ("Ștefan Țurcan", "Ștefania Țurcanu"),
    ),
    Person(
        "Oleksandr",
        "Shevchenko",
        (
            "Oleksandr Shevchenko",
            "Aleksandr Shevchenko",
            "Олександр Шевченко",
            "Alexander Shevchenko",
        ),
        ("Oleksandra Shevchenko", "Oleksandr Shevchuk"),
    ),
    Person(
        "Yusuf",
        "Abdulrahman",
        ("Yusuf Abdulrahman", "Youssef Abdul Rahman", "Yousef Abdel-Rahman", "Yusuf Abd al-Rahman"),
        ("Yusuf Abdulrazak", "Yunus Abdulrahman"),
    ),
    Person(
        "Dimitrios",
        "Papadopoulos",
        (
            "Dimitrios Papadopoulos",
            "Δημήτριος Παπαδόπουλος",
            "Dimitris Papadopoulos",
            "PAPADOPOULOS D.",
        ),
        ("Dimitrios Papadakis", "Nikolaos Papadopoulos"),
    ),
    Person(
        "Priya",
        "Sharma",
        ("Priya Sharma", "Priyaa Sharma", "SHARMA Priya", "Priya Sharmaa"),
        ("Priya Verma", "Pooja Sharma"),
    ),
    Person(
        "Somchai",
        "Srisuk",
        ("Somchai Srisuk", "Somchai Sri-suk", "Somchay Srisuk", "SRISUK Somchai"),
        ("Somchai Srisak", "Somsak Srisuk"),
    ),
    Person(
        "Xiaoming",
        "Liu",
        ("Liu Xiaoming", "Xiao-ming Liu", "LIU Xiao Ming", "Xiaoming Liu"),
        ("Liu Xiaohong", "Lin Xiaoming"),
    ),
    Person(
        "Min-jun",
        "Park",
        ("Park Min-jun", "Bak Minjun", "Min Jun Park", "PARK Min-Jun"),
        ("Park Min-ji", "Park Jun-min"),
    ),
    Person(
        "María José",
        "Fernández de la Cruz",
        (
            "María José Fernández de la Cruz",
            "Maria Jose Fernandez de la Cruz",
            "María José Fernández",
            "FERNANDEZ DE LA CRUZ, Maria Jose",
        ),
        ("María Jesús Fernández de la Cruz", "María José Hernández de la Cruz"),
    ),
    Person(
        "Kofi Ato",
        "Boateng",
        ("Kofi Ato Boateng", "Kofi A. Boateng", "Kofi Boateng", "BOATENG, Kofi Ato"),
        ("Kojo Boateng", "Kofi Boakye"),
    ),
    Person(
        "Søren",
        "Bjørnsen",
        ("Søren Bjørnsen", "Soren Bjornsen", "Soeren Bjoernsen", "BJØRNSEN Søren"),
        ("Søren Bjørnson", "Svend Bjørnsen"),
    ),
)

TUNING_19: dict[str, list[str]] = {
    "phone": ["+44 (0)7700 {a}{b}", "07700-{a}-{b}", "0044 7700 {a} {b}"],
    "iban": ["compact", "spaced"],
    "email": ["title", "lower"],
    "name": [],  # names come from PEOPLE_T19
    "sentences": [
        "Top-ups for {phone} were paid in cash at a kiosk.",
        "The deposit for the flat went to {iban}.",
        "Applicants were told to reply to {email} within a day.",
        "Case summary: the controller was identified as {name}.",
        "Border crossing record: {name}, travelling with three adults.",
        "The victim said the recruiter introduced himself as {name}.",
        "Employment agency register, agent of record: {name}.",
        "Wire transfer, beneficiary {name}, reference 'rent'.",
        "Intelligence report links {name} to two addresses in the city.",
        "Her passport was kept by {name} until she escaped.",
    ],
}
