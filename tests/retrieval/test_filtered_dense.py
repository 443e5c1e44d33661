"""Filtered dense search: narrowed in SQL when the wide search holds enough, else by the store."""

from __future__ import annotations

import pytest

from core.access import Level
from core.settings import RetrievalSettings
from ingest.model import LoadedDocument
from retrieval.filters import SearchFilters
from retrieval.search import Retriever
from tests.fakes.stack import build_stack


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = build_stack(tmp_path_factory.mktemp("filtered") / "home")
    con = stack.principal("con")
    news = [
        LoadedDocument(f"n{i}.txt", f"News {i}", f"wages withheld at factory {i}", path=None)
        for i in range(40)
    ]
    audit = [LoadedDocument("a.txt", "Audit", "kiln owners kept passports of families", None)]
    stack.pipeline.ingest_documents(con, news, level=Level.PUBLIC, kind="news")
    stack.pipeline.ingest_documents(con, audit, level=Level.CONFIDENTIAL, kind="supplier_audit")
    return stack


def narrow(stack) -> Retriever:
    """A retriever whose wide dense search (8 x 3 candidates) cannot hold every chunk."""
    settings = RetrievalSettings(top_k=1, candidates=3)
    return Retriever(db=stack.db, vectors=stack.vectors, embedder=stack.embedder, settings=settings)


def test_when_filter_matches_outside_wide_search_then_store_filter_finds_it(stack) -> None:
    retriever = narrow(stack)
    qvec = stack.embedder.embed(["wages withheld at factory"])[0]
    con = stack.principal("con")
    audit = _doc_id(stack, "a.txt")
    wide = stack.vectors.query(qvec, 3 * 8, con)
    assert not any(h.chunk_id.startswith(audit) for h in wide)  # so the store's where is used
    hits = retriever._dense(qvec, 3, con, SearchFilters(kind="supplier_audit"))
    assert len(hits) == 1
    assert hits[0].chunk_id.startswith(audit)


def test_when_filter_matches_inside_wide_search_then_only_matches_return(stack) -> None:
    retriever = narrow(stack)
    qvec = stack.embedder.embed(["wages withheld at factory"])[0]
    hits = retriever._dense(qvec, 3, stack.principal("con"), SearchFilters(kind="news"))
    assert len(hits) == 3
    news = {_doc_id(stack, f"n{i}.txt") for i in range(40)}
    assert all(h.chunk_id.rsplit("-", 2)[0] in news for h in hits)


def test_when_filtered_then_hidden_document_still_hidden(stack) -> None:
    retriever = narrow(stack)
    qvec = stack.embedder.embed(["kiln owners kept passports"])[0]
    assert (
        retriever._dense(qvec, 3, stack.principal("pub"), SearchFilters(kind="supplier_audit"))
        == []
    )


def _doc_id(stack, ref: str) -> str:
    from sqlmodel import select

    from core.records import Document

    with stack.db.session() as s:
        return s.exec(select(Document.id).where(Document.source_ref == ref)).one()
