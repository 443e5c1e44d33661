"""Writes demo/eval/pii/tuning_ids3.jsonl: hand-written in-domain texts holding ID numbers,
bank accounts, passports, driving licences, plates and unit lines (issue 14), with real check
digits where a format has them. Seeded: the same bytes every run.

    .venv/bin/python tools/gen_tuning_ids3.py

Templates mark values inline: `{TYPE:kind}` is a generated value of a personal TYPE (kind names
a generator below), `{TYPE=literal}` a literal personal value, `[TYPE=literal]` a value to keep.
"""

from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "demo" / "eval" / "pii" / "tuning_ids3.jsonl"
R = random.Random(20261206)
UP = string.ascii_uppercase


def d(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def L(n: int, alphabet: str = UP) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def ssn() -> str:
    return f"{R.randint(1, 665):03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def ni() -> str:
    a = R.choice("ABCEGHJKLMNPRSTWXY") + R.choice("ABCEGHJKLMNPRSTWXY")
    sep = R.choice(["", " "])
    groups = [d(2), d(2), d(2)]
    return a + sep + sep.join(groups) + sep + R.choice("ABCD")


def nhs() -> str:
    while True:
        body = d(9)
        total = sum(int(c) * (10 - i) for i, c in enumerate(body))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            n = body + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def aadhaar() -> str:
    body = str(R.randint(2, 9)) + d(10)
    n = body + verhoeff_digit(body)
    return R.choice([f"{n[:4]} {n[4:8]} {n[8:]}", n, f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def pan() -> str:
    return L(3) + "P" + L(1) + d(4) + L(1)


def nin() -> str:
    return str(R.randint(1, 9)) + d(10)


def bvn() -> str:
    return "22" + d(9)


def cccd() -> str:
    return f"0{R.randint(1, 96):02d}" + R.choice("0123") + d(2) + d(6)


def philsys() -> str:
    n = str(R.randint(1, 9)) + d(11)
    return f"{n[:4]}-{n[4:8]}-{n[8:]}"


def cnp() -> str:
    body = R.choice("12") + f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    body += f"{R.randint(1, 46):02d}" + d(3)
    total = sum(int(a) * int(w) for a, w in zip(body, "279146358279", strict=False))
    c = total % 11
    return body + str(1 if c == 10 else c)


def pesel() -> str:
    body = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + d(4)
    total = sum(int(a) * w for a, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=False))
    return body + str((10 - total % 10) % 10)


_CF_ODD = dict(
    zip(
        string.digits + UP,
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
        + [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
        strict=False,
    )
)


def codice_fiscale() -> str:
    body = L(6, "BCDFGHLMNPRSTVZ") + f"{R.randint(60, 99):02d}" + R.choice("ABCDEHLMPRST")
    body += f"{R.randint(1, 71):02d}" + R.choice("ABCDEFGHLM") + d(3)
    total = 0
    for i, ch in enumerate(body):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else UP.index(ch)
    return body + UP[total % 26]


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni() -> str:
    n = R.randint(10_000_000, 99_999_999)
    return f"{n}{_DNI[n % 23]}"


def nie() -> str:
    p = R.choice("XYZ")
    n = R.randint(1_000_000, 9_999_999)
    return f"{p}{n:07d}{_DNI[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"


def cpf() -> str:
    b = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(b, range(k, 1, -1), strict=False))
        r = s * 10 % 11
        b.append(0 if r == 10 else r)
    n = "".join(map(str, b))
    return R.choice([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}", n])


def curp() -> str:
    body = (
        R.choice("BCDFGHLMPRSTV")
        + R.choice("AEIOU")
        + L(2)
        + f"{R.randint(60, 99):02d}"
        + f"{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
        + R.choice("HM")
        + R.choice(["DF", "JC", "OC", "PL", "CS", "GR", "MC"])
        + L(3, "BCDFGHLMNPRSTVZ")
        + "0"
    )
    chars = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
    total = sum(chars.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


def china_id() -> str:
    body = R.choice(["110101", "310104", "440305", "450103", "530102"])
    body += f"19{R.randint(70, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + d(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(body, w, strict=False))
    return body + "10X98765432"[s % 11]


def thai_id() -> str:
    body = str(R.randint(1, 8)) + d(11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(body))
    n = body + str((11 - s % 11) % 10)
    return R.choice(
        [
            f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}",
            n,
            f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}",
        ]
    )


def za_id() -> str:
    body = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + d(4) + "08"
    return body + luhn_digit(body)


def kenya_id() -> str:
    return str(R.randint(2, 3)) + d(7)


def albania_id() -> str:
    return R.choice("IJ") + d(8) + R.choice(UP)


def nric() -> str:
    return R.choice("ST") + d(7) + R.choice(UP)


def ua_passport() -> str:
    return R.choice(["FE", "FF", "FT", "EK", "FA"]) + d(6)


def ua_id_card() -> str:
    return str(R.randint(0, 2)) + d(8)


def passport_letters(nlet: int, ndig: int) -> str:
    return L(nlet) + d(ndig)


def de_passport() -> str:
    return "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))


def fr_passport() -> str:
    return d(2) + L(2) + d(5)


def uk_passport() -> str:
    return str(R.randint(1, 9)) + d(8)


def aba() -> str:
    while True:
        b = d(8)
        s = sum(int(c) * w for c, w in zip(b, [3, 7, 1, 3, 7, 1, 3, 7], strict=False))
        c = (10 - s % 10) % 10
        if b[0] in "0123":
            return b + str(c)


def nuban() -> str:
    bank = R.choice(["058", "044", "011", "033", "057"])
    serial = d(9)
    s = sum(
        int(c) * w
        for c, w in zip(bank + serial, [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3], strict=False)
    )
    return serial + str((10 - s % 10) % 10)


def sort_code() -> str:
    return f"{R.randint(10, 99)}-{d(2)}-{d(2)}"


def uk_acct() -> str:
    return d(8)


def ifsc() -> str:
    return R.choice(["SBIN", "HDFC", "ICIC", "PUNB", "UTIB"]) + "0" + d(6)


def uk_dl() -> str:
    sur = L(5)
    yr = f"{R.randint(60, 99):02d}"
    mm = R.randint(1, 12) + R.choice([0, 50])
    return f"{sur}{yr[0]}{mm:02d}{R.randint(1, 28):02d}{yr[1]}{L(2)}9{L(2)}"


def uk_plate() -> str:
    return (
        R.choice("ABCDEFGHKLMNOPRSVWY")
        + R.choice("ABCDEFGHJKLMNPRSTUVWXY")
        + R.choice(["21", "19", "68", "72", "15", "63"])
        + " "
        + L(3, "ABCDEFGHJKLMNPRSTUVWXYZ")
    )


GEN = {
    "ssn": ssn,
    "ni": ni,
    "nhs": nhs,
    "aadhaar": aadhaar,
    "pan": pan,
    "nin": nin,
    "bvn": bvn,
    "cccd": cccd,
    "philsys": philsys,
    "cnp": cnp,
    "pesel": pesel,
    "cf": codice_fiscale,
    "dni": dni,
    "nie": nie,
    "cpf": cpf,
    "curp": curp,
    "cn": china_id,
    "thai": thai_id,
    "za": za_id,
    "ke": kenya_id,
    "al": albania_id,
    "nric": nric,
    "ua_pp": ua_passport,
    "ua_id": ua_id_card,
    "pp_l1d7": lambda: passport_letters(1, 7),
    "pp_l1d8": lambda: passport_letters(1, 8),
    "pp_l2d7": lambda: passport_letters(2, 7),
    "pp_de": de_passport,
    "pp_fr": fr_passport,
    "pp_uk": uk_passport,
    "aba": aba,
    "acct10": lambda: d(10),
    "acct12": lambda: d(12),
    "acct14": lambda: d(14),
    "nuban": nuban,
    "sort": sort_code,
    "ukacct": uk_acct,
    "ifsc": ifsc,
    "ukdl": uk_dl,
    "ukplate": uk_plate,
    "last4": lambda: d(4),
}

TEMPLATES: list[tuple[str, str]] = [
    # --- police notes
    (
        "police",
        "Stop check on the A38 at 23:10 on [DATE=14 March 2025]. Driver produced a US "
        "passport, number {PASSPORT:pp_l1d8}, and gave his SSN as {NATIONAL_ID:ssn}. Vehicle "
        "{VEHICLE_PLATE:ukplate}, a grey Ford Transit, registered to a hire firm in "
        "[CITY=Bristol]. Four women in the back, aged [AGE=19] to [AGE=24].",
    ),
    (
        "police",
        "Occupant 2 gave her National Insurance number as {NATIONAL_ID:ni} and her NHS "
        "number as {NATIONAL_ID:nhs}. She said the man she calls {PERSON=Dritan} keeps her "
        "passport. Reference [IGNORE=CR/2025/00871].",
    ),
    (
        "police",
        "Search of the flat found three Romanian identity cards. CNP values: "
        "{NATIONAL_ID:cnp}, {NATIONAL_ID:cnp} and {NATIONAL_ID:cnp}. All three women said they "
        "came from [REGION=Botosani] in [YEAR=2023].",
    ),
    (
        "police",
        "The Mercedes Sprinter, reg {VEHICLE_PLATE=B-KM 4821}, was seen at the car wash "
        "daily. A second van with Polish plates {VEHICLE_PLATE=WX 48213} and a Romanian car, "
        "{VEHICLE_PLATE=CJ 12 XTR}, were parked behind it. Officers counted 11 workers.",
    ),
    (
        "police",
        "Subject detained at [CITY=Calais] port carried an Albanian ID card "
        "{NATIONAL_ID:al} and an Albanian passport {PASSPORT=BA4418273}. He gave an address "
        "in [CITY=Durres] and a phone number, {PHONE_NUMBER=+355 69 412 7730}.",
    ),
    (
        "police",
        "Vehicle check: Toyota Hilux with Thai plate {VEHICLE_PLATE=2กร 4417} "
        "[REGION=Bangkok]. Driver's Thai ID {NATIONAL_ID:thai}; passenger had no papers. "
        "Fine of [MONEY=2,000 baht] issued on [DATE=3 June 2024].",
    ),
    (
        "police",
        "Witness stated the minibus had Vietnamese plates, 51F-123.45 or similar. "
        "We traced {VEHICLE_PLATE=51F-123.45} to a company in [CITY=Ho Chi Minh City]. "
        "The owner's CCCD is {NATIONAL_ID:cccd}.",
    ),
    (
        "police",
        "Nigerian suspect, passport no. {PASSPORT:pp_l1d8}, NIN {NATIONAL_ID:nin}. "
        "He drives a Lexus, plate {VEHICLE_PLATE=LSD 482 AE}, registered in [REGION=Lagos State].",
    ),
    (
        "police",
        "Driver's licence produced: {DRIVING_LICENCE:ukdl}. The licence holder, "
        "{PERSON=Kestutis Vaitkus}, said the van belonged to his cousin. Reg "
        "{VEHICLE_PLATE:ukplate}.",
    ),
    (
        "police",
        "The Florida driver license {DRIVING_LICENCE=S530-462-81-207-0} and California "
        "DL {DRIVING_LICENCE=D4827716} were both in the glovebox. Car: California plate "
        "{VEHICLE_PLATE=7KPD318}.",
    ),
    # --- SAR narratives
    (
        "sar",
        "SAR-2025-118734. Between [DATE=2 January 2025] and [DATE=30 April 2025] the "
        "account holder received 212 cash deposits totalling [MONEY=£48,310]. Sort code "
        "{BANK_ACCOUNT:sort}, account number {BANK_ACCOUNT:ukacct}. Funds left the same day "
        "by transfer to {BANK_ACCOUNT:sort} {BANK_ACCOUNT:ukacct}.",
    ),
    (
        "sar",
        "Customer presented an Indian passport ({PASSPORT:pp_l1d7}) and PAN "
        "{NATIONAL_ID:pan}. Aadhaar on file: {NATIONAL_ID:aadhaar}. Outgoing transfers to "
        "account {BANK_ACCOUNT:acct14}, IFSC {BANK_ACCOUNT:ifsc}, at a branch in "
        "[CITY=Chennai], totalled [MONEY=INR 14,20,000].",
    ),
    (
        "sar",
        "Wire from routing number {BANK_ACCOUNT:aba}, account {BANK_ACCOUNT:acct10}, to "
        "the subject's acct {BANK_ACCOUNT:acct12} on [DATE=11/08/2024] for [MONEY=$9,400]. "
        "Customer SSN {NATIONAL_ID:ssn}; invoice [IGNORE=INV-20931] was given as the reason.",
    ),
    (
        "sar",
        "Transfers to NUBAN {BANK_ACCOUNT:nuban} (GTBank) and {BANK_ACCOUNT:nuban} "
        "(Access Bank) from the account of a nail bar. Beneficiary BVN {NATIONAL_ID:bvn}. "
        "Total [MONEY=£23,900] over 14 months.",
    ),
    (
        "sar",
        "Card payments for advertising on escort sites, paid from the account ending "
        "{BANK_ACCOUNT:last4}. The same device logged into a/c {BANK_ACCOUNT:ukacct} "
        "(sort code {BANK_ACCOUNT:sort}). Customer since [YEAR=2019].",
    ),
    (
        "sar",
        "KYC file: Brazilian national, CPF {NATIONAL_ID:cpf}, passport {PASSPORT=FX428193}. "
        "Declared income [MONEY=R$ 3.200] a month; received [MONEY=R$ 81.000] in [YEAR=2024].",
    ),
    (
        "sar",
        "Remitter used a Philippine national ID (PhilSys {NATIONAL_ID:philsys}) to send "
        "[MONEY=PHP 45,000] to account {BANK_ACCOUNT:acct12} at BDO in [CITY=Quezon City].",
    ),
    (
        "sar",
        "Mexican customer, CURP {NATIONAL_ID:curp}. Twelve transfers of [MONEY=USD 950] "
        "each to account {BANK_ACCOUNT:acct10}, routing {BANK_ACCOUNT:aba}, in [CITY=Houston].",
    ),
    (
        "sar",
        "The account was opened with a Chinese resident identity card, "
        "{NATIONAL_ID:cn}, and a passport numbered {PASSPORT=E48201937}. Spend pattern: "
        "rent of [MONEY=£2,150] on the 1st of each month for four flats.",
    ),
    (
        "sar",
        "Account holder: Spanish DNI {NATIONAL_ID:dni}. Second signatory: NIE "
        "{NATIONAL_ID:nie}. Case ref [IGNORE=STR-2024-0447]. Cash in: [MONEY=€36,500].",
    ),
    # --- forms / tables
    (
        "form",
        "Name: {PERSON=Bilal Chaudhry}\nDate of birth: {DATE_OF_BIRTH=12/04/1991}\n"
        "National ID no.: {NATIONAL_ID:ssn}\nPassport: {PASSPORT:pp_uk}\nPhone: "
        "{PHONE_NUMBER=07700 900482}\nCase no: [IGNORE=2025/0412]",
    ),
    (
        "form",
        "Surname | Given name | ID | Account\n{PERSON=OKAFOR} | {PERSON=Chidinma} | "
        "{NATIONAL_ID:nin} | {BANK_ACCOUNT:nuban}\n{PERSON=ADEYEMI} | {PERSON=Tunde} | "
        "{NATIONAL_ID:nin} | {BANK_ACCOUNT:nuban}",
    ),
    (
        "form",
        "Field | Value\nPESEL | {NATIONAL_ID:pesel}\nPassport | {PASSPORT=EK4829173}\n"
        "Plate | {VEHICLE_PLATE=WA 48219}\nAmount | [MONEY=4 800 zł]\nDate | [DATE=2025-02-17]",
    ),
    (
        "form",
        "Worker register, farm 3 (audit copy)\n1. {PERSON=Nguyen Van Hai}, CCCD "
        "{NATIONAL_ID:cccd}, age [AGE=27]\n2. {PERSON=Tran Thi Lan}, CCCD {NATIONAL_ID:cccd}, age "
        "[AGE=31]\n3. {PERSON=Le Minh Duc}, passport {PASSPORT=C4928173}, age [AGE=22]",
    ),
    (
        "form",
        "Referral form. Codice fiscale: {NATIONAL_ID:cf}. Permesso di soggiorno "
        "{NATIONAL_ID=I04829173}. Address: {STREET_ADDRESS=Via Garibaldi 41}, "
        "{ADDRESS_UNIT=scala B, interno 7}, [CITY=Caserta].",
    ),
    (
        "form",
        "Beneficiary details\nAccount name: {PERSON=Musa Bello}\nAccount no: "
        "{BANK_ACCOUNT:nuban}\nBank: First Bank\nAmount: [MONEY=NGN 350,000]\nNarration: "
        "school fees",
    ),
    (
        "form",
        "Kenya ID number {NATIONAL_ID:ke}\nKRA PIN {NATIONAL_ID=A004829173K}\n"
        "Employer: [ORG=Gulf Staffing Ltd]\nDestination: [COUNTRY=Saudi Arabia]\nFee paid: "
        "[MONEY=KES 120,000]",
    ),
    (
        "form",
        "South African ID: {NATIONAL_ID:za}\nPassport no: {PASSPORT=A08271934}\n"
        "Bank: FNB, account {BANK_ACCOUNT=62841937204}, branch code [IGNORE=250655]",
    ),
    # --- audit findings
    (
        "audit",
        "Finding 4: the agency holds 37 workers' passports in a safe. Sampled numbers: "
        "{PASSPORT:pp_l2d7} (Nepal), {PASSPORT:pp_l1d7} (India), {PASSPORT:pp_l1d7} "
        "(Bangladesh). Recruitment fees of up to [MONEY=USD 4,000] were deducted from wages.",
    ),
    (
        "audit",
        "Payroll shows wages paid into one account, {BANK_ACCOUNT:acct12}, for 14 workers, "
        "not into their own. The dormitory at {STREET_ADDRESS=14 Jalan Perusahaan 3}, "
        "{ADDRESS_UNIT=Block C, Level 2}, held 48 beds for 61 workers.",
    ),
    (
        "audit",
        "Three workers had no copy of their contract. Their Thai IDs ({NATIONAL_ID:thai}, "
        "{NATIONAL_ID:thai}) were held by the supervisor. Audit ref [IGNORE=AUD-2025-031], "
        "[DATE=9 May 2025].",
    ),
    (
        "audit",
        "Site visit at [ORG=Sunrise Seafood Co]: the manager's Myanmar worker list gives "
        "pink card numbers but no passports. One passport was found: {PASSPORT=MG482917}. "
        "Overtime of 80 hours a month was recorded in [YEAR=2024].",
    ),
    (
        "audit",
        "Worker files for the Ukrainian crew: passport {PASSPORT:ua_pp}, ID card "
        "{NATIONAL_ID:ua_id}; passport {PASSPORT:ua_pp}. Agency fee [MONEY=€1,200] each.",
    ),
    # --- chats / SMS
    (
        "chat",
        "[09:14] boss: send me ur aadhar no and pan\n[09:16] worker: {NATIONAL_ID:aadhaar} "
        "and {NATIONAL_ID:pan}\n[09:17] boss: ok salary will come in acct {BANK_ACCOUNT:acct14} "
        "ifsc {BANK_ACCOUNT:ifsc}",
    ),
    (
        "chat",
        "Mama T: pay the 500k into {BANK_ACCOUNT:nuban} zenith bank today\n{PERSON=Joy}: "
        "i dont have it\n"
        "Mama T: then send ur NIN {NATIONAL_ID:nin} i will do loan",
    ),
    (
        "chat",
        "him: bring passport {PASSPORT:pp_l1d8} and the card\nme: which card\nhim: the one "
        "with {NATIONAL_ID:ssn} on it. car is black honda {VEHICLE_PLATE=KTY-4821}",
    ),
    (
        "chat",
        "Driver: I'm outside, silver Corolla, {VEHICLE_PLATE=KCA 482B}\nGirl: ok\nDriver: "
        "bring ur ID {NATIONAL_ID:ke} for the border",
    ),
    (
        "chat",
        "anh ơi, số căn cước của em là {NATIONAL_ID:cccd}, hộ chiếu {PASSPORT=C8271934}. "
        "xe biển {VEHICLE_PLATE=30A-482.17} đón em lúc [DATE=7 giờ]",
    ),
    (
        "sms",
        "Transfer 1,200 to sort code {BANK_ACCOUNT:sort} acc {BANK_ACCOUNT:ukacct} ref RENT. "
        "Call {PHONE_NUMBER=07911 482 733} if problem",
    ),
    (
        "sms",
        "Pls send ur CPF {NATIONAL_ID:cpf} e RG for the ticket. Pix to "
        "{PHONE_NUMBER=+55 11 98421-7730}",
    ),
    # --- survivor statements / caseworker
    (
        "survivor",
        "They made me open a bank account in my name. I remember the number began "
        "with 4821 and I wrote it down later: {BANK_ACCOUNT:ukacct}. My National Insurance "
        "number is {NATIONAL_ID:ni}. I was paid [MONEY=£50] a week.",
    ),
    (
        "survivor",
        "My ID card number is {NATIONAL_ID:cnp}. The man took it together with my "
        "passport, {PASSPORT=054829173}, when we arrived at [CITY=Luton] on [DATE=2 May 2023]. "
        "I was [AGE=17].",
    ),
    (
        "caseworker",
        "Client's Italian residence permit number {NATIONAL_ID=I0482917} expired in "
        "[YEAR=2024]. Codice fiscale {NATIONAL_ID:cf}. New address: {STREET_ADDRESS=Via Roma 12}, "
        "{ADDRESS_UNIT=int. 4}, [CITY=Latina].",
    ),
    (
        "caseworker",
        "Client has a valid Polish PESEL ({NATIONAL_ID:pesel}) but no documents. "
        "Bank: Santander, IBAN pending; current account number {BANK_ACCOUNT=10482917}. She lives "
        "at {ADDRESS_UNIT=Flat 3}, {STREET_ADDRESS=22 Cobden Street}, [CITY=Wolverhampton].",
    ),
    (
        "caseworker",
        "Referred by [ORG=Hope for Justice] on [DATE=12 February 2025]. The client's "
        "social security number is {NATIONAL_ID:ssn}; her US passport {PASSPORT:pp_l1d8} "
        "is held by "
        "the employer in [CITY=Dubai].",
    ),
    (
        "border",
        "Passenger presented a Chinese passport EA4829173; his resident ID "
        "{NATIONAL_ID:cn} matched. Passport no. {PASSPORT=EA4829173}. Onward ticket to "
        "[CITY=Belgrade] paid in cash, [MONEY=€640].",
    ),
    (
        "border",
        "Vehicle: white Iveco, French plate {VEHICLE_PLATE=FG-482-TZ}, trailer "
        "{VEHICLE_PLATE=AB-917-KD}. Driver's passport {PASSPORT:pp_fr}; German co-driver's "
        "passport {PASSPORT:pp_de}. 9 Vietnamese nationals found.",
    ),
    (
        "border",
        "Italian lorry {VEHICLE_PLATE=GH 482 KT} and Spanish car {VEHICLE_PLATE=4821 KTB} "
        "stopped at [CITY=Dover]. Spanish driver, DNI {NATIONAL_ID:dni}.",
    ),
    (
        "border",
        "The Dutch van {VEHICLE_PLATE=VKL-48-T} carried 6 men with Moldovan "
        "passports, numbers {PASSPORT=AB4829173} and {PASSPORT=AB4917282} among them.",
    ),
    (
        "hotline",
        "Caller gave her Singapore NRIC, {NATIONAL_ID:nric}, and said her employer "
        "holds her passport {PASSPORT=K4829173}. She works at {STREET_ADDRESS=48 Jurong West "
        "Street 41}, {ADDRESS_UNIT=#12-482}.",
    ),
    (
        "hotline",
        "Caller reported a car, NY plate {VEHICLE_PLATE=KLM-4821}, collecting girls "
        "from a motel on Route 9 every night at [DATE=11 pm]. Caller's callback: "
        "{PHONE_NUMBER=(518) 555-0148}.",
    ),
    (
        "news",
        "Court heard that the gang used 64 bank accounts and stolen identities, including "
        "the SSN {NATIONAL_ID:ssn}, to launder [MONEY=$2.3 million] between [YEAR=2019] and "
        "[YEAR=2022]. Sentencing is on [DATE=4 November 2025].",
    ),
    (
        "tip",
        "there is a van {VEHICLE_PLATE=221-D-4821} every morning at the farm, the men "
        "look scared. also a "
        "red car {VEHICLE_PLATE=SN68 KTD}. i saw it on [DATE=monday]",
    ),
    (
        "tip",
        "the man who runs it uses the name {PERSON=Tony} and has account {BANK_ACCOUNT:acct10} at "
        "chase, routing {BANK_ACCOUNT:aba}. he lives {ADDRESS_UNIT=apt 4C} at "
        "{STREET_ADDRESS=1180 Grand Concourse}",
    ),
    (
        "sar",
        "Customer's Emirates ID {NATIONAL_ID=784-1987-4829173-2} and personal number "
        "{NATIONAL_ID:pesel} were both given at onboarding. Salary of [MONEY=AED 1,500] "
        "credited to "
        "account {BANK_ACCOUNT:acct12}.",
    ),
    (
        "police",
        "Driving licence check: Indian DL {DRIVING_LICENCE=MH14 20110048217}, Polish "
        "licence {DRIVING_LICENCE=04821/17/1462}. Both men worked at the car wash in "
        "[CITY=Slough].",
    ),
    (
        "form",
        "ID type: Ghana Card\nID number: {NATIONAL_ID=GHA-728401937-4}\nNationality: "
        "[NATIONALITY=Ghanaian]\nDate issued: [DATE=04/05/2022]\nPhone: "
        "{PHONE_NUMBER=+233 24 482 1937}",
    ),
    # --- near-misses: nothing personal but numbers that must stay
    (
        "sar",
        "Case [IGNORE=2025-0188] summary: 48 transfers of between [MONEY=£1,250] and "
        "[MONEY=£4,800] on [DATE=14/03/2025], [DATE=2025-03-15] and [DATE=16.03.2025]. Invoice "
        "numbers [IGNORE=INV-004821] to [IGNORE=INV-004833]. Turnover in [YEAR=2024]: "
        "[MONEY=£1,482,900].",
    ),
    (
        "police",
        "Operation [IGNORE=LX-4821]. 14 addresses visited, 37 people spoken to, "
        "9 of them aged under 18. Exhibit [IGNORE=JP/12] seized. Cash recovered: "
        "[MONEY=€12,480]. Next review [DATE=1 December 2025].",
    ),
    (
        "audit",
        "Wages averaged [MONEY=USD 312] a month against a legal minimum of "
        "[MONEY=USD 402] in [YEAR=2025]. Of 1,482 workers, 211 were aged [AGE=16] or [AGE=17]. "
        "Reference [IGNORE=SA8000-2025-118].",
    ),
]

# A second batch (tuning_ids3b.jsonl), written after the first was measured: values whose
# check digits are wrong (typos in real records), cues far from or after the number, long
# account numbers of other countries, and separators the first batch did not use.
TEMPLATES_B: list[tuple[str, str]] = [
    (
        "sar",
        "The subject holds a current account with Sberbank; funds were then moved to the "
        "account numbered {BANK_ACCOUNT=40817810099910004312} and on to a Mexican CLABE, "
        "{BANK_ACCOUNT=002180700123456789}, in [MONEY=USD 14,000] tranches.",
    ),
    (
        "sar",
        "Payments went to 61 1090 1014 0000 0712 1981 2874 (Polish bank account of the "
        "recruiter) and were split into [MONEY=PLN 3,000] cash withdrawals. Account "
        "{BANK_ACCOUNT=61 1090 1014 0000 0712 1981 2874} is held at a branch in [CITY=Radom].",
    ),
    (
        "form",
        "Beneficiary: {PERSON=Rosa Quispe}\nBank: Banco de Crédito\nAccount number: "
        "{BANK_ACCOUNT=191-2345678-0-12}\nSWIFT: BCPLPEPL\nPurpose: family support",
    ),
    (
        "sar",
        "Customer gave CPF {NATIONAL_ID=123.456.789-00} (fails its check digits) and an "
        "address in [CITY=Recife]. Customer's Chinese ID on the form: "
        "{NATIONAL_ID=110105198802301234}.",
    ),
    (
        "police",
        "Her Emirates ID reads {NATIONAL_ID=784-1990-1234567-0}. She said the agent kept "
        "it with her passport, numbered {PASSPORT=N 1234567}.",
    ),
    (
        "caseworker",
        "Client's Aadhaar, {NATIONAL_ID=4821 9173 2046}, was on the recruiter's list. "
        "Bank: SBI savings a/c no. {BANK_ACCOUNT=3012 4567 8901}.",
    ),
    (
        "police",
        "Suspect's account: {BANK_ACCOUNT=0123-456789-001}, held with Standard Chartered in "
        "[CITY=Dhaka]. His national ID card (NID) number is {NATIONAL_ID=19901234567890123}.",
    ),
    (
        "border",
        "Driver's licence number: {DRIVING_LICENCE=WDL0ABC12345}. He also had a "
        "Ukrainian passport {PASSPORT=ЕК123456} and a Moldovan car, {VEHICLE_PLATE=C AB 123}.",
    ),
    (
        "tip",
        "the guy drives a silver golf with the plate {VEHICLE_PLATE=BT-4821} and he takes the "
        "girls to the flat. he paid [MONEY=200 euro] to the landlord",
    ),
    (
        "sar",
        "Transfers of [MONEY=£950], [MONEY=£1,100] and [MONEY=£980] reached the Monzo account "
        "{BANK_ACCOUNT=04-00-04 12345678} on [DATE=3 March], [DATE=10 March] and [DATE=17 March].",
    ),
    (
        "audit",
        "Worker IDs copied by the agency (Turkish kimlik numbers): {NATIONAL_ID=10000000146}, "
        "{NATIONAL_ID=12345678950}. Deposits held: [MONEY=TRY 15,000] each.",
    ),
    (
        "hotline",
        "She read her DNI to the operator: {NATIONAL_ID=12345678A}. Her NIE was "
        "{NATIONAL_ID=X1234567A}. She lives in [CITY=Almería].",
    ),
    (
        "sms",
        "pay 15000 into {BANK_ACCOUNT=0123456789} GTB today or forget ur passport. name on acct "
        "{PERSON=Chinedu Obi}",
    ),
    (
        "form",
        "Vehicle | Plate | Owner\nVW Golf | {VEHICLE_PLATE=HH-AB 1234} | {PERSON=Kaya}\n"
        "Opel Astra | {VEHICLE_PLATE=B 123 XYZ} | {PERSON=Dumitru}",
    ),
    (
        "sar",
        "Invoice INV-2025-0449 for [MONEY=€8,200] and order 4500012345 were paid from "
        "account {BANK_ACCOUNT=123456789} (NL-rek); [YEAR=2025] turnover [MONEY=€410,000].",
    ),
]

# A third batch (tuning_ids3c.jsonl): plates and passports whose cue comes after the value
# or far before it, and near-misses with vehicle words after codes that are no plates.
TEMPLATES_C: list[tuple[str, str]] = [
    (
        "police",
        "Officers stopped {VEHICLE_PLATE=FG-482-TZ}, a white Renault Master, on the A20 "
        "at 02:10 on [DATE=4 April 2025]. Nine men were in the back.",
    ),
    (
        "tip",
        "Every night {VEHICLE_PLATE=WX 48213} (black Audi) and {VEHICLE_PLATE=B-KM 4821} "
        "(silver Mercedes van) come to the house on Hope Street.",
    ),
    (
        "border",
        "Lorry {VEHICLE_PLATE=CJ 12 XTR} with trailer {VEHICLE_PLATE=CJ 48 TRL} arrived "
        "from [CITY=Cluj] on [DATE=12 May 2025]; the driver, a [NATIONALITY=Romanian] national, "
        "showed passport {PASSPORT=058271934}.",
    ),
    (
        "audit",
        "Worker [AGE=23] (female) showed us a photocopy of her passport, issued in "
        "[CITY=Kathmandu] in [YEAR=2022], document number {PASSPORT=PA4829173}; the agent holds "
        "the original.",
    ),
    (
        "sar",
        "Customer ID document: passport of the Republic of [COUNTRY=Moldova], series and "
        "number {PASSPORT=AB 4829173}, valid to [DATE=2030-01-14].",
    ),
    (
        "police",
        "Reference LX-4821 covers the car park survey; exhibit AB-12-CD is a phone. "
        "Room B-204 was searched at 10:40 on [DATE=3 March 2025].",
    ),
    (
        "news",
        "The court heard that vans with the plates {VEHICLE_PLATE=NL 48-TKD-2} and "
        "{VEHICLE_PLATE=BT 482 KD} carried workers from [COUNTRY=Poland] in [YEAR=2023].",
    ),
    (
        "caseworker",
        "Client says the minibus was a blue Ford Transit, registration "
        "{VEHICLE_PLATE=YK68 TDX}, and that the driver's passport was Albanian, "
        "{PASSPORT=BE4829173}.",
    ),
]

_MARK = re.compile(r"\{([A-Z_]+)([:=])([^{}]+)\}|\[([A-Z_]+)=([^\[\]]+)\]")
_KEEP_TYPES = {"CITY", "REGION", "COUNTRY", "NATIONALITY", "ORG", "DATE", "YEAR", "MONEY", "AGE"}


def render(template: str) -> dict:
    pii: list[dict] = []
    keep: list[dict] = []
    ignore: list[dict] = []

    def sub(m: re.Match) -> str:
        if m.group(1):
            kind, how, arg = m.group(1), m.group(2), m.group(3)
            value = GEN[arg]() if how == ":" else arg
            pii.append({"type": kind, "value": value})
            return value
        kind, value = m.group(4), m.group(5)
        if kind == "IGNORE":
            pass  # a reference number: unlabelled, it must stay (checked by reading)
        else:
            assert kind in _KEEP_TYPES, kind
            keep.append({"type": kind, "value": value})
        return value

    text = _MARK.sub(sub, template)
    return {"text": text, "pii": pii, "keep": keep, "ignore": ignore}


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for i, (genre, template) in enumerate(TEMPLATES):
            row = render(template)
            row.update(
                genre=genre,
                source="ids8 hand-written (tools/gen_tuning_ids3.py)",
                id=f"ids3-{i:03d}",
            )
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(TEMPLATES)} texts -> {OUT}")
    out_b = OUT.with_name("tuning_ids3b.jsonl")
    with out_b.open("w", encoding="utf-8") as fh:
        for i, (genre, template) in enumerate(TEMPLATES_B):
            row = render(template)
            row.update(
                genre=genre,
                source="ids8 hand-written (tools/gen_tuning_ids3.py)",
                id=f"ids3b-{i:03d}",
            )
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(TEMPLATES_B)} texts -> {out_b}")
    out_c = OUT.with_name("tuning_ids3c.jsonl")
    with out_c.open("w", encoding="utf-8") as fh:
        for i, (genre, template) in enumerate(TEMPLATES_C):
            row = render(template)
            row.update(
                genre=genre,
                source="ids8 hand-written (tools/gen_tuning_ids3.py)",
                id=f"ids3c-{i:03d}",
            )
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(TEMPLATES_C)} texts -> {out_c}")


if __name__ == "__main__":
    main()
