"""Recognising figure and risk questions: intent, scope and years, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.intents import describe, match_facets, parse_risk_question, parse_stats_question
from retrieval.filters import SearchFilters

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        (
            "how many forced-labour reports from Thailand since 2020?",
            "count",
            {"type": "forced_labour", "country": "TH", "year_from": 2020, "year_to": None},
        ),
        (
            "How many nail bar cases in Birmingham in 2023?",
            "count",
            {"sector": "beauty_services", "facts": {"city": "Birmingham"}, "year_from": 2023,
             "year_to": 2023},
        ),
        (
            "Number of debt bondage reports between 2019 and 2022",
            "count",
            {"means": "debt_bondage", "year_from": 2019, "year_to": 2022},
        ),
        (
            "how many reports mention recruitment fees in the last 3 years",
            "count",
            {"means": "recruitment_fees", "year_from": 2024, "year_to": None},
        ),
        (
            "How many reports of Vietnamese victims in the UK by country?",
            "count",
            {"facts": {"origin": "VN", "destination": "GB"}, "by": ("country",)},
        ),
        (
            "how many supplier audits before 2020?",
            "count",
            {"kind": "supplier_audit", "year_to": 2019},
        ),
        ("top routes into the UK", "routes", {"into": "GB", "from_": None}),
        ("What are the main routes from vietnam to the uk?", "routes",
         {"into": "GB", "from_": "VN"}),
        ("Trafficking corridors out of Nigeria", "routes", {"from_": "NG", "into": None}),
        ("Is forced labour in Qatar rising?", "trend", {"type": "forced_labour", "country": "QA"}),
        ("trend of sex trafficking reports in Italy over time", "trend",
         {"type": "sexual_exploitation", "country": "IT"}),
        ("Where are the hotspots for cannabis farm exploitation?", "hotspots",
         {"type": "forced_criminality", "sector": None}),
        ("Which countries have the most domestic worker reports?", "hotspots",
         {"type": "domestic_servitude", "sector": None}),
    ],
)  # fmt: skip
def test_when_figure_question_then_intent_and_scope_read(question, intent, expected) -> None:
    sq = parse_stats_question(question, today=TODAY)
    assert sq is not None
    assert sq.intent == intent
    for key, value in expected.items():
        if key in ("facts", "into", "from_", "by"):
            assert getattr(sq, key) == value, key
        else:
            assert getattr(sq.filters, key) == value, key


@pytest.mark.parametrize(
    "question",
    [
        "What did the recruiter promise the women?",
        "How many hours did the crew work each day?",
        "How were the workers controlled on the fishing boats?",
        "Who ran the nail bar in Birmingham?",
        "What debt did the women owe?",
    ],
)
def test_when_question_asks_for_content_then_not_a_figure_question(question) -> None:
    assert parse_stats_question(question, today=TODAY) is None


@pytest.mark.parametrize(
    ("question", "sector", "country", "region", "name"),
    [
        ("what is the risk for a garment supplier in Dhaka?", "textiles", "BD", "Dhaka", ""),
        ("How risky is sourcing shrimp from Thailand?", "food_processing", "TH", None, ""),
        ("Risk of forced labour for a fishing supplier in Songkhla", "fishing", "TH", "Songkhla",
         ""),
        ('What is the risk for "Sunrise Knitwear" in Gazipur?', "textiles", "BD", "Gazipur",
         "Sunrise Knitwear"),
        ("supplier risk in Malaysia for rubber gloves", "manufacturing", "MY", None, ""),
    ],
)  # fmt: skip
def test_when_risk_question_then_profile_read(question, sector, country, region, name) -> None:
    rq = parse_risk_question(question)
    assert rq is not None
    assert (rq.sector, rq.country, rq.region, rq.name) == (sector, country, region, name)


@pytest.mark.parametrize(
    "question",
    ["What is the risk to survivors who testify?", "How many reports from Thailand?", "hello"],
)
def test_when_not_about_a_supplier_then_no_risk_question(question) -> None:
    assert parse_risk_question(question) is None


@pytest.mark.parametrize(
    ("text", "facet", "keys"),
    [
        ("cannabis farm workers", "sector", []),
        ("cannabis farm workers", "type", ["forced_criminality"]),
        ("garment and apparel factories", "sector", ["textiles", "manufacturing"]),
        ("passports confiscated and recruitment fees", "means",
         ["document_confiscation", "recruitment_fees"]),
    ],
)  # fmt: skip
def test_when_matching_facets_then_longest_cue_wins(text, facet, keys) -> None:
    assert match_facets(text)[facet] == keys


def test_when_describing_scope_then_reads_like_words() -> None:
    f = SearchFilters(type="forced_labour", country="TH", year_from=2020)
    assert describe(f) == "forced labour · Thailand · 2020 onwards"
    assert describe(SearchFilters()) == "all reports"
    assert describe(SearchFilters(year_from=2019, year_to=2022), {"city": "Dhaka"}) == (
        "Dhaka · 2019–2022"
    )
