"""Erasing conversations (lens.services.history_erase) on SQLite: the retention cut deletes
exactly the conversations begun before it, with their messages, and the log is folded."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from core.db import Database
from core.records import ChatStep, ChatThread, Organisation, User, utcnow
from lens.services.history_erase import delete_threads_before, fold_log


@pytest.fixture
def db(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'lens.db'}")
    database.create_schema()
    now = utcnow()
    with database.session() as s:
        s.add(Organisation(id=1, name="NGO", sector="ngo"))
        s.add(User(id=1, name="ana", org_id=1, role="analyst", clearance=1))
        s.flush()
        for thread_id, age_days, messages in (("old", 40, 3), ("older", 90, 1), ("new", 2, 2)):
            began = now - timedelta(days=age_days)
            s.add(ChatThread(id=thread_id, user_id=1, created_at=began))
            s.flush()
            for n in range(messages):
                s.add(
                    ChatStep(thread_id=thread_id, step_id=f"{thread_id}-{n}", kind="note", text="x")
                )
    yield database
    database.dispose()


def test_when_threads_began_before_the_cutoff_then_they_go_with_their_messages(db, tmp_path):
    assert delete_threads_before(db, utcnow() - timedelta(days=30)) == (2, 4)
    fold_log(db)
    with db.session() as s:
        assert [t.id for t in s.exec(select(ChatThread))] == ["new"]
        assert sorted(m.step_id for m in s.exec(select(ChatStep))) == ["new-0", "new-1"]
    wal = tmp_path / "lens.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_when_no_thread_is_older_than_the_cutoff_then_nothing_goes(db):
    assert delete_threads_before(db, utcnow() - timedelta(days=365)) == (0, 0)
    with db.session() as s:
        assert len(s.exec(select(ChatStep)).all()) == 6
