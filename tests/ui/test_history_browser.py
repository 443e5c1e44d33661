"""Chat history in a real browser (Debian's Chromium, driven by Playwright) against
`lens serve`: ask, reload, reopen the conversation from the sidebar and see its answer and
sources; a cited document deleted since shows as withdrawn; delete a conversation from the
sidebar; another user's conversation page reads like a missing one.

Screenshots are saved under test-artifacts/history/.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.browser import chromium, require_chromium
from tests.browser import send as ask
from tests.cli import run_lens
from tests.conftest import REPO
from tests.servers import lens_serve
from tests.ui.test_browser import PUBLIC, RESTRICTED, login

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOTS = REPO / "test-artifacts" / "history"
MARKER = "Kittiwake-5190"
SHELTER = (
    f"Harbour Light shelter note, 2024. Women from the {MARKER} salons in Coventry said the "
    f"owner kept their passports in a locked drawer and deducted rent from their wages."
)
QUESTION = "Where did police trace the Ha Tinh recruiters?"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_chromium()
    home = tmp_path_factory.mktemp("history-ui") / "home"
    docs = tmp_path_factory.mktemp("docs")
    for name, text in (
        ("outreach.txt", PUBLIC),
        ("police_note.txt", RESTRICTED),
        ("shelter_note.txt", SHELTER),
    ):
        (docs / name).write_text(text)
    for args, given in (
        (("init",), None),
        (("orgs", "add", "Harbour Light", "--sector", "ngo"), None),
        (("users", "add", "ana", "--org", "Harbour Light", "--clearance", "3"), "demo-ana-pw\n"),
        (("users", "add", "tom", "--org", "Harbour Light", "--clearance", "0"), "demo-tom-pw\n"),
        (("ingest", str(docs / "outreach.txt"), "--as", "ana", "--level", "0"), None),
        (("ingest", str(docs / "police_note.txt"), "--as", "ana", "--level", "2"), None),
        (("ingest", str(docs / "shelter_note.txt"), "--as", "ana", "--level", "1"), None),
    ):
        if given:
            args = (*args, "--role", "analyst", "--password-stdin")
        proc = run_lens(home, *args, input=given)
        assert proc.returncode == 0, proc.stderr
    with lens_serve(home, {"LENS_ANSWER_MODE": "extractive"}, timeout=240) as url:
        yield url, home


@pytest.fixture(scope="module")
def browser():
    with chromium(SHOTS) as b:
        yield b


def threads(home: Path, user: str) -> list[str]:
    """The ids of a user's kept conversations, newest activity first."""
    con = sqlite3.connect(home / "lens.db")
    try:
        rows = con.execute(
            "SELECT t.id FROM chat_thread t JOIN lens_user u ON u.id = t.user_id "
            "WHERE u.name = ? ORDER BY t.updated_at DESC",
            (user,),
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


def steps(home: Path, thread: str) -> int:
    con = sqlite3.connect(home / "lens.db")
    try:
        return int(
            con.execute("SELECT count(*) FROM chat_step WHERE thread_id = ?", (thread,)).fetchone()[
                0
            ]
        )
    finally:
        con.close()


def reopen(page, thread: str) -> None:  # type: ignore[no-untyped-def]
    """Click a conversation in the sidebar and wait for its messages."""
    page.locator(f"#thread-{thread}").click()
    page.wait_for_url(re.compile(f"/thread/{thread}$"), timeout=30_000)
    page.wait_for_selector('[data-step-type="assistant_message"]', timeout=60_000)
    page.wait_for_timeout(2000)


def open_source(page, name: str) -> str:  # type: ignore[no-untyped-def]
    page.get_by_text(re.compile(f"^{re.escape(name)}$")).last.click()
    page.wait_for_selector("#side-view-content", timeout=15_000)
    page.wait_for_timeout(1500)
    return page.locator("#side-view-content").inner_text()


def test_when_a_conversation_is_reopened_from_the_sidebar_then_answer_and_sources_show(
    server,
    browser,  # noqa: F811
) -> None:
    url, home = server
    page = login(browser, url, "ana", "demo-ana-pw")
    ask(page, QUESTION)
    (thread,) = threads(home, "ana")
    page.reload(wait_until="networkidle")
    page.wait_for_selector(f"#thread-{thread}", timeout=30_000)
    page.screenshot(path=str(SHOTS / "1-sidebar.png"))
    assert QUESTION in page.locator("#thread-history").inner_text()

    reopen(page, thread)
    page.screenshot(path=str(SHOTS / "2-resumed.png"))
    body = page.locator("body").inner_text()
    assert QUESTION in body
    assert "safe house in Walsall" in body  # the answer as it was shown
    card = open_source(page, "Source 1·1")
    page.screenshot(path=str(SHOTS / "3-resumed-source.png"))
    assert card.count("Source: ") == 1
    assert "police_note.txt" in card or "outreach.txt" in card

    ask(page, "Which recruitment methods did they use?")  # the conversation goes on
    page.screenshot(path=str(SHOTS / "4-continued.png"), full_page=True)
    assert page.get_by_text(re.compile(r"^Source \d+·2$")).count() >= 1
    assert QUESTION in page.locator("body").inner_text()  # above, still in the conversation
    assert threads(home, "ana") == [thread]
    assert steps(home, thread) == 4
    page.close()


def test_when_a_cited_document_is_deleted_then_the_reopened_source_shows_withdrawn(
    server,
    browser,  # noqa: F811
) -> None:
    url, home = server
    page = login(browser, url, "ana", "demo-ana-pw")
    ask(page, "Where were the women's passports kept?")
    assert MARKER in page.locator("body").inner_text()
    thread = threads(home, "ana")[0]
    listed = json.loads(run_lens(home, "docs", "list", "--as", "ana", "--json").stdout)
    shelter = next(d for d in listed["documents"] if d["source_ref"] == "shelter_note.txt")
    proc = run_lens(home, "docs", "delete", shelter["doc_id"], "--as", "ana")
    assert proc.returncode == 0, proc.stderr

    page.goto(url, wait_until="networkidle")
    page.wait_for_selector(f"#thread-{thread}", timeout=30_000)
    reopen(page, thread)
    body = page.locator("body").inner_text()
    assert MARKER not in body
    assert "Coventry" not in body
    assert "withdrawn: this source is no longer available to you" in body
    withdrawn = page.get_by_text(re.compile(r"^Source \d+·1$")).all_text_contents()
    cards = [open_source(page, name) for name in withdrawn]
    page.screenshot(path=str(SHOTS / "5-withdrawn.png"))
    assert any(c.startswith("Withdrawn source") for c in cards)
    assert not [c for c in cards if MARKER in c or "shelter_note" in c]
    page.close()


def settled_text(page, tid: str, like: str | None = None, timeout_s: float = 30.0) -> str:
    """The page's text once it has stopped changing (four reads 500 ms apart agree) and, given
    `like`, reads as `like` does. A fixed 2.5 s wait flaked when four test processes shared two
    cores: the page had not finished drawing."""
    reads: list[str] = []
    for _ in range(int(timeout_s * 2)):
        reads.append(page.locator("body").inner_text().replace(tid, "ID"))
        steady = len(reads) >= 4 and len(set(reads[-4:])) == 1
        if steady and (like is None or reads[-1] == like):
            break
        page.wait_for_timeout(500)
    return reads[-1]


def test_when_another_user_opens_a_conversation_page_then_it_reads_like_a_missing_one(
    server,
    browser,  # noqa: F811
) -> None:
    url, home = server
    thread = threads(home, "ana")[0]
    page = login(browser, url, "tom", "demo-tom-pw")
    assert page.locator(f"#thread-{thread}").count() == 0
    shown = []
    for tid in (thread, str(uuid.uuid4())):
        page.goto(f"{url}/thread/{tid}", wait_until="networkidle")
        page.wait_for_selector("#chat-input", timeout=30_000)
        shown.append(settled_text(page, tid, like=shown[0] if shown else None))
        if len(shown) == 1:
            page.screenshot(path=str(SHOTS / "6-not-yours.png"))
    assert shown[0] == shown[1]
    assert QUESTION not in shown[0]
    assert steps(home, thread) >= 2  # and nothing of ana's was touched
    page.close()


def test_when_a_conversation_is_deleted_from_the_sidebar_then_it_is_gone(
    server,
    browser,  # noqa: F811
) -> None:
    url, home = server
    before = threads(home, "ana")
    page = login(browser, url, "ana", "demo-ana-pw")
    ask(page, "What did recruiters advertise on Facebook?")
    (thread,) = set(threads(home, "ana")) - set(before)
    page.reload(wait_until="networkidle")
    item = page.locator(f"#thread-{thread}")
    item.wait_for(timeout=30_000)
    item.hover()
    item.locator("#thread-options").click()
    page.locator("#delete-thread").click()
    page.get_by_role("button", name=re.compile("confirm", re.I)).click()
    page.wait_for_selector(f"#thread-{thread}", state="detached", timeout=30_000)
    page.screenshot(path=str(SHOTS / "7-deleted.png"))
    assert threads(home, "ana") == before
    assert steps(home, thread) == 0
    con = sqlite3.connect(home / "lens.db")
    try:
        rows = con.execute(
            "SELECT user_name, query, doc_ids, detail FROM audit_event "
            "WHERE action = 'history.delete' AND outcome = 'ok'"
        ).fetchall()
    finally:
        con.close()
    assert [(u, q, json.loads(d), json.loads(x)) for u, q, d, x in rows] == [
        ("ana", None, [], {"thread": thread, "steps": 2})
    ]
    page.close()
