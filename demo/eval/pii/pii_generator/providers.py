"""Faker providers that override the stock ones for one locale, and the person records.

Names mix the locale's own with the name-only locales; `{{address}}` is built from the
locale's own address formats with every part's span queued for `labels.label`; cities and
regions are real; dates and weekdays are English. Person records (the RecordGenerator's input)
hold a name, an e-mail made from it and a phone number of the locale, so they belong together.
"""

from __future__ import annotations

import random
import unicodedata
from collections import deque

from .labels import ADDRESS_PARTS, TOKEN
from .places import OTHER_COUNTRIES, Country

# Faker's it_IT format ends in one composite {{postcode_city_province}} token; spelt out here so
# the postcode, city and province each get their own span.
ADDRESS_FORMAT_OVERRIDE = {
    "it_IT": ("{{street_address}}\n{{postcode}} {{city}} ({{state_abbr}})",),
}


def ascii_fold(text: str) -> str:
    """'Łukasz Nguyễn' -> 'lukasz nguyen' (for e-mail local parts)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d")
    text = text.replace("Đ", "D").replace("ß", "ss").replace("ı", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def providers_for(locale: str, country: Country, names: dict, address_queue: deque):
    """Faker provider classes that override the stock ones for one locale (see the module
    docstring); each `{{address}}` pushes its (text, part type) pieces onto `address_queue`."""
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
