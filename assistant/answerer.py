"""Cited answers: retrieve, generate, check every citation, fall back to quoting.

answer_mode:
- generative: the model's answer, with invalid citations and unsupported sentences removed;
- extractive: the most relevant sentences of the top passages, quoted with citations;
- auto: the generated answer only if it passes the citation check, otherwise extractive.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import Any, Literal, Protocol

from sqlmodel import select

from assistant.absent_people import PersonLookup, unknown_people
from assistant.citations import (
    CheckResult,
    CitationChecker,
    content_words,
    lexical_support,
    split_sentences,
)
from assistant.conversation import REFUSAL, asks_for_identity, standalone_question
from assistant.extractive import stems
from assistant.focus import (
    COMMON,
    CorpusCount,
    FocusFinder,
    strip_frame,
)
from assistant.llm import LLM
from assistant.llm_check import GenerationGate
from assistant.passage_places import (
    document_cities,
    document_facts,
    passage_cities,
    passage_countries,
    unmentioned_countries,
)
from assistant.periods import uncovered_periods
from assistant.quoted import NO_EVIDENCE, Answer, citation, quote_answer
from core import audit
from core.access import Principal, is_visible
from core.db import Database
from core.records import Document, Fact
from core.settings import AnswerSettings
from prompts import render
from retrieval.embedder import Embedder
from retrieval.filters import SearchFilters
from retrieval.search import Retriever, SearchResult

log = logging.getLogger("lens.assistant")
COUNT_CAP = COMMON  # chunk counts are only needed up to here
DISTINCT = 8  # a word in at most this many visible chunks picks out what a question is about
RESCUE_MARGIN = 0.15  # how far below min_relevance such a word can still carry a question
PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


class _Redacted(Protocol):
    text: str
    entities: Any


class QuestionRedactor(Protocol):
    """What the answerer needs of a redactor (the composition root passes the real one)."""

    def redact(self, text: str, *, org: str | None = None) -> _Redacted: ...


AnswerMode = Literal["auto", "generative", "extractive"]


class Answerer:
    """Answers a principal's question from the passages that principal may see."""

    def __init__(
        self,
        *,
        retriever: Retriever,
        llm_factory: Callable[[], LLM],
        embedder: Embedder,
        db: Database,
        settings: AnswerSettings,
        redactor_factory: Callable[[], QuestionRedactor] | None = None,
        focus: FocusFinder | None = None,
        gate: GenerationGate | None = None,
        people: PersonLookup | None = None,
    ) -> None:
        self._redactor_factory = redactor_factory
        self.people = people  # whether a visible report names a person (absent_people.py)
        self.gate = gate
        self.focus = focus
        self.retriever = retriever
        self._llm_factory = llm_factory
        self.embedder = embedder
        self.db = db
        self.settings = settings
        self.checker = CitationChecker(embedder.embed, settings.support_threshold)

    # The whole flow (CLI, bench) ------------------------------------------------------
    def ask(
        self,
        question: str,
        principal: Principal,
        *,
        history: Sequence[str] = (),
        filters: SearchFilters | None = None,
        mode: AnswerMode | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        """Answer, check, fall back, audit."""
        mode = mode or self.settings.mode
        found = self.retrieve(question, principal, history=history, filters=filters)
        if found.mode in ("refused", "no_evidence"):
            answer = found
        elif found.not_mentioned or not self.may_generate(mode):
            answer = self.extract(found)
        else:
            generated = self.generate(found, principal, on_token=on_token)
            if mode == "generative" or generated.grounded:
                answer = generated
            else:
                answer = self.extract(found)
                answer.timings.update(
                    {k: v for k, v in generated.timings.items() if k not in answer.timings}
                )
        self.audit(principal, answer)
        return answer

    def may_generate(self, mode: AnswerMode | None = None) -> bool:
        """Whether to ask the model at all: never in extractive mode; in auto mode only once
        the configured model's recorded citation pass rate clears the threshold
        (assistant/llm_check.py; without a gate, as before: always)."""
        mode = mode or self.settings.mode
        if mode == "extractive":
            return False
        return self.gate is None or self.gate.allows(mode)

    # Steps (the UI shows the extractive answer first, then a checked generated one) ---
    def retrieve(
        self,
        question: str,
        principal: Principal,
        *,
        history: Sequence[str] = (),
        filters: SearchFilters | None = None,
    ) -> Answer:
        """The passages for a question, as an answer still to be written (mode 'retrieved'),
        or a refusal / no-evidence reply.

        The question is redacted first (it may name people), so neither search, the model nor
        the audit log ever sees a name the user typed.
        """
        q = self.retriever.validate(question)
        t0 = time.perf_counter()
        removed = self._redact(q)
        redacted = q if removed is None else removed.text
        if asks_for_identity(q) or asks_for_identity(redacted):
            return Answer(REFUSAL, True, [], "refused", redacted)
        standalone = standalone_question(redacted, [self.redact_question(h) for h in history])
        query = " ".join(PLACEHOLDER.sub(" ", standalone).split()) or standalone
        results = self.retriever.search(
            strip_frame(query), principal, filters, k=self.settings.passages
        )
        timings = {"retrieval": (time.perf_counter() - t0) * 1e3}
        best = max((r.similarity for r in results), default=0.0)
        if not results or (
            best < self.settings.min_relevance
            and not (
                best >= self.settings.min_relevance - RESCUE_MARGIN
                and self._rare_word_found(query, results, principal)
            )
        ):
            return Answer(
                NO_EVIDENCE,
                False,
                [],
                "no_evidence",
                standalone,
                [],
                timings,
                checks=["relevance floor"],
            )
        ids = sorted({r.doc_id for r in results})
        countries = passage_countries(results, document_facts(self.db, ids, "country"))
        missing = unmentioned_countries(standalone, countries)
        if missing:
            text = (
                f"None of the sources you can see that match this question mention "
                f"{' or '.join(missing)}. " + NO_EVIDENCE
            )
            return Answer(
                text, False, [], "no_evidence", standalone, [], timings, checks=["country"]
            )
        found = Answer("", False, [], "retrieved", standalone, results, timings)
        if self.focus is not None:
            t1 = time.perf_counter()
            passages = [f"{r.title}\n{r.text}" for r in results]
            count = self._corpus_count(principal)
            cities = passage_cities(results, document_cities(self.db, ids))
            gaps = self.focus.gaps(query, passages, count, countries, cities)
            missing = [g.phrase for g in gaps]
            checks = [g.check for g in gaps]
            years = document_facts(self.db, ids, "year")
            held = [years[r.doc_id] for r in results]
            periods = uncovered_periods(query, passages, held, countries)
            missing += periods
            checks += ["period"] * len(periods)
            if self.people is not None and removed is not None:
                entities = getattr(removed, "entities", ())
                people = unknown_people(q, entities, principal, self.people, count)
                missing += people
                checks += ["absent person"] * len(people)
            found.not_mentioned = list(dict.fromkeys(missing))
            found.checks = list(dict.fromkeys(checks))
            timings["focus"] = (time.perf_counter() - t1) * 1e3
        return found

    def _rare_word_found(
        self, query: str, results: list[SearchResult], principal: Principal
    ) -> bool:
        """A passage holds a word of the question that few visible chunks contain ("were there
        any cases of cuckooing?"): a short question about a rare thing embeds a little far
        from every passage (within RESCUE_MARGIN of the relevance floor), yet the lexical
        match answers it."""
        count = self._corpus_count(principal)
        held = set().union(*(stems(r.text) for r in results))
        return any(
            w[:5] in held and 0 < count(w) <= DISTINCT
            for w in content_words(strip_frame(query))
            if len(w) >= 5
        )

    def _corpus_count(self, principal: Principal) -> CorpusCount:
        """How many chunks this principal may see contain a word (up to COUNT_CAP), remembered
        for the question: the focus check's measure of a rare or absent word. Only visible
        chunks count, so the check says nothing about what the asker may not see."""
        seen: dict[str, int] = {}
        lexical, none = self.retriever.lexical, SearchFilters()

        def count(word: str) -> int:
            if word not in seen:
                if word.startswith('"'):  # a phrase: only chunks that hold it as written
                    seen[word] = len(lexical.holding(word.strip('"'), principal, none, COUNT_CAP))
                else:
                    seen[word] = len(lexical.search(word, principal, none, COUNT_CAP).hits)
            return seen[word]

        return count

    def redact_question(self, question: str) -> str:
        """The question with personal data replaced by placeholders."""
        removed = self._redact(question)
        return question if removed is None else removed.text

    def _redact(self, question: str) -> _Redacted | None:
        """The question's redaction (text and removed spans), None without a redactor."""
        if self._redactor_factory is None:
            return None
        return self._redactor_factory().redact(question)

    def extract(self, found: Answer) -> Answer:
        """The extractive answer (`assistant.quoted.quote_answer`)."""
        return quote_answer(found, self.embedder.embed, self._facts)

    def _facts(self, doc_ids: Sequence[str]) -> set[tuple[str, str, str]]:
        """(doc_id, kind, value) of the type, sector and means facts extracted at ingest."""
        with self.db.session() as s:
            rows = s.exec(
                select(Fact.doc_id, Fact.kind, Fact.value)
                .where(Fact.doc_id.in_(list(doc_ids)))  # type: ignore[attr-defined]
                .where(Fact.kind.in_(("type", "sector", "means")))  # type: ignore[attr-defined]
            ).all()
        return {(d, k, v) for d, k, v in rows}

    def generate(
        self,
        prepared: Answer,
        principal: Principal,
        *,
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        """Ask the model over the same passages and keep only what the checker accepts."""
        passages = self._recheck(prepared.passages, principal)
        messages = [
            {"role": "system", "content": render("answer_system", max_sentences=4)},
            {
                "role": "user",
                "content": render("answer_user", passages=passages, question=prepared.question),
            },
        ]
        t0 = time.perf_counter()
        first: float | None = None
        pieces: list[str] = []
        for piece in self._llm_factory().stream(messages):
            if first is None:
                first = time.perf_counter()
            pieces.append(piece)
            if on_token is not None:
                on_token(piece)
        t1 = time.perf_counter()
        raw = "".join(pieces).strip()
        check = self.checker.check(raw, [p.text for p in passages])
        t2 = time.perf_counter()
        timings = dict(prepared.timings)
        timings.update(
            first_token=((first or t1) - t0) * 1e3,
            generation=(t1 - t0) * 1e3,
            checking=(t2 - t1) * 1e3,
        )
        if check.declined:
            return Answer(
                "Not in the sources.", False, [], "generative", prepared.question, passages, timings
            )
        text, citations = self._checked_text(check, passages)
        grounded = check.passes
        return Answer(
            text or NO_EVIDENCE,
            grounded and bool(text),
            citations,
            "generative",
            prepared.question,
            passages,
            timings,
        )

    def audit(self, principal: Principal, answer: Answer) -> int:
        """Who asked what (the redacted question), which passages were shown, and how.

        Returns the audit event's id, also kept on the answer.
        """
        shown = sorted({c["doc_id"] for c in answer.citations})
        answer.audit_id = audit.record(
            self.db,
            user=principal.user_name,
            action="ask",
            query=answer.question[:2000],
            doc_ids=shown,
            outcome=answer.mode,
            detail={
                "grounded": answer.grounded,
                "chunks": [c["chunk_id"] for c in answer.citations],
            },
        )
        log.info(
            "answered (%s, grounded=%s, %d citations)",
            answer.mode,
            answer.grounded,
            len(answer.citations),
        )
        return answer.audit_id

    # Helpers ----------------------------------------------------------------------------
    def _recheck(self, passages: list[SearchResult], principal: Principal) -> list[SearchResult]:
        """Access re-check right before text reaches the model."""
        with self.db.session() as s:
            keep = []
            for p in passages:
                doc = s.get(Document, p.doc_id)
                if doc is not None and doc.status == "active" and is_visible(principal, doc):
                    keep.append(p)
        if len(keep) != len(passages):
            log.warning(
                "dropped %d passages at the pre-LLM access check", len(passages) - len(keep)
            )
        return keep

    def _checked_text(
        self, check: CheckResult, passages: list[SearchResult]
    ) -> tuple[str, list[dict[str, Any]]]:
        """Supported sentences with valid citations only; citations in order of use."""
        kept: list[str] = []
        citations: dict[int, dict[str, Any]] = {}
        for s in check.sentences:
            if not s.supported or not s.cited:
                continue
            kept.append(f"{s.text} " + "".join(f"[{n}]" for n in s.cited))
            for n in s.cited:
                sentences = split_sentences(passages[n - 1].text) or [passages[n - 1].text]
                quote = max(sentences, key=lambda x, claim=s.text: lexical_support(claim, x))
                citations.setdefault(n, citation(n, passages, quote))
        return " ".join(kept), [citations[n] for n in sorted(citations)]
