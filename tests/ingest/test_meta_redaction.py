"""Metadata values that name people are redacted even with no sentence around them."""

from __future__ import annotations

import pytest

from ingest.transform import meta_after_redaction, meta_for_redaction

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def redactor():  # type: ignore[no-untyped-def]
    from core.settings import RedactionSettings
    from redaction import build_redactor

    return build_redactor(RedactionSettings())


NAMES = ["Selam Tesfaye", "Darren Price", "Bikash Shrestha", "Siti Rahmawati", "Dritan Krasniqi"]
KEPT = [
    ("location", "Birmingham"),
    ("country", "Vietnam"),
    ("sector", "nail bar"),
    ("organisation", "Harbour Light"),
    ("nationality", "Albanian"),
]


@pytest.mark.parametrize("key", ["victim_name", "Suspect", "recruiter", "reported_by"])
def test_when_person_column_holds_bare_name_then_removed(redactor, key) -> None:
    texts = [meta_for_redaction(key, n) for n in NAMES]
    out = [meta_after_redaction(key, r.text) for r in redactor.redact_many(texts)]
    for name, text in zip(NAMES, out, strict=True):
        assert not set(name.split()) & set(text.split()), (key, name, text)
        assert text.startswith("<PERSON_")


def test_when_other_columns_hold_places_and_sectors_then_kept(redactor) -> None:
    texts = [meta_for_redaction(k, v) for k, v in KEPT]
    results = redactor.redact_many(texts)
    out = [meta_after_redaction(k, r.text) for (k, _), r in zip(KEPT, results, strict=True)]
    assert out == [v for _, v in KEPT]
