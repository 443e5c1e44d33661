"""A listed town that fills a form's place field stays; a name in a place field, and a town in
a field people fill, still go (issue 14: places kept). Integration: the real spaCy model."""

from __future__ import annotations

import pytest

from redaction.place_fields import in_place_field


def _span(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return start, start + len(value)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Town: Limassol\nPostcode: 3041", "Limassol", True),
        ("Name: Ochieng, Brian\nLast seen: Eldoret", "Eldoret", True),
        ("Town: Bobo-Dioulasso / Name: Issa", "Bobo-Dioulasso", True),
        ("Bill 55120. Port of loading: Chattogram. Notify party: X", "Chattogram", True),
        ("LIEU DE NAISSANCE : TAMALE", "TAMALE", True),
        ("Destination: Kota Kinabalu", "Kota Kinabalu", True),
        # a name on no town list, in a place field: still a person
        ("Residence: Ochieng\nPhone: none", "Ochieng", False),
        # fields people fill, whatever the value
        ("Name: Limassol", "Limassol", False),
        ("From: Eldoret", "Eldoret", False),
        ("Employer: Hamilton", "Hamilton", False),
        # not the field's whole value
        ("Town: Eldoret Kiprono said", "Eldoret", False),
        # no field: prose
        ("The town Limassol", "Limassol", False),
    ],
)
def test_when_a_span_is_a_place_fields_value_then_it_is_kept_only_if_a_listed_town(
    redactor, text, value, kept
):
    assert in_place_field(text, *_span(text, value), redactor.guard) is kept


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Address line 1: Flat 9\nTown: Limassol\nPostcode: 3041\nContact: Andreas Georgiou",
            ["Limassol"],
            ["Andreas", "Georgiou"],
        ),
        ("Name: Ochieng, Brian\nAlias: Bryo\nLast seen: Eldoret", ["Eldoret"], ["Ochieng"]),
    ],
)
def test_when_a_form_names_a_town_and_a_person_then_the_town_stays_and_the_person_goes(
    redactor, text, kept, gone
):
    out = redactor.redact(text).text
    assert all(k in out for k in kept), out
    assert not [g for g in gone if g in out], out
