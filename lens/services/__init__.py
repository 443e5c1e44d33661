"""The hub's services: every action of every face (the `lens` CLI, the chat UI, the HTTP API)
as one method that takes the acting user's `Principal` and plain arguments, checks access,
writes its audit event in one place, and returns plain data that serialises to exactly what
the matching `lens … --json` command prints.

    services = Lens(settings).services
    p = services.users.principal("ana")
    services.questions.search(p, "passports withheld", k=5)
    services.reports.brief(p, topic="nail bars").as_dict()
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lens.app import Lens
    from lens.services.base import FilterInput
    from lens.services.documents import DocumentService, Upload
    from lens.services.history import HistoryService
    from lens.services.links import LinkService
    from lens.services.questions import AskEvent, QuestionService
    from lens.services.reports import BriefReport, ReportService
    from lens.services.tips import TipForm, TipService
    from lens.services.tokens import TokenService
    from lens.services.users import UserService

# Where each exported name lives. Imported when first asked for: a command imports only the
# services it calls (`lens whoami` needs no link graph, answerer or report builder).
_EXPORTS = {
    "AskEvent": "questions",
    "BriefReport": "reports",
    "DocumentService": "documents",
    "FilterInput": "base",
    "HistoryService": "history",
    "LinkService": "links",
    "QuestionService": "questions",
    "ReportService": "reports",
    "TokenService": "tokens",
    "TipForm": "tips",
    "TipService": "tips",
    "Upload": "documents",
    "UserService": "users",
}

__all__ = [
    "AskEvent",
    "BriefReport",
    "DocumentService",
    "FilterInput",
    "HistoryService",
    "LinkService",
    "QuestionService",
    "ReportService",
    "Services",
    "TokenService",
    "TipForm",
    "TipService",
    "Upload",
    "UserService",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'lens.services' has no attribute {name!r}")
    return getattr(importlib.import_module(f"lens.services.{module}"), name)


class Services:
    """Every hub action, grouped: `users`, `questions`, `reports`, `documents`, `history`,
    `tokens`, `tips`, `links` (each built, and its module imported, on first use)."""

    def __init__(self, root: Lens) -> None:
        self.root = root

    @cached_property
    def users(self) -> UserService:
        """Users, organisations and principals."""
        from lens.services.users import UserService

        return UserService(self.root)

    @cached_property
    def questions(self) -> QuestionService:
        """Search and questions."""
        from lens.services.questions import QuestionService

        return QuestionService(self.root)

    @cached_property
    def reports(self) -> ReportService:
        """Figures, risk and briefs."""
        from lens.services.reports import ReportService

        return ReportService(self.root)

    @cached_property
    def documents(self) -> DocumentService:
        """Reports in and out."""
        from lens.services.documents import DocumentService

        return DocumentService(self.root)

    @cached_property
    def history(self) -> HistoryService:
        """Chat threads."""
        from lens.services.history import HistoryService

        return HistoryService(self.root)

    @cached_property
    def tokens(self) -> TokenService:
        """API tokens."""
        from lens.services.tokens import TokenService

        return TokenService(self.root)

    @cached_property
    def tips(self) -> TipService:
        """Public tips."""
        from lens.services.tips import TipService

        return TipService(self.root)

    @cached_property
    def links(self) -> LinkService:
        """Links between reports."""
        from lens.services.links import LinkService

        return LinkService(self.root)
