"""A question that is little more than a name a visible chunk holds is answered, however far
its embedding is from every passage; a name no visible chunk holds is still declined."""

from __future__ import annotations

import pytest

from assistant.absent_phrases import question_names
from tests.assistant.test_answerer import answerer, hub  # noqa: F401  (the fixture)
from tests.fakes.llm import ScriptedLLM


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("What do we know about 'Broad Street'?", ["Broad Street"]),
        ("Tell me about Castel Volturno.", ["Castel Volturno"]),
        ("Were the workers' passports held at Jade Touch Spa?", ["Jade Touch Spa"]),
        ("What is “Soho Road”?", ["Soho Road"]),
        (
            'Which case in the United Kingdom involved "cruise ships"?',
            ["cruise ships", "United Kingdom"],
        ),
        ("What did Operation Ember find?", ["Operation Ember"]),
        ("Which workers didn't get paid?", []),
        ("Were there any cases in Birmingham?", []),
    ],
)
def test_when_a_question_quotes_or_capitalises_a_name_then_it_is_found(question, names) -> None:
    assert question_names(question) == names


def test_when_a_visible_passage_holds_the_quoted_name_then_the_floor_does_not_decline(hub) -> None:  # noqa: F811
    a = answerer(hub, ScriptedLLM(), min_relevance=0.99).ask(
        "What do we know about 'Thai trawlers'?", hub.principal("mem"), mode="extractive"
    )
    assert a.mode != "no_evidence"
    assert a.checks != ["relevance floor"]
    assert any("Thai trawlers" in c["quote"] for c in a.citations)


def test_when_no_visible_passage_holds_the_quoted_name_then_the_floor_declines(hub) -> None:  # noqa: F811
    a = answerer(hub, ScriptedLLM(), min_relevance=0.99).ask(
        "What do we know about 'Thai karaoke bars'?", hub.principal("mem"), mode="extractive"
    )
    assert a.mode == "no_evidence"
    assert a.checks == ["relevance floor"]


def test_when_only_a_hidden_passage_holds_the_name_then_the_floor_declines(hub) -> None:  # noqa: F811
    a = answerer(hub, ScriptedLLM(), min_relevance=0.99).ask(
        "What do we know about 'through France'?", hub.principal("mem"), mode="extractive"
    )
    assert a.mode == "no_evidence"
    assert a.citations == []
