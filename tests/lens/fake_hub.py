"""A hub over the small access corpus (tests/assistant/corpus.py) whose composition root
builds fake models (hashing embedder, list redactor, scripted LLM), so the `lens` CLI, the chat
UI's functions and the services can be driven side by side in one process, quickly."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from core.settings import load_settings
from lens.app import Lens
from tests.assistant.corpus import load
from tests.fakes.llm import ScriptedLLM
from tests.fakes.stack import Stack

if TYPE_CHECKING:
    from lens.services import Services

# The extractive path with the fake embedder's similarities, and no spaCy parser.
ENV = {"LENS_ANSWER_MIN_RELEVANCE": "0.05", "LENS_ANSWER_FOCUS_CHECK": "false"}


class FakeHub:
    """The corpus stack, a composition root over the same home, and its services."""

    def __init__(self, home: Path, stack: Stack, llm: ScriptedLLM) -> None:
        self.home = home
        self.stack = stack
        self.llm = llm
        self.root = Lens(load_settings())

    @property
    def services(self) -> Services:
        return self.root.services

    def principal(self, name: str):  # type: ignore[no-untyped-def]
        return self.stack.principal(name)

    def audit_rows(self, after: int) -> list[tuple]:
        """(user, action, outcome, query, doc_ids, detail) of audit rows after id `after`."""
        from sqlmodel import select

        from core.records import AuditEvent

        with self.stack.db.session() as s:
            rows = s.exec(select(AuditEvent).where(AuditEvent.id > after)).all()
            return [(r.user_name, r.action, r.outcome, r.query, r.doc_ids, r.detail) for r in rows]

    def last_audit_id(self) -> int:
        from sqlalchemy import func
        from sqlmodel import select

        from core.records import AuditEvent

        with self.stack.db.session() as s:
            return int(s.exec(select(func.max(AuditEvent.id))).one() or 0)

    def close(self) -> None:
        self.root.close()


def fake_hub(home: Path, mp: pytest.MonkeyPatch) -> FakeHub:
    """Load the corpus into `home` (LENS_HOME) and make every Lens built here use fakes."""
    for key, value in ENV.items():
        mp.setenv(key, value)
    stack = load(home)
    llm = ScriptedLLM()
    mp.setattr(Lens, "embedder", property(lambda self: stack.embedder))
    mp.setattr(Lens, "redactor", property(lambda self: stack.redactor))
    mp.setattr(Lens, "llm", property(lambda self: llm))
    return FakeHub(home, stack, llm)
