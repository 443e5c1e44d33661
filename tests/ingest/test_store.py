"""Which documents of a transformed batch may be stored (ingest.store.storable), and the
report of a stored one: exact ids, metadata and failure sentences, no database needed."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from core.access import Level, Principal
from ingest.batch import IngestReport, _Planned
from ingest.chunking import Passage
from ingest.model import LoadedDocument
from ingest.store import count_stored, storable
from ingest.transform import Transformed

ANA = Principal(7, "ana", 3, "NGO", Level(1), "analyst")


def _planned(ref: str, doc_id: str) -> _Planned:
    loaded = LoadedDocument(ref, ref, "raw", path=Path(f"/in/{ref}"))
    return _Planned(loaded, doc_id, "abcdef0123456789", old_chunk_ids=[])


def _done(passages: int, error: str | None = None) -> Transformed:
    return Transformed(
        text="<PERSON_1> was moved",
        title="t",
        meta={},
        removed={"PERSON": 1} if passages else {},
        n_entities=1,
        passages=[Passage(n, f"passage {n}", 10 * n, 10 * n + 9) for n in range(passages)],
        facts=[("country", "NG")] if passages else [],
        year=2024,
        vectors=np.ones((passages, 4), dtype=np.float32),
        error=error,
    )


def test_when_a_batch_mixes_good_failed_and_empty_documents_then_only_good_ones_are_ready():
    planned = [_planned("a.txt", "d1"), _planned("b.txt", "d2"), _planned("c.txt", "d3")]
    done = [_done(2), _done(0, error="could not be redacted within 60 s"), _done(0)]
    report = IngestReport()
    ready, ids, metas, vecs = storable(ANA, planned, done, Level(1), False, "report", report)
    assert [p.doc_id for p, _, _ in ready] == ["d1"]
    assert ids == ["d1-abcdef01-0000", "d1-abcdef01-0001"]
    assert [m["doc_id"] for m in metas] == ["d1", "d1"]
    assert (metas[0]["org_id"], metas[0]["level"], metas[0]["kind"]) == (3, 1, "report")
    assert metas[0] is not metas[1]
    assert [v.shape for v in vecs] == [(2, 4)]
    assert report.failed == [
        {
            "path": "/in/b.txt",
            "error": "b.txt: could not be redacted within 60 s; nothing of it was stored.",
        },
        {"path": "/in/c.txt", "error": "c.txt: has no text left after redaction."},
    ]


def test_when_a_document_is_stored_then_the_report_counts_it_without_content():
    report = IngestReport()
    count_stored(_planned("a.txt", "d1"), _done(2), report)
    assert report.ingested == 1
    assert report.removed == {"PERSON": 1}
    assert report.documents == [
        {"doc_id": "d1", "source_ref": "a.txt", "chunks": 2, "removed": {"PERSON": 1}}
    ]
