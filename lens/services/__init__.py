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

from typing import TYPE_CHECKING

from lens.services.base import FilterInput
from lens.services.documents import DocumentService, Upload
from lens.services.history import HistoryService
from lens.services.links import LinkService
from lens.services.questions import AskEvent, QuestionService
from lens.services.reports import BriefReport, ReportService
from lens.services.tips import TipForm, TipService
from lens.services.tokens import TokenService
from lens.services.users import UserService

if TYPE_CHECKING:
    from lens.app import Lens

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


class Services:
    """Every hub action, grouped: `users`, `questions`, `reports`, `documents`, `history`,
    `tokens`, `tips`, `links`."""

    def __init__(self, root: Lens) -> None:
        self.root = root
        self.users = UserService(root)
        self.questions = QuestionService(root)
        self.reports = ReportService(root)
        self.documents = DocumentService(root)
        self.history = HistoryService(root)
        self.tokens = TokenService(root)
        self.tips = TipService(root)
        self.links = LinkService(root)
