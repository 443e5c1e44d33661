"""Organisations opened by an article of another language, operations and programmes named
in quote marks (issue 14, keeps21). The people beside them still go.
"""

from __future__ import annotations

import pytest

from redaction.org_articles import article_opens_organisation
from redaction.undertakings import named_undertaking
from tests.redaction.checks import check_redaction


@pytest.mark.parametrize(
    ("surface", "organisation"),
    [
        ("La Policía Nacional", True),
        ("La Agencia Tributaria", True),
        ("La Guardia di Finanza", True),
        ("A Polícia Federal", True),
        ("Die Bundespolizei", True),
        ("La Rosa", False),  # an Italian surname
        ("De Graaf", False),
        ("Da Silva", False),
        ("Le Pen", False),
        ("Das Gupta", False),
        ("Maria Lopez", False),  # no article
        ("La", False),  # the article alone
    ],
)
def test_when_an_article_opens_a_span_then_only_an_organisation_after_it_is_kept(
    redactor, surface, organisation
):
    text = f"Yesterday {surface} wrote to us."
    start = text.index(surface)
    got = article_opens_organisation(text, start, start + len(surface), redactor.guard)
    assert got is organisation


@pytest.mark.parametrize(
    ("text", "value", "undertaking"),
    [
        ('The programme "Tayssir" trained 90 women.', "Tayssir", True),
        ("Le projet « Maetot » a été repris.", "Maetot", True),
        ("Das Projekt „Sichere Wege“ erreichte 200 Frauen.", "Sichere Wege", True),
        ("Operation 'Puglia Rossa' ended today.", "Puglia Rossa", True),
        ("la campaña «Pasos Seguros» de la fundación", "Pasos Seguros", True),
        ("The project Ana ran was closed.", "Ana", False),  # no quote marks
        ('He said "Ana" was her name.', "Ana", False),  # no word for an undertaking
        ('The programme "Tayssir help', "Tayssir", False),  # the quote is not closed
        ("Operation Ember ended in May.", "Ember", True),  # an operation needs no quotes
        ("Op. Aidant found 12 workers.", "Aidant", True),
        ("Operation Ember ended in May.", "Operation Ember", True),  # the word in the span
    ],
)
def test_when_a_name_is_quoted_after_a_project_word_then_it_is_no_person(text, value, undertaking):
    start = text.index(value)
    assert named_undertaking(text, start, start + len(value)) is undertaking


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        (
            "Acta. La Policía Nacional informó de tres registros en Almería. La Agencia "
            "Tributaria revisará las cuentas. Asistió Begoña Irazábal.",
            ["Policía Nacional", "Agencia Tributaria", "Almería"],
            ["Begoña Irazábal"],
        ),
        (
            'EVALUATION. The programme "Tayssir" trained 90 women in Casablanca. The '
            "evaluator, Latifa Benjelloun, recommends a second phase.",
            ["Tayssir", "Casablanca"],
            ["Latifa Benjelloun"],
        ),
        (
            "Verbale. Presenti: Vito La Rosa (sindaco), Anna Lucarelli. La Guardia di Finanza "
            "ha sequestrato tre aziende.",
            ["Guardia di Finanza"],
            ["Vito La Rosa", "Anna Lucarelli"],
        ),
    ],
)
def test_when_a_text_is_redacted_then_bodies_and_programmes_stay_and_people_go(
    redactor, text, kept, removed
):
    check_redaction(redactor, text, kept=kept, gone=removed)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Ruhama's partner Payoke took in two women from Antwerp.", "Payoke"),
        ("Der Zoll prüft zwei Baufirmen in Augsburg.", "Zoll"),
        ("Shelters such as Doras and Solwodi asked for funds.", "Solwodi"),
        ("The group Chab Dai helped the families.", "Chab Dai"),
    ],
)
def test_when_a_listed_aid_body_is_named_then_it_stays(redactor, text, org):
    check_redaction(redactor, text, kept=org)


@pytest.mark.parametrize(
    ("text", "kept", "street"),
    [
        ("La Strada Moldova received 22 calls; 8 about Moscow.", "La Strada Moldova", None),
        ("La Strada Ukraine ran its hotline from Kyiv.", "La Strada Ukraine", None),
        ("She lived at Strada Moldova 22, Iași.", None, "Strada Moldova 22"),
    ],
)
def test_when_la_strada_opens_a_name_then_it_is_the_ngo_not_a_street(redactor, text, kept, street):
    check_redaction(redactor, text, kept=kept or (), gone=street or ())
