"""Weak name keys (`ingest.link_weak`): an initial with a surname, a first given name with one
other word, a name the NER ran into the next sentence; and the walk's rule that a weak key
links two reports only beside another shared key (`lens.services.link_graph._groups`)."""

from __future__ import annotations

from ingest.link_weak import WEAK_TYPE, weak_forms
from ingest.linkkeys import LinkKeyer
from lens.services.link_graph import _groups, with_weak
from redaction.base import DocumentInput, DocumentResult, RedactedEntity, RedactionResult


def test_when_a_name_is_an_initial_and_a_surname_then_its_weak_form_meets_the_full_name() -> None:
    assert weak_forms("N. Adebayo") == ["adebayo n"]
    # a name of two words may be in either order: its other initial is keyed too
    assert weak_forms("Nkechi Adebayo") == ["adebayo n", "adebayo nkechi", "a nkechi"]
    assert weak_forms("ADEBAYO Nkechi") == ["adebayo n", "adebayo nkechi", "a nkechi"]
    assert weak_forms("Mr G. Papadopoulos") == ["g papadopoulos"]


def test_when_a_middle_given_name_is_left_out_then_a_weak_form_is_shared() -> None:
    assert "berg pieter" in weak_forms("Pieter Jan van der Berg")
    assert "berg pieter" in weak_forms("VAN DER BERG, Pieter")
    assert "alejandro torres" in weak_forms("Alejandro Torres Vega")


def test_when_a_lower_case_word_follows_a_long_name_then_its_last_word_is_left_out() -> None:
    assert "kofi kwame mensah" in weak_forms("Kwame Kofi Mensah Bookings", " were confirmed")
    assert "kofi kwame mensah" not in weak_forms("Kwame Kofi Mensah Bookings", ". They")


def test_when_a_given_name_has_the_surnames_initial_then_it_meets_the_full_name() -> None:
    assert weak_forms("Somchai W.") == ["somchai w"]
    assert "somchai w" in weak_forms("Khun Somchai Wongsakul")
    assert "somchai w" not in weak_forms("Somchai Boonmee")
    assert weak_forms("J. K.") == []  # two initials: nothing to key


def test_when_a_given_name_is_abbreviated_then_its_weak_forms_read_it_in_full() -> None:
    # "Paco Morales" is keyed "francisco morales" (a diminutive of one name)
    assert "francisco morales" in weak_forms("Fco. Javier Morales")
    assert "francisco morales" in weak_forms("Paco Morales")
    assert "maria reyes" in weak_forms("Ma. Cristina Reyes")


def test_when_one_word_then_no_weak_form() -> None:
    assert weak_forms("Adebayo") == []


def test_when_a_name_is_only_an_initial_and_a_surname_then_it_is_keyed_weak_only() -> None:
    text = "Rent was paid to N. Adebayo at the flat."
    start = text.index("N. Adebayo")
    entity = RedactedEntity("PERSON", start, start + len("N. Adebayo"), "<PERSON_1>")
    redacted = RedactionResult("Rent was paid to <PERSON_1> at the flat.", [entity])
    result = DocumentResult(redacted, RedactionResult(""))
    mentions = LinkKeyer(b"k" * 32).mentions(DocumentInput(text, "", {}), result)
    assert [(m.placeholder, m.type) for m in mentions] == [("<PERSON_1>", WEAK_TYPE)]


def test_when_two_reports_share_only_a_weak_key_then_no_group() -> None:
    assert _groups(["a", "b"], {"a": {("phone", "p1")}, "b": {("phone", "p2")}}) == []


def test_when_two_reports_also_share_a_phone_then_they_group() -> None:
    strong = {"a": {("phone", "p1")}, "b": {("phone", "p1")}, "c": {("email", "e1")}}
    assert _groups(["a", "b", "c"], strong) == [{"a", "b"}]


def test_when_holders_share_keys_in_a_chain_then_one_group() -> None:
    strong = {"a": {("phone", "p1")}, "b": {("phone", "p1"), ("person", "n1")}}
    strong |= {"c": {("person", "n1")}, "d": set()}
    assert _groups(["a", "b", "c", "d"], strong) == [{"a", "b", "c"}]


def test_when_names_are_asked_for_then_weak_keys_are_read_too() -> None:
    assert with_weak(("phone", "person")) == ["phone", "person", WEAK_TYPE]
    assert with_weak(("phone",)) == ["phone"]
