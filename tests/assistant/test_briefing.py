"""Briefings: figures equal SQL, nothing hidden leaks, Markdown and PDF render."""

from __future__ import annotations

import pytest

from assistant.briefing import BriefingBuilder, is_briefing_request, read_request, to_markdown
from assistant.briefing_pdf import write_pdf
from retrieval.filters import SearchFilters
from tests.assistant.corpus import USERS, chunk_texts, load, query, visible_refs, visible_sql
from tests.fakes.llm import ScriptedLLM


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    return load(tmp_path_factory.mktemp("brief") / "home")


def build(hub, user, **kwargs):
    builder = BriefingBuilder(hub.db, hub.retriever, hub.embedder)
    return builder.build(hub.principal(user), as_of=2025, **kwargs)


@pytest.mark.parametrize("user", USERS)
def test_when_built_then_headline_and_trend_equal_sql(hub, user) -> None:
    b = build(hub, user)
    where, params = visible_sql(hub.principal(user))
    total = query(hub, f"SELECT COUNT(*) FROM document d WHERE {where}", params)[0][0]
    per_year = dict(
        query(
            hub,
            f"SELECT d.year, COUNT(*) FROM document d WHERE {where} AND d.year > 0 GROUP BY d.year",
            params,
        )  # type: ignore[arg-type]
    )
    assert b.figures["documents"] == total
    assert f"**{total} report" in b.section("headline").text
    assert {r["year"]: r["documents"] for r in b.figures["trend"] if r["documents"]} == per_year
    assert [s.id for s in b.sections] == [
        "headline",
        "trends",
        "hotspots",
        "routes",
        "patterns",
        "incidents",
        "evidence",
    ]


@pytest.mark.parametrize("user", ["pub", "mem", "res"])
def test_when_report_is_confidential_then_never_in_a_lower_briefing(hub, user) -> None:
    b = build(hub, user)
    md = to_markdown(b)
    for hidden in ("Peru", "Bolivia", "Hidden Threads", "peru_secret", "dhaka_secret"):
        assert hidden not in md
    assert {c["source_ref"] for c in b.citations} <= visible_refs(hub, hub.principal(user))
    assert "PE" not in {r["country"] for r in b.figures["hotspots"]["countries"]}


def test_when_org_only_report_then_only_its_org_sees_it_in_briefings(hub) -> None:
    con = build(hub, "con", filters=SearchFilters(kind="financial_flag"))
    bank = build(hub, "bank3", filters=SearchFilters(kind="financial_flag"))
    assert con.figures["documents"] == 0
    assert "No report visible to you" in con.section("headline").text
    assert bank.figures["documents"] == 1
    assert [c["source_ref"] for c in bank.citations] == ["bank_only.txt"]


def test_when_topic_names_a_sector_and_place_then_figures_narrow(hub) -> None:
    b = build(hub, "con", topic="garment factories in Bangladesh")
    assert b.scope == "textiles · Bangladesh"
    assert b.title == "Briefing: garment factories in Bangladesh"
    assert b.figures["documents"] == 2
    assert {c["source_ref"] for c in b.citations} == {"dhaka_audit.txt", "dhaka_secret.txt"}


def test_when_incidents_summarised_then_quotes_verbatim_and_numbered(hub) -> None:
    b = build(hub, "con", filters=SearchFilters(country="TH"))
    texts = chunk_texts(hub)
    assert [c["n"] for c in b.citations] == list(range(1, len(b.citations) + 1))
    for c in b.citations:
        assert c["quote"] in texts[c["chunk_id"]]
        assert f"[{c['n']}]" in b.section("incidents").text
        assert f"[{c['n']}] " in b.section("evidence").text
    incidents = b.section("incidents").text
    quoted = [q.split("”")[0] for q in incidents.split("“")[1:]]
    assert quoted
    for q in quoted:
        assert any(q in t for t in texts.values())


def test_when_since_given_then_only_later_reports_counted(hub) -> None:
    b = build(hub, "con", filters=SearchFilters(year_from=2024))
    assert b.figures["documents"] == 4  # uk_carwash, peru_secret, dhaka_audit, dhaka_secret
    assert all(r["year"] >= 2024 for r in b.figures["trend"])
    assert "2024 onwards" in b.scope


def test_when_markdown_and_pdf_rendered_then_files_are_usable(hub, tmp_path) -> None:
    b = build(hub, "con")
    md = to_markdown(b)
    assert md.startswith("# Briefing")
    for heading in (
        "## Headline figures",
        "## Trends",
        "## Hotspots",
        "## Routes",
        "## Notable incidents",
        "## Evidence",
    ):
        assert heading in md
    pdf = write_pdf(b, tmp_path / "brief.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 3


def test_when_empty_scope_then_pdf_still_renders(hub, tmp_path) -> None:
    b = build(hub, "pub", filters=SearchFilters(country="IS"))
    assert b.figures["documents"] == 0
    assert b.citations == []
    assert write_pdf(b, tmp_path / "empty.pdf").read_bytes().startswith(b"%PDF")


def test_when_model_overview_fails_the_check_then_left_out(hub) -> None:
    from assistant.answerer import Answerer
    from core.settings import AnswerSettings

    def answerer(llm):
        return Answerer(
            retriever=hub.retriever,
            llm_factory=lambda: llm,
            embedder=hub.embedder,
            db=hub.db,
            settings=AnswerSettings(min_relevance=0.05),
        )

    bad = BriefingBuilder(
        hub.db,
        hub.retriever,
        hub.embedder,
        answerer(ScriptedLLM("Secret routes ran through Spain [9].")),
    )
    b = bad.build(hub.principal("con"), filters=SearchFilters(country="TH"), as_of=2025)
    assert "overview" not in [s.id for s in b.sections]
    ordered = [
        c["source_ref"] for c in build(hub, "con", filters=SearchFilters(country="TH")).citations
    ]
    n = ordered.index("thai_boats.txt") + 1
    good_text = f"Their passports were taken and their wages were withheld [{n}]."
    good = BriefingBuilder(hub.db, hub.retriever, hub.embedder, answerer(ScriptedLLM(good_text)))
    b = good.build(hub.principal("con"), filters=SearchFilters(country="TH"), as_of=2025)
    assert b.sections[0].id == "overview"
    assert b.sections[0].text.startswith("Their passports were taken")
    assert f"[{n}]" in b.sections[0].text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Briefing on Vietnam since 2020", "Vietnam since 2020"),
        ("Brief me on forced labour in Malaysia", "forced labour in Malaysia"),
        ("Please write a briefing about nail bars in the UK.", "nail bars in the UK"),
        ("Could you prepare me a short brief on Romania?", "Romania"),
    ],
)
def test_when_a_message_asks_for_a_briefing_then_it_is_told_apart_and_its_topic_read(
    text, topic
) -> None:
    assert is_briefing_request(text)
    assert read_request(text)[0] == topic


@pytest.mark.parametrize(
    "text",
    [
        "Which briefing covered Malaysia?",
        "Who was briefed on the raid in Leeds?",
        "What did the brief say about debt bondage?",
    ],
)
def test_when_a_question_only_mentions_a_briefing_then_it_is_a_question(text) -> None:
    assert not is_briefing_request(text)
