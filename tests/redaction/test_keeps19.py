"""Places and organisations in text of other languages (issue 14, keeps19): country names as
other languages write them, public bodies named by one compound word, organisations that open
with what they are in other languages, and spaCy spans that run nouns, prepositions and
places together. The people beside them still go.
"""

from __future__ import annotations

import pytest
import spacy

from redaction.foreign_countries import foreign_country_names, translated_names
from redaction.org_names import opens_with_organisation_word
from redaction.org_shape import authority_shaped
from redaction.recognizers.spacy_person import SpacyPersonRecognizer
from tests.redaction.checks import check_redaction, span_of


def test_when_pycountry_is_read_then_it_holds_country_names_of_other_languages():
    names = translated_names(("de", "es"))
    assert {"Rumänien", "Serbien", "Marruecos", "Alemania"} <= names
    assert "Romania" not in names  # the English name is not a translation


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sie vermittelte Frauen aus Rumänien an Haushalte.", "Rumänien"),
        ("Die Männer kamen aus Serbien.", "Serbien"),
        ("trabajadores de Alemania en fincas", "Alemania"),
    ],
)
def test_when_a_span_is_a_country_in_another_language_then_it_is_no_person(redactor, text, value):
    assert redactor.guard.clean(text, *span_of(text, value)) is None


def test_when_a_translation_is_a_name_or_an_english_word_then_it_is_left_out():
    names = foreign_country_names(lambda w: w == "Serbien", lambda w: w == "Marruecos")
    assert "Rumänien" in names
    assert "Serbien" not in names
    assert "Marruecos" not in names


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("Bundespolizei", True),
        ("Kriminalpolizei", True),
        ("Skatteverket", True),
        ("Finanzamt", True),
        ("Landgericht", True),
        ("Arbeidstilsynet", True),
        ("Schmidt", False),
        ("Amt", False),
        ("Polizei", True),
        ("Wessel", False),
    ],
)
def test_when_a_compound_word_ends_like_a_public_body_then_authority_shaped(word, shaped):
    assert authority_shaped(word) is shaped


@pytest.mark.parametrize(
    ("text", "value", "opens"),
    [
        ("run by Casa Betânia in Fortaleza", "Casa Betânia", True),
        ("Stichting Fier in Leeuwarden supports her", "Stichting Fier", True),
        ("the Jabatan Tenaga Kerja will interview", "Jabatan Tenaga Kerja", True),
        ("Polis Diraja Malaysia raided the factory", "Polis Diraja", True),
        ("the Defensoría del Pueblo says", "Defensoría del Pueblo", True),
        ("Casa", "Casa", False),  # one word alone opens nothing
        ("said Maria Casa", "Maria Casa", False),
    ],
)
def test_when_a_span_opens_with_an_organisation_word_of_another_language_then_it_is_one(
    text, value, opens
):
    assert opens_with_organisation_word(text, *span_of(text, value)) is opens


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Männer aus Serbien", ["Männer", "Serbien"]),
        ("Lepe y Almonte", ["Lepe", "Almonte"]),
        ("Maria dos Santos", ["Maria dos Santos"]),
        ("Park Jong-su", ["Park Jong-su"]),
        ("maria lopez", ["maria lopez"]),
        ("Hasan volk", ["Hasan volk"]),  # a surname in lower case is no function word
        ("Ana and Maria Lopez", ["Ana", "Maria Lopez"]),
    ],
)
def test_when_a_span_holds_function_words_that_join_no_name_then_it_is_cut_there(text, pieces):
    doc = spacy.blank("en")(text)
    cut = SpacyPersonRecognizer._cut_at_small_words(doc, [(0, len(doc))])
    assert [doc[a:b].text for a, b in cut] == pieces


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        (
            "Die Kriminalpolizei ermittelt. Frauen aus Rumänien arbeiteten für Ayşe Kaya.",
            ["Rumänien"],
            ["Ayşe Kaya"],
        ),
        (
            "Skatteverket and Stichting Fier helped Wanida Srisuk in Malmö.",
            ["Skatteverket", "Stichting Fier"],
            ["Wanida Srisuk"],
        ),
        (
            "Sister Lúcia Moraes runs Casa Betânia in Fortaleza.",
            ["Casa Betânia"],
            ["Lúcia Moraes"],
        ),
    ],
)
def test_when_redacting_text_of_other_languages_then_places_and_bodies_stay_and_people_go(
    redactor, text, kept, removed
):
    check_redaction(redactor, text, kept=kept, gone=removed)
