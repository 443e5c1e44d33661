"""A real database and a real Chroma store, with fake redactor/embedder, for logic tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.access import Principal
from core.db import Database
from core.directory import add_org, add_user, principal_for
from core.settings import load_settings
from ingest.pipeline import IngestPipeline
from retrieval.search import Retriever
from retrieval.vector_store import ChromaIndex
from tests.fakes.embedder import HashingEmbedder
from tests.fakes.redactor import ListRedactor


@dataclass
class Stack:
    """What a logic test needs: the stores, the pipeline, the retriever and some users."""

    db: Database
    vectors: ChromaIndex
    pipeline: IngestPipeline
    retriever: Retriever
    redactor: ListRedactor
    embedder: HashingEmbedder

    def principal(self, name: str) -> Principal:
        with self.db.session() as s:
            return principal_for(s, name)


USERS = [  # name, org, role, clearance
    ("pub", "Harbour Light", "analyst", 0),
    ("mem", "Harbour Light", "analyst", 1),
    ("res", "Harbour Light", "analyst", 2),
    ("con", "Harbour Light", "admin", 3),
    ("bank3", "Meridian Bank", "analyst", 3),
    ("bankadmin", "Meridian Bank", "admin", 3),
]


def build_stack(home: Path, database_url: str | None = None) -> Stack:
    settings = load_settings(home=home, database={"url": database_url} if database_url else None)
    home.mkdir(parents=True, exist_ok=True)
    db = Database(settings.database_url)
    db.create_schema()
    with db.session() as s:
        add_org(s, "Harbour Light", "ngo")
        add_org(s, "Meridian Bank", "finance")
        for name, org, role, level in USERS:
            add_user(s, name, org, role, level)
    vectors = ChromaIndex.from_settings(settings)
    redactor, embedder = ListRedactor(), HashingEmbedder()
    pipeline = IngestPipeline(
        db=db,
        redactor_factory=lambda: redactor,
        embedder_factory=lambda: embedder,
        vectors=vectors,
        settings=settings.ingest,
    )
    retriever = Retriever(db=db, vectors=vectors, embedder=embedder, settings=settings.retrieval)
    return Stack(db, vectors, pipeline, retriever, redactor, embedder)
