"""Regenerate demo/eval/pii/generated_{tuning,heldout}.jsonl from presidio-evaluator's templates.

    .venv/bin/python demo/eval/pii/generate.py [--per-split 600] [--seed 14]

presidio-evaluator (MIT) ships 209 sentence templates ("My name is {{person}}") and a generator
(`PresidioSentenceFaker`, built on Faker) that fills them and returns the span of every value.
This script uses that generator with Faker locales of 33 countries, so names, street lines,
unit and PO-box lines, postcodes, phone numbers and IBANs come in those countries' formats.

The split is by TEMPLATE, never by sample: each template is assigned to exactly one of
`tuning` or `heldout`. Templates are grouped by the rarest kind of personal value they hold
(IBAN, card, e-mail, ID number, phone, address, name, keep-only), ordered within a group by the
SHA-256 of their text, and dealt alternately, so both splits hold every kind and a sentence
shape seen in tuning never appears in the held-out file. Templates without placeholders are
dropped (they hold nothing to score).

Changes to the stock generator, and why:
- Person records come from Faker itself in many locales, not from the FakeNameGenerator CSV
  bundled with presidio-evaluator (CC BY-SA 3.0): the committed data carries only MIT values.
  Names mix the country's own locale with 20 more (West and East African, South Asian, Turkic,
  Baltic, Nordic, Irish, Arabic-origin French, Latin American), and carry no titles.
- `{{address}}` is composed from the locale's own address and street formats with every part's
  span kept: the street line (STREET_ADDRESS), the unit or PO-box line (ADDRESS_UNIT), the
  postcode (POSTCODE), and the city, region and country, which Lens keeps.
- Cities and countries are real (many Faker locales invent towns such as "Lake Angelafort",
  which would make a keep-rate meaningless); dates and weekdays are English.
- presidio-evaluator 0.3.2's `lower_case_ratio` lowercases the span values but not the text
  (it sets `InputSample.fake`, not `full_text`), so casing is applied here instead: about 8% of
  samples are lowercased and 3% upper-cased, text and values alike.
- Its US-only address and phone providers and its hospital provider (which queries WikiData
  over the network) are not used.

Each output line: {"text", "pii": [{type, value}], "keep": [...], "ignore": [...], "source",
"template": <first 10 hex of the template's SHA-256>, "locale", "case"}. `ignore` holds values
that are neither personal nor kept by policy (titles, jobs, web domains); the bench leaves them
out of both sides of its counts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import unicodedata
from collections import deque
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("TQDM_DISABLE", "1")

HERE = Path(__file__).resolve().parent
OUT = {"tuning": HERE / "generated_tuning.jsonl", "heldout": HERE / "generated_heldout.jsonl"}


@dataclass(frozen=True)
class Country:
    """Real places and extra unit/PO-box forms for one Faker locale."""

    name: str
    cities: tuple[str, ...]
    regions: tuple[str, ...]
    units: tuple[str, ...]


C = Country
# fmt: off
COUNTRIES: dict[str, Country] = {
    "cs_CZ": C("Czech Republic", ("Prague", "Brno", "Ostrava", "Plzeň", "Olomouc"),
               ("Moravia", "Bohemia"), ("byt ##", "P.O. Box ###", "poštovní přihrádka ##")),
    "da_DK": C("Denmark", ("Copenhagen", "Aarhus", "Odense", "Aalborg", "Esbjerg"),
               ("Zealand", "Jutland"), ("lejl. #", "Postboks ###", "2. th.")),
    "de_AT": C("Austria", ("Vienna", "Graz", "Linz", "Salzburg", "Innsbruck"),
               ("Tyrol", "Styria", "Carinthia"), ("Top ##", "Stiege #", "Postfach ####")),
    "de_CH": C("Switzerland", ("Zurich", "Basel", "Bern", "Lucerne", "St. Gallen"),
               ("Aargau", "Ticino", "Valais"), ("Postfach ####", "Wohnung ##")),
    "de_DE": C("Germany", ("Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt", "Leipzig",
                           "Dortmund", "Bremen"), ("Bavaria", "Saxony", "Hesse"),
               ("Wohnung ##", "Postfach #####", "Hinterhaus, 3. OG")),
    "en_AU": C("Australia", ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"),
               ("NSW", "VIC", "QLD"), ("PO Box ###", "Unit ##", "Level #")),
    "en_CA": C("Canada", ("Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Winnipeg"),
               ("ON", "BC", "AB"), ("PO Box ####", "Unit ###", "Apt. ###")),
    "en_GB": C("United Kingdom", ("London", "Manchester", "Birmingham", "Leeds", "Glasgow",
                                  "Bristol", "Cardiff", "Belfast"), ("Kent", "Yorkshire"),
               ("Flat ##", "PO Box ###", "Unit #")),
    "en_IN": C("India", ("Mumbai", "Delhi", "Kolkata", "Chennai", "Bengaluru", "Hyderabad"),
               ("Maharashtra", "Kerala", "Punjab"), ("Flat No. ###", "P.O. Box ###")),
    "en_NZ": C("New Zealand", ("Auckland", "Wellington", "Christchurch", "Hamilton"),
               ("Canterbury", "Otago"), ("PO Box ####", "Unit #", "Flat ##")),
    "en_US": C("United States", ("Houston", "Chicago", "Atlanta", "Miami", "Seattle", "Denver",
                                 "Phoenix", "Boston"), ("TX", "CA", "NY", "FL"),
               ("Apt. ###", "Suite ###", "P.O. Box ####")),
    "es_AR": C("Argentina", ("Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata"),
               ("Salta", "Chaco"), ("Piso # Dto. #", "Casilla de Correo ###")),
    "es_CO": C("Colombia", ("Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena"),
               ("Antioquia", "Valle del Cauca"), ("Apartamento ###", "Apartado Aéreo ####")),
    "es_ES": C("Spain", ("Madrid", "Barcelona", "Valencia", "Seville", "Málaga", "Bilbao"),
               ("Andalusia", "Catalonia", "Galicia"), ("Piso #º", "Apartado de Correos ###")),
    "es_MX": C("Mexico", ("Mexico City", "Guadalajara", "Monterrey", "Puebla", "Tijuana",
                          "Cancún"), ("JAL", "NL", "OAX"), ("Depto. ##", "Apartado Postal ###")),
    "fi_FI": C("Finland", ("Helsinki", "Espoo", "Tampere", "Turku", "Oulu"),
               ("Uusimaa", "Lapland"), ("as. ##", "PL ###")),
    "fr_CH": C("Switzerland", ("Geneva", "Lausanne", "Fribourg", "Neuchâtel", "Sion"),
               ("Vaud", "Valais"), ("Case postale ###", "app. ##")),
    "fr_FR": C("France", ("Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Lille",
                          "Bordeaux", "Calais"), ("Normandy", "Brittany", "Occitanie"),
               ("Appartement ##", "Bâtiment B, 2e étage", "BP ###", "Boîte postale ####")),
    "hr_HR": C("Croatia", ("Zagreb", "Split", "Rijeka", "Osijek", "Zadar"),
               ("Istria", "Dalmatia"), ("stan ##", "p.p. ###")),
    "hu_HU": C("Hungary", ("Budapest", "Debrecen", "Szeged", "Pécs", "Győr"),
               ("Pest", "Baranya"), ("2. em. 5. ajtó", "Pf. ###")),
    "id_ID": C("Indonesia", ("Jakarta", "Surabaya", "Bandung", "Medan", "Semarang"),
               ("Jawa Barat", "Bali"), ("Kotak Pos ###", "Blok C No. ##")),
    "it_IT": C("Italy", ("Rome", "Milan", "Naples", "Turin", "Palermo", "Bologna", "Florence"),
               ("Lombardy", "Sicily", "Campania"), ("Interno ##", "Casella Postale ###")),
    "nl_BE": C("Belgium", ("Brussels", "Antwerp", "Ghent", "Bruges", "Liège"),
               ("Flanders", "Wallonia"), ("bus ##", "Postbus ###")),
    "nl_NL": C("Netherlands", ("Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven"),
               ("Noord-Holland", "Zeeland"), ("Postbus ####", "3-hoog", "huisnummer ##A")),
    "no_NO": C("Norway", ("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø"),
               ("Vestland", "Rogaland"), ("Postboks ###", "leil. H0###")),
    "pl_PL": C("Poland", ("Warsaw", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk"),
               ("Masovia", "Silesia"), ("m. ##", "skr. poczt. ###", "lok. ##")),
    "pt_BR": C("Brazil", ("São Paulo", "Rio de Janeiro", "Salvador", "Fortaleza", "Recife",
                          "Manaus"), ("SP", "RJ", "BA"), ("Apto ###", "Caixa Postal ####")),
    "pt_PT": C("Portugal", ("Lisbon", "Porto", "Braga", "Coimbra", "Faro"),
               ("Algarve", "Alentejo"), ("2.º Esq.", "Apartado ###")),
    "ro_RO": C("Romania", ("Bucharest", "Cluj-Napoca", "Iași", "Timișoara", "Constanța"),
               ("Transylvania", "Moldavia"), ("ap. ##", "C.P. ###")),
    "sk_SK": C("Slovakia", ("Bratislava", "Košice", "Prešov", "Žilina", "Nitra"),
               ("Orava", "Spiš"), ("byt č. ##", "P.O.Box ###")),
    "sl_SI": C("Slovenia", ("Ljubljana", "Maribor", "Celje", "Koper", "Kranj"),
               ("Styria", "Carniola"), ("p.p. ###", "stanovanje ##")),
    "sv_SE": C("Sweden", ("Stockholm", "Gothenburg", "Malmö", "Uppsala", "Västerås"),
               ("Skåne", "Dalarna"), ("lgh ####", "Box ###")),
    "vi_VN": C("Vietnam", ("Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho"),
               ("Nghe An", "Ha Tinh", "Quang Binh"), ("Phòng ###", "Hộp thư ###")),
}
# Locales whose people often appear in the same texts (names only; their address providers
# are US fall-backs in Faker, so they are not used for addresses).
NAME_ONLY_LOCALES = (
    "en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "sw", "en_KE", "en_PK", "en_TH", "tr_TR",
    "uz_UZ", "lt_LT", "lv_LV", "et_EE", "is_IS", "ga_IE", "fr_DZ", "es_CL", "fr_CA", "zu_ZA",
    "az_AZ",
)
OTHER_COUNTRIES = (
    "Nigeria", "Ghana", "Kenya", "Uganda", "Ethiopia", "Eritrea", "Sudan", "Albania",
    "Ukraine", "Moldova", "Bulgaria", "Nepal", "Bangladesh", "Pakistan", "Sri Lanka",
    "Philippines", "Thailand", "Cambodia", "Myanmar", "China", "Qatar", "Saudi Arabia",
    "United Arab Emirates", "Lebanon", "Jordan", "Morocco", "Libya", "Guatemala", "Honduras",
    "Venezuela", "Peru", "Turkey", "Greece", "Ireland", "Japan",
)

# presidio-evaluator / Faker placeholder -> (role, our type). Roles: pii is removed by policy
# and scored as a leak; keep must survive; ignore is neither.
LABELS: dict[str, tuple[str, str]] = {
    **{k: ("pii", "PERSON") for k in (
        "person", "name", "first_name", "last_name", "first_name_female", "first_name_male",
        "first_name_nonbinary", "last_name_female", "last_name_male", "name_female",
        "name_male")},
    "phone_number": ("pii", "PHONE_NUMBER"),
    "email": ("pii", "EMAIL_ADDRESS"),
    "credit_card_number": ("pii", "CREDIT_CARD"),
    "iban": ("pii", "IBAN_CODE"),
    "ssn": ("pii", "NATIONAL_ID"),
    "us_driver_license": ("pii", "DRIVING_LICENCE"),
    "ip_address": ("pii", "IP_ADDRESS"),
    "dob_text": ("pii", "DATE_OF_BIRTH"),
    "street_name": ("pii", "STREET_ADDRESS"),
    "building_number": ("pii", "STREET_ADDRESS"),
    "secondary_address": ("pii", "ADDRESS_UNIT"),
    "postcode": ("pii", "POSTCODE"),
    "zipcode": ("pii", "POSTCODE"),
    "address": ("pii", "ADDRESS"),  # split into its parts below
    "city": ("keep", "CITY"),
    "country": ("keep", "COUNTRY"),
    "state_abbr": ("keep", "REGION"),
    "state": ("keep", "REGION"),
    **{k: ("keep", "NATIONALITY") for k in (
        "nationality", "nation_woman", "nation_man", "nation_plural")},
    "organization": ("keep", "ORG"),
    "year": ("keep", "YEAR"),
    "date_text": ("keep", "DATE"),
    "weekday_text": ("keep", "DATE"),
    "age": ("keep", "AGE"),
    "prefix_male": ("ignore", "TITLE"),
    "prefix_female": ("ignore", "TITLE"),
    "prefix": ("ignore", "TITLE"),
    "job": ("ignore", "TITLE"),
    "url": ("ignore", "DOMAIN_NAME"),
}
# Address-format tokens -> part type (None: the street line; composite tokens recurse).
ADDRESS_PARTS = {
    "postcode": "POSTCODE", "postalcode": "POSTCODE", "zipcode": "POSTCODE",
    "secondary_address": "ADDRESS_UNIT",
    "city": "CITY", "country": "COUNTRY",
    "state": "REGION", "state_abbr": "REGION", "province_abbr": "REGION",
    "estado_sigla": "REGION", "province": "REGION",
    "bairro": "DISTRICT", "commune": "DISTRICT",
}
ADDRESS_FORMAT_OVERRIDE = {"it_IT": ("{{street_address}}\n{{postcode}} {{city}} ({{state_abbr}})",)}
PART_ROLE = {"STREET_ADDRESS": "pii", "ADDRESS_UNIT": "pii", "POSTCODE": "pii"}  # others: keep
PART_ROLE["DISTRICT"] = "ignore"
SPLIT_PRIORITY = (  # a template's group is the first kind it holds, rarest first
    ("iban", {"iban"}),
    ("card", {"credit_card_number"}),
    ("email", {"email"}),
    ("id number", {"ssn", "us_driver_license", "ip_address", "date_of_birth"}),
    ("phone", {"phone_number"}),
    ("address", {"address", "street_name", "building_number", "secondary_address", "postcode",
                 "zipcode"}),
    ("name", {k for k, (_, t) in LABELS.items() if t == "PERSON"}),
)
# Template tokens given English, text-valued providers under new names: Faker's own
# date_of_birth()/date_time() must stay date objects for the providers that call them (pl_PL ssn).
RENAMED = {"date_of_birth": "dob_text", "date_time": "date_text", "day_of_week": "weekday_text"}
# fmt: on
TOKEN = re.compile(r"{{\s*(\w+)\s*}}")


def template_hash(template: str) -> str:
    """SHA-256 of a template's text as presidio-evaluator ships it (one line)."""
    return hashlib.sha256(template.encode("utf-8")).hexdigest()


def split_templates(templates: list[str]) -> dict[str, list[str]]:
    """Each template with a placeholder goes to exactly one split (see the module docstring)."""
    groups: dict[str, list[str]] = {}
    for t in templates:
        kinds = {k.lower() for k in TOKEN.findall(t)}
        if not kinds:
            continue
        group = next((g for g, keys in SPLIT_PRIORITY if kinds & keys), "keep-only")
        groups.setdefault(group, []).append(t)
    out: dict[str, list[str]] = {"tuning": [], "heldout": []}
    for group in sorted(groups):
        for i, t in enumerate(sorted(groups[group], key=template_hash)):
            out["heldout" if i % 2 == 0 else "tuning"].append(t)
    return out


def _prepare(template: str) -> str:
    """The template as the generator should read it: real line breaks, and "|" for the quote
    marks of e-mail replies ("<" and ">" would be read as placeholder braces)."""
    from presidio_evaluator.data_generator import PresidioSentenceFaker

    text = template.replace("\\n", "\n").replace("\\,", ",").replace(">", "|").replace("<", "|")
    for stock, ours in RENAMED.items():
        text = text.replace("{{" + stock + "}}", "{{" + ours + "}}")
    return PresidioSentenceFaker._preprocess_template(text)


def ascii_fold(text: str) -> str:
    """'Łukasz Nguyễn' -> 'lukasz nguyen' (for e-mail local parts)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d")
    text = text.replace("Đ", "D").replace("ß", "ss").replace("ı", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def providers_for(locale: str, country: Country, names: dict, address_queue: deque):
    """Faker provider classes that override the stock ones for one locale (see docstring)."""
    from faker.providers import BaseProvider
    from presidio_evaluator.data_generator.faker_extensions import NationalityProvider

    en = names["en_US"]

    def pick_name_faker(rnd: random.Random):
        loc = locale if rnd.random() < 0.5 else rnd.choice(sorted(names))
        return names[loc]

    class People(BaseProvider):
        def _name(self, gender: str | None = None) -> tuple[str, str]:
            fk = pick_name_faker(self.generator.random)
            first = {"female": fk.first_name_female, "male": fk.first_name_male}.get(
                gender or "", fk.first_name
            )()
            return first, fk.last_name()

        def name(self) -> str:
            return " ".join(self._name())

        person = name

        def name_female(self) -> str:
            return " ".join(self._name("female"))

        def name_male(self) -> str:
            return " ".join(self._name("male"))

        def first_name(self) -> str:
            return self._name()[0]

        def first_name_female(self) -> str:
            return self._name("female")[0]

        def first_name_male(self) -> str:
            return self._name("male")[0]

        def first_name_nonbinary(self) -> str:
            return self._name()[0]

        def last_name(self) -> str:
            return self._name()[1]

        last_name_female = last_name
        last_name_male = last_name

    class Places(BaseProvider):
        def city(self) -> str:
            return self.random_element(country.cities)

        def country(self) -> str:
            rnd = self.generator.random
            return country.name if rnd.random() < 0.5 else rnd.choice(OTHER_COUNTRIES)

        def zipcode(self) -> str:
            return self.generator.postcode()

        def date_text(self) -> str:
            return en.date_time().strftime(self.random_element(("%d %B %Y", "%B %d, %Y")))

        def weekday_text(self) -> str:
            return en.day_of_week()

        def dob_text(self) -> str:
            fmt = self.random_element(("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%B %d, %Y"))
            return en.date_of_birth(minimum_age=14, maximum_age=70).strftime(fmt)

        def secondary_address(self) -> str:
            stock = getattr(names[locale], "secondary_address", None)
            if stock is not None and self.generator.random.random() < 0.5:
                return stock().strip()
            return self.numerify(self.random_element(country.units))

        def state_abbr(self) -> str:
            stock = getattr(names[locale], "state_abbr", None)
            return stock() if stock is not None else self.random_element(country.regions)

        state = state_abbr

        def address(self) -> str:
            parts = self._expand(self.random_element(self._address_formats()))
            if self.generator.random.random() < 0.3 and not any(t == "COUNTRY" for _, t in parts):
                parts += [("\n", None), (country.name, "COUNTRY")]
            address_queue.append(parts)
            return "".join(text for text, _ in parts)

        def _address_formats(self) -> tuple[str, ...]:
            stock = type(names[locale].address.__self__)
            formats = ADDRESS_FORMAT_OVERRIDE.get(locale) or tuple(stock.address_formats)
            return tuple(f for f in formats if "military" not in f)

        def _expand(self, fmt: str) -> list[tuple[str, str | None]]:
            """The address as (text, part type) pieces; literal text has type None."""
            out: list[tuple[str, str | None]] = []
            pos = 0
            for m in TOKEN.finditer(fmt):
                out.append((fmt[pos : m.start()], None))
                token = m.group(1)
                if token == "street_address":  # one street line, plus any unit inside it
                    street_formats = type(names[locale].address.__self__).street_address_formats
                    for text, kind in self._expand(self.random_element(tuple(street_formats))):
                        kind = kind or "STREET_ADDRESS"
                        if out and out[-1][1] == kind == "STREET_ADDRESS":
                            out[-1] = (out[-1][0] + text, kind)
                        else:
                            out.append((text, kind))
                elif token in ADDRESS_PARTS:
                    out.append((str(self.generator.format(token)).strip(), ADDRESS_PARTS[token]))
                else:  # street pieces: names, numbers, prefixes
                    out.append((str(names[locale].format(token)).strip(), "STREET_ADDRESS"))
                pos = m.end()
            out.append((fmt[pos:], None))
            return [(t, k) for t, k in out if t]

    class Nationalities(NationalityProvider):
        """presidio-evaluator's nationality list, capitalised as text writes it."""

        def nationality(self) -> str:
            return super().nationality().title()

        def nation_woman(self) -> str:
            return super().nation_woman().title()

        def nation_man(self) -> str:
            return super().nation_man().title()

        def nation_plural(self) -> str:
            return super().nation_plural().title()

    # Places last: presidio-evaluator's NationalityProvider has a `country` that returns None.
    return [People, Nationalities, Places]


def person_records(locale: str, names: dict, rnd: random.Random, n: int = 200) -> list[dict]:
    """Fake people whose name, e-mail and phone belong together (RecordGenerator input)."""
    local = names[locale]
    records = []
    for _ in range(n):
        loc = locale if rnd.random() < 0.5 else rnd.choice(sorted(names))
        fk = names[loc]
        gender = rnd.choice(("female", "male"))
        first = fk.first_name_female() if gender == "female" else fk.first_name_male()
        last = fk.last_name()
        person = f"{first} {last}"
        if rnd.random() < 0.12:
            person = f"{first} {rnd.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
        f, la = ascii_fold(first).replace(" ", ""), ascii_fold(last).replace(" ", "")
        user = rnd.choice((f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{rnd.randint(1, 99)}", f"{la}.{f}"))
        domains = ("gmail.com", "yahoo.com", "outlook.com", "proton.me", "mail.ru", "gmx.de")
        domain = rnd.choice((*domains, "hotmail.co.uk", "yandex.com", local.free_email_domain()))
        rec = {
            "person": person,
            "name": person,
            "first_name": first,
            "last_name": last,
            "email": f"{user}@{domain}",
            "phone_number": local.phone_number(),
            f"first_name_{gender}": first,
            f"last_name_{gender}": last,
            f"name_{gender}": person,
        }
        records.append(rec)
    return records


def label(sample, address_queue: deque) -> tuple[list, list, list]:
    """(pii, keep, ignore) as [type, start, end] from a generated sample's spans."""
    found: list[tuple[str, str, int, int]] = []  # role, type, start, end
    for span in sorted(sample.spans, key=lambda s: s.start_position):
        role, etype = LABELS[span.entity_type]
        start = span.start_position
        if etype != "ADDRESS":
            found.append((role, etype, start, span.end_position))
            continue
        offset = start
        for text, kind in address_queue.popleft():
            if kind is not None:
                found.append((PART_ROLE.get(kind, "keep"), kind, offset, offset + len(text)))
            offset += len(text)
        assert offset == span.end_position, (sample.full_text, span.entity_value)
    return _merge(found, sample.full_text)


def _merge(found: list, text: str) -> tuple[list, list, list]:
    """Join a street's number and name, and a first and last name, into one value."""
    merged: list[list] = []
    for role, etype, start, end in found:
        prev = merged[-1] if merged else None
        gap = text[prev[3] : start] if prev else ""
        joins = {"PERSON": r" ", "STREET_ADDRESS": r"[ ,]{1,2}"}.get(etype)
        if prev and prev[1] == etype and joins and re.fullmatch(joins, gap):
            prev[3] = end
        else:
            merged.append([role, etype, start, end])
    out: dict[str, list] = {"pii": [], "keep": [], "ignore": []}
    for role, etype, start, end in merged:
        value = text[start:end].strip()
        if value and {"type": etype, "value": value} not in out[role]:
            out[role].append({"type": etype, "value": value})
    return out["pii"], out["keep"], out["ignore"]


def generate(per_split: int, seed: int) -> dict[str, list[dict]]:
    """Both splits' labelled samples."""
    from faker import Faker
    from presidio_evaluator.data_generator import (
        PresidioSentenceFaker,
        presidio_templates_file_path,
    )
    from presidio_evaluator.data_generator.faker_extensions import (
        AgeProvider,
        IpAddressProvider,
        OrganizationProvider,
        UsDriverLicenseProvider,
    )

    raw = [t.strip() for t in presidio_templates_file_path.read_text("utf-8").splitlines()]
    splits = split_templates([t.lstrip("\ufeff") for t in raw if t])
    names = {loc: Faker(loc) for loc in (*COUNTRIES, *NAME_ONLY_LOCALES, "en_US")}
    result: dict[str, list[dict]] = {}
    for s_index, (split, templates) in enumerate(sorted(splits.items())):
        by_text = {_prepare(t): template_hash(t) for t in templates}
        rows = []
        locales = sorted(COUNTRIES)
        for l_index, locale in enumerate(locales):
            n = per_split // len(locales) + (l_index < per_split % len(locales))
            local_seed = seed * 1000 + s_index * 100 + l_index
            Faker.seed(local_seed)
            rnd = random.Random(local_seed)
            queue: deque = deque()
            psf = PresidioSentenceFaker(
                locale=locale,
                lower_case_ratio=0.0,  # casing is applied below (see docstring)
                sentence_templates=list(by_text),
                entity_providers=[
                    IpAddressProvider,
                    OrganizationProvider,
                    UsDriverLicenseProvider,
                    AgeProvider,
                    *providers_for(locale, COUNTRIES[locale], names, queue),
                ],
                base_records=person_records(locale, names, rnd),
                entity_type_mapping={k: k for k in LABELS},
                random_seed=local_seed,
            )
            for sample in psf.generate_new_fake_sentences(n):
                pii, keep, ignore = label(sample, queue)
                text, case = sample.full_text, "as generated"
                roll = rnd.random()
                if roll < 0.08 or roll > 0.97:
                    change = str.lower if roll < 0.08 else str.upper
                    text, case = change(text), "lower" if roll < 0.08 else "upper"
                    for item in (*pii, *keep, *ignore):
                        item["value"] = change(item["value"])
                rows.append(
                    {
                        "text": text,
                        "pii": pii,
                        "keep": keep,
                        "ignore": ignore,
                        "source": "presidio-evaluator 0.3.2 templates + Faker",
                        "template": by_text[sample.masked][:10],
                        "locale": locale,
                        "case": case,
                    }
                )
        result[split] = rows
    return result


def main() -> None:
    """Write both files and print what they hold."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-split", type=int, default=600, help="samples in each split")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    for split, rows in generate(args.per_split, args.seed).items():
        with OUT[split].open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        templates = len({r["template"] for r in rows})
        pii = sum(len(r["pii"]) for r in rows)
        print(f"{OUT[split].name}: {len(rows)} samples from {templates} templates, {pii} values")


if __name__ == "__main__":
    main()
