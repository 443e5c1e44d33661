"""Query-aware fusion: rare names and quoted phrases win as in BM25, paraphrases keep the cosine."""

from __future__ import annotations

import pytest

from core.access import Level
from ingest.model import LoadedDocument
from retrieval.filters import SearchFilters
from retrieval.fusion import fuse
from retrieval.lexical import query_phrases
from tests.fakes.stack import build_stack


def _order(scores: dict[str, float]) -> list[str]:
    return sorted(scores, key=lambda c: (-scores[c], c))


def test_when_one_passage_holds_the_rare_name_then_it_wins_over_dense_favourite() -> None:
    dense = [("a", 0.62), ("b", 0.58), ("c", 0.50)]
    lexical = [("b", 4.8), ("a", 0.4), ("c", 0.3)]  # only b holds the name (most of the IDF)
    assert _order(fuse(dense, lexical, 5.0, weight=1.0, depth=40))[0] == "b"


def test_when_bm25_is_flat_then_cosine_decides() -> None:
    dense = [("b", 0.70), ("a", 0.55), ("c", 0.52)]
    lexical = [("a", 0.9), ("c", 0.8), ("b", 0.7)]  # common words only: small, flat shares
    assert _order(fuse(dense, lexical, 6.0, weight=1.0, depth=40)) == ["b", "a", "c"]


@pytest.mark.parametrize(
    ("depth", "expected_b"),
    [
        (2, 0.40 + 0.5 / 4.0),  # the BM25 list was cut: b scored at most its floor, 0.5
        (40, 0.40),  # the BM25 list holds every match: b matched nothing
    ],
)
def test_when_passage_is_in_one_list_then_other_list_floor_applies(depth, expected_b) -> None:
    dense = [("a", 0.60), ("b", 0.40)]
    lexical = [("a", 2.0), ("c", 0.5)]
    scores = fuse(dense, lexical, 4.0, weight=1.0, depth=depth)
    assert scores["c"] == pytest.approx(0.40 + 0.5 / 4.0)  # the lowest cosine in the list
    assert scores["b"] == pytest.approx(expected_b)


def test_when_no_query_word_is_in_corpus_then_pure_cosine() -> None:
    scores = fuse([("a", 0.3), ("b", 0.6)], [], 0.0, weight=1.0, depth=40)
    assert scores == {"a": 0.3, "b": 0.6}


@pytest.mark.parametrize(
    ("query", "phrases"),
    [
        ('hours at "Lotus Nails"?', [("lotus", "nails"), ("hours",), ("lotus",), ("nails",)]),
        ("\u201cthe Star\u201d of the show", [("the", "star"), ("star",), ("show",)]),  # curly
        ('"Kestrel" raids', [("kestrel",), ("raids",)]),  # a quoted word is a term
        ('unclosed "quote here', [("unclosed",), ("quote",), ("here",)]),
    ],
)
def test_when_query_quotes_then_phrase_kept_whole(query, phrases) -> None:
    assert query_phrases(query) == phrases


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """Reports that share a question's common words, and one that holds its name."""
    stack = build_stack(tmp_path_factory.mktemp("fusion") / "home")
    docs = [
        LoadedDocument(f"staff{i}.txt", f"S{i}", f"staff work long hours, hours of work {i}", None)
        for i in range(6)
    ]
    docs.append(LoadedDocument("lotus.txt", "L", "Women were kept at Lotus Nails in a city", None))
    docs.append(LoadedDocument("nails.txt", "N", "Nails of the hand; a lotus flower grew", None))
    stack.pipeline.ingest_documents(stack.principal("con"), docs, level=Level.PUBLIC, kind="news")
    return stack


def _first(stack, query: str, mode: str = "hybrid") -> str:
    results = stack.retriever.search(query, stack.principal("pub"), k=3, mode=mode)
    return results[0].source_ref


def test_when_question_quotes_a_name_then_hybrid_puts_its_report_first(stack) -> None:
    query = 'What hours did staff work at "Lotus Nails"?'
    assert _first(stack, query, "dense").startswith("staff")  # the bag of words prefers those
    assert _first(stack, query, "lexical") == "lotus.txt"
    assert _first(stack, query) == "lotus.txt"


def test_when_phrase_words_are_apart_then_they_match_below_the_phrase(stack) -> None:
    pub = stack.principal("pub")
    found = stack.retriever.lexical.search('"nails lotus"', pub, SearchFilters(), 5)
    assert found.phrases[0] == ("nails", "lotus")
    apart = stack.retriever.search('"nails lotus"', pub, mode="lexical")
    assert {r.source_ref for r in apart} == {"lotus.txt", "nails.txt"}  # words, not the phrase
    ranked = stack.retriever.search('"lotus nails"', pub, mode="lexical")
    assert [r.source_ref for r in ranked] == ["lotus.txt", "nails.txt"]  # the phrase first
    assert ranked[0].score > 1.5 * ranked[1].score  # the phrase adds its own IDF
