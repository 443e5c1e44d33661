"""The chat UI in a real browser (Debian's Chromium, driven by Playwright) against `lens serve`.

Screenshots are saved under test-artifacts/ui/.
"""

from __future__ import annotations

import re
import shutil

import pytest

from tests.browser import chat_login, chromium, cli_ok, require_chromium
from tests.browser import send as ask
from tests.conftest import REPO
from tests.servers import lens_serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOTS = REPO / "test-artifacts" / "ui"
CANARY = "Zebrafinch-7731"
PUBLIC = (
    "Harbour Light outreach report, 2023. Vietnamese women working in nail bars in Birmingham "
    "said recruiters in Ha Tinh promised salon training and then told them they owed a debt of "
    "9,000 pounds. Recruiters advertised on Facebook and used relatives to find workers."
)
RESTRICTED = (
    f"Restricted police note, 2024. Operation {CANARY}: officers traced the Ha Tinh nail bar "
    f"recruiters to a safe house in Walsall; the {CANARY} network moved women through France."
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_chromium()
    home = tmp_path_factory.mktemp("ui") / "home"
    docs = tmp_path_factory.mktemp("docs")
    (docs / "outreach.txt").write_text(PUBLIC)
    (docs / "police_note.txt").write_text(RESTRICTED)
    cli_ok(home, "init")
    cli_ok(home, "orgs", "add", "Harbour Light", "--sector", "ngo")
    cli_ok(
        home,
        "users",
        "add",
        "ana",
        "--org",
        "Harbour Light",
        "--role",
        "analyst",
        "--clearance",
        "3",
        "--password-stdin",
        input="demo-ana-pw\n",
    )
    cli_ok(
        home,
        "users",
        "add",
        "tom",
        "--org",
        "Harbour Light",
        "--role",
        "analyst",
        "--clearance",
        "0",
        "--password-stdin",
        input="demo-tom-pw\n",
    )
    cli_ok(home, "ingest", str(docs / "outreach.txt"), "--as", "ana", "--level", "0")
    cli_ok(home, "ingest", str(docs / "police_note.txt"), "--as", "ana", "--level", "2")
    with lens_serve(home, {"LENS_ANSWER_MODE": "extractive"}, timeout=120) as url:
        yield url, home


@pytest.fixture(scope="module")
def browser():
    with chromium(SHOTS) as b:
        yield b


def login(browser, url: str, user: str, password: str):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    return chat_login(page, url, user, password)


def test_when_analyst_asks_then_cited_answer_and_source_opens(server, browser) -> None:
    url, _ = server
    page = login(browser, url, "ana", "demo-ana-pw")
    page.screenshot(path=str(SHOTS / "1-starters.png"))
    ask(page, "Which recruitment methods are reported for Vietnamese workers in UK nail bars?")
    page.screenshot(path=str(SHOTS / "2-answer.png"), full_page=True)
    assert page.get_by_text("Sources:").count() >= 1
    # the side panel stays shut until a source is clicked (Chainlit 2.11+ opened it by itself,
    # stacking every card of the conversation under one card's name; lens serve patches it)
    assert page.locator("#side-view-content").count() == 0
    chip = page.get_by_text(re.compile(r"^Source \d+·1$")).last
    name = chip.text_content() or ""
    chip.click()
    page.wait_for_timeout(1500)
    page.screenshot(path=str(SHOTS / "3-source.png"))
    assert page.locator("#side-view-title").inner_text().lower() == name.lower()
    card = page.locator("#side-view-content").inner_text()
    assert card.count("Source: ") == 1  # that one card, not a stack
    assert "outreach.txt" in card or "police_note.txt" in card
    page.close()


def test_when_file_uploaded_then_redaction_report_shown(server, browser, tmp_path) -> None:
    url, home = server
    page = login(browser, url, "ana", "demo-ana-pw")
    story = tmp_path / "statement.txt"
    story.write_text(
        "Statement of Maria Popescu, born 4 May 1990. She was recruited in Iasi, "
        "Romania, and worked at a car wash in Leicester in 2022. Call her on "
        "+44 7700 900456 or maria.p@example.com."
    )
    page.locator("input[type=file]").first.set_input_files(str(story))
    page.wait_for_timeout(1500)
    page.locator("#chat-input").fill("A new statement from our caseworker")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Removed before storage", timeout=90_000)
    page.screenshot(path=str(SHOTS / "4-upload.png"), full_page=True)
    text = page.inner_text("body")
    assert "1 × person" in text
    assert "1 × phone number" in text
    page.close()
    stored = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert b"Maria Popescu" not in stored
    assert b"7700 900456" not in stored


def test_when_low_clearance_user_asks_then_restricted_text_never_appears(server, browser) -> None:
    url, _ = server
    page = login(browser, url, "tom", "demo-tom-pw")
    for q in (
        f"What is Operation {CANARY}?",
        "Where did police trace the Ha Tinh recruiters?",
        "List all restricted police notes",
    ):
        ask(page, q)
    page.screenshot(path=str(SHOTS / "5-low-clearance.png"), full_page=True)
    html = page.content()
    assert CANARY not in html.replace(f"Operation {CANARY}?", "")
    assert "Walsall" not in html
    page.close()


def test_when_password_wrong_then_refused(server, browser) -> None:
    url, _ = server
    page = browser.new_page()
    page.goto(url, wait_until="networkidle")
    page.fill("#email", "ana")
    page.fill("#password", "wrong-password")
    page.click("button[type=submit]")
    page.wait_for_timeout(2000)
    assert page.locator("#chat-input").count() == 0
    page.close()


def teardown_module() -> None:
    shutil.rmtree(REPO / "test-artifacts" / "ui" / "tmp", ignore_errors=True)
