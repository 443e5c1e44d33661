"""Conversations erased for good: their rows deleted, the freed bytes overwritten, and SQLite's
write-ahead log folded back so no old frame keeps the deleted text.

Used by `HistoryService.delete` (one conversation) and `HistoryService.expire` (the retention
rule); those check ownership and write the audit rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlmodel import col, select

from core.db import Database
from core.records import ChatStep, ChatThread


def secure_delete(db: Database, s: Any) -> None:
    """Deleted rows are overwritten, not just unlinked (SQLite keeps freed bytes in its
    file unless told to zero them; many builds do not by default)."""
    if db.is_sqlite:
        s.connection().exec_driver_sql("PRAGMA secure_delete = ON")


def fold_log(db: Database) -> None:
    """Fold SQLite's write-ahead log into the database and empty it, so the deleted text
    is not left behind in old log frames (best effort: a busy reader postpones it)."""
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def delete_steps(s: Any, thread_ids: list[str]) -> int:
    """Delete the messages of these conversations in session `s`; how many went."""
    result = s.exec(sql_delete(ChatStep).where(col(ChatStep.thread_id).in_(thread_ids)))
    return int(result.rowcount or 0)


def delete_threads_before(db: Database, cutoff: datetime) -> tuple[int, int]:
    """Delete every conversation begun before `cutoff`, with its messages, 500 at a time,
    overwriting what they held: (conversations, messages) deleted. The caller folds the log."""
    with db.session() as s:
        old = list(s.exec(select(ChatThread.id).where(col(ChatThread.created_at) < cutoff)))
        steps = threads = 0
        if old:
            secure_delete(db, s)
        for start in range(0, len(old), 500):
            batch = old[start : start + 500]
            steps += delete_steps(s, batch)
            threads += s.exec(  # type: ignore[call-overload]
                sql_delete(ChatThread).where(col(ChatThread.id).in_(batch))
            ).rowcount
    return threads, steps
