"""The access rule, as executed by the real stores: SQLite, PostgreSQL and Chroma."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pytest
from sqlmodel import select

from core.access import Level, Principal, is_visible, sql_filter, store_filter
from core.db import Database
from core.records import Document, Organisation


@dataclass(frozen=True)
class _Gov:
    level: int
    org_only: bool
    org_id: int


COMBOS = list(itertools.product(range(4), [False, True], [1, 2]))  # level, org_only, org
PRINCIPALS = [
    Principal(1, f"u{c}{o}", o, f"org{o}", Level(c), "analyst")
    for c, o in itertools.product(range(4), [1, 2])
]


def _seed(db: Database) -> None:
    db.create_schema()
    with db.session() as s:
        s.add_all(
            [
                Organisation(id=1, name="org1", sector="ngo"),
                Organisation(id=2, name="org2", sector="finance"),
            ]
        )
        s.flush()
        for i, (level, org_only, org) in enumerate(COMBOS):
            s.add(
                Document(
                    id=f"d{i}",
                    org_id=org,
                    title="t",
                    kind="other",
                    level=level,
                    org_only=org_only,
                    source_ref=f"r{i}",
                    content_hash="h",
                )
            )


def _check_sql(db: Database) -> None:
    with db.session() as s:
        all_docs = s.exec(select(Document)).all()
        for p in PRINCIPALS:
            got = {d.id for d in s.exec(select(Document).where(sql_filter(p, Document)))}
            assert got == {d.id for d in all_docs if is_visible(p, d)}, p


def test_when_sqlite_filters_then_rows_match_rule(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'a.db'}")
    _seed(db)
    _check_sql(db)


@pytest.mark.integration
def test_when_postgresql_filters_then_rows_match_rule(pg_url) -> None:
    db = Database(pg_url)
    _seed(db)
    _check_sql(db)
    db.dispose()


def test_when_chroma_filters_then_hits_match_rule(tmp_path) -> None:
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(
        path=str(tmp_path / "c"), settings=Settings(anonymized_telemetry=False)
    )
    col = client.get_or_create_collection("access-test", metadata={"hnsw:space": "cosine"})
    rng = np.random.default_rng(0)
    col.add(
        ids=[f"d{i}" for i in range(len(COMBOS))],
        embeddings=rng.normal(size=(len(COMBOS), 8)).tolist(),
        metadatas=[{"level": lv, "org_only": oo, "org_id": o} for lv, oo, o in COMBOS],
    )
    for p in PRINCIPALS:
        res = col.query(query_embeddings=[[1.0] * 8], n_results=len(COMBOS), where=store_filter(p))
        expected = {
            f"d{i}"
            for i, (lv, oo, o) in enumerate(COMBOS)
            if lv <= p.clearance and (not oo or o == p.org_id)
        }
        assert set(res["ids"][0]) == expected, p


def test_when_partitioned_index_is_searched_then_hits_match_rule(tmp_path) -> None:
    """The product's own index: partitions chosen per principal, no `where` at all."""
    import chromadb
    from chromadb.config import Settings

    from retrieval.vector_store import ChromaIndex

    client = chromadb.PersistentClient(
        path=str(tmp_path / "c"), settings=Settings(anonymized_telemetry=False)
    )
    index = ChromaIndex(client, "access")
    rng = np.random.default_rng(0)
    vecs = rng.normal(size=(len(COMBOS), 8)).astype(np.float32)
    index.upsert(
        [f"d{i}" for i in range(len(COMBOS))],
        vecs / np.linalg.norm(vecs, axis=1, keepdims=True),
        [{"level": lv, "org_only": oo, "org_id": o} for lv, oo, o in COMBOS],
    )
    assert len(index.partition_counts()) == 12  # 4 shared levels + 4 levels x 2 orgs
    for p in PRINCIPALS:
        hits = index.query(np.ones(8, dtype=np.float32) / 8**0.5, len(COMBOS), p)
        expected = {
            f"d{i}" for i, (lv, oo, o) in enumerate(COMBOS) if is_visible(p, _Gov(lv, oo, o))
        }
        assert {h.chunk_id for h in hits} == expected, p


def test_when_store_predates_partitions_then_vectors_move_on_open(tmp_path) -> None:
    import chromadb
    from chromadb.config import Settings

    from retrieval.vector_store import ChromaIndex

    client = chromadb.PersistentClient(
        path=str(tmp_path / "c"), settings=Settings(anonymized_telemetry=False)
    )
    old = client.get_or_create_collection(
        "lens_chunks", metadata={"hnsw:space": "cosine"}, embedding_function=None
    )
    rng = np.random.default_rng(1)
    old.add(
        ids=[f"d{i}" for i in range(len(COMBOS))],
        embeddings=rng.normal(size=(len(COMBOS), 8)).tolist(),
        metadatas=[{"level": lv, "org_only": oo, "org_id": o} for lv, oo, o in COMBOS],
    )
    index = ChromaIndex(client, "lens_chunks")
    names = {getattr(c, "name", c) for c in client.list_collections()}
    assert "lens_chunks" not in names
    assert index.all_ids() == {f"d{i}" for i in range(len(COMBOS))}
    assert index.partition_counts()["l3-o2"] == 1
    public = Principal(9, "p", 1, "org1", Level.PUBLIC, "analyst")
    hits = index.query(np.ones(8, dtype=np.float32), len(COMBOS), public)
    assert {h.chunk_id for h in hits} == {"d0", "d1", "d2"}  # level 0 shared; org1-only
