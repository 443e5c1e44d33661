"""`lens check`: orphans and missing vectors are found and repaired; the database wins."""

from __future__ import annotations

import numpy as np

from ingest.consistency import check_stores
from ingest.model import LoadedDocument
from tests.fakes.stack import build_stack


def test_when_stores_drift_then_check_finds_and_repairs(tmp_path) -> None:
    stack = build_stack(tmp_path / "home")
    p = stack.principal("con")
    docs = [
        LoadedDocument(
            f"r{i}.txt", f"R{i}", f"Report {i} about fishing boats in Thailand.", path=None
        )
        for i in range(3)
    ]  # type: ignore[arg-type]
    stack.pipeline.ingest_documents(p, docs)
    ids = sorted(stack.vectors.all_ids())
    stack.vectors.delete([ids[0]])  # a chunk lost its vector
    stack.vectors.upsert(
        ["ghost-00000000-0000"],
        np.ones((1, 384), dtype=np.float32),
        [{"doc_id": "ghost", "org_id": 1, "level": 0, "org_only": False}],
    )
    before = check_stores(stack.db, stack.vectors, lambda: stack.embedder, repair=False)
    assert (before["orphan_vectors"], before["missing_vectors"]) == (1, 1)
    assert not before["consistent"]
    after = check_stores(stack.db, stack.vectors, lambda: stack.embedder, repair=True)
    assert after["repaired"]
    assert stack.vectors.all_ids() == set(ids)
    again = check_stores(stack.db, stack.vectors, lambda: stack.embedder, repair=False)
    assert again["consistent"]
    hit = stack.retriever.search("Report 0 fishing boats", p, k=1)
    assert hit[0].source_ref == "r0.txt"
