"""Places and organisations in form fields, labels, organisation openers and foreign place
prepositions (issue 14, keeps14).

Unit tests on `redaction.field_values` with the real guard, and integration tests through the
session's redactor: every kept shape has a person in a near shape that still goes.
"""

from __future__ import annotations

import pytest

from redaction.field_values import (
    field_value_kind,
    form_field_not_a_person,
    opens_with_organisation_word,
)


def _span(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return start, start + len(value)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Place of birth: Cluj-Napoca\nName: Ioana Vlad", "Cluj-Napoca", "place"),
        ("Port of loading: Chattogram\nShipper: X", "Chattogram", "place"),
        ("VESSEL: OCEAN PEARL  FLAG: PANAMA  LAST PORT: SUVA", "SUVA", "place"),
        ("Lugar de nacimiento: Tegucigalpa\nNombre: Karla", "Tegucigalpa", "place"),
        ("Lieu de naissance : Abidjan", "Abidjan", "place"),
        ("Carrier: Dong Hai Shipping\nMaster: Tran Van Long", "Dong Hai Shipping", "org"),
        ("Employeur : Ivoire Nettoyage\nVille : Bruxelles", "Ivoire Nettoyage", "org"),
        ("Port of loading: Hai Phong", "Port", "label"),
        ("Bill of lading 55120. Shipper: Kadex", "Bill", "label"),
        ("Nationality: Thai\nEmployer: Kibbutz Ein Harod", "Nationality", "label"),
    ],
)
def test_when_a_span_is_in_a_field_then_its_kind_is_the_fields(text, value, kind):
    assert field_value_kind(text, *_span(text, value)) == kind


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the value stops at a full stop, a lower-case word, or the next label
        ("Last port: Suva. Captain Huang Jianmin signed.", "Huang Jianmin"),
        ("Destination: Doha with Ana Lima", "Ana Lima"),
        ("Town: Kayes Contact: Mariam Diarra", "Mariam Diarra"),
        # a name elsewhere on a form line, and a field of no place or organisation
        ("Name: Mariam Diarra\nTown: Kayes", "Mariam Diarra"),
        ("Master: Tran Van Long", "Tran Van Long"),
    ],
)
def test_when_a_name_is_outside_a_place_or_organisation_value_then_it_has_no_field_kind(
    text, value
):
    assert field_value_kind(text, *_span(text, value)) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Employer: Coastline Cocoa\nWorker: Kofi Mensah", "Coastline Cocoa"),
        ("Bank: Vietcombank\nHolder: Le Van Nam", "Vietcombank"),
        ("Carrier: Naviera Atlántida", "Naviera Atlántida"),
        ("Site: Bobo-Dioulasso", "Bobo-Dioulasso"),
        ("The bus of Turismo Jalisco left at six.", "Turismo Jalisco"),
        ("Officers of the Policía Nacional arrived.", "Policía Nacional"),
        ("She was sent to Agropecuaria San Miguel.", "Agropecuaria San Miguel"),
    ],
)
def test_when_a_field_or_opener_names_a_place_or_business_then_it_is_no_person(
    redactor, text, value
):
    assert form_field_not_a_person(text, *_span(text, value), redactor.guard)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Employer: Mrs Haddad", "Haddad"),  # a title
        ("Employer: Al-Mansouri family, Riyadh", "Al-Mansouri"),  # a household
        ("Employer: Khalid Mansour", "Khalid Mansour"),  # a given name
        ("Employer: Kowalski", "Kowalski"),  # a census surname alone
        ("Employer: Nomvula Dlamini", "Nomvula Dlamini"),  # no English word
        ("Location: Ahmed's car wash", "Ahmed"),  # a person's, not a place
        ("Site: 915 Paul Kruger Street, Polokwane", "Paul Kruger"),  # a street's name
        ("Remitter: Olumide Bankole", "Olumide Bankole"),  # a person's field
    ],
)
def test_when_a_field_value_may_be_a_person_then_it_is_not_released(redactor, text, value):
    assert not form_field_not_a_person(text, *_span(text, value), redactor.guard)


@pytest.mark.parametrize(
    ("text", "value", "opens"),
    [
        ("Kibbutz Ein Harod", "Kibbutz Ein Harod", True),
        ("Công ty Minh Phát", "Công ty Minh Phát", True),
        ("Công Phượng", "Công Phượng", False),  # "Công" alone opens given names too
        ("la Policía Nacional Juan Pérez", "Policía Nacional Juan Pérez", False),
        ("Turismo", "Turismo", False),  # one word: no name after the opener
    ],
)
def test_when_a_name_opens_with_an_organisation_word_then_it_is_one(text, value, opens):
    assert opens_with_organisation_word(text, *_span(text, value)) is opens


def test_when_a_manifest_names_ports_and_a_master_then_the_ports_stay_and_the_master_goes(
    redactor,
):
    text = (
        "Port of loading: Hải Phòng\nPort of discharge: Port Klang\n"
        "Carrier: Dong Hai Shipping\nMaster: Trần Văn Long"
    )
    out = redactor.redact(text).text
    assert "Port Klang" in out
    assert "Port of discharge" in out
    assert "Trần Văn Long" not in out


def test_when_a_form_gives_a_town_and_an_employer_then_they_stay_and_the_worker_goes(redactor):
    text = (
        "Country of origin: Burkina Faso\nTown: Bobo-Dioulasso\nName: Ouédraogo Issa\n"
        "Employer: Ivoire Cacao Plantations\nSite: San-Pédro"
    )
    out = redactor.redact(text).text
    for kept in ("Bobo-Dioulasso", "San-Pédro", "Ivoire Cacao Plantations"):
        assert kept in out
    assert "Ouédraogo" not in out


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("nilipat kami sa Cebu ni Rodel Santos", "Cebu", "Rodel Santos"),
        ("Ông Tuấn nói chị ấy làm việc ở Móng Cái.", "Móng Cái", "Tuấn"),
    ],
)
def test_when_a_foreign_place_preposition_stands_before_a_town_then_it_stays(
    redactor, text, place, person
):
    out = redactor.redact(text).text
    assert place in out
    assert person not in out


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("She waited till Nomvula Dlamini came back.", "Nomvula Dlamini"),
        ("Hon fick pengar från Ahmed Yusuf.", "Ahmed Yusuf"),  # "from": people follow it
        ("Ela pensou em Maria Conceição.", "Maria Conceição"),  # "em": people follow it too
        ("Destination: Tomás Ferreira in Lisbon", "Tomás Ferreira"),  # a given name
        ("Town: Kayes - Mariam Diarra", "Mariam Diarra"),  # a value's later item, no place
        ("la Policía Nacional Juan Pérez detuvo a Luis Gómez", "Juan Pérez"),
    ],
)
def test_when_a_person_stands_where_places_and_organisations_do_then_they_still_go(
    redactor, text, person
):
    assert person not in redactor.redact(text).text
