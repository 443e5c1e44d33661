"""Generated personal values with real check digits (national IDs, passports, bank accounts,
licences, plates) for the tuning sets' templates (tools/gen_tuning_ids3.py). One seeded
random source, `R`: the same values in the same order every run."""

from __future__ import annotations

import random
import string

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
