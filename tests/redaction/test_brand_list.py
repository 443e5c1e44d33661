"""Well-known organisations that spaCy tags PERSON, kept by a list (issue 14, org12).

A one-word brand that is also a given name ("Zara") and any brand after a title or given name
in the same text still go.
"""

from __future__ import annotations

import pytest

from redaction.brand_list import known_brand
from redaction.org_cues import organisation_cue
from tests.redaction.checks import span_of


@pytest.mark.parametrize(
    ("surface", "known"),
    [("Western Union", True), ("western  union", True), ("Maersk", True), ("Provexa", False)],
)
def test_when_a_span_is_exactly_a_listed_organisation_then_known_brand(surface, known):
    assert known_brand(surface) is known


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Maersk shipped the containers to Felixstowe.", "Maersk", True),
        ("The money went by Western Union to Lagos.", "Western Union", True),
        ("Marriott fired the agency after the raid.", "Marriott", True),
        # A given name too: a person.
        ("Zara told the police she was sixteen.", "Zara", False),
        # A title or given name before another mention: a person.
        ("Marriott paid the driver. Mr Marriott denied it.", "Marriott", False),
        ("Marriott paid the driver, said Tom Marriott.", "Marriott", False),
    ],
)
def test_when_a_listed_organisation_is_tagged_person_then_it_is_kept_unless_named_as_one(
    redactor, text, value, kept
):
    assert organisation_cue(text, *span_of(text, value), redactor.guard) is kept
