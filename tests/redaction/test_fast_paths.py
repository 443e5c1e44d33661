"""Speed shortcuts that must not change a result: each gives what the slow way gives."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from core.gazetteer import _fold_word, find_places, fold

pytestmark = pytest.mark.slow

TEXT = (
    "Contact: Ana POPESCU, e-mail ana.popescu@example.org, phone 07700 900384. Her boss "
    "Mr Ionescu lives at 14 Rue Humbert, 75012 Paris. Email the caseworker, Blessing Okafor, "
    "at b.okafor@mail.example.com; card number 4111 1111 1111 1111."
)


def _rows(results):  # type: ignore[no-untyped-def]
    return [
        (
            r.entity_type,
            r.start,
            r.end,
            r.score,
            r.analysis_explanation.supportive_context_word if r.analysis_explanation else None,
            r.analysis_explanation.score if r.analysis_explanation else None,
        )
        for r in results
    ]


def test_own_context_enhancer_matches_presidio_lemma_enhancer(redactor):
    ours = redactor.analyzer
    stock = AnalyzerEngine(
        nlp_engine=ours.nlp_engine,
        registry=ours.registry,
        supported_languages=["en"],
        default_score_threshold=ours.default_score_threshold,
        context_aware_enhancer=LemmaContextAwareEnhancer(),
    )
    for text in (TEXT, TEXT.lower(), "No one is named here.", ""):
        kwargs = dict(text=text, language="en", return_decision_process=True)
        got = _rows(ours.analyze(**kwargs))
        assert got == _rows(stock.analyze(**kwargs))
        if text == TEXT:
            # The e-mail recognizer has context words and no check of its own: it is boosted.
            assert any(row[0] == "EMAIL_ADDRESS" for row in got)


def test_lazy_artifacts_read_what_presidio_builds_eagerly(redactor):
    engine = redactor.analyzer.nlp_engine
    lazy = engine.process_text(TEXT, "en")
    doc = lazy.tokens
    eager = NlpArtifacts(
        entities=lazy.entities,
        tokens=doc,
        tokens_indices=[t.idx for t in doc],
        lemmas=[t.lemma_ for t in doc],
        nlp_engine=engine,
        language="en",
        scores=lazy.scores,
    )
    assert lazy.lemmas == eager.lemmas
    assert lazy.tokens_indices == eager.tokens_indices == [t.idx for t in doc]
    assert lazy.keywords == eager.keywords
    assert [e.text for e in lazy.entities] == [e.text for e in eager.entities]


@pytest.mark.parametrize("word", ["Paris", "São", "Ōsaka", "İzmir", "Straße", "Ægir", "ﬁnland"])
def test_remembered_word_fold_is_fold(word):
    assert _fold_word(word) == fold(word)
    assert _fold_word(word) == fold(word)  # and again, from the cache


def test_places_found_the_same_with_accents_and_case():
    text = "From São Paulo to Zürich and the United Kingdom; Brazilians here."
    assert [p.code for p in find_places(text)] == ["BR", "CH", "GB", "BR"]
