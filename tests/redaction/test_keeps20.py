"""Organisations whose legal form spaCy took into a person span, and towns of one word that
spaCy tagged PERSON with no place word before them (issue 14, keeps20). The people beside
them still go.
"""

from __future__ import annotations

import pytest

from redaction.org_forms import legal_form_in_span
from redaction.town_alone import lone_town, several_word_town
from tests.redaction.checks import check_redaction


@pytest.mark.parametrize(
    ("surface", "company"),
    [
        ("Kotka Wood Oy", True),
        ("Curtidos del Sur S.A.", True),
        ("Mekar Jaya Sdn Bhd", True),
        ("Ege Tekstil A.Ş.", True),
        ("Van Dijk Tuinbouw B.V.", True),
        ("Textilna Tovarna Mura d.o.o.", True),
        ("Noches de Levante SL", True),
        ("Frigorífico La Esperanza S.A. de C.V.", True),
        ("PT Sinar Abadi", True),
        ("Công ty TNHH Đại Dương", True),
        ("Maria Lopez", False),
        ("JOHN SMITH AS", False),  # a capitals line: "AS" is as likely the English word
        ("CV Maria Popescu", False),  # a curriculum vitae, not a company
        ("Sri Permata Sdn", False),  # half a legal form
    ],
)
def test_when_a_span_holds_a_legal_form_then_it_names_a_company(surface, company):
    assert legal_form_in_span(surface) is company


@pytest.mark.parametrize(
    ("text", "value", "town"),
    [
        ("Siliguri remains the main transit point towards Delhi.", "Siliguri", True),
        ("Suppliers: Anadolu Tekstil (Gaziantep); Vltava Stavby (Plzeň).", "Gaziantep", True),
        ("Tulcea, Babadag and Isaccea sent workers.", "Tulcea", True),
        ("crewman Ravu said Bosun Kila beat him.", "Ravu", False),  # a role before it
        ('The manager, known as "Kaka", gave a name.', "Kaka", False),  # a quoted alias
        ("and said Aksu owned the building.", "Aksu", False),  # a person's verb after it
        ("Mr Tulcea was late.", "Tulcea", False),  # a title
        ("Ivan Sokolov came. Sokolov left.", "Sokolov", False),  # a surname's ending
        ("Andrei Tulcea paid. Tulcea remains calm.", "Tulcea", False),  # a full name's surname
        ("Wilson remains in custody.", "Wilson", False),  # a census surname
    ],
)
def test_when_a_listed_town_stands_alone_then_it_is_no_person_without_a_persons_mark(
    redactor, text, value, town
):
    start = text.rindex(value)
    assert lone_town(text, start, start + len(value), redactor.guard) is town


@pytest.mark.parametrize(
    ("text", "value", "town"),
    [
        ("San Pedro Sula is where the route begins.", "San Pedro Sula", True),
        ("Workers crossed at Mae Sot last year.", "Mae Sot", True),
        ("Benin City remains the main source of recruits.", "Benin City", True),
        ("Pedro Juan Caballero recruited three girls.", "Pedro Juan Caballero", False),
        ("Pedro Juan Caballero is a border town.", "Pedro Juan Caballero", False),  # name-shaped
        ("Maria Lopez remains in custody.", "Maria Lopez", False),  # no listed place
        ("the driver Benin City said", "Benin City", False),  # a role before it
    ],
)
def test_when_a_listed_town_of_several_words_stands_alone_then_it_is_no_person(text, value, town):
    start = text.index(value)
    assert several_word_town(text, start, start + len(value)) is town


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        (
            "Site visit to the mill. Siliguri remains the main transit point. "
            "Our field officer Debashish Roy met the Railway Protection Force.",
            ["Siliguri"],
            ["Debashish Roy"],
        ),
        (
            "Suppliers: Ege Tekstil A.Ş. (Gaziantep) and Kotka Wood Oy (Kotka). "
            "Contact: Elif Yurt.",
            ["Ege Tekstil A.Ş.", "Kotka Wood Oy", "Gaziantep"],
            ["Elif Yurt"],
        ),
        (
            "The tannery Curtidos del Sur S.A. employs 14 minors. Its owner, Rogelio Andrade "
            "Tovar, denied it.",
            ["Curtidos del Sur S.A."],
            ["Rogelio Andrade Tovar"],
        ),
    ],
)
def test_when_a_text_is_redacted_then_companies_and_towns_stay_and_people_go(
    redactor, text, kept, removed
):
    check_redaction(redactor, text, kept=kept, gone=removed)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Europol coordinated the raids with the Spanish police.", "Europol"),
        ("Vodafone confirmed the number was a prepaid SIM.", "Vodafone"),
        ("Payments went through Vietcombank and Nubank.", "Vietcombank"),
    ],
)
def test_when_a_listed_organisation_is_named_then_it_stays(redactor, text, org):
    assert org in redactor.redact(text).text
