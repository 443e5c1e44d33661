"""The composition root: builds every component from settings, once, and hands them down.

Heavy parts (spaCy, the embedder, the LLM) are built on first use and shared for the life of
the process; nothing else in the code base constructs them.
"""

from __future__ import annotations

import logging
import os
import re
from functools import cached_property
from typing import TYPE_CHECKING

from core.db import Database, ensure_home, sqlite_path
from core.errors import LensError
from core.settings import Settings
from redaction.gazetteer import ORG_KIND_WORDS

if TYPE_CHECKING:
    from assistant.answerer import Answerer
    from assistant.focus import FocusFinder
    from assistant.llm import LLM
    from assistant.llm_check import GenerationGate
    from ingest.linkkeys import LinkKeyer
    from ingest.pipeline import IngestPipeline
    from lens.named_people import NamedPeople
    from lens.services import Services
    from redaction import PresidioRedactor
    from retrieval.embedder import Embedder
    from retrieval.search import Retriever
    from retrieval.vector_store import VectorIndex

log = logging.getLogger("lens")


def organisation_names(registered: str) -> list[str]:
    """How an organisation's name appears in text: as registered, without a trailing
    descriptor in brackets ("Threadline Apparel (supply chain)" is written "Threadline
    Apparel" in its own reports), without a trailing word for its kind ("Mekong Bridge
    Foundation" is written "Mekong Bridge"), and by its first word alone when that word is a
    name of its own ("Threadline did not cancel the order": five letters or more). A
    shortened form must open with a capitalised word that is no given name ("Maria" of "Maria
    Lopez Foundation" stays a person's, and so does "Maria Lopez")."""
    from redaction.name_lists import given_names

    bare = re.sub(r"\s*\([^()]*\)\s*$", "", registered).strip()
    names = [registered] if bare in ("", registered) else [registered, bare]
    words = bare.split()
    first = words[0] if len(words) >= 2 else ""
    if not (first.isalpha() and first[0].isupper() and first.lower() not in given_names()):
        return names
    if len(words) >= 3 and words[-1].strip(".").casefold() in ORG_KIND_WORDS:
        names.append(" ".join(words[:-1]))
    if len(first) >= 5:
        names.append(first)
    return names


def offline_environment() -> None:
    """Make every library that could reach a hub stay offline. Called by entry points."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TQDM_DISABLE", "1")


class Lens:
    """Everything Lens is made of, built from one Settings object."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    # Records ---------------------------------------------------------------------
    @cached_property
    def db(self) -> Database:
        """The records database (SQLite under home, or the configured server)."""
        return Database(
            self.settings.database_url, connect_timeout=self.settings.database.connect_timeout
        )

    def init(self) -> int:
        """Create the data dir and schema (idempotent); returns the schema version."""
        ensure_home(self.settings.home)
        version = self.db.create_schema()
        self.vectors  # noqa: B018 - opening the store creates it
        return version

    def require_schema(self) -> None:
        """Fail with one sentence if `lens init` has not been run."""
        path = sqlite_path(self.settings.database_url)
        if path is not None and not path.exists():
            raise LensError(
                f"No Lens database at {self.settings.home}; run `lens init` (or `lens demo`)."
            )
        self.db.check()
        if self.db.schema_version() is None:
            raise LensError(
                f"No Lens database at {self.settings.home}; run `lens init` (or `lens demo`)."
            )
        self.db.upgrade()  # a data dir made by an older Lens gains its new columns

    def close(self) -> None:
        """Release what was started (worker processes, pooled connections)."""
        if "pipeline" in self.__dict__:
            self.pipeline.close()
        if "db" in self.__dict__:
            self.db.dispose()

    @cached_property
    def services(self) -> Services:
        """The hub's actions, one audited call each, for every face (lens.services)."""
        from lens.services import Services

        return Services(self)

    # Heavy components --------------------------------------------------------------
    @cached_property
    def redactor(self) -> PresidioRedactor:
        """The Presidio redactor with our recognizers and policy (loads spaCy)."""
        from redaction import build_redactor

        redactor = build_redactor(self.settings.redaction)
        redactor.allow(self.allow_list())
        return redactor

    def allow_list(self) -> list[str]:
        """Names never removed as people: configured ones and every registered organisation."""
        from sqlmodel import select

        from core.records import Organisation

        names = list(self.settings.redaction.allow_list)
        if self.db.schema_version() is not None:
            with self.db.session() as s:
                for o in s.exec(select(Organisation)):
                    names += organisation_names(o.name)
        return names

    @cached_property
    def embedder(self) -> Embedder:
        """The sentence embedder (loads MiniLM or the configured model)."""
        from retrieval.embedder import build_embedder

        return build_embedder(self.settings.embedding, models_dir=self.settings.models_dir)

    @cached_property
    def vectors(self) -> VectorIndex:
        """The Chroma collection of chunk vectors."""
        from retrieval.vector_store import ChromaIndex

        return ChromaIndex.from_settings(self.settings)

    @cached_property
    def retriever(self) -> Retriever:
        """Hybrid dense + lexical search with access filters."""
        from retrieval.search import Retriever

        return Retriever(
            db=self.db,
            vectors=self.vectors,
            embedder=self.embedder,
            settings=self.settings.retrieval,
        )

    @cached_property
    def pipeline(self) -> IngestPipeline:
        """Load, redact, chunk, enrich, embed and store."""
        from ingest.pipeline import IngestPipeline

        return IngestPipeline(
            db=self.db,
            redactor_factory=lambda: self.redactor,
            embedder_factory=lambda: self.embedder,
            vectors=self.vectors,
            settings=self.settings.ingest,
            pool_factory=self._transform_pool,
            linker=self.linker,
        )

    @cached_property
    def linker(self) -> LinkKeyer | None:
        """Link keys for removed identifiers (the secret file is created on first use)."""
        from ingest.linkkeys import keyer_for

        links = self.settings.links
        return keyer_for(
            self.settings.link_secret_path,
            enabled=links.enabled,
            people=links.people,
            known_names=links.known_names,
        )

    def _transform_pool(self, workers: int):  # type: ignore[no-untyped-def]
        """Worker processes for bulk ingest, each with its own spaCy and embedder."""
        from ingest.workers import TransformPool

        return TransformPool(self.settings, workers, self.allow_list())

    @cached_property
    def llm(self) -> LLM:
        """The answer-writing model (a local GGUF or an OpenAI-compatible server)."""
        from assistant.llm import build_llm

        return build_llm(self.settings.llm)

    @cached_property
    def focus(self) -> FocusFinder:
        """What questions ask about (its spaCy parser loads on the first question)."""
        from assistant.focus import FocusFinder

        return FocusFinder(self.settings.redaction.spacy_model)

    @cached_property
    def answerer(self) -> Answerer:
        """Cited answers with checked citations."""
        from assistant.answerer import Answerer

        return Answerer(
            retriever=self.retriever,
            llm_factory=lambda: self.llm,
            embedder=self.embedder,
            db=self.db,
            settings=self.settings.answer,
            redactor_factory=lambda: self.redactor,
            focus=self.focus if self.settings.answer.focus_check else None,
            gate=self.gate,
            people=self.named_people.known if self.named_people is not None else None,
        )

    @cached_property
    def named_people(self) -> NamedPeople | None:
        """Whether a visible report names a person a question names (None without links)."""
        from lens.named_people import NamedPeople

        return None if self.linker is None else NamedPeople(self.db, self.linker)

    @cached_property
    def gate(self) -> GenerationGate:
        """Whether auto mode may ask the model (its recorded `lens llm check` pass rate)."""
        from assistant.llm_check import GenerationGate

        return GenerationGate(self.db, self.settings.llm, self.settings.answer)
