"""Organisations and towns that spaCy tags PERSON, kept by the words around them (issue 14).

Cues of `redaction.org_cues` and the town list of `redaction.town_list`; every kept shape has
a person in the same shape that still goes. Unit tests on the cue functions with the real
guard, and integration tests through the session's redactor.
"""

from __future__ import annotations

import pytest

from redaction.org_cues import organisation_cue
from redaction.town_list import person_free_towns, town_after_place_word
from tests.redaction.checks import people_found, span_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quarvel AS hired the crew in Manila.", "Quarvel"),
        ("Invoices went to Dornfeld Agrar GmbH last spring.", "Dornfeld Agrar"),
        ("Staff of PT Cahaya Abadi were interviewed.", "Cahaya Abadi"),
        ("Loans came from Brightrow Payments in cash.", "Brightrow"),
        ("Velquist's warehouse in Hull held twelve men.", "Velquist"),
        ("Pravona suppliers in Tiruppur used camp labour.", "Pravona"),
        ("Nolvent, a Dutch staffing agency, paid the rent.", "Nolvent"),
        ("Ordella is a frozen food brand sold in Leeds.", "Ordella"),
        ("The firm Kastrova denied the claim.", "Kastrova"),
        ("She answered an advert from a company calling itself Zephyrine.", "Zephyrine"),
        ("Tarmondo said it would review its suppliers.", "Tarmondo"),
        ("Halvex Couriers drivers paid a weekly fee.", "Halvex"),
        ("Garrow Haulage moved the men. Garrow later denied it.", "Garrow"),
        ("Nolvent employees were paid in cash.", "Nolvent"),
        ("They sewed Pravona-branded shirts.", "Pravona"),
    ],
)
def test_when_an_organisation_cue_surrounds_an_unlisted_name_then_it_is_kept(redactor, text, value):
    assert organisation_cue(text, *span_of(text, value), redactor.guard)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Maria's factory in Gazipur employed forty girls.", "Maria"),
        ("Kofi, a farm worker from Kumasi, was interviewed.", "Kofi"),
        ("The company Andrei Lungu ran paid nobody.", "Andrei Lungu"),
        ("She worked for Patricia Wilson as a nanny.", "Patricia Wilson"),
        ("Anderson said it was over.", "Anderson"),
        ("Nadia, a company director, signed the lease.", "Nadia"),
        ("She worked for Okonkwo for two years.", "Okonkwo"),
        ("Adunni's accounts were frozen.", "Adunni"),
        ("Okonkwo said it was too late.", "Okonkwo"),
        ("Okonkwo, a cocoa exporter, was charged.", "Okonkwo"),
        ("Garrow Haulage is run by Mr Garrow. Garrow denied it.", "Garrow"),
        ("Grace Logistics moved the men. Grace later denied it.", "Grace"),
    ],
)
def test_when_the_name_is_on_a_name_list_or_the_cue_is_a_persons_then_no_cue(redactor, text, value):
    assert not organisation_cue(text, *span_of(text, value), redactor.guard)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("The girls were taken from Tapachula by bus.", "Tapachula", True),
        ("He reached Myawaddy on foot.", "Myawaddy", True),
        ("They drove to Innsbruck at night.", "Innsbruck", True),
        ("She sent the money to Wilson on Friday.", "Wilson", False),
        ("A message from Florence arrived.", "Florence", False),
        ("They met Tapachula at the market.", "Tapachula", False),
        ("The boat was towed to Sicily.", "Sicily", True),
        ("She sent the photos to Dallas.", "Dallas", False),
    ],
)
def test_when_a_listed_town_follows_a_place_word_then_it_is_a_town(redactor, text, value, kept):
    assert town_after_place_word(text, *span_of(text, value)) is kept


def test_when_the_town_list_is_read_then_no_listed_name_is_on_it():
    towns = person_free_towns()
    assert "tapachula" in towns
    assert not {"wilson", "florence", "kingston", "garcia"} & towns


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Velquist's warehouse in Hull was raided; Tomasz Nowak was arrested.", ["Tomasz Nowak"]),
        ("Ana Flores was taken from Tapachula to Monterrey.", ["Ana Flores"]),
        ("Nolvent, a staffing agency run by Gary Finch, paid in cash.", ["Gary Finch"]),
    ],
)
def test_when_redacting_then_the_organisation_and_town_stay_and_the_person_goes(
    redactor, text, people
):
    assert people_found(redactor, text) == people


@pytest.mark.parametrize(
    ("text", "surface", "spans"),
    [
        (
            "Bellmoor pays. Bellmoor's shop; Bellmoore, re-Bellmoor, Bellmoor-X",
            "Bellmoor",
            [(0, 8), (15, 23)],
        ),
        ("O'Korvane and Korvane, d’Korvane, Korvane", "Korvane", [(14, 21), (34, 41)]),
        ("Zoë Ngoé Ngoé\u0301 Ngoé", "Ngoé", [(4, 8), (15, 19)]),
        ("no mention here", "Korvane", []),
    ],
)
def test_when_a_name_is_looked_for_then_its_whole_word_mentions_are_what_a_regex_finds(
    text: str, surface: str, spans: list[tuple[int, int]]
) -> None:
    import regex

    from redaction.org_cues import _mentions

    word = regex.escape(surface)
    pattern = rf"(?<![\p{{L}}\p{{M}}'’-]){word}(?![\p{{L}}\p{{M}}-])"
    assert _mentions(text, surface) == spans
    assert spans == [m.span() for m in regex.finditer(pattern, text)]
