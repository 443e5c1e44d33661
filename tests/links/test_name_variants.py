"""A name's shorter forms and other spellings (`ingest.link_variants`): one person written
with and without a patronymic or second surname, in another transliteration or surname
first, meets; a middle given name, another given name or a name one letter off does not."""

from __future__ import annotations

import pytest

from ingest.link_names import person_forms
from ingest.link_variants import canonical, ordered_parts
from ingest.linkkeys import LinkKeyer
from redaction.base import DocumentInput, DocumentResult, RedactedEntity, RedactionResult


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Carlos Gutiérrez Rojas", ["carlos gutierrez rojas", "carlos rojas", "carlos gutierrez"]),
        ("Aleksandr Sergeyevich Volkov", ["aleksandr sergeyevich volkov", "aleksandr volkov"]),
        ("Rowena Dizon Cruz", ["cruz dizon rowena", "cruz rowena"]),
        ("Muhammad Tariq Khan", ["khan muhammad tariq", "khan tariq"]),
        (
            "Mohammed Al-Hashimi",  # "Al" also glued to the surname, as "Alhashimi" is written
            ["hashimi mohammed", "alhashimi mohammed", "hashimi muhammad", "alhashimi muhammad"],
        ),
        ("Kwame Kofi Mensah", ["kofi kwame mensah"]),  # a middle given name stays
        ("Ionuț Popescu", ["ionut popescu"]),
    ],
)
def test_when_name_is_keyed_then_its_forms_are_exactly_these(surface, expected):
    assert person_forms(surface) == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Aleksandr Sergeyevich Volkov", "Aleksandr Volkov"),  # patronymic absent
        ("Volkov, Alexandr Sergeevich", "Alexander Volkov"),  # comma order, transliteration
        ("Александр Волков", "Alexander Volkov"),
        ("Mohammed bin Salem Al-Harbi", "Mohammed Al Harbi"),  # the father's name left out
        ("MOHAMMED ALHARBI", "Mohammed Al-Harbi"),  # "Al" glued to the surname
        ("Seán O'Brien", "Sean OBrien"),
        ("Sean O Brien", "Sean OBrien"),
        ("Rhee Jihoon", "Lee Ji-hoon"),  # one Korean family name read two ways
        ("Pak Minsu", "Park Min-su"),
        ("Emeka Okafor", "OKAFOR Chukwuemeka"),  # a diminutive of one name
        ("J-P Dubois", "J.-P. Dubois"),  # initials, with or without full stops
        ("Carlos Gutiérrez Rojas", "Carlos Gutiérrez"),  # the first of two surnames
        ("Carlos Gutierrez-Rojas", "Carlos Gutiérrez"),  # hyphen for a space
        ("GUTIÉRREZ ROJAS, Carlos", "Carlos Gutiérrez"),
        ("Rowena Dizon Cruz", "CRUZ, Rowena D."),
        ("Muhammad Tariq Khan", "Tariq Khan"),  # "Muhammad" before another given name
        ("KHAN, Muhammad Tariq", "Tariq Khan"),
        ("Mohammed Al-Hashimi", "Muhammad al Hashimi"),
        ("Yusuf El-Amrani", "EL AMRANI Youssef"),
        ("Olexandr Shevchenko", "Oleksandr Shevchenko"),
        ("Georgios Papadopoulos", "Giorgos Papadopoulos"),
        ("Encik Ahmad bin Ismail", "Ahmad Ismail"),  # a Malay form of address
        ("Jean-Luc Moreau", "MOREAU Jean-Luc"),
        ("Pieter van der Berg", "VAN DER BERG, Pieter"),
    ],
)
def test_when_one_person_written_two_ways_then_a_form_is_shared(one, other):
    assert set(person_forms(one)) & set(person_forms(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kwame Kofi Mensah", "Kwame Mensah"),  # a middle given name: maybe another man
        ("Mohammed bin Salem Al-Harbi", "Salem Al-Harbi"),  # his father
        ("Lee Ji-hoon", "Lee Ji-hyun"),
        ("J-P Dubois", "Jean-Pierre Dubois"),  # initials meet only the same initials
        ("Ionuț Mihai Popescu", "Ionuț Popescu"),
        ("Pieter Jan van der Berg", "Pieter van der Berg"),
        ("Muhammad Tariq Khan", "Muhammad Imran Khan"),  # a shared "Muhammad Khan"
        ("Muhammad Tariq Khan", "Muhammad Tariq Shah"),
        ("Carlos Gutiérrez Rojas", "Pablo Gutiérrez Rojas"),
        ("Alejandro Torres", "Alejandra Torres"),  # one letter off
        ("Aleksandr Volkov", "Aleksandr Valkov"),
        ("Mohammed Al-Hashimi", "Ahmed Al-Hashimi"),
        ("Mohammed Al-Hashimi", "Mohammed Al-Hakimi"),
        ("Jean-Luc Moreau", "Jean-Paul Moreau"),
        ("Anna Maria Kowalczyk", "Maria Kowalczyk"),
        ("N. Adebayo", "Nkechi Adebayo"),  # an initial: any N. Adebayo
    ],
)
def test_when_two_people_then_no_form_is_shared(one, other):
    assert not set(person_forms(one)) & set(person_forms(other))


@pytest.mark.parametrize(
    ("name", "given", "surname"),
    [
        ("SANTOS, João Pedro", ["João", "Pedro"], ["SANTOS"]),
        ("KOWALCZYK Anna Maria", ["Anna", "Maria"], ["KOWALCZYK"]),
        ("Anna Maria KOWALCZYK", ["Anna", "Maria"], ["KOWALCZYK"]),
        ("Carlos Gutierrez-Rojas", ["Carlos"], ["Gutierrez", "Rojas"]),
        ("Jean-Luc Moreau", ["Jean-Luc"], ["Moreau"]),
    ],
)
def test_when_name_is_ordered_then_given_and_surname_words_are_found(name, given, surname):
    assert ordered_parts(name) == (given, surname)


def test_when_given_name_has_transliterations_then_one_spelling_stands_for_all() -> None:
    assert {canonical(w) for w in ("mohammed", "muhammad", "mohamed")} == {"muhammad"}
    assert canonical("alejandra") == "alejandra"


def _keys(body: str, names: list[str]) -> set[str]:
    keyer = LinkKeyer(b"s" * 32)
    entities, at = [], 0
    for i, name in enumerate(names, 1):
        start = body.index(name, at)
        at = start + len(name)
        entities.append(RedactedEntity("PERSON", start, at, f"<PERSON_{i}>"))
    result = DocumentResult(RedactionResult("(redacted)", entities), RedactionResult(""))
    return {m.key for m in keyer.mentions(DocumentInput(body), result) if m.type == "person"}


def test_when_ner_splits_a_double_surname_in_capitals_at_its_comma_then_it_is_whole() -> None:
    split = _keys("Tenant: GUTIÉRREZ ROJAS, Carlos (no contract).", ["GUTIÉRREZ ROJAS", "Carlos"])
    whole = _keys("The flat was rented by Carlos Gutiérrez Rojas.", ["Carlos Gutiérrez Rojas"])
    assert split == whole


def test_when_two_names_in_capitals_are_listed_then_they_are_not_joined() -> None:
    keyer = LinkKeyer(b"s" * 32)
    keys = _keys("Tenants: ANA POP, MARIA IONESCU.", ["ANA POP", "MARIA IONESCU"])
    assert keys == {keyer.key("person", "ana pop"), keyer.key("person", "ionescu maria")}


def test_when_a_hyphenated_name_follows_a_title_then_its_first_form_is_unchanged() -> None:
    # Stored keys stay valid: "Jean-Luc" counts as two words when a title is dropped.
    assert person_forms("Señor Jean-Luc") == ["jean luc"]
    assert person_forms("called Jean-Luc Moreau")[0] == "jean luc moreau"
