"""Sentence-level dense scores: a passage is as close as its whole or its best sentence."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.sentences import best_per_chunk, max_sim, sentence_units, split_sentences
from tests.fakes.embedder import HashingEmbedder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One idea. Another idea! A third?", ["One idea.", "Another idea!", "A third?"]),
        ("Debt of 4,000; passports kept.", ["Debt of 4,000;", "passports kept."]),
        ("Line one\n\nLine two", ["Line one", "Line two"]),
        ("A figure 3.5 stays whole.", ["A figure 3.5 stays whole."]),
        ("   ", []),
    ],
)
def test_when_passage_is_split_then_sentences_come_in_order(text, expected) -> None:
    assert split_sentences(text) == expected


def test_when_chunks_are_unitised_then_each_sentence_keeps_its_chunk() -> None:
    units = sentence_units([("a", "First. Second."), ("b", "Only one")])
    assert units == [("a", "First."), ("a", "Second."), ("b", "Only one")]


def test_when_a_chunk_has_several_sentences_then_its_best_counts() -> None:
    best = best_per_chunk(["a", "a", "b"], np.array([0.2, 0.7, 0.4]))
    assert best == {"a": 0.7, "b": 0.4}


def test_when_best_sentence_beats_the_passage_then_it_sets_the_score() -> None:
    scores = max_sim({"a": 0.3, "b": 0.5, "c": 0.6}, {"a": 0.8, "b": 0.45})
    assert scores == {"a": 0.8, "b": 0.5, "c": 0.6}  # b keeps its own; c has no sentences


def test_when_one_sentence_answers_among_many_then_that_passage_rises() -> None:
    """The passage holding the answer in one sentence among unrelated ones loses on its whole
    vector and wins on its best sentence."""
    emb = HashingEmbedder()
    chunks = {
        "mixed": "Workers owed recruitment debts to the agent. The harbour was busy with "
        "container ships, cranes, tugs, ferries, barges and trawlers that morning.",
        "near": "Fishing crews on trawlers and barges worked at the harbour.",
    }
    query = "owed recruitment debts"
    qvec = emb.embed([query])[0]
    ids = list(chunks)
    whole = dict(zip(ids, (emb.embed(list(chunks.values())) @ qvec).tolist(), strict=True))
    units = sentence_units(chunks.items())
    sims = emb.embed([s for _, s in units]) @ qvec
    scored = max_sim(whole, best_per_chunk([c for c, _ in units], sims))
    assert scored["mixed"] > whole["mixed"]
    first = float(emb.embed(["Workers owed recruitment debts to the agent."])[0] @ qvec)
    assert scored["mixed"] == pytest.approx(first)
    assert max(scored, key=scored.get) == "mixed"
