"""Chainlit's data layer for Lens: feedback goes to the audit log, and each user's own
conversations come from the history service (lens.services.history).

What Chainlit would persist through a data layer, and what Lens does with it:
- messages (`create_step`/`update_step`): dropped. They hold what the user typed, raw; the
  app keeps the redacted question and the answer itself (`runtime.record_*`).
- elements (`create_element`): dropped. They are uploaded files (raw), source panels and
  charts; a resumed conversation rebuilds its source panels from re-checked citations.
- users (`create_user`): not stored; the Lens user table is the only one.
- thread names and session data (`update_thread`): the name is redacted by the service; of
  the session data only the chat profile and the upload settings are kept.

Who is asking: Chainlit's thread routes do not tell a data layer which user calls them, and
check ownership by comparing `get_thread_author` with that user (401 for another's thread,
404 for a missing one). `install_requester` records the caller of each HTTP request (a
FastAPI dependency override of Chainlit's `get_current_user`), and the websocket handlers
carry their session's user, so this layer answers only for the caller's own threads: another
user's thread reads as missing (404, "Thread not found"), word for word.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from chainlit.data.base import BaseDataLayer
from chainlit.types import Feedback, PageInfo, PaginatedResponse
from chainlit.user import PersistedUser, User

from core import audit
from core.db import Database
from core.errors import LensError

if TYPE_CHECKING:
    from core.access import Principal
    from lens.services import Services

_REQUESTER: ContextVar[str | None] = ContextVar("lens_requester", default=None)


def requester() -> str | None:
    """The logged-in user this call is made for: the caller of the HTTP request, or the user
    of the websocket session; None when it cannot be known (then nothing is answered)."""
    who = _REQUESTER.get()
    if who:
        return who
    try:
        from chainlit.context import context

        user = context.session.user
    except Exception:  # no Chainlit context here (a bare HTTP route, a test)
        return None
    return str(user.identifier) if user is not None else None


def install_requester(app: Any) -> None:
    """Make every Chainlit route that resolves its user also record it for this layer."""
    from chainlit.auth import get_current_user, reuseable_oauth
    from fastapi import Depends

    async def current_user(token: str = Depends(reuseable_oauth)) -> Any:
        user = await get_current_user(token)
        _REQUESTER.set(str(user.identifier) if user is not None else None)
        return user

    app.dependency_overrides[get_current_user] = current_user


class AuditFeedbackLayer(BaseDataLayer):
    """Feedback into AuditEvent; everything else is deliberately not persisted."""

    def __init__(self, db: Database, redact: Callable[[str], str]) -> None:
        self.db = db
        self.redact = redact
        # message id -> (user, ask audit id), the most recent MAX_ANSWERS only
        self.answers: OrderedDict[str, tuple[str, int]] = OrderedDict()

    MAX_ANSWERS = 10_000

    def remember(self, message_id: str, user: str, ask_id: int) -> None:
        """Link a shown message to its audit event; the oldest links go first."""
        self.answers[message_id] = (user, ask_id)
        self.answers.move_to_end(message_id)
        while len(self.answers) > self.MAX_ANSWERS:
            self.answers.popitem(last=False)

    async def answer_of(self, message_id: str) -> tuple[str | None, int]:
        """(user, audit id of the answer) for a message given feedback; (None, 0) if unknown."""
        return self.answers.get(message_id, (None, 0))

    async def get_user(self, identifier: str) -> PersistedUser | None:
        return PersistedUser(
            identifier=identifier, id=identifier, createdAt=datetime.now(UTC).isoformat()
        )

    async def create_user(self, user: User) -> PersistedUser | None:
        return PersistedUser(
            identifier=user.identifier,
            id=user.identifier,
            createdAt=datetime.now(UTC).isoformat(),
            metadata=user.metadata,
        )

    async def upsert_feedback(self, feedback: Feedback) -> str:
        user, ask_id = await self.answer_of(feedback.forId)
        comment = self.redact(feedback.comment) if feedback.comment else None
        event_id = audit.record(
            self.db,
            user=user,
            action="feedback",
            query=comment,
            outcome="up" if feedback.value == 1 else "down",
            detail={"answer_audit_id": ask_id, "message": feedback.forId},
        )
        return str(event_id)

    async def delete_feedback(self, feedback_id: str) -> bool:
        return True  # the audit log is append-only

    async def create_element(self, element: Any) -> None:
        return None

    async def get_element(self, thread_id: str, element_id: str) -> Any:
        return None

    async def delete_element(self, element_id: str, thread_id: str | None = None) -> None:
        return None

    async def create_step(self, step_dict: Any) -> None:
        return None

    async def update_step(self, step_dict: Any) -> None:
        return None

    async def delete_step(self, step_id: str) -> None:
        return None

    async def get_thread_author(self, thread_id: str) -> str:
        return ""

    async def delete_thread(self, thread_id: str) -> None:
        return None

    async def list_threads(self, pagination: Any, filters: Any) -> PaginatedResponse:
        return PaginatedResponse(
            pageInfo=PageInfo(hasNextPage=False, startCursor=None, endCursor=None), data=[]
        )

    async def get_thread(self, thread_id: str) -> Any:
        return None

    async def update_thread(
        self,
        thread_id: str,
        name: str | None = None,
        user_id: str | None = None,
        metadata: dict | None = None,
        tags: list[str] | None = None,
    ) -> None:
        return None

    async def build_debug_url(self) -> str:
        return ""

    async def close(self) -> None:
        return None

    async def get_favorite_steps(self, user_id: str) -> list:
        return []


class HistoryDataLayer(AuditFeedbackLayer):
    """Feedback into the audit log, and the caller's own conversations from the history
    service: listed, shown (every citation re-checked), renamed and deleted. Messages,
    elements and users that Chainlit hands over are not stored (see the module's notes)."""

    def __init__(self, services: Services, assistant: str = "Traffik Lens") -> None:
        hub = services.root
        super().__init__(hub.db, lambda text: hub.redactor.redact(text).text)
        self.services = services
        self.assistant = assistant
        services.history.ensure_schema()  # a hub made before history existed gets its tables

    @property
    def history(self) -> Any:
        return self.services.history

    async def _principal(self, user: str | None) -> Principal | None:
        if not user:
            return None
        try:
            return await asyncio.to_thread(self.services.users.principal, user)
        except LensError:  # unknown or disabled since login: nothing of theirs is answered
            return None

    async def answer_of(self, message_id: str) -> tuple[str | None, int]:
        who = requester()
        user, ask_id = await super().answer_of(message_id)
        if who is None or user == who:
            return user, ask_id
        p = await self._principal(who)  # an answer of a resumed conversation, or none of theirs
        found = await asyncio.to_thread(self.history.answer_audit_id, p, message_id) if p else None
        return who, int(found or 0)

    async def get_thread_author(self, thread_id: str) -> str:
        p = await self._principal(requester())
        if p is None or not await asyncio.to_thread(self.history.owns, p, thread_id):
            return ""  # Chainlit answers 404 "Thread not found", as for a missing thread
        return p.user_name

    async def get_thread(self, thread_id: str) -> dict[str, Any] | None:
        from ui.history import thread_dict

        p = await self._principal(requester())
        if p is None:
            return None
        try:
            t = await asyncio.to_thread(self.history.thread, p, thread_id)
        except LensError:
            return None
        return thread_dict(t, p.user_name, self.assistant)

    async def get_element(self, thread_id: str, element_id: str) -> Any:
        thread = await self.get_thread(thread_id)
        elements = thread["elements"] if thread else []
        return next((e for e in elements if e["id"] == element_id), None)

    async def list_threads(self, pagination: Any, filters: Any) -> PaginatedResponse:
        from ui.history import summary

        who = requester()
        user = getattr(filters, "userId", None) or who
        p = await self._principal(user if who in (None, user) else None)
        if p is None or not self.history.enabled:
            return await super().list_threads(pagination, filters)
        page = await asyncio.to_thread(
            self.history.list_threads,
            p,
            limit=int(getattr(pagination, "first", 20) or 20),
            after=getattr(pagination, "cursor", None),
            search=getattr(filters, "search", None),
        )
        data = [summary(t, p.user_name) for t in page["threads"]]
        return PaginatedResponse(
            pageInfo=PageInfo(
                hasNextPage=page["next"] is not None,
                startCursor=data[0]["id"] if data else None,
                endCursor=page["next"],
            ),
            data=data,
        )

    async def update_thread(
        self,
        thread_id: str,
        name: str | None = None,
        user_id: str | None = None,
        metadata: dict | None = None,
        tags: list[str] | None = None,
    ) -> None:
        # `user_id` comes with the first message of a new conversation (Chainlit's own call,
        # from the session's user); a rename or the session's settings come without it.
        p = await self._principal(user_id or requester())
        if p is None or not self.history.enabled:
            return
        try:
            await asyncio.to_thread(
                self.history.update,
                p,
                thread_id,
                name=name,
                metadata=metadata,
                create=user_id is not None,
            )
        except LensError:
            return  # never anyone else's thread; a missing one is not made by a rename

    async def delete_thread(self, thread_id: str) -> None:
        p = await self._principal(requester())
        if p is None:
            return
        try:
            await asyncio.to_thread(self.history.delete, p, thread_id)
        except LensError:
            return  # Chainlit asked get_thread_author first: this is a race with another tab
