"""Dense pseudo-relevance feedback: the query vector moves toward the best fused passages."""

from __future__ import annotations

import pytest

from core.access import Level
from ingest.model import LoadedDocument
from retrieval.search import Retriever
from tests.fakes.stack import build_stack


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """One report answers the question in its words; another shares only the answer's other
    words (a paraphrase of it); a third shares nothing; a restricted one shares the answer's."""
    stack = build_stack(tmp_path_factory.mktemp("feedback") / "home")
    con = stack.principal("con")
    docs = [
        LoadedDocument("answer.txt", "A", "children dig cobalt in pits near kolwezi depots", None),
        LoadedDocument("echo.txt", "E", "kolwezi depots buy ore from diggers", None),
        LoadedDocument("other.txt", "O", "fishing boats stay at sea for months", None),
    ]
    stack.pipeline.ingest_documents(con, docs, level=Level.PUBLIC, kind="news")
    secret = [LoadedDocument("secret.txt", "S", "kolwezi depots traders list", None)]
    stack.pipeline.ingest_documents(con, secret, level=Level.RESTRICTED, kind="news")
    return stack


def _retriever(stack, passages: int, share: float = 0.3) -> Retriever:
    settings = stack.retriever.settings.model_copy(
        update={"feedback_passages": passages, "feedback_weight": share}
    )
    return Retriever(db=stack.db, vectors=stack.vectors, embedder=stack.embedder, settings=settings)


def _by_ref(results) -> dict:
    return {r.source_ref: r for r in results}


def test_when_feedback_on_then_passage_like_the_answer_rises_above_unrelated(stack) -> None:
    results = _by_ref(_retriever(stack, 1).search("cobalt pits", stack.principal("pub"), k=3))
    assert list(results)[0] == "answer.txt"
    assert results["echo.txt"].score > results["other.txt"].score


def test_when_feedback_off_then_passages_without_query_words_tie(stack) -> None:
    results = _by_ref(_retriever(stack, 0).search("cobalt pits", stack.principal("pub"), k=3))
    assert list(results)[0] == "answer.txt"
    assert results["echo.txt"].score == pytest.approx(results["other.txt"].score)


def test_when_feedback_moves_the_query_then_similarity_is_still_to_the_question(stack) -> None:
    results = _by_ref(_retriever(stack, 1).search("cobalt pits", stack.principal("pub"), k=3))
    assert results["echo.txt"].similarity == pytest.approx(0.0)  # no word of the question
    assert results["answer.txt"].similarity > 0.4


def test_when_feedback_on_then_restricted_passages_stay_out(stack) -> None:
    pub = _retriever(stack, 3, 1.0).search("cobalt pits", stack.principal("pub"), k=8)
    assert "secret.txt" not in {r.source_ref for r in pub}
    res = _retriever(stack, 3, 1.0).search("cobalt pits", stack.principal("res"), k=8)
    assert "secret.txt" in {r.source_ref for r in res}


def test_when_feedback_on_then_its_time_is_reported(stack) -> None:
    r = _retriever(stack, 3)
    r.search("cobalt pits", stack.principal("pub"))
    assert r.last_timings.extra["feedback"] >= 0.0
    r.search("cobalt pits", stack.principal("pub"), mode="dense")
    assert "feedback" not in r.last_timings.extra  # dense and BM25 modes run no feedback
