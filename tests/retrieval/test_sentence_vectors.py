"""Sentence vectors in the product: written with their passages on every path, stored in the
passages' access partitions, deleted with them, checked and repaired by `lens check`, and used
by search to score a passage by its best sentence (real SQLite/PostgreSQL and Chroma, fake
redactor and embedder)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sqlmodel import select

from core.access import Level
from core.records import Chunk
from ingest.consistency import check_stores
from ingest.exchange import export_documents, import_documents
from ingest.model import LoadedDocument
from ingest.rescrub import Rescrubber
from retrieval.filters import SearchFilters
from retrieval.sentences import SentenceVectors, own_sentences
from tests.fakes.redactor import ListRedactor
from tests.fakes.stack import build_stack

QUERY = "workers owed recruitment debts to the agent"
ANSWER = (  # answers in one sentence among unrelated ones: far from the query as a whole
    "Workers owed recruitment debts to the agent. The harbour was busy with container ships, "
    "cranes, tugs, ferries, barges and trawlers that morning. Inspectors counted vessels "
    "along the northern quay before noon."
)
NEAR = "Workers owed the recruitment agent money."  # one sentence, closer as a whole
SECRET = "Workers owed recruitment debts to the agent. The safe house was in a suburb."


def _doc(ref: str, text: str) -> LoadedDocument:
    return LoadedDocument(ref, ref, text, path=None)  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", "postgresql"])
def stack(request, tmp_path):  # type: ignore[no-untyped-def]
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    stack = build_stack(tmp_path / "home", url)
    con = stack.principal("con")
    stack.pipeline.ingest_documents(
        con, [_doc("answer.txt", ANSWER), _doc("near.txt", NEAR)], level=Level.PUBLIC
    )
    stack.pipeline.ingest_documents(con, [_doc("secret.txt", SECRET)], level=Level.CONFIDENTIAL)
    bank = stack.principal("bank3")
    stack.pipeline.ingest_documents(
        bank, [_doc("bank.txt", SECRET + " Meridian only.")], level=Level.PUBLIC, org_only=True
    )
    yield stack
    stack.db.dispose()


def chunks_of(stack, ref: str | None = None) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Chunk id -> text (of one document when `ref` is given)."""
    from core.records import Document

    with stack.db.session() as s:
        q = select(Chunk.id, Chunk.text, Document.source_ref).where(Chunk.doc_id == Document.id)
        return {cid: text for cid, text, src in s.exec(q) if ref is None or src == ref}


def multi_sentence(chunks: dict[str, str]) -> set[str]:
    return {cid for cid, text in chunks.items() if own_sentences(text)}


def test_when_documents_are_ingested_then_each_multi_sentence_chunk_has_its_sentences(stack):
    chunks = chunks_of(stack)
    assert stack.vectors.sentence_chunk_ids() == multi_sentence(chunks)
    assert not multi_sentence(chunks_of(stack, "near.txt"))  # one sentence: no extra vectors
    counts = stack.vectors.sentences.count()
    assert counts == sum(len(own_sentences(t)) for t in chunks.values())


def test_when_one_sentence_answers_then_dense_search_ranks_that_passage_first(stack):
    pub = stack.principal("pub")
    qvec = stack.embedder.embed([QUERY])[0]
    vecs = stack.vectors.get_vectors(list(chunks_of(stack)))
    whole = {
        ref: float(vecs[next(iter(chunks_of(stack, ref)))] @ qvec)
        for ref in ("answer.txt", "near.txt")
    }
    assert whole["near.txt"] > whole["answer.txt"]  # as wholes, the wrong passage is closer
    found = stack.retriever.search(QUERY, pub, k=2, mode="dense")
    assert [r.source_ref for r in found] == ["answer.txt", "near.txt"]
    assert found[0].score == pytest.approx(1.0, abs=1e-4)  # its first sentence is the query
    assert found[0].similarity == pytest.approx(whole["answer.txt"], abs=1e-4)  # gate: whole
    stack.retriever.settings.sentence_depth = 0  # passages as wholes only: the old ranking
    try:
        old = stack.retriever.search(QUERY, pub, k=2, mode="dense")
    finally:
        stack.retriever.settings.sentence_depth = 3
    assert [r.source_ref for r in old] == ["near.txt", "answer.txt"]


@pytest.mark.parametrize("user", ["pub", "mem", "res"])
def test_when_a_sentence_belongs_to_a_hidden_chunk_then_it_is_never_returned(stack, user):
    p = stack.principal(user)
    hidden = set(chunks_of(stack, "secret.txt")) | set(chunks_of(stack, "bank.txt"))
    qvec = stack.embedder.embed([QUERY])[0]
    assert not hidden & set(stack.vectors.query_sentences(qvec, 200, p))
    assert hidden <= set(stack.vectors.query_sentences(qvec, 200, stack.principal("con"))) | set(
        stack.vectors.query_sentences(qvec, 200, stack.principal("bank3"))
    )  # they are there, for those who may see them
    for mode in ("dense", "hybrid"):
        found = stack.retriever.search(QUERY, p, k=8, mode=mode)  # type: ignore[arg-type]
        assert {r.source_ref for r in found} <= {"answer.txt", "near.txt"}


def test_when_a_filter_excludes_a_document_then_its_sentences_do_not_count(stack):
    con = stack.principal("con")
    only_confidential = SearchFilters(max_level=0)
    found = stack.retriever.search(QUERY, con, only_confidential, k=8, mode="dense")
    assert {r.source_ref for r in found} == {"answer.txt", "near.txt"}
    assert found[0].source_ref == "answer.txt"  # the filtered sentence search still counts
    assert "secret.txt" in {r.source_ref for r in stack.retriever.search(QUERY, con, k=8)}


def test_when_a_document_is_deleted_or_replaced_then_its_sentences_go(stack):
    con = stack.principal("con")
    old = set(chunks_of(stack, "answer.txt"))
    assert old <= stack.vectors.sentence_chunk_ids()
    stack.pipeline.ingest_documents(
        con, [_doc("answer.txt", ANSWER + " A new sentence.")], level=Level.PUBLIC
    )
    new = set(chunks_of(stack, "answer.txt"))
    assert new.isdisjoint(old)
    assert new <= stack.vectors.sentence_chunk_ids()
    assert not old & stack.vectors.sentence_chunk_ids()
    secret = set(chunks_of(stack, "secret.txt"))
    stack.pipeline.delete(con, next(iter(secret)).rsplit("-", 2)[0])
    assert not secret & stack.vectors.sentence_chunk_ids()
    assert stack.vectors.sentence_chunk_ids() == multi_sentence(chunks_of(stack))


def test_when_sentences_are_missing_or_orphaned_then_check_reports_and_repair_fills(stack):
    expected = multi_sentence(chunks_of(stack))
    before_count = stack.vectors.sentences.count()
    stack.vectors.sentences.delete_for(list(expected))  # a hub indexed before sentences
    meta = {"doc_id": "ghost", "org_id": 1, "level": 0, "org_only": False}
    stack.vectors.upsert_sentences(
        ["ghost-00000000-0000"],
        SentenceVectors([0], np.ones((1, 384), dtype=np.float32) / np.sqrt(384)),
        [meta],
    )
    report = check_stores(stack.db, stack.vectors, lambda: stack.embedder, repair=False)
    assert report["missing_sentence_vectors"] == len(expected)
    assert report["orphan_sentence_vectors"] == 1
    assert (report["missing_vectors"], report["orphan_vectors"]) == (0, 0)
    assert not report["consistent"]
    fixed = check_stores(stack.db, stack.vectors, lambda: stack.embedder, repair=True)
    assert fixed["repaired"]
    assert stack.vectors.sentence_chunk_ids() == expected
    assert stack.vectors.sentences.count() == before_count
    assert check_stores(stack.db, stack.vectors, lambda: stack.embedder, repair=False)[
        "consistent"
    ]
    pub = stack.principal("pub")
    assert stack.retriever.search(QUERY, pub, k=1, mode="dense")[0].source_ref == "answer.txt"


def test_when_a_chunk_vector_is_re_embedded_then_its_sentences_come_back(stack):
    cid = next(iter(chunks_of(stack, "answer.txt")))
    stack.vectors.delete([cid])
    assert cid not in stack.vectors.sentence_chunk_ids()
    report = check_stores(stack.db, stack.vectors, lambda: stack.embedder, repair=True)
    assert report["missing_vectors"] == 1
    assert report["missing_sentence_vectors"] == 0  # counted once, as a missing vector
    assert cid in stack.vectors.sentence_chunk_ids()


def test_when_a_document_is_rescrubbed_then_new_chunks_get_sentences_and_old_lose_them(stack):
    old = set(chunks_of(stack, "answer.txt"))
    Rescrubber(
        db=stack.db,
        redactor=ListRedactor(names=("Inspectors",)),
        embedder=stack.embedder,
        vectors=stack.vectors,
        chunker=stack.pipeline.chunker,
        policy_version="9.test",
    ).run(stack.principal("con"))
    new = set(chunks_of(stack, "answer.txt"))
    assert new.isdisjoint(old)  # the text changed, so the ids did
    assert new <= stack.vectors.sentence_chunk_ids()
    assert not old & stack.vectors.sentence_chunk_ids()
    assert stack.vectors.sentence_chunk_ids() == multi_sentence(chunks_of(stack))


def test_when_documents_are_imported_then_their_chunks_get_sentence_vectors(stack, tmp_path):
    out = tmp_path / "export.jsonl"
    export_documents(stack.db, stack.principal("con"), out, max_level=Level(0))
    assert {json.loads(x)["doc"]["source_ref"] for x in out.read_text().splitlines()} >= {
        "answer.txt"
    }
    other = build_stack(tmp_path / "other")
    try:
        imported = import_documents(
            other.db, other.pipeline, other.embedder, other.principal("bank3"), out
        )
        assert imported["imported"] >= 1
        chunks = chunks_of(other)
        assert multi_sentence(chunks)
        assert other.vectors.sentence_chunk_ids() == multi_sentence(chunks)
        found = other.retriever.search(QUERY, other.principal("bank3"), k=1, mode="dense")
        assert found[0].source_ref.endswith("answer.txt")
    finally:
        other.db.dispose()
