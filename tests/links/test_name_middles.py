"""Shorter strong forms of a name (`ingest.link_middles`, round 20): a name without its
middle given names or a title the stored form keeps meets the shorter name; siblings,
compound given names and a shared "Muhammad Khan" stay apart; the forms stored before
round 20 lead unchanged."""

from __future__ import annotations

import pytest

from ingest.link_middles import without_middle_names, without_titles
from ingest.link_names import person_forms


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kwame Kofi Mensah", "Kwame Mensah"),  # a middle given name left out
        ("MENSAH, Kwame Kofi", "Mr Kwame Mensah"),
        ("Ionuț Mihai Popescu", "Ionuț Popescu"),
        ("Mihai José Dumitrescu", "Mihai Dumitrescu"),
        ("Pieter Jan van der Berg", "Pieter van der Berg"),
        ("ADEYEMI Olumide Babatunde", "Olumide Adeyemi"),
        ("Doctor Amara Diallo", "Dr Amara Diallo"),  # a title the stored form keeps
        ("Doctor Amara Diallo", "DIALLO Amara"),
    ],
)
def test_when_a_name_is_written_shorter_then_a_strong_form_is_shared(one, other):
    assert set(person_forms(one)) & set(person_forms(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Jean Pierre Dubois", "Jean Dubois"),  # a compound given name
        ("Jean Pierre Dubois", "Jean Paul Dubois"),
        ("María José Fernández", "María Jesús Fernández"),
        ("Muhammad Tariq Khan", "Muhammad Imran Khan"),  # a shared "Muhammad Khan"
        ("Abdel Fattah Mansour", "Abdel Aziz Mansour"),
        ("Min Jun Park", "Min Ji Park"),  # syllables of one given name
        ("KOWALCZYK Anna Maria", "Anna Kowalczyk"),  # "Anna Maria": compound, as "Jean Pierre"
        ("Anna Maria Kowalczyk", "Maria Kowalczyk"),  # the first given name stays
        ("Mohammed bin Salem Al-Harbi", "Salem Al-Harbi"),  # his father
    ],
)
def test_when_two_people_share_all_but_a_name_then_no_strong_form_is_shared(one, other):
    assert not set(person_forms(one)) & set(person_forms(other))


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("Kwame Kofi Mensah", ["kofi kwame mensah"]),
        ("Doctor Amara Diallo", ["amara diallo doctor"]),
        ("Pieter Jan van der Berg", ["berg der jan pieter"]),
        ("Carlos Gutiérrez Rojas", ["carlos gutierrez rojas", "carlos rojas", "carlos gutierrez"]),
    ],
)
def test_when_a_name_is_keyed_then_the_forms_stored_before_round_20_lead_unchanged(name, stored):
    assert person_forms(name)[: len(stored)] == stored


def test_when_a_name_has_no_title_or_middle_then_no_shorter_form_is_made():
    assert without_titles("Amara Diallo") is None
    assert without_titles("Doctor Diallo") is None  # one word would remain
    assert without_middle_names("Kwame Mensah") is None
    assert without_middle_names("Pieter Jan van der Berg") == "Pieter van der Berg"
