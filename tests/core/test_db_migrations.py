"""Schema steps: a database made by an older Lens gains its new columns and keeps its rows."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import select

from core import records
from core.db import Database
from core.records import Document, Organisation


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path) -> str:  # type: ignore[no-untyped-def]
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'lens.db'}"


def make_version_1(db: Database) -> None:
    """A schema-1 database with one document: today's schema less the columns added since."""
    db.create_schema()
    with db.session() as s:
        s.add(Organisation(id=1, name="Harbour Light", sector="ngo"))
        s.flush()
        s.add(
            Document(
                id="d1", org_id=1, title="A report", kind="news", level=1,
                source_ref="a.txt", content_hash="h",
            )
        )  # fmt: skip
    with db.engine.begin() as conn:
        conn.execute(text("DROP INDEX IF EXISTS ix_document_policy_version"))
        conn.execute(text("ALTER TABLE document DROP COLUMN policy_version"))
        conn.execute(text("UPDATE lens_meta SET value = '1' WHERE key = 'schema_version'"))


def test_when_old_database_upgraded_then_column_added_and_rows_kept(url) -> None:
    db = Database(url)
    make_version_1(db)
    assert db.schema_version() == 1
    assert db.upgrade() == records.SCHEMA_VERSION == 2
    assert db.schema_version() == 2
    with db.session() as s:
        doc = s.exec(select(Document)).one()
        assert (doc.title, doc.policy_version) == ("A report", "")
        doc.policy_version = "2.abc"
    with db.session() as s:
        assert s.get(Document, "d1").policy_version == "2.abc"
    assert db.upgrade() == 2  # idempotent
    db.dispose()


def test_when_init_runs_on_old_database_then_it_is_upgraded(url) -> None:
    db = Database(url)
    make_version_1(db)
    assert db.create_schema() == 2
    with db.session() as s:
        assert s.exec(select(Document.policy_version)).one() == ""
    db.dispose()


def test_when_new_database_then_it_starts_at_current_version(url) -> None:
    db = Database(url)
    assert db.upgrade() == 0  # before init: nothing to do
    assert db.create_schema() == records.SCHEMA_VERSION
    assert db.upgrade() == records.SCHEMA_VERSION
    db.dispose()
