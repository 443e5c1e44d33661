"""Chainlit's data layer for Lens (ui/data_layer.py) over the history service: what Chainlit
hands over is not stored (messages as typed, files, users), each call answers only for the
user it is made for, a resumed conversation's source panels are re-checked, and feedback
still reaches the audit log (for answers of resumed conversations too)."""

from __future__ import annotations

import asyncio
import base64
import json
from types import SimpleNamespace

import pytest
from sqlalchemy import func, inspect, text
from sqlmodel import select

from core.records import AuditEvent, ChatStep, ChatThread, User
from tests.lens.fake_hub import fake_hub
from ui import data_layer as dl
from ui.formatting import WITHDRAWN_CARD

NAME = "Mai Nguyen"  # removed by the fake redactor


@pytest.fixture
def hub(home, monkeypatch):
    h = fake_hub(home, monkeypatch)
    h.layer = dl.HistoryDataLayer(h.services, "Traffik Lens")
    yield h
    h.close()


def run(user: str | None, call):  # type: ignore[no-untyped-def]
    """Run a data-layer coroutine as an HTTP route of `user` would."""

    async def go():  # type: ignore[no-untyped-def]
        dl._REQUESTER.set(user)
        return await call()

    return asyncio.run(go())


def db_text(hub) -> str:  # type: ignore[no-untyped-def]
    """Every text value of every table."""
    engine = hub.stack.db.engine
    out = []
    with engine.connect() as conn:
        for table in inspect(engine).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                out += [str(v) for v in row if isinstance(v, str)]
    return "\n".join(out)


def panels(thread: dict) -> dict[str, str]:
    """Each source panel's name and the text its data: URL carries."""
    return {
        e["name"]: base64.b64decode(e["url"].split(",", 1)[1]).decode() for e in thread["elements"]
    }


def kept_answer(hub, user: str, thread: str) -> None:  # type: ignore[no-untyped-def]
    """A question and its cited answer, as the chat keeps them."""
    p = hub.principal(user)
    out = hub.services.questions.ask(p, "How are fishing crews kept at sea?", mode="extractive")
    assert out["citations"], out
    hub.services.history.record_question(p, thread, "q-" + thread, f"Did {NAME} work at sea?")
    hub.services.history.record_answer(p, thread, "a-" + thread, out)


def test_when_chainlit_hands_over_messages_files_and_users_then_none_is_stored(hub) -> None:
    before = db_text(hub)
    layer = hub.layer
    step = {"id": "s1", "threadId": "t1", "type": "user_message", "output": f"Where is {NAME}?"}
    element = SimpleNamespace(id="e1", name=f"statement-{NAME}.txt", path="/tmp/x.txt")
    user = dl.User(identifier="mem", metadata={"note": NAME})

    async def calls():  # type: ignore[no-untyped-def]
        await layer.create_step(step)
        await layer.update_step(step)
        await layer.create_element(element)
        await layer.create_user(user)
        return await layer.get_user("mem")

    assert run("mem", calls).identifier == "mem"
    assert db_text(hub) == before
    assert NAME not in db_text(hub)


def test_when_asked_for_a_thread_then_only_its_owner_is_answered(hub) -> None:
    kept_answer(hub, "mem", "t-mem")
    layer = hub.layer
    assert run("mem", lambda: layer.get_thread_author("t-mem")) == "mem"
    for thread in ("t-mem", "t-missing"):  # someone else's reads like a missing one
        assert run("res", lambda t=thread: layer.get_thread_author(t)) == ""
        assert run("res", lambda t=thread: layer.get_thread(t)) is None
        assert run("res", lambda t=thread: layer.get_element(t, "x")) is None
    assert run(None, lambda: layer.get_thread("t-mem")) is None  # caller unknown: nothing
    mine = SimpleNamespace(userId="mem", search=None)
    page = SimpleNamespace(first=20, cursor=None)
    assert [t["id"] for t in run("mem", lambda: layer.list_threads(page, mine)).data] == ["t-mem"]
    assert run("res", lambda: layer.list_threads(page, mine)).data == []


def test_when_a_thread_is_resumed_then_sources_are_checked_now(hub) -> None:
    kept_answer(hub, "mem", "t")
    layer = hub.layer
    thread = run("mem", lambda: layer.get_thread("t"))
    assert [s["type"] for s in thread["steps"]] == ["user_message", "assistant_message"]
    assert thread["steps"][0]["output"] == "Did <PERSON_1> work at sea?"
    assert thread["steps"][1]["output"].endswith("*quoted from the sources*")
    cards = panels(thread)
    assert cards
    assert all(name.endswith("·1") for name in cards)
    assert all(e["forId"] == "a-t" and e["display"] == "side" for e in thread["elements"])
    assert all("Source: `" in c for c in cards.values())

    with hub.stack.db.session() as s:  # mem loses every clearance above public
        user = s.exec(select(User).where(User.name == "mem")).one()
        user.clearance = 0
        s.add(user)
    later = run("mem", lambda: layer.get_thread("t"))
    was = {c: t for c, t in cards.items() if "· public ·" not in t}
    assert was, "the answer cites a member-level source"
    now = panels(later)
    for name in was:
        assert now[name] == WITHDRAWN_CARD
        assert f"{name} (withdrawn)" in later["steps"][1]["output"]
    text_now = json.dumps(later, ensure_ascii=False)
    for card in was.values():
        assert card.split("---\n\n", 1)[1] not in text_now


def test_when_chainlit_updates_a_thread_then_the_name_is_redacted_and_session_data_dropped(
    hub,
) -> None:
    layer = hub.layer
    session = {
        "chat_profile": "Analyst Q&A",
        "chat_settings": {"level": "member", "org_only": False},
        "history": [f"What happened to {NAME}?"],
        "env": {},
        "client_type": "webapp",
    }
    run(None, lambda: layer.update_thread("t", name=f"What happened to {NAME}?", user_id="mem"))
    run("mem", lambda: layer.update_thread("t", metadata=session))
    run("res", lambda: layer.update_thread("t", name="taken over"))  # not theirs: ignored
    run("res", lambda: layer.update_thread("t-res", name="a rename starts nothing"))
    with hub.stack.db.session() as s:
        rows = s.exec(select(ChatThread)).all()
    kept = {"chat_profile": "Analyst Q&A", "chat_settings": {"level": "member", "org_only": False}}
    assert [(t.id, t.name, t.settings) for t in rows] == [
        ("t", "What happened to <PERSON_1>?", kept)
    ]


def test_when_a_thread_is_deleted_then_only_by_its_owner(hub) -> None:
    kept_answer(hub, "mem", "t")
    layer = hub.layer
    run("res", lambda: layer.delete_thread("t"))
    with hub.stack.db.session() as s:
        assert s.get(ChatThread, "t") is not None
    run("mem", lambda: layer.delete_thread("t"))
    with hub.stack.db.session() as s:
        assert s.get(ChatThread, "t") is None
        assert s.exec(select(func.count()).select_from(ChatStep)).one() == 0


def test_when_feedback_is_given_on_a_resumed_answer_then_it_links_to_its_audit_row(hub) -> None:
    kept_answer(hub, "mem", "t")
    with hub.stack.db.session() as s:
        ask_id = s.exec(select(ChatStep.audit_id).where(ChatStep.step_id == "a-t")).one()
    assert ask_id
    layer = hub.layer  # a new process: no answer is remembered in memory

    def feedback(value: int):  # type: ignore[no-untyped-def]
        return lambda: layer.upsert_feedback(
            dl.Feedback(forId="a-t", value=value, comment=f"{NAME} is wrong")
        )

    up = int(run("mem", feedback(1)))
    down = int(run("res", feedback(0)))  # not res's answer: not linked to it
    with hub.stack.db.session() as s:
        rows = {e.id: e for e in s.exec(select(AuditEvent).where(AuditEvent.id.in_([up, down])))}  # type: ignore[attr-defined]
    assert (rows[up].user_name, rows[up].outcome, rows[up].detail["answer_audit_id"]) == (
        "mem",
        "up",
        ask_id,
    )
    assert rows[up].query == "<PERSON_1> is wrong"
    assert (rows[down].user_name, rows[down].detail["answer_audit_id"]) == ("res", 0)


def test_when_feedback_is_given_in_the_live_chat_then_the_remembered_answer_is_used(hub) -> None:
    layer = hub.layer
    layer.remember("m1", "mem", 77)
    event = int(run(None, lambda: layer.upsert_feedback(dl.Feedback(forId="m1", value=1))))
    with hub.stack.db.session() as s:
        row = s.get(AuditEvent, event)
    assert (row.user_name, row.detail["answer_audit_id"]) == ("mem", 77)
