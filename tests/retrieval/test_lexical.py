"""Lexical search at scale: common words left out, FTS ranked first, access applied after."""

from __future__ import annotations

import pytest

from core.access import Level
from ingest.model import LoadedDocument
from retrieval.filters import SearchFilters
from retrieval.lexical import LexicalIndex, prune_common
from tests.fakes.stack import build_stack

COMMON = {"worker": 900, "recruit": 800, "hous": 700, "on": 990, "us": 950, "countri": 600}


@pytest.mark.parametrize(
    ("terms", "kept"),
    [
        (["workers", "kiln"], ["kiln"]),  # worker is a porter stem of workers
        (["recruitment", "fees", "nepal"], ["fees", "nepal"]),  # recruit: four letters shorter
        (["housing", "walsall"], ["walsall"]),
        (["one", "use", "brick"], ["brick"]),
        (["onion", "brick"], ["onion", "brick"]),  # on is more than four letters shorter
        (["workers", "housing", "recruiters"], ["housing", "recruiters"]),  # all common: 2 rarest
        (["kiln", "brick"], ["kiln", "brick"]),
        (["country", "kiln"], ["kiln"]),  # porter turns a final y into i
    ],
)
def test_when_words_are_common_then_left_out(terms, kept) -> None:
    assert prune_common(terms, COMMON) == kept


def test_when_rare_words_add_up_past_budget_then_rarest_kept() -> None:
    counts = {"kiln": 5, "brick": 40, "punjab": 60, "debt": 90}
    kept = prune_common(["debt", "brick", "kiln", "punjab"], counts, cut=100, budget=50)
    assert kept == ["brick", "kiln"]  # 5 + 40 fit the budget; punjab would pass it


def test_when_nothing_is_common_then_every_word_stays() -> None:
    assert prune_common(["workers", "kiln"], {}) == ["workers", "kiln"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def crowded(request, tmp_path_factory):
    """90 confidential reports that all say 'workers' often, and 2 public ones that say it once
    (on SQLite, and on PostgreSQL when the CI server is there)."""
    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_module_url")
    stack = build_stack(tmp_path_factory.mktemp("lexical") / "home", url)
    con = stack.principal("con")
    hidden = [
        LoadedDocument(
            f"c{i}.txt", f"Confidential {i}", f"workers workers workers report {i}", path=None
        )
        for i in range(90)
    ]
    public = [
        LoadedDocument("p1.txt", "Public one", "workers at the brick kiln in Punjab", path=None),
        LoadedDocument("p2.txt", "Public two", "workers on a trawler near Songkhla", path=None),
    ]
    stack.pipeline.ingest_documents(con, hidden, level=Level.CONFIDENTIAL, kind="incident_report")
    stack.pipeline.ingest_documents(con, public, level=Level.PUBLIC, kind="news")
    return stack


def test_when_top_matches_are_hidden_then_visible_matches_still_found(crowded) -> None:
    """The FTS ranks 64 hidden chunks first; the search widens until the public ones appear."""
    lexical = LexicalIndex(crowded.db)
    hits = lexical.search("workers", crowded.principal("pub"), SearchFilters(), 5).hits
    assert len(hits) == 2
    assert all(h.chunk_id.startswith(tuple(_doc_ids(crowded, "pub"))) for h in hits)


def test_when_corpus_is_large_then_common_word_does_not_drown_rare_one(crowded) -> None:
    lexical = LexicalIndex(crowded.db, prune_from=10, common_share=0.5)
    assert "worker" in lexical.common_terms()
    hits = lexical.search("workers kiln", crowded.principal("con"), SearchFilters(), 3).hits
    assert [h.chunk_id for h in hits][:1] == _chunks_with(crowded, "kiln")
    assert len(hits) == 1  # 'workers' was left out, so only the kiln report matches


def test_when_corpus_is_small_then_nothing_is_left_out(crowded) -> None:
    lexical = LexicalIndex(crowded.db, prune_from=10_000, common_share=0.5)
    assert lexical.common_terms() == {}
    hits = lexical.search("workers kiln", crowded.principal("con"), SearchFilters(), 3).hits
    assert hits[0].chunk_id in _chunks_with(crowded, "kiln")
    assert len(hits) == 3


def test_when_a_phrase_is_counted_then_only_visible_chunks_holding_it_as_written(crowded) -> None:
    """The focus check's count of a named thing: the words in order, not merely all there,
    and never a chunk the asker may not see."""
    lexical = LexicalIndex(crowded.db)
    pub, con = crowded.principal("pub"), crowded.principal("con")
    kiln = _chunks_with(crowded, "kiln")
    assert lexical.holding("brick kiln", pub, SearchFilters(), 50) == kiln
    assert lexical.holding("Brick-Kiln", pub, SearchFilters(), 50) == kiln
    # both words are in the kiln report, but not as this phrase
    assert lexical.search('"kiln brick"', pub, SearchFilters(), 50).hits
    assert lexical.holding("kiln brick", pub, SearchFilters(), 50) == []
    # the hidden reports hold "workers report": the public user counts none of them
    assert lexical.holding("workers report", pub, SearchFilters(), 50) == []
    assert len(lexical.holding("workers report", con, SearchFilters(), 50)) == 50


def test_when_reports_naming_a_phrase_are_found_then_every_visible_holder_and_no_other(crowded):
    """`holding_phrase` (the chat's "connected to Operation Kestrel?"): the phrase alone is
    asked for, unranked, so every holder up to k is found however common its words are."""
    lexical = LexicalIndex(crowded.db, prune_from=10, common_share=0.5)  # 'workers' is common
    pub, con = crowded.principal("pub"), crowded.principal("con")
    assert lexical.holding_phrase("Brick Kiln", pub, 50) == _chunks_with(crowded, "kiln")
    assert lexical.holding_phrase("kiln brick", pub, 50) == []
    assert lexical.holding_phrase("workers report", pub, 50) == []  # hidden holders only
    assert len(lexical.holding_phrase("workers report", con, 500)) == 90
    assert len(lexical.holding_phrase("workers report", con, 7)) == 7


def _doc_ids(stack, user: str) -> list[str]:
    from sqlmodel import select

    from core.access import sql_filter
    from core.records import Document

    with stack.db.session() as s:
        p = stack.principal(user)
        return [d.id for d in s.exec(select(Document).where(sql_filter(p, Document)))]


def _chunks_with(stack, word: str) -> list[str]:
    from sqlmodel import select

    from core.records import Chunk

    with stack.db.session() as s:
        return [c.id for c in s.exec(select(Chunk)) if word in c.text]
