"""Sentence vectors: spans, pooling, storage with the chunks, and the reorder of fused hits."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import text

from core.access import Level
from ingest.model import LoadedDocument
from retrieval.fusion import sentence_reorder
from retrieval.sentences import (
    best_sentence,
    embed_with_sentences,
    pack,
    pool_sentences,
    sentence_spans,
    unpack,
)
from tests.fakes.embedder import HashingEmbedder
from tests.fakes.stack import build_stack


@pytest.mark.parametrize(
    ("passage", "sentences"),
    [
        ("One sentence here. Another one here!", ["One sentence here.", "Another one here!"]),
        ("## Findings\nWorkers slept in a shed.", ["## Findings\nWorkers slept in a shed."]),
        (
            'He said "leave now." Then he left the farm.',
            ['He said "leave now.', "Then he left the farm."],
        ),
        ("A first long sentence. Short.", ["A first long sentence. Short."]),
        ("No full stop at the end", ["No full stop at the end"]),
    ],
)
def test_when_passage_is_split_then_short_pieces_join_a_neighbour(passage, sentences) -> None:
    assert [passage[s:e].strip() for s, e in sentence_spans(passage)] == sentences


def test_when_tokens_are_pooled_then_each_span_averages_its_own_tokens() -> None:
    tokens = np.array([[9, 9], [1, 0], [3, 0], [0, 2], [9, 9]], dtype=np.float32)
    offsets = np.array([[0, 0], [0, 3], [4, 8], [9, 14], [0, 0]])  # first and last: special
    pooled = pool_sentences(tokens, offsets, [(0, 8), (9, 14), (20, 30)])  # last: truncated
    assert pooled.shape == (2, 2)
    np.testing.assert_allclose(pooled, [[1, 0], [0, 1]])


def test_when_vectors_are_packed_then_cosines_survive_int8() -> None:
    rng = np.random.default_rng(0)
    rows = rng.normal(size=(5, 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    back = unpack(pack(rows), 384)
    q = rows[2]
    assert np.abs(back @ q - rows @ q).max() < 0.01
    assert best_sentence(q, back) == pytest.approx(1.0, abs=0.01)
    assert best_sentence(q, back[:0]) is None


def test_when_embedder_has_no_token_outputs_then_sentences_are_embedded_alone() -> None:
    emb = HashingEmbedder()
    passages, sentences = embed_with_sentences(emb, ["Cats sat on mats. Dogs ran in parks."])
    np.testing.assert_allclose(passages, emb.embed(["Cats sat on mats. Dogs ran in parks."]))
    np.testing.assert_allclose(sentences[0], emb.embed(["Cats sat on mats.", "Dogs ran in parks."]))


def test_when_a_passage_holds_a_better_sentence_then_it_rises_within_the_depth_only() -> None:
    order = ["a", "b", "c", "d"]
    score = {"a": 1.0, "b": 0.95, "c": 0.9, "d": 0.5}
    cosine = {"a": 0.5, "b": 0.45, "c": 0.4, "d": 0.2}
    best = {"a": 0.5, "b": 0.45, "c": 0.6, "d": 0.9}  # d is beyond the depth
    assert sentence_reorder(order, score, cosine, best, weight=1.0, depth=3) == [
        "c",
        "a",
        "b",
        "d",
    ]
    # A gain within the margin is chance (the best of several sentences): nothing moves.
    kept = sentence_reorder(order, score, cosine, best, weight=1.0, depth=3, margin=0.2)
    assert kept == order


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def stack(request, tmp_path_factory):
    """The same two reports on each records backend (the vectors are rows beside the chunks)."""
    url = request.getfixturevalue("pg_module_url") if request.param == "postgresql" else None
    stack = build_stack(tmp_path_factory.mktemp("sentences") / "home", url)
    docs = [
        LoadedDocument(
            "farm.txt",
            "F",
            "The harvest was late this year. Pickers slept in a pesticide shed without water.",
            None,
        ),
        LoadedDocument("shop.txt", "S", "A shop sold bread and milk to the village.", None),
    ]
    stack.pipeline.ingest_documents(stack.principal("con"), docs, level=Level.PUBLIC, kind="news")
    return stack


def _rows(stack) -> dict[str, int]:
    sql = text(
        "SELECT d.source_ref, length(s.vectors) FROM chunk_sentences s "
        "JOIN chunk c ON c.id = s.chunk_id JOIN document d ON d.id = c.doc_id"
    )
    with stack.db.engine.connect() as conn:
        return dict(conn.execute(sql).all())


def test_when_documents_are_ingested_then_each_chunk_stores_its_sentence_vectors(stack) -> None:
    rows = _rows(stack)
    assert rows == {"farm.txt": 2 * stack.embedder.dim, "shop.txt": stack.embedder.dim}


def test_when_searching_then_the_best_sentence_is_read_for_fused_hits(stack) -> None:
    pub = stack.principal("pub")
    results = stack.retriever.search("pickers slept in a pesticide shed", pub, k=2)
    assert results[0].source_ref == "farm.txt"
    ids = [r.chunk_id for r in results]
    best = stack.retriever.sentences.best(stack.embedder.embed(["pickers slept"])[0], ids)
    assert set(best) == set(ids)


def test_when_a_document_is_deleted_then_its_sentence_vectors_go_too(stack) -> None:
    con = stack.principal("con")
    doc = next(
        r for r in stack.retriever.search("bread milk", con, k=2) if r.source_ref == "shop.txt"
    )
    stack.pipeline.delete(con, doc.doc_id)
    assert "shop.txt" not in _rows(stack)
