"""Chat history: each user's own conversations, kept for `history.retention_days`.

What is kept: the question as redacted here (never what the user typed), the answer's text,
its mode and its citations as ids plus the quoted, already redacted, passage; and notes of
what an upload did, in counts. What is not kept: uploads, file names, side panels, charts,
and anything else the chat framework would persist (ui/data_layer.py drops it).

Only a conversation's owner may list, read, resume, rename or delete it; anyone else's and
a missing one are answered with the same sentence (`NotFound`). Shown again, every citation
is re-checked against the owner's access *now* (`documents.passage`): a source since hidden
or deleted reads as withdrawn, with no title, no text and no count of what was there, and
the answer's lines that quote it are withdrawn with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, col, func, select

from core import audit
from core.access import Principal
from core.errors import NotFound
from core.records import ChatStep, ChatThread, utcnow
from lens.services.base import Service, iso
from lens.services.history_erase import (
    delete_steps,
    delete_threads_before,
    fold_log,
    secure_delete,
)
from lens.services.history_view import rechecked_steps
from lens.services.withdrawal import withdraw_deleted_sources

KINDS = ("question", "answer", "note")
CITATION_KEYS = ("n", "doc_id", "chunk_id", "quote")
MAX_NAME = 100
MAX_TEXT = 100_000


class HistoryService(Service):
    """Each user's chat conversations: record, list, show (re-checked), rename, delete, and
    the retention rule."""

    _schema_ready = False

    @property
    def enabled(self) -> bool:
        """Whether conversations are kept (`history.enabled`)."""
        return bool(self.settings.history.enabled)

    def ensure_schema(self) -> None:
        """Create the history tables in a hub made before they existed (idempotent)."""
        if not self._schema_ready:
            tables = [SQLModel.metadata.tables[t] for t in ("chat_thread", "chat_step")]
            SQLModel.metadata.create_all(self.db.engine, tables=tables)
            self._schema_ready = True

    # Writing --------------------------------------------------------------------------------
    def record_question(
        self,
        principal: Principal,
        thread_id: str,
        step_id: str,
        text: str,
        *,
        at: datetime | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> None:
        """Keep a question the user asked, redacted here (what they typed is never stored)."""
        if not self.enabled:
            return
        redacted = self._redact(principal, text)
        self._add(
            principal,
            thread_id,
            ChatStep(thread_id=thread_id, step_id=step_id, kind="question", text=redacted),
            at=at,
            name=redacted,
            metadata=metadata,
        )

    def record_answer(
        self,
        principal: Principal,
        thread_id: str,
        step_id: str,
        answer: Mapping[str, Any],
        *,
        at: datetime | None = None,
    ) -> None:
        """Keep an answer as shown (its text comes from redacted passages only), with its
        mode, its audit event and its citations as ids and quotes."""
        if not self.enabled:
            return
        mode = str(answer.get("mode") or "")
        if answer.get("not_mentioned"):
            mode = "not_mentioned"
        cites = {int(c["n"]): c for c in answer.get("citations") or [] if "n" in c}
        step = ChatStep(
            thread_id=thread_id,
            step_id=step_id,
            kind="answer",
            text=str(answer.get("answer") or "")[:MAX_TEXT],
            mode=mode[:32],
            citations=[{k: cites[n].get(k) for k in CITATION_KEYS} for n in sorted(cites)],
            audit_id=int(answer.get("audit_id") or 0) or None,
        )
        self._add(principal, thread_id, step, at=at)

    def record_note(
        self,
        principal: Principal,
        thread_id: str,
        step_id: str,
        text: str,
        *,
        at: datetime | None = None,
    ) -> None:
        """Keep a note the chat wrote (what an upload did, in counts). The caller writes it
        from figures, never from file names or content."""
        if not self.enabled:
            return
        step = ChatStep(thread_id=thread_id, step_id=step_id, kind="note", text=text[:2000])
        self._add(principal, thread_id, step, at=at)

    def update(
        self,
        principal: Principal,
        thread_id: str,
        *,
        name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        create: bool = False,
    ) -> None:
        """Rename a conversation (the name is redacted) or keep its chat profile and upload
        settings; with `create`, start it if it does not exist yet. Anyone else's, or a
        missing one without `create`, raises NotFound."""
        if not self.enabled:
            return
        redacted = self._redact(principal, name) if name and name.strip() else None

        def change(t: ChatThread) -> None:
            if redacted:
                t.name = redacted[:MAX_NAME]
            if metadata:
                t.settings = {**(t.settings or {}), **_allowed(metadata)}

        self._write(principal, thread_id, create=create, change=change)

    def _add(
        self,
        principal: Principal,
        thread_id: str,
        step: ChatStep,
        *,
        at: datetime | None,
        name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> None:
        step.created_at = at or utcnow()

        def change(t: ChatThread) -> None:
            if name and not t.name:
                t.name = name[:MAX_NAME]
            if metadata:
                t.settings = {**(t.settings or {}), **_allowed(metadata)}
            t.updated_at = utcnow()

        self._write(principal, thread_id, create=True, change=change, step=step)

    def _write(
        self,
        principal: Principal,
        thread_id: str,
        *,
        create: bool,
        change: Callable[[ChatThread], None],
        step: ChatStep | None = None,
    ) -> None:
        """Change the user's own thread (and add a message to it) in one transaction; the
        thread is started if missing and `create`. Anyone else's, or a missing one, raises
        NotFound: nothing is ever written into someone else's thread. Two first writes at
        once (the chat names a new thread while its question is kept) both land."""
        for attempt in (1, 2):
            try:
                with self.db.session() as s:
                    t = s.get(ChatThread, thread_id)
                    if t is None and create:
                        at = step.created_at if step is not None else utcnow()
                        t = ChatThread(id=thread_id, user_id=principal.user_id, created_at=at)
                        s.add(t)
                        s.flush()
                    if t is None or t.user_id != principal.user_id:
                        raise _not_found(thread_id)
                    change(t)
                    s.add(t)
                    if step is not None:
                        s.add(step)
                return
            except IntegrityError:
                if attempt == 2:
                    raise

    # Reading --------------------------------------------------------------------------------
    def owns(self, principal: Principal, thread_id: str) -> bool:
        """Whether the conversation exists and is the user's own."""
        with self.db.session() as s:
            t = s.get(ChatThread, thread_id)
            return t is not None and t.user_id == principal.user_id

    def list_threads(
        self,
        principal: Principal,
        *,
        limit: int = 20,
        after: str | None = None,
        search: str | None = None,
    ) -> dict[str, Any]:
        """The user's own conversations, most recently active first, `limit` at a time
        (`after` is the last id of the previous page; `next` the one to pass for the next)."""
        limit = max(1, min(int(limit), 200))
        q = select(ChatThread).where(ChatThread.user_id == principal.user_id)
        if search and search.strip():
            q = q.where(func.lower(col(ChatThread.name)).contains(search.strip().lower()))
        with self.db.session() as s:
            if after:
                last = s.get(ChatThread, after)
                if last is not None and last.user_id == principal.user_id:
                    q = q.where(
                        (col(ChatThread.updated_at) < last.updated_at)
                        | (
                            (col(ChatThread.updated_at) == last.updated_at)
                            & (col(ChatThread.id) < last.id)
                        )
                    )
            rows = s.exec(
                q.order_by(col(ChatThread.updated_at).desc(), col(ChatThread.id).desc()).limit(
                    limit + 1
                )
            ).all()
        page = rows[:limit]
        return {
            "threads": [
                {
                    "id": t.id,
                    "name": t.name,
                    "created_at": iso(t.created_at),
                    "updated_at": iso(t.updated_at),
                }
                for t in page
            ],
            "next": page[-1].id if len(rows) > limit else None,
        }

    def thread(self, principal: Principal, thread_id: str) -> dict[str, Any]:
        """One of the user's conversations, every citation re-checked against their access
        now: a visible one carries its current record and passage, a withdrawn one only its
        number, and the answer's lines that quoted it are withdrawn. Audited (`history.open`,
        with the documents shown)."""
        from lens.services.documents import DocumentService

        with self.db.session() as s:
            t = s.get(ChatThread, thread_id)
            if t is None or t.user_id != principal.user_id:
                t = None
            steps = (
                s.exec(
                    select(ChatStep)
                    .where(ChatStep.thread_id == thread_id)
                    .order_by(col(ChatStep.created_at), col(ChatStep.id))
                ).all()
                if t is not None
                else []
            )
        if t is None:
            raise self._missing(principal, "history.open", thread_id)
        documents = DocumentService(self.root)
        out_steps, shown = rechecked_steps(steps, lambda c: documents.passage(principal, c))
        audit.record(
            self.db,
            user=principal.user_name,
            action="history.open",
            doc_ids=sorted(shown),
            detail={"thread": thread_id},
        )
        return {
            "id": t.id,
            "name": t.name,
            "created_at": iso(t.created_at),
            "updated_at": iso(t.updated_at),
            "settings": dict(t.settings or {}),
            "steps": out_steps,
        }

    def answer_audit_id(self, principal: Principal, step_id: str) -> int | None:
        """The audit event of one of the user's own answers (feedback names the message)."""
        with self.db.session() as s:
            row = s.exec(
                select(ChatStep.audit_id)
                .join(ChatThread, col(ChatThread.id) == col(ChatStep.thread_id))
                .where(ChatStep.step_id == step_id)
                .where(ChatStep.kind == "answer")
                .where(ChatThread.user_id == principal.user_id)
            ).first()
        return int(row) if row else None

    # Deleting -------------------------------------------------------------------------------
    def delete(self, principal: Principal, thread_id: str) -> dict[str, Any]:
        """Delete one of the user's conversations: its rows are gone. Audited without
        content (`history.delete`: the thread id and how many messages went)."""
        with self.db.session() as s:
            t = s.get(ChatThread, thread_id)
            owned = t is not None and t.user_id == principal.user_id
            n = 0
            if owned:
                secure_delete(self.db, s)
                n = delete_steps(s, [thread_id])
                s.delete(t)
        if not owned:
            raise self._missing(principal, "history.delete", thread_id)
        fold_log(self.db)
        audit.record(
            self.db,
            user=principal.user_name,
            action="history.delete",
            detail={"thread": thread_id, "steps": n},
        )
        return {"deleted": thread_id, "steps": n}

    def expire(self, *, now: datetime | None = None) -> dict[str, Any]:
        """The retention rule: every conversation that began more than
        `history.retention_days` ago is deleted with its messages; and answers quoting a
        document deleted since have those quotes withdrawn for good. Returns the counts
        (`lens check --json` reports them); audited when anything went."""
        self.ensure_schema()
        days = int(self.settings.history.retention_days)
        # with history turned off, nothing is kept: every conversation goes
        cutoff = (now or utcnow()) - timedelta(days=days if self.enabled else 0)
        threads, steps = delete_threads_before(self.db, cutoff)
        scrubbed = withdraw_deleted_sources(self.db)
        if threads or scrubbed:
            fold_log(self.db)
        report = {
            "retention_days": days,
            "threads_deleted": threads,
            "steps_deleted": steps,
            "answers_withdrawn": scrubbed,
        }
        if threads or scrubbed:
            audit.record(self.db, user=None, action="history.expire", detail=report)
        return report

    # Internals ------------------------------------------------------------------------------
    def _missing(self, principal: Principal, action: str, thread_id: str) -> NotFound:
        """The refusal for someone else's or a missing conversation: the same sentence
        either way."""
        return self.refuse(
            principal, action, _not_found(thread_id), detail={"thread": thread_id[:64]}
        )

    def _redact(self, principal: Principal, text: str) -> str:
        return self.root.redactor.redact(text[:MAX_TEXT], org=principal.org_name).text


def _allowed(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """Only the chat profile and the upload settings are kept with a thread; the chat's
    session data (earlier questions as typed, files, environment) never is."""
    out: dict[str, Any] = {}
    if isinstance(metadata.get("chat_profile"), str):
        out["chat_profile"] = metadata["chat_profile"][:100]
    chosen = metadata.get("chat_settings")
    if isinstance(chosen, Mapping):
        out["chat_settings"] = {
            k: chosen[k] for k in ("level", "org_only") if isinstance(chosen.get(k), str | bool)
        }
    return out


def _not_found(thread_id: str) -> NotFound:
    return NotFound(f"Conversation {thread_id} does not exist.")
