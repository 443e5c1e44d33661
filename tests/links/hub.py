"""A real hub for the link tests: real Presidio, real MiniLM, SQLite and Chroma in a temp
data dir, with three organisations and users at every clearance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.access import Level, Principal
from core.directory import add_org, add_user, principal_for
from core.settings import load_settings
from tests.shared_models import shared_lens

ORGS = [("Bank A", "finance"), ("NGO B", "ngo"), ("Police C", "law_enforcement")]
USERS = [  # name, org, role, clearance
    ("bank3", "Bank A", "analyst", 3),
    ("ngo3", "NGO B", "analyst", 3),
    ("ngo1", "NGO B", "staff", 1),
    ("pol3", "Police C", "analyst", 3),
    ("pol2", "Police C", "analyst", 2),
    ("pol0", "Police C", "staff", 0),
]


class Hub:
    """The composition root over a temp home, and a way to ingest texts as a user."""

    def __init__(self, home: Path) -> None:
        self.home = home
        # the real models, built once for every hub of the session (tests.shared_models)
        self.lens = shared_lens()(load_settings(home=home))
        self.lens.init()
        with self.lens.db.session() as s:
            for name, sector in ORGS:
                add_org(s, name, sector)
        with self.lens.db.session() as s:
            for name, org, role, clearance in USERS:
                add_user(s, name, org, role, clearance)

    def principal(self, user: str) -> Principal:
        with self.lens.db.session() as s:
            return principal_for(s, user)

    def ingest(
        self,
        user: str,
        name: str,
        text: str,
        *,
        level: int = 1,
        org_only: bool = False,
        kind: str = "incident_report",
    ) -> str:
        """Ingest one text file; returns its doc id."""
        folder = self.home.parent / "in" / user
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        report = self.lens.pipeline.ingest_paths(
            self.principal(user), [path], level=Level(level), org_only=org_only, kind=kind
        )
        path.unlink()
        assert report.ingested == 1, report.as_dict()
        return str(report.documents[0]["doc_id"])

    def links(self, user: str, **kwargs: Any) -> dict[str, Any]:
        return self.lens.services.links.links(self.principal(user), **kwargs)
