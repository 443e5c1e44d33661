"""Organisations that hold a word also found as a person's name (issue 14, keeps15): a name's
part repeated inside an organisation's name, and names opening with an organisation word of
another language. Unit tests of the two rules (no spaCy), then the whole redactor on new
sentences, with the people beside them still removed."""

from __future__ import annotations

import pytest

from redaction.org_names import opens_with_organisation_word, within_org_name
from tests.redaction.checks import check_redaction


@pytest.mark.parametrize(
    ("text", "span", "inside"),
    [
        ("hired through Priya Recruitment Services in Pune", "Priya", True),
        ("students of Obafemi Awolowo University marched", "Awolowo", True),
        ("Dmitri & Sons Manpower placed them", "Dmitri", True),
        ("sent by Halima Overseas Employment Agency", "Halima", True),
        ("Dr. Okoro Clinic staff", "Okoro", False),  # a title: a person
        ("Priya told the Services manager", "Priya", False),  # no Title-case run into it
        ("Priya Court heard nothing", "Priya", False),  # "Court" follows names in sentences
        ("Priya Police came later", "Priya", False),  # "Police": left out on purpose
        ("Priya went to the University", "Priya", False),  # a verb between
        ("Priya", "Priya", False),  # nothing after
        ("Halima Overseas Employment Agency hired Mrs Halima", "Halima", False),  # titled
        # someone's surname elsewhere: the business is theirs
        ("Driver Radu Ciobanu said Ciobanu Transport paid him", "Ciobanu Transport", False),
        ("owner: Saeed Al-Harbi; sponsor: Al-Harbi Manpower Est.", "Al-Harbi Manpower", False),
        # another given name before it here: named after someone else
        ("Musa Bello fled. Ahmadu Bello University students", "Bello University", True),
        ("The contract was signed by Priya Raman of Priya Staffing Ltd", "Priya Staffing", True),
    ],
)
def test_when_a_span_runs_on_into_an_organisation_word_then_it_is_inside_its_name(
    text, span, inside
):
    start = text.rindex(span)
    end = start + len(span.split()[0])
    assert within_org_name(text, start, end) is inside


@pytest.mark.parametrize(
    ("text", "span", "opens"),
    [
        ("Universidad de Chile lawyers", "Universidad de Chile", True),
        ("the Audiencia Provincial ruled", "Audiencia Provincial", True),
        ("Igreja Batista da Lagoinha gave food", "Igreja Batista da Lagoinha", True),
        ("Landgericht Köln sentenced him", "Landgericht Köln", True),
        ("Masjid Negara volunteers", "Masjid Negara", True),
        ("Masjid", "Masjid", False),  # one word: nothing to keep beside it
        ("iglesia maria said", "iglesia maria", False),  # lower case: no name opener
        ("Hospital Director Jane Doe", "Hospital Director Jane Doe", False),  # English word
        ("Maria Iglesia testified", "Maria Iglesia", False),  # the word not first
        # businesses named by their trade in Spanish, Portuguese and Italian
        ("work for Agropecuaria San Miguel in Foz", "Agropecuaria San Miguel", True),
        ("Frutas del Valle paid the pickers", "Frutas del Valle", True),
        ("a car from Autonoleggio Toscana", "Autonoleggio Toscana", True),
        ("miners for Minera San Martín", "Minera San Martín", True),
        ("Maquiladora del Norte hired them", "Maquiladora del Norte", True),
        ("Miguel Frutas testified", "Miguel Frutas", False),  # a surname after a given name
    ],
)
def test_when_a_span_opens_with_an_organisation_word_then_it_is_an_organisation(text, span, opens):
    start = text.index(span)
    assert opens_with_organisation_word(text, start, start + len(span)) is opens


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Grace Ndlovu studied at Obafemi Ndlovu University before Tendai Moyo recruited her.",
            ["Obafemi Ndlovu University"],
            ["Grace", "Tendai", "Moyo"],
        ),
        (
            "Driver Radu Ciobanu said Ciobanu Transport paid him in cash.",
            ["Transport"],
            ["Radu", "Ciobanu"],
        ),
        (
            "Priya Recruitment Services sent the nurses. The director is Priya Raman.",
            ["Priya Recruitment Services"],
            ["Raman"],
        ),
        (
            "Lawyers from Universidad de Chile represented Camila Soto in Santiago.",
            ["Universidad de Chile", "Santiago"],
            ["Camila", "Soto"],
        ),
        (
            "The Audiencia Provincial de Málaga convicted Javier Ortega.",
            ["Audiencia Provincial de Málaga"],
            ["Javier", "Ortega"],
        ),
        (
            "Mr. Priya met the girls. Later Priya Recruitment Services closed.",
            ["Recruitment Services"],
            ["Priya"],
        ),
    ],
)
def test_when_organisations_hold_name_words_then_they_stay_and_people_go(
    redactor, text, kept, gone
):
    check_redaction(redactor, text, kept=kept, gone=gone)
