"""Coined brand names kept by their shape (issue 14, org12): "Provexa will pay", "Nordavia
recruits". Names with the same endings that a list knows, or that follow a title or given
name in the text, still go.
"""

from __future__ import annotations

import pytest

from redaction.org_cues import organisation_cue
from redaction.org_shape import brand_shaped
from tests.redaction.checks import people_found, span_of


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("Provexa", True),
        ("Nordavia", True),
        ("Kestrix", True),
        ("Wavecash", True),
        ("Shelterlink", True),
        ("Remitly", True),
        ("Delcroix", False),
        ("Menthonnex", False),
        ("Brannelly", False),
        ("Ganguly", False),
        ("Traore", False),
        ("Kiogora", False),
        ("Rex", False),
    ],
)
def test_when_a_word_has_a_coined_brands_ending_then_brand_shaped(word, shaped):
    assert brand_shaped(word) is shaped


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Provexa will pay the 212 workers their back wages.", "Provexa", True),
        ("Nordavia recruits through an agency in Kathmandu.", "Nordavia", True),
        # On a list of given names: a person, whatever the ending.
        ("Felix will pay the workers.", "Felix", False),
        # A title or given name before another mention: a person.
        ("Provexa will pay. Ms Provexa said so.", "Provexa", False),
        ("Provexa will pay, said Anna Provexa.", "Provexa", False),
    ],
)
def test_when_an_unlisted_name_is_brand_shaped_then_it_is_an_organisation(
    redactor, text, value, kept
):
    assert organisation_cue(text, *span_of(text, value), redactor.guard) is kept


def test_when_redacting_a_brand_shaped_subject_then_it_stays_and_the_person_goes(redactor):
    text = "Provexa will pay the workers, Daniela Moraru of the inspectorate said."
    assert people_found(redactor, text) == ["Daniela Moraru"]


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        # The world list holds "Tiger" and "Marbella" as given names; the census list does not.
        ("Money moved to Tiger Peak Ventures within minutes.", "Tiger Peak Ventures", True),
        ("She reported that Marbella Nights kept the women.", "Marbella Nights", True),
        # A census given name first, or a tail that is a census surname: a person.
        ("Money moved to Grace Kitchen within minutes.", "Grace Kitchen", False),
        ("Money moved to Tiger Lodge within minutes.", "Tiger Lodge", False),
    ],
)
def test_when_a_business_name_opens_with_a_rare_given_name_then_its_tail_still_counts(
    redactor, text, value, kept
):
    assert organisation_cue(text, *span_of(text, value), redactor.guard) is kept
