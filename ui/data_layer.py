"""The smallest Chainlit data layer Lens needs: feedback goes to the audit log.

Chainlit shows thumbs up/down only when a data layer exists. This one keeps no conversation
history on purpose (threads, steps and elements are not persisted: questions may hold personal
data), and stores each feedback as an audit event linked to the answer's audit record.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from chainlit.data.base import BaseDataLayer
from chainlit.types import Feedback, PageInfo, PaginatedResponse
from chainlit.user import PersistedUser, User

from core import audit
from core.db import Database


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
        user, ask_id = self.answers.get(feedback.forId, (None, 0))
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
