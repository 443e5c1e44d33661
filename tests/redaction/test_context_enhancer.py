"""`OwnContextEnhancer` without lemmas: Presidio's lemma enhancer can find no context word
among empty lemmas, so ours returns the results without building the keywords."""

from __future__ import annotations

from typing import Any

import pytest
from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from redaction.nlp import OwnContextEnhancer

TEXT = "Write to the email ana@example.org today"


class _Artifacts:
    """NLP artifacts of TEXT, tokens split on spaces, with the given lemma per token."""

    def __init__(self, lemma: str | None) -> None:
        words = TEXT.split()
        self.tokens = words
        self.tokens_indices = [TEXT.index(w) for w in words]
        self.lemmas = [w.lower() if lemma is None else lemma for w in words]
        self.keywords_read = 0

    @property
    def keywords(self) -> list[str]:
        self.keywords_read += 1
        return [k for k in self.lemmas if k not in ("to", "the")]


def _case(context_words: list[str]) -> tuple[Any, list[RecognizerResult]]:
    recognizer = PatternRecognizer(
        supported_entity="EMAIL_ADDRESS",
        name="mail",
        patterns=[Pattern("address", r"\S+@\S+", 0.5)],
        context=context_words,
    )
    start = TEXT.index("ana@")
    result = RecognizerResult(
        "EMAIL_ADDRESS",
        start,
        start + len("ana@example.org"),
        0.5,
        analysis_explanation=AnalysisExplanation("mail", 0.5),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: "mail",
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )
    return recognizer, [result]


def _rows(results: list[RecognizerResult]) -> list[tuple[Any, ...]]:
    return [
        (r.start, r.end, r.score, r.analysis_explanation.supportive_context_word) for r in results
    ]


@pytest.mark.parametrize(("lemma", "boosted"), [("", False), (None, True)])
def test_when_lemmas_are_empty_then_the_keywords_are_not_built_and_results_match_presidio(
    lemma: str | None, boosted: bool
) -> None:
    recognizer, results = _case(["email"])
    ours_artifacts, stock_artifacts = _Artifacts(lemma), _Artifacts(lemma)
    ours = OwnContextEnhancer().enhance_using_context(TEXT, results, ours_artifacts, [recognizer])
    stock = LemmaContextAwareEnhancer().enhance_using_context(
        TEXT, results, stock_artifacts, [recognizer], []
    )
    assert _rows(ours) == _rows(stock)
    assert (ours[0].score > 0.5) is boosted
    assert (ours_artifacts.keywords_read > 0) is boosted


def test_when_a_caller_passes_context_words_then_empty_lemmas_do_not_skip_them() -> None:
    recognizer, results = _case(["email"])
    ours = OwnContextEnhancer().enhance_using_context(
        TEXT, results, _Artifacts(""), [recognizer], ["email"]
    )
    assert ours[0].score == pytest.approx(0.85)
