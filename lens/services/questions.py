"""Search and questions: retrieval only, and the routed, cited answer (figures, supplier risk
or the answerer), whole or as a stream of the model's text."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal, NamedTuple

from core import audit
from core.access import Principal
from core.choices import ANSWER_MODES, SEARCH_MODES
from core.errors import LensError
from lens.services.base import FilterInput, Service

MAX_K = 100


class AskEvent(NamedTuple):
    """One step of a streamed answer: `("token", text)` while the model writes (unchecked
    draft), then `("answer", the lens ask --json dict)`, which is what counts."""

    kind: Literal["token", "answer"]
    data: Any


class QuestionService(Service):
    """`lens search` and `lens ask`, and the chat's questions."""

    def search(
        self,
        principal: Principal,
        query: str,
        *,
        k: int | None = None,
        filters: FilterInput = None,
        mode: str = "hybrid",
    ) -> dict[str, Any]:
        """`lens search --json`: the passages the user may see that best match the query.
        Audited with the redacted query and the ids of the documents returned."""
        if mode not in SEARCH_MODES:
            raise LensError(
                f"Mode {mode!r} is not valid: use {', '.join(SEARCH_MODES)}.", exit_code=2
            )
        if k is not None and not 1 <= k <= MAX_K:
            raise LensError(f"k must be between 1 and {MAX_K}.", exit_code=2)
        f = self.filters(filters)
        results = self.root.retriever.search(query, principal, f, k=k, mode=mode)  # type: ignore[arg-type]
        audit.record(
            self.db,
            user=principal.user_name,
            action="search",
            query=self.redacted(query)[:2000],  # a query may name people
            doc_ids=sorted({r.doc_id for r in results}),
        )
        return {"results": [r.as_dict() for r in results]}

    def ask(
        self,
        principal: Principal,
        question: str,
        *,
        history: Sequence[str] = (),
        filters: FilterInput = None,
        mode: str | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> dict[str, Any]:
        """`lens ask --json`: exact figures, a supplier's risk, or a cited answer, routed by
        what the question asks (assistant.router). `history` holds the user's earlier
        questions of the conversation; `on_token` receives the model's draft as it is written.
        Audited where it is answered (the router or the answerer), once."""
        from assistant.router import route_question

        if mode is not None and mode not in ANSWER_MODES:
            raise LensError(
                f"Mode {mode!r} is not valid: use {', '.join(ANSWER_MODES)}.", exit_code=2
            )
        if not isinstance(question, str):
            raise LensError("The question must be text.", exit_code=2)
        f = self.filters(filters)
        return route_question(
            self.root, question, principal, list(history), filters=f, mode=mode, on_token=on_token
        )

    def ask_stream(
        self,
        principal: Principal,
        question: str,
        *,
        history: Sequence[str] = (),
        filters: FilterInput = None,
        mode: str | None = None,
    ) -> Iterator[AskEvent]:
        """`ask` as events, for a face that streams (server-sent events): the model's text
        as it comes, then the answer. An error is raised from the iterator."""
        events: queue.Queue[tuple[str, Any]] = queue.Queue()

        def run() -> None:
            try:
                answer = self.ask(
                    principal,
                    question,
                    history=history,
                    filters=filters,
                    mode=mode,
                    on_token=lambda piece: events.put(("token", piece)),
                )
                events.put(("answer", answer))
            except BaseException as exc:  # handed to the consumer's thread
                events.put(("error", exc))

        threading.Thread(target=run, name="lens-ask-stream", daemon=True).start()
        while True:
            kind, data = events.get()
            if kind == "error":
                raise data
            yield AskEvent(kind, data)  # type: ignore[arg-type]
            if kind == "answer":
                return

    def follow_up(self, principal: Principal, question: str) -> dict[str, Any] | None:
        """A generated answer to a question already answered with quotes, kept only if every
        citation checks out (the chat shows it after the quoted one); audited when kept."""
        answerer = self.root.answerer
        if not answerer.may_generate():
            return None  # the configured model has not earned it (lens llm check)
        found = answerer.retrieve(question, principal)
        if found.mode != "retrieved" or found.not_mentioned:
            return None
        answer = answerer.generate(found, principal)
        if not answer.grounded:
            return None
        return {**answer.as_dict(), "audit_id": answerer.audit(principal, answer)}
