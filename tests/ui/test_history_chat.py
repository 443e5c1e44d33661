"""Chat history through a real `lens serve`, spoken to as the browser does (Chainlit's socket
protocol and its thread routes; tests/ui/chat_client.py), with the real redactor and models.

- Names typed in chat questions and an upload's personal data reach no byte under LENS_HOME;
  the history holds placeholders, and of the upload only counts.
- Another user's conversation reads exactly like a missing one on every route (read, rename,
  delete, resume), and a question asked from its page starts a new conversation.
- A resumed conversation shows a source hidden since (the user's clearance lowered) as
  withdrawn, with none of its text.
- Deleting a conversation removes its rows and is audited without content.
- The retention rule runs when `lens serve` starts.
"""

from __future__ import annotations

import asyncio
import base64
import json
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli import run_lens
from tests.servers import lens_serve
from tests.ui.chat_client import ChatSession

pytestmark = [pytest.mark.slow, pytest.mark.integration]

PUBLIC = (
    "Harbour Light outreach report, 2023. Vietnamese women working in nail bars in Birmingham "
    "said recruiters in Ha Tinh promised salon training and then told them they owed a debt of "
    "9,000 pounds. Recruiters advertised on Facebook and used relatives to find workers."
)
SECRET = "Zebrafinch-7731"
RESTRICTED = (
    f"Restricted police note, 2024. Operation {SECRET}: officers traced the Ha Tinh nail bar "
    f"recruiters to a safe house in Walsall; the {SECRET} network moved women through France."
)
PERSON, PHONE = "Maria Popescu", "+44 7700 900456"
OTHER_PERSON = "Dang Van Tuan"
STATEMENT = (
    f"Statement of {OTHER_PERSON}, born 4 May 1990. He was recruited in Ha Tinh and worked in a "
    f"nail bar in Walsall in 2022. Call him on +44 7700 900123."
)
OLD_THREAD = "00000000-0000-4000-8000-000000000001"


def sql(home: Path, query: str, *args: object) -> list[tuple]:
    con = sqlite3.connect(home / "lens.db")
    try:
        rows = con.execute(query, args).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    home = tmp_path_factory.mktemp("history") / "home"
    docs = tmp_path_factory.mktemp("docs")
    (docs / "outreach.txt").write_text(PUBLIC)
    (docs / "police_note.txt").write_text(RESTRICTED)
    for args, given in (
        (("init",), None),
        (("orgs", "add", "Harbour Light", "--sector", "ngo"), None),
        (("users", "add", "ana", "--org", "Harbour Light", "--role", "analyst"), "ana-hist-pw\n"),
        (("users", "add", "tom", "--org", "Harbour Light", "--role", "analyst"), "tom-hist-pw\n"),
        (("ingest", str(docs / "outreach.txt"), "--as", "ana", "--level", "0"), None),
        (("ingest", str(docs / "police_note.txt"), "--as", "ana", "--level", "2"), None),
    ):
        if given:
            args = (*args, "--clearance", "3" if "ana" in args else "0", "--password-stdin")
        proc = run_lens(home, *args, input=given)
        assert proc.returncode == 0, proc.stderr
    # A conversation that began 40 days ago: `lens serve` applies the retention rule at start.
    old = (datetime.now(UTC) - timedelta(days=40)).strftime("%Y-%m-%d %H:%M:%S")
    (ana_id,) = sql(home, "SELECT id FROM lens_user WHERE name = 'ana'")[0]
    sql(
        home,
        "INSERT INTO chat_thread (id, user_id, name, settings, created_at, updated_at) "
        "VALUES (?, ?, 'An old conversation', '{}', ?, ?)",
        OLD_THREAD,
        ana_id,
        old,
        old,
    )
    sql(
        home,
        "INSERT INTO chat_step (thread_id, step_id, kind, text, mode, citations, created_at) "
        "VALUES (?, 'old-q', 'question', 'An old question', '', '[]', ?)",
        OLD_THREAD,
        old,
    )
    with lens_serve(home, {"LENS_ANSWER_MODE": "extractive"}, timeout=240) as url:
        yield url, home


def chat(url: str, user: str, thread_id: str | None = None) -> ChatSession:
    return ChatSession(url, user, f"{user}-hist-pw", thread_id=thread_id)


def panels(thread: dict) -> dict[str, str]:
    return {
        e["name"]: base64.b64decode(e["url"].split(",", 1)[1]).decode() for e in thread["elements"]
    }


async def ask_police(url: str) -> str:
    """Ana asks, naming people; returns the conversation's id."""
    async with chat(url, "ana") as a:
        turn = await a.ask(f"Where did police trace the Ha Tinh recruiters of {PERSON}?")
        assert "Walsall" in turn.reply.content
        await a.ask(f"Did they move women through France? Call {PHONE} if so.")
        await asyncio.sleep(1)
        assert a.thread_id
        return a.thread_id


def test_when_the_server_starts_then_conversations_past_retention_are_gone(served) -> None:
    _, home = served
    deadline = time.monotonic() + 60  # the rule runs in the background once the UI is up
    query = "SELECT user_name, detail FROM audit_event WHERE action = 'history.expire'"
    while not (rows := sql(home, query)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert [(u, json.loads(d)) for u, d in rows] == [
        (
            None,
            {
                "retention_days": 30,
                "threads_deleted": 1,
                "steps_deleted": 1,
                "answers_withdrawn": 0,
            },
        )
    ]
    assert sql(home, "SELECT id FROM chat_thread WHERE id = ?", OLD_THREAD) == []
    assert sql(home, "SELECT step_id FROM chat_step WHERE thread_id = ?", OLD_THREAD) == []


def test_when_questions_and_uploads_name_people_then_no_byte_under_home_holds_them(
    served, tmp_path
) -> None:
    url, home = served
    statement = tmp_path / "caseworker-statement.txt"
    statement.write_text(STATEMENT)

    async def go() -> str:
        thread = await ask_police(url)
        async with chat(url, "ana", thread) as a:
            ref = await a.upload(statement)
            turn = await a.ask(
                f"A statement from our caseworker, about {OTHER_PERSON}", files=[ref]
            )
            assert "Removed before storage" in turn.reply.content
        return thread

    thread = asyncio.run(go())
    stored = b"\n".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    for secret in (PERSON, PHONE, "7700 900456", OTHER_PERSON, "7700 900123", "4 May 1990"):
        assert secret.encode() not in stored, secret
    steps = sql(
        home, "SELECT kind, text FROM chat_step WHERE thread_id = ? ORDER BY created_at", thread
    )
    kinds = [k for k, _ in steps]
    assert kinds[:4] == ["question", "answer", "question", "answer"]
    assert steps[0][1] == "Where did police trace the Ha Tinh recruiters of <PERSON_1>?"
    assert "<PHONE_NUMBER_1>" in steps[2][1]
    assert steps[4][0] == "question"
    assert "<PERSON_1>" in steps[4][1]
    note = steps[5][1]
    assert steps[5][0] == "note"
    assert note.startswith("1 file(s) uploaded: 1 stored;")
    assert "item(s) of personal data removed before storage" in note
    history = json.dumps(
        sql(home, "SELECT * FROM chat_step") + sql(home, "SELECT * FROM chat_thread")
    )
    assert "caseworker-statement" not in history  # no file name in the history
    assert "Ha Tinh" in history  # the history is there to be searched


def test_when_another_user_names_a_conversation_then_it_reads_like_a_missing_one(
    served,
) -> None:
    url, home = served

    async def go() -> None:
        thread = await ask_police(url)
        kept = sql(home, "SELECT * FROM chat_step WHERE thread_id = ?", thread)
        missing = str(uuid.uuid4())
        async with chat(url, "tom") as t:
            assert thread not in json.dumps(await t.list_threads())
            for method, path, body in (
                ("GET", "/project/thread/{}", None),
                ("PUT", "/project/thread", {"name": "mine now"}),
                ("DELETE", "/project/thread", {}),
                ("GET", "/project/thread/{}/element/x", None),
            ):
                answers = []
                for tid in (thread, missing):
                    payload = {**body, "threadId": tid} if body is not None else None
                    answers.append(await t.http(method, path.format(tid), payload))
                assert answers[0] == answers[1] == (404, {"detail": "Thread not found"}), method
        resumed = []
        for tid in (thread, missing):
            async with chat(url, "tom", tid) as t:
                await asyncio.sleep(1)
                resumed.append((t.resumed, t.resume_error))
                await t.ask("What do the reports say about nail bars?")
                assert t.thread_id not in (thread, missing)  # a new conversation of tom's
        assert resumed[0] == resumed[1] == (None, "Thread not found.")
        assert sql(home, "SELECT * FROM chat_step WHERE thread_id = ?", thread) == kept
        async with chat(url, "ana") as a:
            assert thread in [x["id"] for x in (await a.list_threads())["data"]]

    asyncio.run(go())


def test_when_a_source_is_hidden_since_then_the_resumed_conversation_shows_it_withdrawn(
    served,
) -> None:
    url, home = served

    async def resume(thread: str) -> dict:
        async with chat(url, "ana", thread) as a:
            assert a.resumed is not None, a.resume_error
            turn = await a.ask("And where in France?")  # the conversation goes on
            assert turn.reply is not None
            return a.resumed

    async def ask_public(thread: str) -> None:
        async with chat(url, "ana", thread) as a:
            turn = await a.ask("How did recruiters find workers?")  # the public report answers
            assert "Facebook" in turn.reply.content

    thread = asyncio.run(ask_police(url))
    asyncio.run(ask_public(thread))
    before = asyncio.run(resume(thread))
    assert any("police_note.txt" in card for card in panels(before).values())
    sql(home, "UPDATE lens_user SET clearance = 1 WHERE name = 'ana'")
    try:
        after = asyncio.run(resume(thread))
    finally:
        sql(home, "UPDATE lens_user SET clearance = 3 WHERE name = 'ana'")
    shown = json.dumps(after, ensure_ascii=False)
    for word in (SECRET, "safe house", "police_note", "Restricted police note"):
        assert word not in shown, word
    cards = panels(after)
    withdrawn = [n for n, c in cards.items() if c.startswith("**Withdrawn source**")]
    assert withdrawn
    assert any("outreach.txt" in c for c in cards.values())
    answer = next(s for s in after["steps"] if s["type"] == "assistant_message")
    assert f"{withdrawn[0]} (withdrawn)" in answer["output"]
    assert "*(withdrawn: this source is no longer available to you)*" in answer["output"]


def test_when_a_conversation_is_deleted_then_its_rows_go_and_the_audit_has_no_content(
    served,
) -> None:
    url, home = served

    async def go() -> tuple[str, int, int]:
        thread = await ask_police(url)
        async with chat(url, "ana") as a:
            status = (await a.http("DELETE", "/project/thread", {"threadId": thread}))[0]
            again = (await a.http("DELETE", "/project/thread", {"threadId": thread}))[0]
            assert thread not in [x["id"] for x in (await a.list_threads())["data"]]
        return thread, status, again

    thread, status, again = asyncio.run(go())
    assert (status, again) == (200, 404)
    assert sql(home, "SELECT * FROM chat_thread WHERE id = ?", thread) == []
    assert sql(home, "SELECT * FROM chat_step WHERE thread_id = ?", thread) == []
    rows = sql(
        home,
        "SELECT user_name, outcome, query, doc_ids, detail FROM audit_event "
        "WHERE action = 'history.delete' AND detail LIKE ?",
        f"%{thread}%",
    )
    assert [(u, o, q, json.loads(d), json.loads(x)) for u, o, q, d, x in rows] == [
        ("ana", "ok", None, [], {"thread": thread, "steps": 4})
    ]
