"""Whether the configured model earns its place: `lens llm check` and auto mode's gate.

A small model writes fluent answers whose citations seldom hold (the bundled 135M model passed
the citation check once in 80 questions), and each try costs seconds of CPU that every other
user waits behind. So auto mode asks the model only once it has shown, on a fixed evaluation
bundled with Lens (assistant/data/llm_check.jsonl: questions with their own passages, so the
check runs the same on any hub), that its answers pass the citation check often enough.

The measured rate is kept in the audit log (action `llm_check`, detail `{model, questions,
passed, rate}`), one row per run, the latest per model counting: no schema change, and who ran
it when is on record. `lens llm check` runs it; `lens serve` runs it at start when no rate is
recorded for the configured model. Until then, and whenever the rate is below
`answer.generative_min_pass_rate`, auto mode answers extractively at once, with no background
attempt. Explicit `generative` mode always asks the model; `extractive` never does.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlmodel import col, select

from assistant.citations import CitationChecker
from assistant.llm import LLM
from core import audit
from core.db import Database
from core.records import AuditEvent
from core.settings import AnswerSettings, LLMSettings
from prompts import render

log = logging.getLogger("lens.assistant")
CHECK_ACTION = "llm_check"
BUNDLED = "bundled:SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass(frozen=True)
class CheckItem:
    """One bundled question, its numbered passages and the numbers of those that answer it
    (none: the model should reply "Not in the sources.")."""

    question: str
    passages: tuple[dict[str, Any], ...]
    answers: tuple[int, ...]


@dataclass(frozen=True)
class CheckResult:
    """What `lens llm check --json` prints."""

    model: str
    questions: int
    passed: int
    rate: float
    generative_enabled: bool

    def as_dict(self) -> dict[str, Any]:
        """The CLI contract's fields."""
        return {
            "model": self.model,
            "questions": self.questions,
            "passed": self.passed,
            "rate": round(self.rate, 3),
            "generative_enabled": self.generative_enabled,
        }


def load_items() -> list[CheckItem]:
    """The bundled evaluation (package data, so it works from an installed hub)."""
    text = resources.files("assistant").joinpath("data/llm_check.jsonl").read_text("utf-8")
    items = []
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            items.append(CheckItem(row["question"], tuple(row["passages"]), tuple(row["answers"])))
    return items


def model_key(settings: LLMSettings) -> str:
    """The configured model as the rate is recorded under, known without loading it."""
    if settings.url or settings.backend == "openai":
        return f"{settings.model}@{(settings.url or '').rstrip('/')}"
    if settings.model_path:
        return str(Path(settings.model_path).expanduser().resolve())
    return BUNDLED


def passes(item: CheckItem, reply: str, checker: CitationChecker) -> bool:
    """A reply passes if the citation checker accepts it whole and it cites a passage that
    answers; for a question no passage answers, if it declines."""
    check = checker.check(reply, [p["text"] for p in item.passages])
    if not item.answers:
        return check.declined
    cited = {n for s in check.sentences for n in s.cited}
    return check.passes and bool(cited & set(item.answers))


def run_items(llm: LLM, checker: CitationChecker, items: Sequence[CheckItem]) -> int:
    """How many items the model passes (the same prompt answers are written with)."""
    passed = 0
    for item in items:
        passages = [SimpleNamespace(**p) for p in item.passages]
        messages = [
            {"role": "system", "content": render("answer_system", max_sentences=4)},
            {
                "role": "user",
                "content": render("answer_user", passages=passages, question=item.question),
            },
        ]
        ok = passes(item, llm.complete(messages).strip(), checker)
        passed += ok
        log.info("llm check: %s %s", "pass" if ok else "fail", item.question[:60])
    return passed


class GenerationGate:
    """Whether auto mode may ask the model, from the latest recorded check of that model."""

    REFRESH_SECONDS = 30.0

    def __init__(self, db: Database, llm: LLMSettings, answer: AnswerSettings) -> None:
        self.db = db
        self.model = model_key(llm)
        self.threshold = answer.generative_min_pass_rate
        self._rate: tuple[float, float | None] = (-1e9, None)  # (monotonic time, rate)
        self._lock = threading.Lock()
        self._running = False

    def rate(self) -> float | None:
        """The configured model's latest recorded pass rate, if any (re-read every 30 s)."""
        at, rate = self._rate
        if time.monotonic() - at < self.REFRESH_SECONDS:
            return rate
        with self.db.session() as s:
            rows = s.exec(
                select(AuditEvent.detail)
                .where(AuditEvent.action == CHECK_ACTION)
                .order_by(col(AuditEvent.id).desc())
                .limit(200)
            ).all()
        rate = next(
            (float(d["rate"]) for d in rows if d and d.get("model") == self.model and "rate" in d),
            None,
        )
        self._rate = (time.monotonic(), rate)
        return rate

    def allows(self, mode: str) -> bool:
        """extractive: never; generative: always; auto: once the rate clears the threshold."""
        if mode == "extractive":
            return False
        if mode == "generative":
            return True
        rate = self.rate()
        return rate is not None and rate >= self.threshold

    def check(self, llm: LLM, checker: CitationChecker, *, user: str = "lens") -> CheckResult:
        """Run the bundled evaluation on `llm`, record the rate, and return it."""
        items = load_items()
        passed = run_items(llm, checker, items)
        rate = passed / len(items)
        audit.record(
            self.db,
            user=user,
            action=CHECK_ACTION,
            outcome="ok",
            detail={"model": self.model, "questions": len(items), "passed": passed, "rate": rate},
        )
        self._rate = (time.monotonic(), rate)
        log.info("llm check of %s: %d/%d passed", self.model, passed, len(items))
        return CheckResult(self.model, len(items), passed, rate, rate >= self.threshold)

    def check_if_unrecorded(
        self, llm_factory: Callable[[], LLM], checker: CitationChecker
    ) -> CheckResult | None:
        """The first start's check: run it only if no rate is recorded for this model (and
        no check is already running in this process)."""
        with self._lock:
            if self._running or self.rate() is not None:
                return None
            self._running = True
        try:
            return self.check(llm_factory(), checker)
        finally:
            self._running = False
