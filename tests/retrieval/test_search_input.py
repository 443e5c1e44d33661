"""Bad search input: clear errors or sensible results."""

from __future__ import annotations

import pytest

from core.errors import LensError
from ingest.model import LoadedDocument
from retrieval.filters import SearchFilters, parse_filters
from tests.fakes.stack import build_stack


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    s = build_stack(tmp_path_factory.mktemp("input") / "home")
    s.pipeline.ingest_documents(
        s.principal("con"),
        [
            LoadedDocument(
                "a.txt", "A", "Fishing crews on Thai trawlers were held at sea in 2019.", path=None
            ),  # type: ignore[arg-type]
            LoadedDocument(
                "b.txt", "B", "Рабочих из Узбекистана держали на стройке без оплаты.", path=None
            ),  # type: ignore[arg-type]
        ],
    )
    return s


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_when_query_empty_then_clear_error(stack, query) -> None:
    with pytest.raises(LensError, match="The query is empty"):
        stack.retriever.search(query, stack.principal("con"))


def test_when_query_huge_then_clear_error(stack) -> None:
    with pytest.raises(LensError, match="20000 characters long; the limit is 2000"):
        stack.retriever.search("x" * 20_000, stack.principal("con"))


@pytest.mark.parametrize("query", ["стройке без оплаты", "漁船 強制労働", "عمال السخرة"])
def test_when_query_in_another_script_then_results_not_errors(stack, query) -> None:
    results = stack.retriever.search(query, stack.principal("con"))
    assert isinstance(results, list)
    if query.startswith("строй"):
        assert results[0].source_ref == "b.txt"


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (["colour=red"], "Unknown filter 'colour'"),
        (["country=Atlantis"], "Country 'Atlantis' is not known"),
        (["type=smuggling"], "Unknown type 'smuggling'"),
        (["year_from=last"], "Year 'last' is not a year"),
        (["org=Nobody"], "Organisation 'Nobody' does not exist"),
        (["kind"], "must look like key=value"),
        (["level=9"], "is not valid"),
    ],
)
def test_when_filter_unknown_then_clear_error(pairs, message) -> None:
    with pytest.raises(LensError, match=message):
        parse_filters(pairs, org_ids={"Harbour Light": 1})


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        (["country=Thailand"], SearchFilters(country="TH")),
        (["country=uk", "type=forced labour"], SearchFilters(country="GB", type="forced_labour")),
        (["year=2019"], SearchFilters(year_from=2019, year_to=2019)),
        (["org=Harbour Light", "kind=news"], SearchFilters(org_id=1, kind="news")),
    ],
)
def test_when_filters_valid_then_parsed(pairs, expected) -> None:
    assert parse_filters(pairs, org_ids={"Harbour Light": 1}) == expected


def test_when_filter_matches_facts_then_only_matching_documents(stack) -> None:
    p = stack.principal("con")
    hits = stack.retriever.search("held at sea", p, SearchFilters(country="TH"))
    assert {h.source_ref for h in hits} == {"a.txt"}
    assert stack.retriever.search("held at sea", p, SearchFilters(country="QA")) == []


def test_when_corpus_repeats_text_under_other_ids_then_results_deduplicated(tmp_path) -> None:
    s = build_stack(tmp_path / "dup")
    text = "Crews on trawlers out of Songkhla were kept at sea for eleven months in 2022."
    s.pipeline.ingest_documents(
        s.principal("con"),
        [
            LoadedDocument(f"copy{i}.txt", "Copy", text + (" " if i else ""), path=None)  # type: ignore[arg-type]
            for i in range(3)
        ],
    )
    results = s.retriever.search("trawlers Songkhla kept at sea", s.principal("con"), k=5)
    assert len(results) == 1
