"""The ingest pipeline's bookkeeping, on real SQLite and Chroma with fake models."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import func, select

from core.access import Level
from core.errors import AccessDenied, LensError
from core.records import AuditEvent, Chunk, Document, Fact
from ingest.model import RecordOptions
from tests.fakes.stack import build_stack

STORY = (
    "Mai Nguyen was recruited in Ha Tinh, Vietnam, and taken to Birmingham in 2019. "
    "She worked in a nail bar and her passport was taken. Call +44 7700 900123.\n\n"
    "The recruiter said she owed a debt of 20,000 dollars."
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def stack(request, tmp_path):
    """The same pipeline on SQLite and, where a server answers, on PostgreSQL."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    stack = build_stack(tmp_path / "home", url)
    yield stack
    stack.db.dispose()


def counts(stack) -> tuple[int, int, int, int]:
    with stack.db.session() as s:
        docs = s.exec(select(func.count()).select_from(Document)).one()
        chunks = s.exec(select(func.count()).select_from(Chunk)).one()
        facts = s.exec(select(func.count()).select_from(Fact)).one()
    return docs, chunks, facts, stack.vectors.count()


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_when_story_ingested_then_only_redacted_text_is_stored(stack, tmp_path) -> None:
    path = write(tmp_path / "in", "story.txt", STORY)
    report = stack.pipeline.ingest_paths(stack.principal("res"), [path], level=Level.MEMBER)
    assert report.ingested == 1
    # Counted over the whole document: the name is in the body and in the title (first line).
    assert report.removed == {"PERSON": 1, "PHONE_NUMBER": 1}  # the title holds the same name
    with stack.db.session() as s:
        texts = " ".join(c.text for c in s.exec(select(Chunk)))
        doc = s.exec(select(Document)).one()
        facts = {(f.kind, f.value) for f in s.exec(select(Fact))}
    assert "Mai Nguyen" not in texts
    assert "7700" not in texts
    assert "<PERSON_1>" in texts
    assert doc.redactions == {"PERSON": 1, "PHONE_NUMBER": 1}
    assert doc.title.startswith("<PERSON_1> was recruited")
    assert ("country", "VN") in facts
    assert ("country", "GB") in facts
    assert doc.year == 2019


def test_when_same_input_ingested_twice_then_unchanged(stack, tmp_path) -> None:
    path = write(tmp_path / "in", "story.txt", STORY)
    p = stack.principal("res")
    stack.pipeline.ingest_paths(p, [path])
    before = counts(stack)
    again = stack.pipeline.ingest_paths(p, [path])
    assert (again.ingested, again.unchanged) == (0, 1)
    assert counts(stack) == before


def test_when_input_changes_then_old_chunks_replaced_everywhere(stack, tmp_path) -> None:
    path = write(tmp_path / "in", "story.txt", STORY)
    p = stack.principal("res")
    stack.pipeline.ingest_paths(p, [path])
    path.write_text("A short new version about fishing boats in Thailand in 2021.")
    report = stack.pipeline.ingest_paths(p, [path])
    assert report.ingested == 1
    docs, chunks, _, vectors = counts(stack)
    assert (docs, chunks, vectors) == (1, 1, 1)
    with stack.db.session() as s:
        (chunk,) = s.exec(select(Chunk)).all()
    assert "fishing" in chunk.text
    assert stack.vectors.all_ids() == {chunk.id}


def test_when_batch_has_bad_files_then_rest_stored_and_each_reported(stack, tmp_path) -> None:
    folder = tmp_path / "in"
    write(folder, "good.txt", STORY)
    write(folder, "empty.txt", "")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    write(folder, "notes.xyz", "hello")
    report = stack.pipeline.ingest_paths(stack.principal("res"), [folder])
    assert report.ingested == 1
    failed = {Path(f["path"]).name: f["error"] for f in report.failed}
    assert set(failed) == {"empty.txt", "binary.txt", "notes.xyz"}
    assert all(name in err for name, err in failed.items())
    assert counts(stack)[0] == 1


def test_when_csv_records_then_one_document_per_row(stack, tmp_path) -> None:
    csv = write(
        tmp_path / "in",
        "incidents.csv",
        "incident_id,country,summary\nINC-1,Thailand,Crew held on a trawler in 2020.\n"
        "INC-2,Qatar,Workers on a building site were not paid in 2018.\n",
    )
    report = stack.pipeline.ingest_paths(
        stack.principal("res"),
        [csv],
        options=RecordOptions(
            text_column="summary", id_column="incident_id", meta_columns=("country",)
        ),
    )
    assert sorted(d["source_ref"] for d in report.documents) == [
        "incidents.csv#INC-1",
        "incidents.csv#INC-2",
    ]


def test_when_level_above_clearance_then_refused_and_audited(stack, tmp_path) -> None:
    path = write(tmp_path / "in", "story.txt", STORY)
    with pytest.raises(AccessDenied, match="may not share at level confidential"):
        stack.pipeline.ingest_paths(stack.principal("mem"), [path], level=Level.CONFIDENTIAL)
    assert counts(stack)[0] == 0
    with stack.db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.outcome == "refused")).one()
    assert event.user_name == "mem"


def test_when_document_deleted_then_gone_from_every_store(stack, tmp_path) -> None:
    path = write(tmp_path / "in", "story.txt", STORY)
    report = stack.pipeline.ingest_paths(stack.principal("res"), [path])
    doc_id = report.documents[0]["doc_id"]
    stack.pipeline.delete(stack.principal("res"), doc_id)  # the uploader
    assert counts(stack) == (0, 0, 0, 0)
    assert stack.retriever.search("nail bar passport", stack.principal("con")) == []
    with stack.db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "delete")).one()
    assert event.doc_ids == [doc_id]
    assert event.query is None


def test_when_not_uploader_nor_owner_admin_then_delete_refused(stack, tmp_path) -> None:
    path = write(tmp_path / "in", "story.txt", STORY)
    doc_id = stack.pipeline.ingest_paths(stack.principal("res"), [path]).documents[0]["doc_id"]
    with pytest.raises(AccessDenied):
        stack.pipeline.delete(stack.principal("bankadmin"), doc_id)
    with pytest.raises(LensError, match="does not exist"):
        stack.pipeline.delete(stack.principal("pub"), doc_id)  # cannot even see it
    stack.pipeline.delete(stack.principal("con"), doc_id)  # admin of the owning org
    assert counts(stack)[0] == 0
