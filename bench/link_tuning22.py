"""Tuning set 22 of the links bench (`bench/links.py --set "tuning 22"`): one person written
in another script, another romanisation or by a nickname, between reports that share no
second identifier (round 22, issue 17: held-out 3's keying misses are 1 with no key, 5 with
a weak key only and 7 with keys apart).

Written for round 22 and committed before any code ran on it, without reading held-out 3.
Origins no earlier set has (Georgian, Armenian, Thai, Persian, Bengali, Nepali, Japanese,
Urdu, Albanian, Brazilian, Ukrainian beside Russian, Cantonese and Taiwanese romanisation,
Hebrew, Tigrinya, Uzbek, Vietnamese-Czech, Spanish, Korean). Variant kinds, one or more per
person:

- the name in its own script, in scripts no earlier set wrote beside a Latin form: Georgian
  "გიორგი ბერიძე", Armenian "Արամ Պետրոսյան", Thai "สมศักดิ์ ศรีสุข", Persian and Urdu
  in Arabic letters ("رضا محمدی", "عمران قریشی"), Bengali "রহিমা বেগম", Devanagari
  "बिष्णु तामाङ", katakana "タナカ ユキ", traditional Han "劉志軍", Hebrew "יוסף מזרחי",
  Ge'ez "ትግስት ገብረመድህን", Hangul "김민서";
- another romanisation of the same name: Wade-Giles "Liu Chih-chun" for pinyin "Liu
  Zhijun", "Petrosian" for "Petrosyan", "Kureishi" for "Qureshi", "Yuuki" for "Yuki",
  Ukrainian "Volodymyr" beside Russian "Vladimir", "Tigist"/"Tgist", "Mohamadi" with one m;
- nicknames: "Sasha" for Aleksandr, "Zhenya" for Yevgeniya, "Gia" for Giorgi, "Manolo" for
  Manuel, "Zé" for José, "Rey" for Reynaldo, "Vova" for Volodymyr, "Beni" for Arbën.

Each distractor is another person a looser rule could join: the same surname with a given
name that sounds alike ("Raza Mohammadi", "Aleksei Morozov", "Arman Petrosyan"), the same
given name with a surname one consonant off, or a relative.

Genres no earlier set used: hotline call logs, visa application fields, payslips, hospital
admission lines, Telegram channel posts, rent books, money-transfer receipts, group rosters
of a messaging app, crime-report fields. Phones are "90" + the generator's number (as in
tuning 20 and 21) so they stay valid UK mobiles.

Not part of the default run (`bench/links.py` with no `--set`): only `--set "tuning 22"`.
"""

from __future__ import annotations

from bench.link_people import Person

PEOPLE_T22: tuple[Person, ...] = (
    Person(
        "Giorgi",
        "Beridze",
        ("Giorgi Beridze", "გიორგი ბერიძე", "BERIDZE Giorgi", "Gia Beridze"),
        ("Giorgi Berishvili", "Gela Beridze"),
    ),
    Person(
        "Aram",
        "Petrosyan",
        ("Aram Petrosyan", "Արամ Պետրոսյան", "Aram Petrosian", "PETROSYAN Aram"),
        ("Arman Petrosyan", "Aram Poghosyan"),
    ),
    Person(
        "Somsak",
        "Srisuk",
        ("Somsak Srisuk", "สมศักดิ์ ศรีสุข", "SRISUK Somsak", "Khun Somsak Srisuk"),
        ("Somchai Srisuk", "Somsak Srisawat"),
    ),
    Person(
        "Reza",
        "Mohammadi",
        ("Reza Mohammadi", "رضا محمدی", "MOHAMMADI Reza", "Reza Mohamadi"),
        ("Raza Mohammadi", "Reza Ahmadi"),
    ),
    Person(
        "Aleksandr",
        "Morozov",
        ("Aleksandr Morozov", "Sasha Morozov", "MOROZOV Aleksandr", "Александр Морозов"),
        ("Aleksei Morozov", "Aleksandr Morozko"),
    ),
    Person(
        "Yevgeniya",
        "Sokolova",
        ("Yevgeniya Sokolova", "Evgenia Sokolova", "Zhenya Sokolova", "SOKOLOVA Evgeniya"),
        ("Yelena Sokolova", "Yevgeniya Sokolovskaya"),
    ),
    Person(
        "Zhijun",
        "Liu",
        ("Liu Zhijun", "劉志軍", "LIU Zhi Jun", "Liu Chih-chun"),
        ("Liu Zhiyong", "Lu Zhijun"),
    ),
    Person(
        "Rahima",
        "Begum",
        ("Rahima Begum", "রহিমা বেগম", "BEGUM Rahima", "Mst. Rahima Begum"),
        ("Rahima Khatun", "Halima Begum"),
    ),
    Person(
        "Bishnu",
        "Tamang",
        ("Bishnu Tamang", "बिष्णु तामाङ", "TAMANG Bishnu", "Bishnu Bdr. Tamang"),
        ("Bishnu Gurung", "Bimala Tamang"),
    ),
    Person(
        "Yuki",
        "Tanaka",
        ("Tanaka Yuki", "タナカ ユキ", "TANAKA Yuuki", "Yuki Tanaka"),
        ("Tanaka Yuko", "Takada Yuki"),
    ),
    Person(
        "Manuel",
        "Ortega Ruiz",
        ("Manuel Ortega Ruiz", "Manolo Ortega", "ORTEGA RUIZ, Manuel", "Manuel Ortega"),
        ("Miguel Ortega Ruiz", "Manuel Ortiz Ruiz"),
    ),
    Person(
        "José Carlos",
        "Ferreira",
        ("José Carlos Ferreira", "Zé Carlos Ferreira", "FERREIRA, José Carlos", "Jose C. Ferreira"),
        ("João Carlos Ferreira", "José Carlos Pereira"),
    ),
    Person(
        "Reynaldo",
        "Mendoza",
        ("Reynaldo Mendoza", "Rey Mendoza", "MENDOZA, Reynaldo", "Reynaldo B. Mendoza"),
        ("Rolando Mendoza", "Reynaldo Mercado"),
    ),
    Person(
        "Arbën",
        "Krasniqi",
        ("Arbën Krasniqi", "Arben Krasniqi", "KRASNIQI Arbën", "Beni Krasniqi"),
        ("Arbër Krasniqi", "Arben Gashi"),
    ),
    Person(
        "Volodymyr",
        "Bondarenko",
        ("Volodymyr Bondarenko", "Володимир Бондаренко", "Vladimir Bondarenko", "Vova Bondarenko"),
        ("Vasyl Bondarenko", "Volodymyr Bondar"),
    ),
    Person(
        "Imran",
        "Qureshi",
        ("Imran Qureshi", "عمران قریشی", "Imran Kureishi", "QURESHI Imran"),
        ("Irfan Qureshi", "Imran Hashmi"),
    ),
    Person(
        "Yosef",
        "Mizrahi",
        ("Yosef Mizrahi", "יוסף מזרחי", "Yossi Mizrahi", "MIZRAHI Yosef"),
        ("Yosef Mizrachi Levi", "Yonatan Mizrahi"),
    ),
    Person(
        "Tigist",
        "Gebremedhin",
        ("Tigist Gebremedhin", "ትግስት ገብረመድህን", "GEBREMEDHIN Tigist", "Tigist Gebre-Medhin"),
        ("Tigist Gebremariam", "Tsigereda Gebremedhin"),
    ),
    Person(
        "Min-seo",
        "Kim",
        ("Kim Min-seo", "김민서", "KIM Minseo", "Minseo Kim"),
        ("Kim Min-ji", "Kim Yoon-seo"),
    ),
    Person(
        "Dilshod",
        "Rakhimov",
        ("Dilshod Rakhimov", "Dilshod Rahimov", "RAKHIMOV Dilshod", "Дилшод Рахимов"),
        ("Dilmurod Rakhimov", "Dilshod Karimov"),
    ),
)

TUNING_22: dict[str, list[str]] = {
    "phone": ["+44 (0)7700 90{b}", "07700 90{b}", "+44 7700 90 {b}"],
    "iban": ["compact", "lower_spaced"],
    "email": ["mixed", "lower"],
    "name": [],  # names come from PEOPLE_T22
    "sentences": [
        "Hotline call log 07:42: the caller read out {phone} from a flyer.",
        "Payslip footer: net pay transferred to {iban} on the last Friday.",
        "The visa application gave {email} as the sponsor's contact.",
        "Hotline call log 09:15: caller says the boss is {name} and takes their passports.",
        "Visa application, field 4 (sponsor): {name}",
        "Payslip issued by {name}, deductions for rent and transport.",
        "Hospital admission, brought in by {name}, who left before the nurse returned.",
        "Telegram channel post signed {name} offered farm work in the north.",
        "Rent book, room 3: rent collected weekly by {name}.",
        "Money transfer receipt - beneficiary {name} - collected at the counter.",
        "Group roster of the workers' chat, admin: {name}",
        "Crime report, suspect described: {name}, about forty, drives a white van.",
    ],
}
