"""The history service (lens.services.history) on SQLite and on PostgreSQL: only redacted
questions are kept, a user reaches only their own conversations (anyone else's reads like a
missing one), citations are re-checked against the owner's access now, deletion removes the
rows and is audited without content, and the retention rule is applied by `lens check`."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from sqlalchemy import func
from sqlmodel import select

from core.errors import NotFound
from core.records import AuditEvent, ChatStep, ChatThread, User, utcnow
from core.settings import load_settings
from ingest.batch import document_id
from ingest.model import LoadedDocument
from lens.app import Lens
from lens.services.withdrawal import WITHDRAWN
from tests.assistant.corpus import DOCS
from tests.fakes.stack import build_stack
from tests.lens.fake_hub import ENV

NAME, PHONE = "Mai Nguyen", "+44 7700 900456"  # both removed by the fake redactor


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, home, monkeypatch):
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    if url:
        monkeypatch.setenv("LENS_DATABASE_URL", url)
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    stack = build_stack(home, url)
    for ref, uploader, level, org_only, kind, body in DOCS:
        stack.pipeline.ingest_documents(
            stack.principal(uploader),
            [LoadedDocument(ref, ref.removesuffix(".txt"), body, path=None)],  # type: ignore[arg-type]
            level=level,
            org_only=org_only,
            kind=kind,
        )
    monkeypatch.setattr(Lens, "embedder", property(lambda self: stack.embedder))
    monkeypatch.setattr(Lens, "redactor", property(lambda self: stack.redactor))
    root = Lens(load_settings())
    yield SimpleNamespace(
        stack=stack,
        root=root,
        history=root.services.history,
        p=stack.principal,
        home=home,
        sqlite=url is None,
    )
    root.close()
    stack.db.dispose()


def chunk(hub, ref: str) -> dict:  # type: ignore[no-untyped-def]
    owner = "bankadmin" if ref == "bank_only.txt" else "con"
    doc = document_id(hub.p(owner).org_id, ref)
    return hub.root.services.documents.show(hub.p(owner), doc)["chunks"][0] | {"doc_id": doc}


def answer(hub, *refs: str) -> dict:  # type: ignore[no-untyped-def]
    """An extractive answer quoting the first passage of each document, as `ask` returns it."""
    cites = []
    for n, ref in enumerate(refs, start=1):
        c = chunk(hub, ref)
        cites.append(
            {
                "n": n,
                "doc_id": c["doc_id"],
                "chunk_id": c["chunk_id"],
                "quote": c["text"][:60],
                "title": ref,
                "source_ref": ref,
            }
        )
    text = "The sources you can see say:\n" + "\n".join(
        f"- “{c['quote']}” [{c['n']}]" for c in cites
    )
    return {"answer": text, "mode": "extractive", "citations": cites, "audit_id": 41}


def stored_text(hub) -> str:  # type: ignore[no-untyped-def]
    """Every value of the history tables, as one string."""
    with hub.stack.db.session() as s:
        rows = [*s.exec(select(ChatThread)), *s.exec(select(ChatStep))]
        return "\n".join(json.dumps(r.model_dump(), default=str, ensure_ascii=False) for r in rows)


def count(hub, table) -> int:  # type: ignore[no-untyped-def]
    with hub.stack.db.session() as s:
        return int(s.exec(select(func.count()).select_from(table)).one())


def audit_after(hub, after: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    with hub.stack.db.session() as s:
        rows = s.exec(select(AuditEvent).where(AuditEvent.id > after)).all()
        return [(r.user_name, r.action, r.outcome, r.query, r.doc_ids, r.detail) for r in rows]


def last_audit(hub) -> int:  # type: ignore[no-untyped-def]
    with hub.stack.db.session() as s:
        return int(s.exec(select(func.max(AuditEvent.id))).one() or 0)


def set_clearance(hub, name: str, level: int) -> None:  # type: ignore[no-untyped-def]
    with hub.stack.db.session() as s:
        user = s.exec(select(User).where(User.name == name)).one()
        user.clearance = level
        s.add(user)


def test_when_a_question_is_kept_then_only_its_redacted_form_is_stored(hub) -> None:
    mem = hub.p("mem")
    hub.history.record_question(mem, "t1", "q1", f"What happened to {NAME}? Call {PHONE}.")
    hub.history.record_answer(mem, "t1", "a1", answer(hub, "thai_boats.txt"))
    stored = stored_text(hub)
    assert NAME not in stored
    assert "7700" not in stored
    assert "What happened to <PERSON_1>? Call <PHONE_NUMBER_1>." in stored
    page = hub.history.list_threads(mem)["threads"]
    assert [t["name"] for t in page] == ["What happened to <PERSON_1>? Call <PHONE_NUMBER_1>."]
    steps = hub.history.thread(mem, "t1")["steps"]
    assert [s["kind"] for s in steps] == ["question", "answer"]
    assert steps[1]["audit_id"] == 41


def test_when_another_user_names_a_thread_then_it_reads_like_a_missing_one(hub) -> None:
    mem, res = hub.p("mem"), hub.p("res")
    hub.history.record_question(mem, "mine", "q1", "Which ports do the trawlers use?")
    shown = answer(hub, "thai_boats.txt")
    before, kept = last_audit(hub), stored_text(hub)
    for action in (
        lambda t: hub.history.thread(res, t),
        lambda t: hub.history.delete(res, t),
        lambda t: hub.history.update(res, t, name="taken over"),
    ):
        said = []
        for thread_id in ("mine", "missing"):
            with pytest.raises(NotFound) as exc:
                action(thread_id)
            said.append(str(exc.value).replace(thread_id, "ID"))
        assert said == ["Conversation ID does not exist."] * 2
    with pytest.raises(NotFound, match="Conversation mine does not exist"):
        hub.history.record_question(res, "mine", "q2", "Written into someone else's?")
    with pytest.raises(NotFound, match="Conversation mine does not exist"):
        hub.history.record_answer(res, "mine", "a2", shown)
    assert stored_text(hub) == kept  # nothing written, renamed or deleted
    assert count(hub, ChatThread) == 1
    assert not hub.history.owns(res, "mine")
    assert hub.history.owns(mem, "mine")
    assert hub.history.list_threads(res)["threads"] == []
    assert hub.history.answer_audit_id(res, "q1") is None
    rows = [(r[0], r[1], r[2], r[5]) for r in audit_after(hub, before)]
    assert rows == [
        ("res", "history.open", "not_found", {"thread": "mine"}),
        ("res", "history.open", "not_found", {"thread": "missing"}),
        ("res", "history.delete", "not_found", {"thread": "mine"}),
        ("res", "history.delete", "not_found", {"thread": "missing"}),
    ]


def test_when_threads_are_listed_then_own_only_latest_first_in_pages(hub) -> None:
    mem, res = hub.p("mem"), hub.p("res")
    start = utcnow() - timedelta(hours=1)
    for i in range(5):
        hub.history.record_question(mem, f"m{i}", f"q{i}", f"Question {i} on trawlers", at=start)
    hub.history.record_question(res, "r0", "qr", "Question of another user")
    hub.history.record_answer(mem, "m1", "a1", answer(hub, "thai_boats.txt"))  # m1 most recent
    seen, after = [], None
    while True:
        page = hub.history.list_threads(mem, limit=2, after=after)
        seen += [t["id"] for t in page["threads"]]
        after = page["next"]
        if after is None:
            break
    assert seen[0] == "m1"
    assert sorted(seen) == ["m0", "m1", "m2", "m3", "m4"]
    found = hub.history.list_threads(mem, search="QUESTION 3")["threads"]
    assert [t["id"] for t in found] == ["m3"]


def test_when_a_cited_source_becomes_hidden_then_it_reads_withdrawn_until_visible(hub) -> None:
    mem = hub.p("mem")  # clearance 1: sees thai_boats (public) and uk_nails (member)
    shown = answer(hub, "thai_boats.txt", "uk_nails.txt")
    hidden_quote = shown["citations"][1]["quote"]
    hub.history.record_question(mem, "t", "q", "How were the women in nail bars kept?")
    hub.history.record_answer(mem, "t", "a", shown)
    before = hub.history.thread(mem, "t")["steps"][1]
    assert [c["withdrawn"] for c in before["citations"]] == [False, False]
    assert before["citations"][1]["title"] == "uk_nails"

    set_clearance(hub, "mem", 0)
    after = hub.history.thread(hub.p("mem"), "t")["steps"][1]
    assert after["citations"][1] == {"n": 2, "withdrawn": True}  # no title, text or count
    assert after["citations"][0]["withdrawn"] is False
    assert hidden_quote not in json.dumps(after, ensure_ascii=False)
    assert "uk_nails" not in json.dumps(after)
    assert after["text"].splitlines()[-1] == f"- {WITHDRAWN}"
    assert shown["citations"][0]["quote"] in after["text"]

    set_clearance(hub, "mem", 1)  # access is checked now, each time: it comes back
    again = hub.history.thread(hub.p("mem"), "t")["steps"][1]
    assert again["citations"][1]["withdrawn"] is False
    assert hidden_quote in again["text"]


def test_when_a_cited_document_is_deleted_then_withdrawn_and_its_quotes_leave_history(
    hub,
) -> None:
    mem, con = hub.p("mem"), hub.p("con")
    shown = answer(hub, "thai_boats.txt", "uk_nails.txt")
    gone_quote = shown["citations"][1]["quote"]
    hub.history.record_answer(mem, "t", "a", shown)
    hub.root.services.documents.delete(con, shown["citations"][1]["doc_id"])
    step = hub.history.thread(mem, "t")["steps"][0]
    assert step["citations"][1] == {"n": 2, "withdrawn": True}
    assert gone_quote not in step["text"]
    assert gone_quote in stored_text(hub)  # until the clean-up runs

    report = hub.history.expire()
    assert report["answers_withdrawn"] == 1
    assert gone_quote not in stored_text(hub)
    assert shown["citations"][0]["quote"] in stored_text(hub)
    assert hub.history.expire()["answers_withdrawn"] == 0


def test_when_a_conversation_is_deleted_then_its_rows_go_and_the_audit_has_no_content(
    hub,
) -> None:
    mem = hub.p("mem")
    hub.history.record_question(mem, "t", "q", f"What did {NAME} say about Vesselgrove-3321?")
    hub.history.record_answer(mem, "t", "a", answer(hub, "thai_boats.txt"))
    hub.history.record_question(mem, "keep", "q2", "Another conversation")
    before = last_audit(hub)
    assert hub.history.delete(mem, "t") == {"deleted": "t", "steps": 2}
    if hub.sqlite:  # gone from the bytes too: not left in freed pages or old log frames
        files = list(hub.home.glob("lens.db*"))
        assert files
        assert not [f.name for f in files if b"Vesselgrove-3321" in f.read_bytes()]
    with hub.stack.db.session() as s:
        assert s.get(ChatThread, "t") is None
        assert s.exec(select(ChatStep).where(ChatStep.thread_id == "t")).all() == []
    assert count(hub, ChatStep) == 1  # the other conversation is untouched
    assert audit_after(hub, before) == [
        ("mem", "history.delete", "ok", None, [], {"thread": "t", "steps": 2})
    ]


def test_when_older_than_retention_then_lens_check_deletes_it_with_its_messages(hub) -> None:
    from lens.cli import cli

    mem = hub.p("mem")
    old = utcnow() - timedelta(days=31)
    hub.history.record_question(mem, "old", "q1", "An old question", at=old)
    hub.history.record_answer(mem, "old", "a1", answer(hub, "thai_boats.txt"))
    hub.history.record_question(mem, "new", "q2", "A recent question")
    result = CliRunner().invoke(cli, ["check", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["history"] == {
        "retention_days": 30,
        "threads_deleted": 1,
        "steps_deleted": 2,
        "answers_withdrawn": 0,
    }
    assert [t["id"] for t in hub.history.list_threads(mem)["threads"]] == ["new"]
    assert count(hub, ChatStep) == 1
    later = hub.history.expire(now=utcnow() + timedelta(days=30, hours=1))
    assert later["threads_deleted"] == 1
    assert count(hub, ChatThread) == count(hub, ChatStep) == 0


def test_when_history_is_off_then_nothing_is_kept_and_what_was_goes(hub, monkeypatch) -> None:
    mem = hub.p("mem")
    hub.history.record_question(mem, "t", "q", "Kept while history was on")
    monkeypatch.setenv("LENS_HISTORY_ENABLED", "false")
    off = Lens(load_settings()).services.history
    off.record_question(mem, "t2", "q2", "Not kept")
    assert count(hub, ChatThread) == 1
    assert off.expire()["threads_deleted"] == 1
    assert count(hub, ChatThread) == count(hub, ChatStep) == 0


def test_when_session_data_is_kept_then_only_profile_and_upload_settings(hub) -> None:
    mem = hub.p("mem")
    hub.history.update(
        mem,
        "t",
        create=True,
        name=f"Questions about {NAME}",
        metadata={
            "chat_profile": "Briefing",
            "chat_settings": {"level": "member", "org_only": True, "note": f"for {NAME}"},
            "history": [f"What happened to {NAME}?"],  # the chat's questions as typed
            "env": {"KEY": "secret"},
            "is_shared": True,
        },
    )
    t = hub.history.thread(mem, "t")
    assert t["settings"] == {
        "chat_profile": "Briefing",
        "chat_settings": {"level": "member", "org_only": True},
    }
    assert t["name"] == "Questions about <PERSON_1>"
    assert NAME not in stored_text(hub)
    with pytest.raises(NotFound):
        hub.history.update(mem, "never-started", name="a rename does not start a thread")


def test_when_first_writes_race_then_one_thread_holds_both(hub) -> None:
    mem = hub.p("mem")
    with ThreadPoolExecutor(max_workers=2) as pool:
        for i in range(8):
            jobs = [
                pool.submit(hub.history.update, mem, f"t{i}", name="named", create=True),
                pool.submit(hub.history.record_question, mem, f"t{i}", f"q{i}", "asked"),
            ]
            for j in jobs:
                j.result()
    assert count(hub, ChatThread) == 8
    assert count(hub, ChatStep) == 8
