"""The audit log: who did what with which documents. Content never goes here."""

from __future__ import annotations

from typing import Any

from core.db import Database
from core.errors import AccessDenied
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


def refusal(
    db: Database,
    exc: AccessDenied,
    *,
    user: str | None,
    action: str,
    outcome: str = "refused",
    doc_ids: list[str] | None = None,
    detail: dict[str, Any] | None = None,
) -> AccessDenied:
    """Audit a refusal once: the first layer that sees it writes the row and marks it, so the
    layers it passes through on its way to the user (a service, the CLI) write none. Returns
    the exception, for `raise`."""
    if not exc.audited:
        record(db, user=user, action=action, outcome=outcome, doc_ids=doc_ids, detail=detail)
        exc.audited = True
    return exc
