"""Tuning set 3 of the links bench (`bench/links.py --set "tuning 3"`): people written many
ways in the registers link reports come from (bank SAR narratives, NGO intake notes, police
notes), beside near-miss distractors who must NOT be linked to them.

Written for round 11 (issue 17) before any keying or redaction change of that round, from
shapes neither tuning set has: East Asian and Hungarian family-name-first order (and the
same names given-name first), given names of two syllables written joined, spaced or
hyphenated ("Min-jun", "Minjun", "Min Jun"), nicknames and diminutives ("Paco", "Bill",
"Katya", "Fritz"), abbreviated given names ("Fco.", "Ma."), transliteration variants of
given names and surnames from Eritrea, Somalia, Greece and Russia, particles (von, da, bin,
Al-), English hyphenated surnames, titles of other places ("Chief", "Khun", "dr.", "Sheikh",
"Sgt"), initials of two given names ("R. K. Sharma"), and a surname's initial after a given
name ("Somchai W."). Each distractor shares the surname with another given name, is one
letter off, or is a relative; none is a form the person could be written as.

A variant is the same person as its canonical name (a true link); a distractor is another
person (its own value: two reports of one distractor do link).
"""

from __future__ import annotations

from bench.link_people import Person

PEOPLE_T3: tuple[Person, ...] = (
    Person(
        "Min-jun",
        "Kim",
        ("Kim Min-jun", "Min-jun Kim", "KIM Minjun", "Minjun Kim", "Mr Kim Min Jun"),
        ("Kim Min-seo", "Kim Min-jung"),
    ),
    Person(
        "Haruto",
        "Tanaka",
        ("Tanaka Haruto", "Haruto Tanaka", "TANAKA Haruto", "Haruto TANAKA"),
        ("Tanaka Yuto", "Haruto Tanabe"),
    ),
    Person(
        "Gábor",
        "Nagy",
        ("Nagy Gábor", "Gábor Nagy", "NAGY Gábor", "dr. Nagy Gábor", "Gabor Nagy"),
        ("Nagy Gabriella", "Nagy Gáspár"),
    ),
    Person(
        "Rajesh Kumar",
        "Sharma",
        (
            "Rajesh Kumar Sharma",
            "R. K. Sharma",
            "SHARMA Rajesh Kumar",
            "Rajesh K. Sharma",
            "Mr Rajesh Kumar Sharma",
        ),
        ("Rakesh Kumar Sharma", "Rajesh Kumar Verma"),
    ),
    Person(
        "Tesfay",
        "Gebremedhin",
        ("Tesfay Gebremedhin", "Tesfai Gebremedhin", "Tesfay Gebre-Medhin", "GEBREMEDHIN Tesfay"),
        ("Tesfay Gebremariam", "Yonas Gebremedhin"),
    ),
    Person(
        "Abdirahman",
        "Mohamed Farah",
        (
            "Abdirahman Mohamed Farah",
            "Abdirahman Farah",
            "Abdulrahman Mohamed Farah",
            "FARAH, Abdirahman Mohamed",
        ),
        ("Abdirahman Mohamed Ali", "Abdullahi Mohamed Farah"),
    ),
    Person(
        "Luiz Fernando",
        "da Silva Oliveira",
        (
            "Luiz Fernando da Silva Oliveira",
            "Luiz Fernando Oliveira",
            "OLIVEIRA, Luiz Fernando",
            "Luiz Fernando da Silva",
        ),
        ("Ana Paula da Silva Oliveira", "Luiz Fernando da Silva Ribeiro"),
    ),
    Person(
        "Giuseppe",
        "Esposito",
        ("Giuseppe Esposito", "Peppe Esposito", "Giuseppe 'Peppe' Esposito", "ESPOSITO Giuseppe"),
        ("Giuseppina Esposito", "Giuseppe Espinosa"),
    ),
    Person(
        "Ekaterina",
        "Ivanova",
        ("Ekaterina Ivanova", "Katya Ivanova", "Yekaterina Ivanova", "Екатерина Иванова"),
        ("Elena Ivanova", "Ekaterina Ivanenko"),
    ),
    Person(
        "Francisco Javier",
        "Morales",
        (
            "Francisco Javier Morales",
            "Paco Morales",
            "Francisco J. Morales",
            "MORALES, Francisco Javier",
            "Fco. Javier Morales",
        ),
        ("Francisca Morales", "Francisco Javier Moreles"),
    ),
    Person(
        "William",
        "Hughes-Whitfield",
        (
            "William Hughes-Whitfield",
            "Bill Hughes-Whitfield",
            "William Hughes Whitfield",
            "HUGHES-WHITFIELD, William",
            "Mr W. Hughes-Whitfield",
        ),
        ("Harriet Hughes-Whitfield", "William Hughes-Whitford"),
    ),
    Person(
        "Khalid",
        "Al-Qahtani",
        (
            "Khalid bin Saeed Al-Qahtani",
            "Khalid Al-Qahtani",
            "Khaled Al Qahtani",
            "AL-QAHTANI Khalid",
            "Sheikh Khalid Al-Qahtani",
        ),
        ("Faisal Al-Qahtani", "Khalid Al-Harbi"),
    ),
    Person(
        "Ram Bahadur",
        "Thapa",
        ("Ram Bahadur Thapa", "R. B. Thapa", "THAPA Ram Bahadur", "Ram B. Thapa"),
        ("Shyam Bahadur Thapa", "Ram Bahadur Tamang"),
    ),
    Person(
        "Thị Lan",
        "Phạm",
        ("Phạm Thị Lan", "Pham Thi Lan", "PHAM Thi Lan", "Ms Lan Phạm", "Lan Pham"),
        ("Phạm Thị Lanh", "Phạm Thị Hoa"),
    ),
    Person(
        "Xiaoming",
        "Wang",
        ("Wang Xiaoming", "Wang Xiao Ming", "Wang Xiao-ming", "Xiaoming Wang", "WANG Xiaoming"),
        ("Wang Xiaomin", "Wang Xiaohong"),
    ),
    Person(
        "Maria Cristina",
        "Reyes",
        ("Maria Cristina Reyes", "Ma. Cristina Reyes", "REYES, Ma. Cristina", "Ma Cristina Reyes"),
        ("Maria Cristina Reyna", "Maria Carmela Reyes"),
    ),
    Person(
        "Dimitrios",
        "Papadakis",
        ("Dimitrios Papadakis", "Dimitris Papadakis", "Δημήτριος Παπαδάκης", "PAPADAKIS Dimitrios"),
        ("Dimitra Papadaki", "Dimitrios Papadakos"),
    ),
    Person(
        "Olumide",
        "Adeyemi",
        ("Chief Olumide Adeyemi", "Olumide Adeyemi", "ADEYEMI Olumide", "Mr. O. Adeyemi"),
        ("Olumide Adeyemo", "Olusegun Adeyemi"),
    ),
    Person(
        "Somchai",
        "Wongsakul",
        ("Somchai Wongsakul", "Khun Somchai Wongsakul", "WONGSAKUL Somchai", "Somchai W."),
        ("Somchai Wongsakun", "Somsak Wongsakul"),
    ),
    Person(
        "Friedrich",
        "von Weber",
        (
            "Friedrich von Weber",
            "Friedrich Weber",
            "VON WEBER, Friedrich",
            "Fritz von Weber",
            "Sgt Friedrich von Weber",
        ),
        ("Friederike von Weber", "Friedrich von Webern"),
    ),
)

# Sentence shapes of tuning set 3: SAR narratives, NGO intake notes and police notes, with
# phone, account and e-mail formats the other tuning sets do not use.
TUNING_3: dict[str, list[str]] = {
    "phone": ["+44 (0)7700 {a} {b}", "07700-{a}-{b}", "+447700{a}{b}"],
    "iban": ["lower_spaced", "spaced"],
    "email": ["upper", "mixed"],
    "name": [],  # names come from PEOPLE_T3
    "sentences": [
        "The mobile {phone} was topped up in cash at the same shop every week.",
        "Credits to {iban} came from at least nine unrelated remitters.",
        "The job advert gave {email} as the only contact.",
        "SAR narrative: the subject, {name}, made fourteen cash deposits just under the threshold.",
        "Beneficiary on the outgoing transfers: {name} (personal current account).",
        "Customer {name} could not explain the source of the funds when asked at the branch.",
        "Intake note: the client said the woman who met her at the airport was {name}.",
        "She describes {name} as the person who kept her passport in a drawer.",
        "According to the client, rent was taken every Friday by {name}.",
        "Suspect 2: {name}, male, approx. 40 years, no fixed abode.",
        "Officers spoke to {name} at the address; he denied knowing the workers.",
        "PNC check on {name} returned no trace.",
    ],
}

# Tuning set 3b: the same people in the shapes a register writes a name in beside its
# sentences: form and record lines, bank-message fields in capitals, chat lines, names in
# brackets and possessives, a name opening a sentence, a signature. Written with set 3,
# before any change of round 11.
TUNING_3B: dict[str, list[str]] = {
    "phone": ["+44 7700 {a}{b}", "(07700) {a} {b}"],
    "iban": ["spaced", "irregular"],
    "email": ["lower", "upper"],
    "name": [],
    "sentences": [
        "WhatsApp from {phone}: 'new girls arrive friday'.",
        "ORDERING CUSTOMER ACCOUNT {iban} - MULTIPLE SMALL CREDITS.",
        "Registration e-mail on the platform: {email}.",
        "BENEFICIARY NAME: {name} / REF: RENT ROOM 4",
        "Subject of interest - {name} (DOB unknown), linked to two addresses.",
        "[14:02] client: the boss is {name}, he has our papers",
        "{name}'s car was seen outside the house on three nights.",
        "Interpreter booked; the client named her controller ({name}) twice during the session.",
        "{name} opened the account in March and closed it in June.",
        "Nominal record: {name}; role: suspected organiser; status: not arrested.",
        "Regards,\n{name}\nCase worker (volunteer)",
    ],
}
