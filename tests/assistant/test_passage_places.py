"""The countries of retrieved passages: named in their text or held in their record."""

from __future__ import annotations

import pytest

from assistant.passage_places import passage_countries, unmentioned_countries
from retrieval.search import SearchResult


def result(doc_id: str, text: str) -> SearchResult:
    return SearchResult(1, doc_id, f"{doc_id}.txt", f"{doc_id}-c0", 1.0, 1, "org", "case", text)


@pytest.mark.parametrize(
    ("question", "recorded", "missing"),
    [
        # the country column of a record counts as much as its text
        ("Were greenhouse workers in Poland charged?", {"d1": {"PL"}}, []),
        ("Were greenhouse workers in Poland charged?", {}, ["Poland"]),
        # a country the text names
        ("Were workers in Malaysia paid late?", {}, []),
        ("Were workers in Iceland paid late?", {"d1": {"PL"}}, ["Iceland"]),
    ],
)
def test_when_a_question_names_a_country_then_text_and_record_both_count(
    question, recorded, missing
) -> None:
    results = [
        result("d1", "Greenhouse workers near Lodz were charged for accommodation."),
        result("d2", "A glove factory in Klang, Malaysia held passports."),
    ]
    assert unmentioned_countries(question, passage_countries(results, recorded)) == missing
