"""A listed town after a place word of another language stays; a person's name after the same
word still goes (issue 14: places kept)."""

from __future__ import annotations

import pytest

from redaction.town_list import town_after_place_word


def _span(text: str, value: str) -> tuple[int, int]:
    start = text.rindex(value)
    return start, start + len(value)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Ea a fost domiciliată în Botoșani până în 2019.", "Botoșani", True),
        ("A conta foi aberta em Cuiabá, em 2022.", "Cuiabá", True),
        ("Pan Zieliński zabrał nasze paszporty w Łódź.", "Łódź", True),
        ("Saya dibawa dari Surabaya ke Johor Bahru.", "Surabaya", True),
        # a given name after the same words: still a person
        ("Estaba pensando en Marcos todo el día.", "Marcos", False),
        ("Wir wohnten bei Maria in der Stadt.", "Maria", False),
    ],
)
def test_when_a_listed_town_follows_a_foreign_place_word_then_it_is_a_place(
    redactor, text, value, kept
):
    assert town_after_place_word(text, *_span(text, value), redactor.guard) is kept


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Zeznanie: Nazywam się Katarzyna Wójcik. Pan Zieliński zabrał paszporty w Łódź.",
            ["Łódź"],
            ["Katarzyna", "Wójcik", "Zieliński"],
        ),
        (
            "Contul a fost deschis de Elena Munteanu, domiciliată în Botoșani.",
            ["Botoșani"],
            ["Elena", "Munteanu"],
        ),
    ],
)
def test_when_a_statement_names_a_town_after_a_foreign_place_word_then_it_stays(
    redactor, text, kept, gone
):
    out = redactor.redact(text).text
    assert all(k in out for k in kept), out
    assert not [g for g in gone if g in out], out
