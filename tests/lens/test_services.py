"""The service layer's own promises, for the faces built on it: a hidden document reads
exactly like a missing one, every refusal is audited once, uploads leave no raw copy behind,
answers stream, and bad input is a usage error in one sentence."""

from __future__ import annotations

import pytest

from core.errors import AccessDenied, LensError, NotFound
from lens.services import Upload
from tests.lens.fake_hub import fake_hub


@pytest.fixture
def hub(home, monkeypatch):
    h = fake_hub(home, monkeypatch)
    yield h
    h.close()


def _doc(hub, ref: str) -> str:  # type: ignore[no-untyped-def]
    from ingest.batch import document_id

    owner = "bankadmin" if ref == "bank_only.txt" else "con"
    return document_id(hub.principal(owner).org_id, ref)


@pytest.mark.parametrize("action", ["show", "delete"])
def test_when_document_hidden_or_missing_then_the_same_not_found(hub, action) -> None:
    docs, mem = hub.services.documents, hub.principal("mem")
    hidden, missing = _doc(hub, "bank_only.txt"), "f" * 24  # org-only to Meridian Bank
    errors = []
    before = hub.last_audit_id()
    for doc_id in (hidden, missing):
        with pytest.raises(NotFound) as exc:
            getattr(docs, action)(mem, doc_id)
        errors.append(str(exc.value).replace(doc_id, "ID"))
    assert errors[0] == errors[1] == "Document ID does not exist."
    rows = hub.audit_rows(before)
    name = "docs.show" if action == "show" else "delete"
    assert [(r[1], r[2], r[4]) for r in rows] == [
        (name, "refused", [hidden]),
        (name, "not_found", [missing]),
    ]
    assert docs.show(hub.principal("bank3"), hidden)["source_ref"] == "bank_only.txt"


def test_when_delete_not_allowed_then_refused_audited_once_and_kept(hub) -> None:
    doc = _doc(hub, "thai_boats.txt")  # uploaded by con (admin); mem may see it, not delete it
    before = hub.last_audit_id()
    with pytest.raises(AccessDenied, match="Only the uploader or an admin"):
        hub.services.documents.delete(hub.principal("mem"), doc)
    assert [(r[1], r[2], r[4]) for r in hub.audit_rows(before)] == [("delete", "refused", [doc])]
    assert hub.services.documents.show(hub.principal("mem"), doc)["doc_id"] == doc


def test_when_passage_hidden_then_not_found_like_a_missing_one(hub) -> None:
    hidden = hub.services.documents.show(hub.principal("bank3"), _doc(hub, "bank_only.txt"))
    chunk = hidden["chunks"][0]["chunk_id"]
    docs = hub.services.documents
    assert docs.passage(hub.principal("bank3"), chunk)["text"] == hidden["chunks"][0]["text"]
    with pytest.raises(NotFound, match="does not exist"):
        docs.passage(hub.principal("mem"), chunk)
    with pytest.raises(NotFound, match="does not exist"):
        docs.passage(hub.principal("mem"), "no-such-chunk")


def test_when_user_unknown_or_disabled_then_refused_and_audited_once(hub) -> None:
    from core.directory import set_active

    with hub.stack.db.session() as s:
        set_active(s, "res", False)
    before = hub.last_audit_id()
    for name, said in (("res", "User 'res' is disabled."), ("ghost", "User 'ghost' does not")):
        with pytest.raises(AccessDenied, match=said):
            hub.services.users.principal(name)
    assert [(r[0], r[1]) for r in hub.audit_rows(before)] == [
        ("res", "refused"),
        ("ghost", "refused"),
    ]


def test_when_upload_stored_then_display_names_kept_and_temporary_copies_gone(
    hub, tmp_path
) -> None:
    good = tmp_path / "tmp-41a2"
    good.write_text("In 2023 Eritrean men were held in a camp in Libya until relatives paid.")
    bad = tmp_path / "tmp-41a3"
    bad.write_bytes(b"")
    out = hub.services.documents.upload(
        hub.principal("mem"),
        [Upload("libya_note.txt", good), Upload("empty.txt", bad)],
        level="member",
    )
    assert out["ingested"] == 1
    assert [d["source_ref"] for d in out["documents"]] == ["libya_note.txt"]
    assert [f["path"] for f in out["failed"]] == ["empty.txt"]
    assert out["failed"][0]["error"].startswith("empty.txt: ")
    assert str(tmp_path) not in str(out)
    assert not good.exists()
    assert not bad.exists()


def test_when_upload_above_clearance_then_refused_and_nothing_left(hub, tmp_path) -> None:
    raw = tmp_path / "tmp-9"
    raw.write_text("Confidential: the safe house is on Harbour Road.")
    with pytest.raises(AccessDenied, match="your clearance is member"):
        hub.services.documents.upload(
            hub.principal("mem"), [Upload("note.txt", raw)], level="confidential"
        )
    assert not raw.exists()


def test_when_answer_streamed_then_tokens_then_the_answer(hub) -> None:
    hub.llm.replies = ["Crews were kept at sea and their passports were taken."]
    events = list(
        hub.services.questions.ask_stream(
            hub.principal("con"), "How were crews on Thai trawlers controlled?", mode="generative"
        )
    )
    kinds = [e.kind for e in events]
    assert kinds[-1] == "answer"
    assert kinds.count("answer") == 1
    assert "token" in kinds
    draft = "".join(e.data for e in events if e.kind == "token")
    assert "passports were taken" in draft
    assert events[-1].data["mode"] == "generative"
    assert events[-1].data["audit_id"] > 0


def test_when_streamed_question_is_bad_then_the_iterator_raises(hub) -> None:
    with pytest.raises(LensError, match="empty"):
        list(hub.services.questions.ask_stream(hub.principal("con"), "   "))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, p: s.questions.search(p, "debt", mode="fuzzy"), "Mode 'fuzzy' is not valid"),
        (lambda s, p: s.questions.search(p, "debt", k=0), "k must be between 1 and 100"),
        (lambda s, p: s.questions.search(p, "debt", filters={"planet": "mars"}), "Unknown filter"),
        (lambda s, p: s.questions.ask(p, "why?", mode="poetic"), "Mode 'poetic' is not valid"),
        (lambda s, p: s.reports.stats(p, view="pie"), "View 'pie' is not valid"),
        (lambda s, p: s.reports.risk(p, [{"country": "BD"}]), "Supplier 1 has no name"),
        (lambda s, p: s.reports.risk(p, []), "at least one supplier"),
        (lambda s, p: s.documents.ingest(p, [], level="secret"), "Level 'secret' is not valid"),
    ],
)
def test_when_input_is_bad_then_one_sentence_usage_error(hub, call, message) -> None:
    with pytest.raises(LensError, match=message) as exc:
        call(hub.services, hub.principal("con"))
    assert exc.value.exit_code == 2


def test_when_reports_rendered_then_markdown_csv_and_pdf(hub) -> None:
    p = hub.principal("con")
    risk = hub.services.reports.risk(p, [{"name": "Gulf Fleet Co", "country": "TH"}])
    assert risk.markdown().startswith("# Supplier risk assessment")
    assert risk.csv().splitlines()[1].startswith("Gulf Fleet Co,")
    brief = hub.services.reports.brief(p, topic="fishing")
    assert brief.markdown().startswith("# Briefing: fishing")
    assert brief.pdf().startswith(b"%PDF")
    assert brief.audit_id > 0


def test_when_auto_model_has_not_earned_it_then_follow_up_never_asks_it(hub) -> None:
    from core import audit
    from core.settings import load_settings

    settings = load_settings()
    assert settings.answer.mode == "auto"
    hub.llm.replies = ["Crews were kept at sea and their passports were taken [1]."]
    con = hub.principal("con")
    question = "How were crews on Thai trawlers controlled?"
    assert hub.services.questions.follow_up(con, question) is None
    assert hub.llm.prompts == []  # no check recorded: the model is not asked at all

    gate = hub.root.answerer.gate
    audit.record(
        hub.stack.db,
        user="lens",
        action="llm_check",
        detail={"model": gate.model, "questions": 8, "passed": 8, "rate": 1.0},
    )
    gate._rate = (-1e9, None)  # re-read the recorded rate now, not in 30 s
    hub.services.questions.follow_up(con, question)
    assert len(hub.llm.prompts) == 1


def test_when_times_shown_then_every_face_gets_the_utc_offset(hub) -> None:
    """SQLite gives stored times back naive; every service shows them with their offset, as
    PostgreSQL's already are (documents, tokens, history and tips share one `iso`)."""
    from datetime import UTC, datetime, timedelta, timezone

    from lens.services.base import iso

    assert iso(datetime(2026, 12, 6, 1, 2, 3)) == "2026-12-06T01:02:03+00:00"
    east = datetime(2026, 12, 6, 1, 2, 3, tzinfo=timezone(timedelta(hours=2)))
    assert iso(east) == "2026-12-06T01:02:03+02:00"
    assert iso(None) is None
    shown = hub.services.documents.show(hub.principal("con"), _doc(hub, "thai_boats.txt"))
    stamp = datetime.fromisoformat(shown["ingested_at"])
    assert stamp.tzinfo is not None
    assert abs(datetime.now(UTC) - stamp) < timedelta(days=1)
