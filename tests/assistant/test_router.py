"""route_question: figure and risk questions answered exactly and cited; others go through."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlmodel import select

from assistant.answerer import Answerer
from assistant.router import route_question
from core.records import AuditEvent
from core.settings import AnswerSettings
from tests.assistant.corpus import USERS, chunk_texts, load, query, visible_refs, visible_sql
from tests.fakes.llm import ScriptedLLM


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    return load(tmp_path_factory.mktemp("router") / "home")


@pytest.fixture
def lens(hub):
    answerer = Answerer(
        retriever=hub.retriever,
        llm_factory=lambda: ScriptedLLM(),
        embedder=hub.embedder,
        db=hub.db,
        settings=AnswerSettings(min_relevance=0.05, mode="extractive"),
        redactor_factory=lambda: hub.redactor,
    )
    return SimpleNamespace(
        db=hub.db, retriever=hub.retriever, embedder=hub.embedder, answerer=answerer
    )


def forced_labour_docs(hub, p, country: str, since: int) -> set[str]:
    where, params = visible_sql(p)
    rows = query(
        hub,
        "SELECT d.id FROM document d WHERE EXISTS (SELECT 1 FROM fact f WHERE f.doc_id = d.id "
        "AND f.kind = 'type' AND f.value = 'forced_labour') AND EXISTS (SELECT 1 FROM fact f "
        "WHERE f.doc_id = d.id AND f.kind = 'country' AND f.value = :c) "
        f"AND d.year >= :y AND {where}",
        {**params, "c": country, "y": since},
    )
    return {r[0] for r in rows}


@pytest.mark.parametrize("user", USERS)
def test_when_count_question_then_exact_figure_and_examples_from_counted(lens, hub, user) -> None:
    p = hub.principal(user)
    out = route_question(lens, "How many forced-labour reports from Bangladesh since 2020?", p)
    expected = forced_labour_docs(hub, p, "BD", 2020)
    assert out["mode"] == "stats"
    assert out["figures"]["documents"] == len(expected)
    word = "report" if len(expected) == 1 else "reports"
    assert out["answer"].startswith(f"**{len(expected)} {word}** you can see match")
    assert {c["doc_id"] for c in out["citations"]} <= expected
    texts = chunk_texts(hub)
    for c in out["citations"]:
        assert c["quote"] in texts[c["chunk_id"]]
        assert f"[{c['n']}]" in out["answer"]
    assert set(out) >= {"answer", "grounded", "citations", "mode", "figures", "question"}


@pytest.mark.parametrize(("user", "n"), [("pub", 0), ("res", 1), ("con", 1), ("bank3", 2)])
def test_when_routes_question_then_counts_respect_access(lens, hub, user, n) -> None:
    out = route_question(lens, "What are the top routes into the UK?", hub.principal(user))
    assert out["mode"] == "stats"
    routes = {r["origin"]: r["documents"] for r in out["figures"]["routes"]}
    assert routes.get("VN", 0) == n
    hidden = {"bank_only.txt"} if user != "bank3" else set()
    assert not hidden & {c["source_ref"] for c in out["citations"]}


@pytest.mark.parametrize("user", USERS)
def test_when_risk_question_then_assessment_with_visible_evidence(lens, hub, user) -> None:
    p = hub.principal(user)
    out = route_question(lens, "What is the risk for a garment supplier in Dhaka?", p)
    assert out["mode"] == "risk"
    assert (out["figures"]["sector"], out["figures"]["country"]) == ("textiles", "BD")
    assert "How it is scored" in out["answer"]
    assert {c["source_ref"] for c in out["citations"]} <= visible_refs(hub, p)
    if p.clearance < 3:
        assert "Hidden Threads" not in out["answer"]


def test_when_ordinary_question_then_answerer_handles_it(lens, hub) -> None:
    out = route_question(lens, "How were crews on Thai trawlers controlled?", hub.principal("con"))
    assert out["mode"] in ("extractive", "no_evidence")
    assert "figures" not in out


def test_when_identity_question_then_refused_not_counted(lens, hub) -> None:
    out = route_question(
        lens, "How many reports name the real name of the victim?", hub.principal("con")
    )
    assert out["mode"] == "refused"


def test_when_stats_answered_then_audited_with_ids_only(lens, hub) -> None:
    out = route_question(lens, "how many reports from Thailand?", hub.principal("mem"))
    with hub.db.session() as s:
        event = s.exec(
            select(AuditEvent).where(AuditEvent.outcome == "stats").order_by(AuditEvent.id.desc())  # type: ignore[union-attr]
        ).first()
    assert event is not None
    assert event.user_name == "mem"
    assert event.doc_ids == sorted({c["doc_id"] for c in out["citations"]})
    assert "quote" not in str(event.detail)


def test_when_answered_then_result_names_its_own_audit_event(lens, hub) -> None:
    """Feedback links to the answer's own event, even when the same user asks elsewhere too."""
    first = route_question(
        lens, "How were crews on Thai trawlers controlled?", hub.principal("con")
    )
    stats = route_question(lens, "how many reports from Thailand?", hub.principal("con"))
    assert first["audit_id"] > 0
    assert stats["audit_id"] > 0
    assert first["audit_id"] != stats["audit_id"]
    with hub.db.session() as s:
        event = s.get(AuditEvent, first["audit_id"])
        assert event is not None
        assert event.outcome == first["mode"]
        assert s.get(AuditEvent, stats["audit_id"]).outcome == "stats"  # type: ignore[union-attr]


def test_when_many_answers_shown_then_feedback_links_stay_bounded() -> None:
    from ui.data_layer import AuditFeedbackLayer

    layer = AuditFeedbackLayer(db=None, redact=str)  # type: ignore[arg-type]
    layer.MAX_ANSWERS = 3
    for i in range(5):
        layer.remember(f"m{i}", "con", i)
    assert list(layer.answers) == ["m2", "m3", "m4"]
