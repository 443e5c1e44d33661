"""The audit log: who did what with which documents. Content never goes here."""

from __future__ import annotations

from typing import Any

from core.db import Database
from core.records import AuditEvent


def record(
    db: Database,
    *,
    user: str | None,
    action: str,
    query: str | None = None,
    doc_ids: list[str] | None = None,
    outcome: str = "ok",
    detail: dict[str, Any] | None = None,
) -> int:
    """Write one audit event in its own transaction; returns its id.

    `query` must already be what the user typed (redacted by the caller where it may hold
    personal data); `doc_ids` are ids only, never titles or text.
    """
    with db.session() as s:
        event = AuditEvent(
            user_name=user,
            action=action,
            query=query,
            doc_ids=list(doc_ids or []),
            outcome=outcome,
            detail=dict(detail or {}),
        )
        s.add(event)
        s.flush()
        return int(event.id or 0)
