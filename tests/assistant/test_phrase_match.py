"""The asked-for noun said in other words: passage noun phrases, the phrase match, and the focus
check that uses it (real spaCy tagger; a lookup-table embedder, and MiniLM behind `slow`)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.focus import FocusFinder
from assistant.phrase_match import PhraseMatcher, noun_phrases
from tests.fakes.embedder import HashingEmbedder

# words that mean one thing share a dimension; any other text gets a dimension of its own
SAME = {"craft": 0, "boat": 0, "scallop boat": 0, "eating place": 1, "takeaway": 1}


def table_embed(texts: list[str]) -> np.ndarray:
    """Unit vectors: 1.0 for texts of one meaning (SAME), 0.0 between any others."""
    out = np.zeros((len(texts), 64), dtype=np.float32)
    for i, text in enumerate(texts):
        out[i, SAME.get(text, 2 + hash(text) % 62)] = 1.0
    return out


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (
            "Six fishermen worked on a scallop boat.",
            ["fishermen", "scallop boat", "boat"],
        ),
        (
            "Police raided a karaoke bar in Huai Khwang.",
            ["police", "karaoke bar", "bar"],
        ),
        # a name alone is no noun phrase; a run ends at a verb or a stop word
        ("Quang said he was paid in cash.", ["cash"]),
    ],
)
def test_when_a_passage_is_tagged_then_its_noun_phrases_end_in_a_common_noun(
    finder, text, phrases
) -> None:
    doc = finder.nlp(text)
    assert noun_phrases(doc) == phrases


def test_when_no_candidate_then_nothing_is_close() -> None:
    matcher = PhraseMatcher(HashingEmbedder().embed, 0.5)
    assert matcher.closest("craft", []) == 0.0
    assert not matcher.said_otherwise("craft", [])


def test_when_a_candidate_shares_a_word_then_the_threshold_decides() -> None:
    matcher = PhraseMatcher(HashingEmbedder().embed, 0.7)
    # "boat" against "scallop boat": one word of two in common, cosine 1/sqrt(2)
    assert matcher.closest("boat", ["scallop boat", "crew"]) == pytest.approx(0.7071, abs=1e-3)
    assert matcher.said_otherwise("boat", ["scallop boat"])
    assert not PhraseMatcher(HashingEmbedder().embed, 0.75).said_otherwise("boat", ["scallop boat"])


@pytest.fixture(scope="module")
def phrase_finder(finder) -> FocusFinder:
    """The focus check with a phrase match over the lookup table (shares the loaded parser)."""
    out = FocusFinder(finder.spacy_model, PhraseMatcher(table_embed, 0.6))
    out._nlp = finder.nlp
    return out


def test_when_a_passage_says_the_asked_for_noun_otherwise_then_it_is_not_reported(
    finder, phrase_finder
) -> None:
    question = "Which craft did the Filipino fishermen in Hull work on?"
    passages = ["Six Filipino fishermen in Hull worked on a scallop boat on transit visas."]
    assert finder.unmentioned(question, passages) == ["craft"]
    assert phrase_finder.unmentioned(question, passages) == []


def test_when_the_passage_lacks_the_questions_other_nouns_then_the_phrase_match_says_nothing(
    phrase_finder,
) -> None:
    question = "Which craft did the Filipino fishermen in Hull work on?"
    passages = ["A scallop boat was sold at auction in Grimsby."]
    assert phrase_finder.unmentioned(question, passages) == ["craft"]


def test_when_no_passage_phrase_is_close_then_the_asked_for_noun_is_still_reported(
    phrase_finder,
) -> None:
    question = "Which airline flew the Ethiopian nationals to Dubai?"
    passages = ["Many Ethiopian nationals had been recruited in Addis Ababa and flown via Dubai."]
    assert phrase_finder.unmentioned(question, passages) == ["airline"]


@pytest.mark.slow
def test_when_minilm_scores_phrases_then_paraphrases_pass_and_near_misses_do_not(
    tmp_path,
) -> None:
    from core.settings import EmbeddingSettings, load_settings
    from retrieval.embedder import build_embedder

    embedder = build_embedder(EmbeddingSettings(), models_dir=tmp_path)
    threshold = load_settings(home=tmp_path).answer.phrase_similarity
    matcher = PhraseMatcher(embedder.embed, threshold)
    assert matcher.said_otherwise("craft", ["scallop boat", "boat", "transit visas"])
    assert not matcher.said_otherwise("airline", ["ethiopian nationals", "nationals"])
