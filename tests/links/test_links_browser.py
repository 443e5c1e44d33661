"""Links in the chat, in a real browser (Debian's Chromium, Playwright) against `lens serve`
(issue 17): a source passage's "Also appears in", followed to the linked report, and the
network picture of "which reports are connected to this one?" and "show networks involving
Romania", and a name a report's text holds ("...connected to Operation Kestrel?").
Three organisations write one phone number and one IBAN in different formats
(tests/links/test_integration.py). Every request to a host other than the server is aborted
and recorded: there must be none (the picture is a PNG drawn on the server). Screenshots go
to test-artifacts/links/.
"""

from __future__ import annotations

import re

import pytest

from tests.browser import (
    ANSWER,
    chat_login,
    chromium,
    cli_ok,
    gated_context,
    require_chromium,
    send,
)
from tests.conftest import REPO
from tests.links.test_integration import BANK, NGO, POLICE, RAW
from tests.servers import lens_serve

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.integration]

SHOTS = REPO / "test-artifacts" / "links"
# The police note names an operation: a name in a report's text, not its reference or title.
KESTREL_NOTE = POLICE.replace("At the house", "Operation Kestrel: at the house")
USERS = [  # name, org, sector, clearance, file, text, kind, level
    ("bia", "Bank A", "finance", 3, "flag.txt", BANK, "financial_flag", 1),
    ("nia", "NGO B", "ngo", 3, "story.txt", NGO, "survivor_story", 1),
    ("pia", "Police C", "law_enforcement", 3, "note.txt", KESTREL_NOTE, "incident_report", 2),
    ("nlo", "NGO B", "ngo", 1, "", "", "", 0),
]
CONNECTED = re.compile(r"which reports are connected to ([0-9a-f]{24})\?")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_chromium()
    home = tmp_path_factory.mktemp("links-ui") / "home"
    docs = tmp_path_factory.mktemp("docs")
    cli_ok(home, "init")
    for name, org, sector, clearance, _, _, _, _ in USERS:
        if org not in {u[1] for u in USERS[: [u[0] for u in USERS].index(name)]}:
            cli_ok(home, "orgs", "add", org, "--sector", sector)
        cli_ok(
            home,
            *("users", "add", name, "--org", org, "--role", "analyst"),
            *("--clearance", str(clearance), "--password-stdin"),
            input=f"links-{name}-pw\n",
        )
    for name, _, _, _, file, text, kind, level in USERS:
        if file:
            (docs / file).write_text(text, encoding="utf-8")
            cli_ok(
                home,
                *("ingest", str(docs / file), "--as", name),
                *("--level", str(level), "--kind", kind),
            )
    with lens_serve(home, {"LENS_ANSWER_MODE": "extractive"}, timeout=180) as url:
        yield url, home


@pytest.fixture(scope="module")
def browser():
    with chromium(SHOTS) as b:
        yield b


def login(browser, url: str, user: str):
    """A logged-in chat page; requests beyond the server are aborted and recorded."""
    context, blocked = gated_context(browser, url)
    return chat_login(context.new_page(), url, user, f"links-{user}-pw"), blocked


def ask(page, question: str) -> str:
    """Send a question; the text of the answer once it shows."""
    send(page, question, timeout_ms=120_000, settle_ms=3000)
    return page.locator(ANSWER).last.inner_text()


PICTURE = (
    "() => { const m = [...document.querySelectorAll('[data-step-type=assistant_message]')]"
    ".pop(); return m ? [...m.querySelectorAll('img')].filter(i => i.complete"
    " && i.naturalWidth > 400 && !i.alt.startsWith('Avatar')).map(i => ({alt: i.alt,"
    " src: i.src, w: i.naturalWidth, h: i.naturalHeight})) : []; }"
)


def network_picture(page) -> dict:
    """The latest answer's network picture, once loaded: its name, address and size."""
    page.wait_for_function(f"() => ({PICTURE})().length > 0", timeout=60_000)
    page.wait_for_timeout(1500)
    shown = page.evaluate(PICTURE)
    assert len(shown) == 1, shown
    return shown[0]


def open_linked_source(page) -> tuple[str, str]:
    """Click the answer's sources until one shows "Also appears in"; (its name, card text)."""
    chips = page.get_by_text(re.compile(r"^Source \d+·1$"))
    for i in range(chips.count()):
        chip = chips.nth(i)
        name = chip.text_content() or ""
        chip.click()
        page.wait_for_timeout(1500)
        card = page.locator("#side-view-content").inner_text()
        if "Also appears in" in card:
            return name, card
    raise AssertionError("no source of the answer shows 'Also appears in'")


def test_when_source_opened_then_also_appears_in_is_followed_to_the_linked_report(
    server, browser
) -> None:
    url, _ = server
    page, blocked = login(browser, url, "nia")
    ask(page, "Which number was she told to call when she reached London?")
    name, card = open_linked_source(page)
    page.screenshot(path=str(SHOTS / "1-also-appears-in.png"))
    assert "also appears in 2 other reports you can see" in card
    assert "Bank A" in card
    assert "Police C" in card
    linked = CONNECTED.findall(card)
    assert len(set(linked)) == 2, card
    assert not any(raw in card for raw in RAW)
    # follow it: the answer's "Linked: Police note (Police C)" action asks about that report
    answers = page.locator('[data-step-type="assistant_message"]')
    before = answers.count()
    follow = page.get_by_role("button", name=re.compile(r"Linked: Police note \(Police C\)"))
    follow.click()
    page.wait_for_function(
        "n => document.querySelectorAll('[data-step-type=assistant_message]').length > n",
        arg=before,
        timeout=120_000,
    )
    picture = network_picture(page)
    page.screenshot(path=str(SHOTS / "2-followed.png"), full_page=True)
    answer = answers.last.inner_text()
    police = next(d for d in linked if f"{d}?" in card.split("Police note (Police C")[1][:200])
    assert f", {police}) to reports you can see" in answer
    assert "Survivor story" in answer
    assert "Financial flag" in answer
    assert picture["alt"] == "Network"
    assert picture["src"].startswith(url)  # served by lens serve, no CDN
    # typed: "this one" is the report asked about last
    other = next(d for d in linked if d != police)
    ask(page, f"which reports are connected to {other}?")
    again = ask(page, "which reports are connected to this one?")
    assert f", {other}) to reports you can see" in again
    network_picture(page)
    assert blocked == []
    page.close()


def test_when_networks_of_a_country_asked_then_the_picture_shows(server, browser) -> None:
    url, _ = server
    page, blocked = login(browser, url, "bia")
    answer = ask(page, "show networks involving Romania")
    picture = network_picture(page)
    page.screenshot(path=str(SHOTS / "3-networks-romania.png"), full_page=True)
    assert "1 network** involving Romania" in answer or "1 network involving Romania" in answer
    assert "3 reports" in answer
    assert picture["alt"] == "Network"
    assert picture["h"] > 300
    assert blocked == []
    page.close()


def test_when_low_clearance_user_opens_the_passage_then_police_note_is_absent(
    server, browser
) -> None:
    url, _ = server
    page, _ = login(browser, url, "nlo")  # NGO B, clearance 1: the level-2 police note hidden
    ask(page, "Which number was she told to call when she reached London?")
    _, card = open_linked_source(page)
    page.screenshot(path=str(SHOTS / "4-low-clearance.png"))
    assert "also appears in 1 other report you can see" in card
    assert "Police C" not in card
    ask(page, "show networks involving Romania")
    page.screenshot(path=str(SHOTS / "5-low-clearance-networks.png"), full_page=True)
    assert "Police C" not in page.inner_text("body")
    page.close()


def test_when_a_name_in_a_report_is_asked_about_then_that_reports_links_show(
    server, browser
) -> None:
    url, _ = server
    page, blocked = login(browser, url, "bia")  # Bank A, clearance 3: sees the police note
    answer = ask(page, "Which reports are connected to Operation Kestrel?")
    picture = network_picture(page)
    page.screenshot(path=str(SHOTS / "6-named.png"), full_page=True)
    assert "link Police note (Police C, incident report, " in answer
    assert "the one report you can see that names Operation Kestrel" in answer
    assert "Survivor story" in answer
    assert "Financial flag" in answer
    assert picture["alt"] == "Network"
    assert blocked == []
    page.close()
    page, _ = login(browser, url, "nlo")  # clearance 1: the level-2 police note is hidden
    answer = ask(page, "Which reports are connected to Operation Kestrel?")
    page.screenshot(path=str(SHOTS / "7-named-hidden.png"), full_page=True)
    assert "shared identifier" not in answer  # answered as an ordinary question
    assert "Police" not in page.inner_text("body")
    page.close()
