"""Tables written inside a text (issue 14): a header line names the columns of the rows below
it, so a people column's cells go and a place column's cells stay."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.text_tables import tables
from tests.redaction.checks import check_redaction

# Column labels of these tests are English words; names and towns are not.
_ENGLISH = frozenset(
    "surname given name town item weight price nationality role victim suspect".split()
)


def _english(word: str) -> bool:
    return word.lower() in _ENGLISH


def test_a_header_with_a_people_column_and_rows_of_as_many_cells_make_a_table() -> None:
    text = "Seized list\nsurname;given_name;town\nQuispe;Rosa;Puno\nMamani;Efraín;Juliaca\nEnd."
    (head, rows), *rest = list(tables(text, _english))
    assert rest == []
    assert [text[s:e] for s, e in head] == ["surname", "given_name", "town"]
    assert [[text[s:e] for s, e in cells] for cells in rows] == [
        ["Quispe", "Rosa", "Puno"],
        ["Mamani", "Efraín", "Juliaca"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        # prose with commas is no header, though its parts are short
        "The suspect, a driver, left early.\nHe came back, took the van, and left.",
        # no people column among the labels
        "Item | Weight | Price\nRice | 5 kg | 12",
        # a header with no row below it
        "Name | Nationality | Role",
        # label-value pairs of a form: a name is no column label
        "Victim | Rosa Quispe\nSuspect | Efraín Mamani",
    ],
)
def test_lines_that_are_no_table_of_people_give_none(text: str) -> None:
    assert list(tables(text, _english)) == []


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "ID,Surname,Given name,Town\n4,Torres,Inés,Cusco\n5,Huamán,Rosa,Puno",
            ["Torres", "Huamán", "Inés"],
            ["Cusco", "Puno", "Town"],
        ),
        (
            "surname;first_name;nationality\nSilva;Ana Paula;Brazilian\nCruz;Mark;Filipino",
            ["Silva", "Ana Paula", "Cruz", "Mark"],
            ["Brazilian", "Filipino"],
        ),
        (
            "VICTIM        AGE   ORIGIN\nNodira Yusupova   20    Tajikistan\n"
            "Madina Rahimova   23    Kyrgyzstan",
            ["Nodira", "Yusupova", "Madina", "Rahimova"],
            ["Tajikistan", "Kyrgyzstan"],
        ),
    ],
)
def test_when_a_text_holds_a_table_then_its_people_go_and_its_places_stay(
    redactor: Any, text: str, gone: list[str], kept: list[str]
) -> None:
    check_redaction(redactor, text, gone=gone, kept=kept)


def test_when_a_people_column_holds_a_business_word_then_its_cells_are_no_people(
    redactor: Any,
) -> None:
    out = redactor.redact("Company name | Town\nBrightwell Packaging | Leeds").text
    assert "Brightwell Packaging" in out
    assert "Leeds" in out


def test_when_a_form_pairs_labels_with_names_then_every_name_goes(redactor: Any) -> None:
    out = redactor.redact("Victim | Anna Kowalska\nSuspect | Piotr Nowak").text
    for name in ("Anna", "Kowalska", "Piotr", "Nowak"):
        assert name not in out
