"""`lens llm check` and auto mode's gate: the model is asked only once it has earned it."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from assistant.answerer import Answerer
from assistant.citations import CitationChecker, split_sentences
from assistant.llm_check import BUNDLED, CHECK_ACTION, GenerationGate, load_items, model_key
from core.records import AuditEvent
from core.settings import AnswerSettings, LLMSettings
from ingest.model import LoadedDocument
from tests.cli import hub_with_analyst, run_lens
from tests.fakes.llm import ScriptedLLM
from tests.fakes.stack import build_stack

CHECKER = CitationChecker(None, 0.65)  # lexical support only: the replies below quote
SALON = "Salon workers in Birmingham owed a debt of 9,000 pounds."


def passing_replies() -> list[str]:
    """What a capable model writes: a cited sentence of a passage that answers, or a decline."""
    out = []
    for item in load_items():
        if not item.answers:
            out.append("Not in the sources.")
            continue
        n = item.answers[0]
        out.append(f"{split_sentences(item.passages[n - 1]['text'])[-1]} [{n}]")
    return out


@pytest.fixture
def stack(tmp_path):
    s = build_stack(tmp_path / "home")
    s.pipeline.ingest_documents(
        s.principal("con"),
        [LoadedDocument("n.txt", "n.txt", SALON, path=None)],
    )
    return s


def gate(stack, **answer) -> GenerationGate:
    return GenerationGate(stack.db, LLMSettings(), AnswerSettings(**answer))


def test_the_bundled_evaluation_ships_as_package_data() -> None:
    items = load_items()
    assert len(items) >= 8
    assert any(not i.answers for i in items)  # some no passage answers: the model must decline
    assert all(set(i.answers) <= set(range(1, len(i.passages) + 1)) for i in items)


@pytest.mark.parametrize(
    ("settings", "key"),
    [
        (LLMSettings(), BUNDLED),
        (LLMSettings(url="http://127.0.0.1:9/v1/", model="qwen"), "qwen@http://127.0.0.1:9/v1"),
    ],
)
def test_the_model_is_known_without_loading_it(settings, key) -> None:
    assert model_key(settings) == key


def test_when_a_model_passes_then_its_rate_is_recorded_and_auto_may_use_it(stack) -> None:
    g = gate(stack)
    assert g.rate() is None
    assert not g.allows("auto")
    result = g.check(ScriptedLLM(*passing_replies()), CHECKER)
    assert result.as_dict() == {
        "model": BUNDLED,
        "questions": len(load_items()),
        "passed": len(load_items()),
        "rate": 1.0,
        "generative_enabled": True,
    }
    assert gate(stack).allows("auto")  # read back from the database by a new gate
    with stack.db.session() as s:
        row = s.exec(select(AuditEvent).where(AuditEvent.action == CHECK_ACTION)).one()
    assert row.detail["model"] == BUNDLED
    assert row.detail["rate"] == 1.0


def test_when_a_model_misattributes_then_auto_never_asks_it(stack) -> None:
    wrong = ["The workers were paid 12 pounds a day in Lagos [1]."] * len(load_items())
    result = gate(stack).check(ScriptedLLM(*wrong), CHECKER)
    assert result.passed == 0
    assert not result.generative_enabled
    llm = ScriptedLLM("Salon workers in Birmingham owed a debt of 9,000 pounds [1].")
    a = answerer(stack, llm, gate(stack)).ask("What debt did salon workers owe?", who(stack))
    assert a.mode == "extractive"
    assert llm.prompts == []  # no attempt, not even in the background


def test_when_no_rate_is_recorded_then_auto_quotes_at_once_but_generative_still_asks(stack) -> None:
    llm = ScriptedLLM("Salon workers in Birmingham owed a debt of 9,000 pounds [1].")
    a = answerer(stack, llm, gate(stack)).ask("What debt did salon workers owe?", who(stack))
    assert a.mode == "extractive"
    assert llm.prompts == []
    a = answerer(stack, llm, gate(stack)).ask(
        "What debt did salon workers owe?", who(stack), mode="generative"
    )
    assert a.mode == "generative"
    assert len(llm.prompts) == 1


def test_when_the_rate_clears_the_threshold_then_auto_behaves_as_before(stack) -> None:
    gate(stack).check(ScriptedLLM(*passing_replies()), CHECKER)
    llm = ScriptedLLM("Salon workers in Birmingham owed a debt of 9,000 pounds [1].")
    a = answerer(stack, llm, gate(stack)).ask("What debt did salon workers owe?", who(stack))
    assert a.mode == "generative"
    assert a.grounded


def test_a_rate_recorded_for_another_model_does_not_count(stack) -> None:
    gate(stack).check(ScriptedLLM(*passing_replies()), CHECKER)
    other = GenerationGate(stack.db, LLMSettings(model_path="/models/x.gguf"), AnswerSettings())
    assert other.rate() is None
    assert not other.allows("auto")


def test_when_the_threshold_is_raised_then_the_same_rate_no_longer_clears_it(stack) -> None:
    replies = passing_replies()
    replies[0] = "Not in the sources."  # one answerable question declined
    result = gate(stack).check(ScriptedLLM(*replies), CHECKER)
    assert result.rate < 1.0
    assert gate(stack, generative_min_pass_rate=result.rate).allows("auto")
    assert not gate(stack, generative_min_pass_rate=1.0).allows("auto")


def who(stack):
    return stack.principal("mem")


def answerer(stack, llm, g: GenerationGate) -> Answerer:
    return Answerer(
        retriever=stack.retriever,
        llm_factory=lambda: llm,
        embedder=stack.embedder,
        db=stack.db,
        settings=AnswerSettings(min_relevance=0.05),
        gate=g,
    )


@pytest.mark.slow
def test_when_the_bundled_model_is_checked_then_its_low_rate_keeps_auto_extractive(
    tmp_path,
) -> None:
    """The real SmolLM2-135M through `lens llm check --json` on a fresh hub."""
    home = tmp_path / "home"
    hub_with_analyst(home)
    proc = run_lens(home, "llm", "check", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) == {"model", "questions", "passed", "rate", "generative_enabled"}
    assert out["model"] == BUNDLED
    assert out["questions"] == len(load_items())
    assert out["rate"] == pytest.approx(out["passed"] / out["questions"], abs=1e-3)
    assert out["rate"] < AnswerSettings().generative_min_pass_rate  # measured: 0 of 8
    assert out["generative_enabled"] is False
