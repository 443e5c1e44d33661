"""Writes demo/eval/pii/tuning_generated13.jsonl: 48 sentence frames written by person13
(2026-12-06) for issue 14, filled with Faker names of 30 locales and Faker street lines, units
and postcodes of 38 address locales beside real towns of the same country. Fixed seed; same
bytes every run.

The frames are new (none is a presidio-evaluator template or a frame of another tuning file):
forms, numbered and dashed lists, CSV/pipe/tab table rows, interview transcripts with speaker
labels, chat and SMS in lower case, addresses of many countries inline with the postcode
before or after the town, names as subject, object, possessive, family group, after a
preposition, surname-first, initial + surname, ALL CAPS and lower case. Towns, countries,
nationalities, organisations, money and ages are labelled to keep; Faker's invented towns are
never used.

    .venv/bin/python tools/gen_tuning_templates13.py
"""

from __future__ import annotations

import json
import random
import re
import warnings
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent.parent / "demo/eval/pii/tuning_generated13.jsonl"
PER_FRAME = 7
NAME_LOCALES = (
    "yo_NG ig_NG ha_NG tw_GH en_KE sw zu_ZA en_PK en_IN fil_PH tr_TR uz_UZ az_AZ lt_LT lv_LV"
    " et_EE ga_IE fr_DZ es_CL fr_CA ro_RO pl_PL vi_VN id_ID pt_BR es_MX hr_HR it_IT nl_NL"
    " en_GB"
).split()
# address locale -> (country, nationality, real towns of that country)
PLACES = {
    "cs_CZ": ("Czechia", "Czech", ["Brno", "Ostrava", "Plzeň"]),
    "da_DK": ("Denmark", "Danish", ["Aarhus", "Odense", "Aalborg"]),
    "de_AT": ("Austria", "Austrian", ["Graz", "Linz", "Salzburg"]),
    "de_CH": ("Switzerland", "Swiss", ["Basel", "Bern", "Lucerne"]),
    "de_DE": ("Germany", "German", ["Leipzig", "Dortmund", "Bremen"]),
    "en_AU": ("Australia", "Australian", ["Perth", "Adelaide", "Brisbane"]),
    "en_CA": ("Canada", "Canadian", ["Winnipeg", "Calgary", "Halifax"]),
    "en_GB": ("the United Kingdom", "British", ["Leeds", "Bristol", "Sheffield"]),
    "en_IN": ("India", "Indian", ["Pune", "Jaipur", "Lucknow"]),
    "en_NZ": ("New Zealand", "New Zealander", ["Hamilton", "Dunedin", "Tauranga"]),
    "en_US": ("the United States", "American", ["Houston", "Fresno", "Atlanta"]),
    "es_AR": ("Argentina", "Argentine", ["Rosario", "Mendoza", "Salta"]),
    "es_CO": ("Colombia", "Colombian", ["Medellín", "Cali", "Barranquilla"]),
    "es_ES": ("Spain", "Spanish", ["Murcia", "Valencia", "Almería"]),
    "es_MX": ("Mexico", "Mexican", ["Puebla", "Tijuana", "Monterrey"]),
    "fi_FI": ("Finland", "Finnish", ["Tampere", "Turku", "Oulu"]),
    "fr_CH": ("Switzerland", "Swiss", ["Lausanne", "Geneva", "Sion"]),
    "fr_FR": ("France", "French", ["Lille", "Marseille", "Toulouse"]),
    "hr_HR": ("Croatia", "Croatian", ["Split", "Rijeka", "Osijek"]),
    "hu_HU": ("Hungary", "Hungarian", ["Debrecen", "Szeged", "Pécs"]),
    "id_ID": ("Indonesia", "Indonesian", ["Surabaya", "Medan", "Batam"]),
    "it_IT": ("Italy", "Italian", ["Naples", "Palermo", "Bari"]),
    "nl_BE": ("Belgium", "Belgian", ["Antwerp", "Ghent", "Liège"]),
    "nl_NL": ("the Netherlands", "Dutch", ["Rotterdam", "Utrecht", "Eindhoven"]),
    "no_NO": ("Norway", "Norwegian", ["Bergen", "Stavanger", "Trondheim"]),
    "pl_PL": ("Poland", "Polish", ["Łódź", "Gdańsk", "Poznań"]),
    "pt_BR": ("Brazil", "Brazilian", ["Recife", "Manaus", "Curitiba"]),
    "pt_PT": ("Portugal", "Portuguese", ["Porto", "Braga", "Faro"]),
    "ro_RO": ("Romania", "Romanian", ["Iași", "Constanța", "Cluj-Napoca"]),
    "sk_SK": ("Slovakia", "Slovak", ["Košice", "Nitra", "Žilina"]),
    "sl_SI": ("Slovenia", "Slovenian", ["Maribor", "Celje", "Koper"]),
    "sv_SE": ("Sweden", "Swedish", ["Malmö", "Uppsala", "Gothenburg"]),
    "vi_VN": ("Vietnam", "Vietnamese", ["Hanoi", "Haiphong", "Da Nang"]),
    "en_IE": ("Ireland", "Irish", ["Cork", "Limerick", "Galway"]),
    "en_PH": ("the Philippines", "Filipino", ["Cebu", "Davao", "Iloilo"]),
    "en_MS": ("Malaysia", "Malaysian", ["Penang", "Ipoh", "Kuching"]),
    "zu_ZA": ("South Africa", "South African", ["Durban", "Pretoria", "Polokwane"]),
    "tr_TR": ("Turkey", "Turkish", ["Izmir", "Bursa", "Antalya"]),
}
ORGS = [
    "Harlow Packing Ltd",
    "the Red Cross",
    "Marvel Cleaning Services",
    "Kestrel Agro GmbH",
    "Unity Recruitment",
    "the Labour Inspectorate",
    "Bluewave Logistics",
    "Santa Rita Farms S.A.",
    "the International Organization for Migration",
    "Pinecrest Care Homes",
]
MONEY = ["€350", "£1,200", "$4,000", "2,500 euros", "USD 900", "€75"]
TYPE_OF = {"S": "STREET_ADDRESS", "U": "ADDRESS_UNIT", "Z": "POSTCODE", "P": "PERSON"}

# Placeholders: {P}/{Q}/{R} a person (full name), with .first .last .FIRST .LAST .UPPER
# .lower .lfirst .llast .init ("J. Surname"); {p}/{q}/{r} the same person in lower case.
# {S} street line, {S2} a second one, {SU} upper-case street, {ls} lower-case street, {U} unit,
# {Z} postcode; keeps: {C} town, {c} town lower case, {K} country, {N} nationality, {O} org,
# {M} money, {A} age.
FRAMES = [
    "INTAKE FORM\nSurname: {P.LAST}\nGiven names: {P.first}\nAddress: {S}, {Z} {C}\n"
    "Country: {K}\nReferred by: {O}",
    "Name (last, first): {P.last}, {P.first} | Nationality: {N} | Lodging: {S}, {U}",
    "Tenant ........ {P}\nPremises ...... {S}\nTown .......... {Z} {C}",
    "Workers found on site:\n1. {P}\n2. {Q}\n3. {R.last} (no first name given)\n"
    "All three were moved to {S}, {C}.",
    "- {P.last}, {P.first} ({A})\n- {Q.last}, {Q.first}\n- {R.last}, {R.first}",
    "id;name;street;postcode;town\n4;{P};{S};{Z};{C}\n5;{Q};{S2};{Z};{C}",
    "| {P.LAST} {P.first} | {N} | {S} | {Z} |",
    "{P}\t{S}\t{Z}\t{C}\t{K}",
    "INTERVIEWER: When did you first meet {P.first}?\n{Q.FIRST}: In {C}. {P.first} said the "
    "job was with {O}.\nINTERVIEWER: And {P.last} drove you?\n{Q.FIRST}: No, {R.first} did.",
    "[09:14] {p.first}: where r u\n[09:15] {q.first}: at {ls}\n"
    "[09:15] {p.first}: ok tell {r.first} to wait",
    "sms from {p.first}: pick up {r} at {ls} tmrw 6am, dont tell {q.last}",
    "Msg to {P.first}: the new girls stay at {S} until {Q.last} pays {M}.",
    "She gave her address as {S}, {Z} {C}, {K}, and said {P.last} owned the building.",
    "The van was registered to {P} of {S}, {C} ({Z}).",
    "From 2019 she lived at {S}; later at {U}, {S2}, {C}.",
    "{Z} {C}, {S}: that is where {P.first} {P.last} keeps the passports.",
    "According to {P.last}, the recruiter was a woman called {Q.first}.",
    "It was {P.last} who paid; {Q.last} only drove the minibus.",
    "Witnesses named {P.last}'s brother-in-law, {Q}, as the driver.",
    "The {P.last} family rented out rooms on {S} to workers from {K}.",
    "Statement of {P.UPPER}, born in {C}, {K}.",
    "{P.LAST} {P.first} (defendant) and {Q.LAST} {Q.first} (co-defendant) appeared before "
    "the court in {C}.",
    "cc: {P}; {Q}; {R}",
    "Signed,\n{P.init}\nCase officer, {O}",
    "Complainant {P} states that she was taken by {Q.first} and {R.first} to {S}.",
    "Ask for {P.first} at the back door of {S}. If {P.first} is out, ask {Q.last}.",
    "{P.last} and {Q.last} were each paid {M} a week by {O}.",
    "Met {P.first} ({N}, {A}) at the shelter; she named {Q.last} and {Q.last}'s wife {R.first}.",
    "Deliver to: {P}, {S}, {U}, {Z} {C}",
    "Postcode {Z} in {C} keeps coming up: {S} and {S2}.",
    "The nephew, {P.first}, and his uncle {Q} ran the car wash on {S}.",
    "re: {p} - saw him again on {ls} near the market in {c}",
    "Mr {P.last} and Mrs {Q.last} of {S} were interviewed separately.",
    "Beneficiary: {P} / Remitter: {Q} / Purpose: rent for {S}, {C}",
    "{P}, {A}, {N} national, {S}, {Z} {C}",
    "Both {P.first} and {Q.first} said {R.last} took their documents.",
    "Rent paid to {P} ({S}) - {M}",
    "An officer spoke to {P.first} outside the {O} warehouse at {S}.",
    "we stayed w/ {p.first} {p.last} on {ls} for 2 weeks then {q.first} moved us",
    "ALL STAFF AT {SU} ANSWER TO {P.UPPER}.",
    "{Z} {C}, {S} - the flat belongs to {P.last}.",
    "Caller gave her name as {P.first}, surname {P.last}, and her street as {S}.",
    "Funds moved from {P} to {Q} through {O}.",
    "{P.first} told police that {Q} had gone back to {C}, {K}.",
    "Employer: {O}\nSupervisor: {P}\nSite: {S}, {Z} {C}\nWorkers interviewed: {Q.first}, {R.first}",
    "Present at the raid: DC {P.last}, DS {Q.last}, interpreter {R}.",
    "{P.first}'s cousin {Q.first} collected the wages for the whole house on {S}.",
    "Hotline 14:02 - caller ({P.first}) says {Q.last} brought six {N} men to {S}, {C}.",
]
TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}")


def _person(fake: Faker) -> dict[str, str]:
    first, last = fake.first_name(), fake.last_name()
    full = f"{first} {last}"
    return {
        "": full,
        "first": first,
        "last": last,
        "FIRST": first.upper(),
        "LAST": last.upper(),
        "UPPER": full.upper(),
        "init": f"{first[0]}. {last}",
    }


def _row(frame: str, k: int, rng: random.Random, names: dict, addr: dict) -> dict:
    loc = rng.choice(sorted(addr))
    fake = addr[loc]
    country, nationality, towns = PLACES[loc]
    people = {key: _person(names[rng.choice(NAME_LOCALES)]) for key in "PQR"}
    street, street2 = (fake.street_address().replace("\n", ", ") for _ in range(2))
    unit = fake.secondary_address() if hasattr(fake, "secondary_address") else "Flat 3"
    town = rng.choice(towns)
    pii: dict[str, str] = {}
    keep: dict[str, str] = {}

    def fill(m: re.Match) -> str:
        key, attr = m.group(1), m.group(2) or ""
        if key.upper() in people and len(key) == 1:
            value = people[key.upper()][attr]
            value = value.lower() if key.islower() else value
            pii[value] = "PERSON"
            return value
        fixed = {
            "S": ("STREET_ADDRESS", street),
            "S2": ("STREET_ADDRESS", street2),
            "SU": ("STREET_ADDRESS", street.upper()),
            "ls": ("STREET_ADDRESS", street.lower()),
            "U": ("ADDRESS_UNIT", unit),
        }
        keeps = {
            "C": ("CITY", town),
            "c": ("CITY", town.lower()),
            "K": ("COUNTRY", country),
            "N": ("NATIONALITY", nationality),
            "O": ("ORG", rng.choice(ORGS)),
            "M": ("MONEY", rng.choice(MONEY)),
            "A": ("AGE", str(rng.randint(17, 44))),
        }
        if key in fixed:
            etype, value = fixed[key]
            pii[value] = etype
            return value
        etype, value = keeps[key]
        keep[value.removeprefix("the ")] = etype  # the article is not part of the name
        return value

    postcode = fake.postcode()
    text = TOKEN.sub(fill, frame.replace("{Z}", postcode))
    if "{Z}" in frame:
        pii[postcode] = "POSTCODE"
    return {
        "text": text,
        "pii": [{"type": t, "value": v} for v, t in pii.items()],
        "keep": [{"type": t, "value": v} for v, t in keep.items() if v not in pii],
        "ignore": [],
        "genre": "generated",
        "source": "person13 frames with Faker values",
        "locale": loc,
        "template": f"person13-{k:02d}",
    }


def main() -> None:
    warnings.filterwarnings("ignore", category=UserWarning)
    rng = random.Random(1313)
    names = {loc: Faker(loc) for loc in NAME_LOCALES}
    addr = {loc: Faker(loc) for loc in PLACES}
    for n, fake in enumerate([*names.values(), *addr.values()]):
        fake.seed_instance(1313 + n)
    rows = []
    for k, frame in enumerate(FRAMES):
        for _ in range(PER_FRAME):
            row = _row(frame, k, rng, names, addr)
            row["id"] = f"person13-{len(rows) + 1:03d}"
            rows.append(row)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
