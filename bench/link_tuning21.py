"""Tuning set 21 of the links bench (`bench/links.py --set "tuning 21"`): one person written
in forms that key only weakly or not at all, between reports of actors who share no second
identifier (round 21, issue 17: held-out 3 misses about 13 pairs on keying's side and 14 on
redaction's).

Written for round 21 and committed before any code ran on it, without reading held-out 3.
Origins the earlier sets lack (Tamil, Burmese, Hausa, Korean, Chinese, Hindi, Amharic,
Levantine Arabic, Bulgarian, Haitian, Kurdish, K'iche' Guatemalan, Mongolian, Filipino,
Romanian, Polish, Kazakh, Sinhalese, Lao). Variant kinds, one or more per person:

- the given name as an initial ("G. Dimitrov", "KAMIŃSKA K.", "Meron T."), and the South
  Asian and Mongolian initial that stands for the father's name ("K. Sivakumar" for
  Sivakumar Kanagaratnam, "G. Batbayar" for Batbayar Ganbold);
- nicknames no list is likely to hold ("Gosho" for Georgi, "Nicu" for Nicolae, "Kasia" for
  Katarzyna, "Ferdie" for Ferdinand, "Chucho" for Jesús, "Siva", "Souk");
- the name in its own script (Hangul "한지우" written as one word, Han "周建国", Devanagari
  "सुनीता यादव", Ge'ez "ሜሮን ተስፋዬ", Arabic "عمر حداد", Kazakh Cyrillic);
- honorifics that stand before a name ("U", "Ko", "Smt."), a surname of two words written
  joined ("Hamaamin").

Each distractor is another person a new rule could join by mistake: the same surname with a
given name of the same initial ("Galin Dimitrov" for "G. Dimitrov", "Krystyna Kamińska"),
the same given name with a surname one syllable off, or a relative.

Genres no earlier set used: chat exports with the sender before a colon, bus manifests with
"|" columns, shelter intake forms, labour inspection findings, social media posts, bail lists,
remittance app screens, SIM registrations. Phones are "90" + the generator's number (as in
tuning 20) so they stay valid UK mobiles.

Not part of the default run (`bench/links.py` with no `--set`): only `--set "tuning 21"`.
"""

from __future__ import annotations

from bench.link_people import Person

PEOPLE_T21: tuple[Person, ...] = (
    Person(
        "Sivakumar",
        "Kanagaratnam",
        ("Sivakumar Kanagaratnam", "K. Sivakumar", "KANAGARATNAM Sivakumar", "Siva Kanagaratnam"),
        ("Sivakumar Kanagasabai", "Sivaraj Kanagaratnam"),
    ),
    Person(
        "Aung Kyaw",
        "Moe",
        ("Aung Kyaw Moe", "U Aung Kyaw Moe", "AUNG KYAW MOE", "Ko Aung Kyaw Moe"),
        ("Aung Kyaw Min", "Aung Ko Moe"),
    ),
    Person(
        "Abubakar",
        "Sani Bello",
        ("Abubakar Sani Bello", "Abubakar S. Bello", "BELLO, Abubakar Sani", "A. S. Bello"),
        ("Abubakar Sani Bala", "Aminu Sani Bello"),
    ),
    Person(
        "Ji-woo",
        "Han",
        ("Han Ji-woo", "한지우", "HAN Jiwoo", "Jiwoo Han"),
        ("Han Ji-won", "Ahn Ji-woo"),
    ),
    Person(
        "Jianguo",
        "Zhou",
        ("Zhou Jianguo", "周建国", "ZHOU Jian Guo", "Jianguo Zhou"),
        ("Zhou Jianhua", "Zhao Jianguo"),
    ),
    Person(
        "Sunita",
        "Yadav",
        ("Sunita Yadav", "सुनीता यादव", "YADAV Sunita", "Smt. Sunita Yadav"),
        ("Anita Yadav", "Sunita Jadhav"),
    ),
    Person(
        "Meron",
        "Tesfaye",
        ("Meron Tesfaye", "ሜሮን ተስፋዬ", "TESFAYE Meron", "Meron T."),
        ("Meron Tesfahun", "Mekdes Tesfaye"),
    ),
    Person(
        "Omar",
        "Haddad",
        ("Omar Haddad", "عمر حداد", "HADDAD Omar", "Omar al-Haddad"),
        ("Omar Hammad", "Amer Haddad"),
    ),
    Person(
        "Georgi",
        "Dimitrov",
        ("Georgi Dimitrov", "Gosho Dimitrov", "DIMITROV Georgi", "G. Dimitrov"),
        ("Galin Dimitrov", "Georgi Dimov"),
    ),
    Person(
        "Wilner",
        "Jean-Baptiste",
        (
            "Wilner Jean-Baptiste",
            "JEAN-BAPTISTE Wilner",
            "W. Jean-Baptiste",
            "Wilner Jean Baptiste",
        ),
        ("Wilner Jean-Louis", "Wilfrid Jean-Baptiste"),
    ),
    Person(
        "Rebwar",
        "Hama Amin",
        ("Rebwar Hama Amin", "Rebwar Hamaamin", "HAMA AMIN Rebwar", "R. Hama Amin"),
        ("Rebaz Hama Amin", "Rebwar Hama Salih"),
    ),
    Person(
        "Jesús",
        "Tzul Batz",
        ("Jesús Tzul Batz", "Chucho Tzul", "TZUL BATZ, Jesús", "Jesus Tzul"),
        ("Jesús Tzoc Batz", "Josué Tzul Batz"),
    ),
    Person(
        "Batbayar",
        "Ganbold",
        ("Ganbold Batbayar", "G. Batbayar", "GANBOLD Batbayar", "Batbayar Ganbold"),
        ("G. Batbold", "Ganbold Batjargal"),
    ),
    Person(
        "Ferdinand",
        "Bautista",
        ("Ferdinand Bautista", "Ferdie Bautista", "BAUTISTA, Ferdinand", "F. Bautista"),
        ("Fernando Bautista", "Ferdinand Batista"),
    ),
    Person(
        "Nicolae",
        "Rădulescu",
        ("Nicolae Rădulescu", "Nicu Radulescu", "RĂDULESCU Nicolae", "N. Rădulescu"),
        ("Nicoleta Rădulescu", "Nicolae Rădoi"),
    ),
    Person(
        "Katarzyna",
        "Kamińska",
        ("Katarzyna Kamińska", "Kasia Kaminska", "KAMIŃSKA K.", "K. Kamińska"),
        ("Krystyna Kamińska", "Katarzyna Kowalska"),
    ),
    Person(
        "Nursultan",
        "Abenov",
        ("Nursultan Abenov", "Нурсултан Абенов", "ABENOV N.", "Abenov Nursultan"),
        ("Nurlan Abenov", "Nursultan Abdenov"),
    ),
    Person(
        "Nimal",
        "Perera",
        ("Nimal Perera", "W. M. Nimal Perera", "PERERA, Nimal", "N. Perera"),
        ("Kamal Perera", "Nimal Pereira"),
    ),
    Person(
        "Souksavanh",
        "Phommachanh",
        ("Souksavanh Phommachanh", "Souk Phommachanh", "PHOMMACHANH Souksavanh", "S. Phommachanh"),
        ("Souksakhone Phommachanh", "Souksavanh Phommavong"),
    ),
)

TUNING_21: dict[str, list[str]] = {
    "phone": ["+447700 90{b}", "(+44) 7700-90{b}", "07700 90 {b}"],
    "iban": ["lower_spaced", "irregular"],
    "email": ["upper", "mixed"],
    "name": [],  # names come from PEOPLE_T21
    "sentences": [
        "Chat export, 14/03 22:10: the driver's number was saved as {phone}.",
        "Bus manifest row 14 | account {iban} | fare paid by the agency",
        "The recruitment page listed {email} for applications from abroad.",
        "[14/03 22:14] {name}: the van leaves at six, bring your passports.",
        "Bus manifest row 9 | {name} | seat 22 | ticket paid in cash",
        "Shelter intake form, person responsible for her transport: {name}",
        "Labour inspection finding 3: the gangmaster on site gave his name as {name}.",
        "A social media post by {name} advertised packing jobs with free housing.",
        "Bail list, Court 2: {name}, remanded in custody until the next hearing.",
        "Remittance app screen: Sent to {name} · pending",
        "The SIM card was registered in the name of {name} at a street stall.",
    ],
}
