"""Issue 18 end to end in a real browser (Debian's Chromium, driven by Playwright) against a
real `lens serve`: a member of the public sends a tip with a name, a phone number and an
address through /report and keeps the receipt; the moderator sees it redacted in the Triage
chat profile and asks a question; the reporter answers at /report/follow-up with the receipt;
the moderator accepts the tip; an analyst's question finds it.

Afterwards every byte under LENS_HOME (the server's log included, written there with uvicorn's
access log switched on) is searched for the raw name, the phone number, the street and the
receipt, and every access-log line for /report is checked to carry no client address.

Screenshots are saved under test-artifacts/tips/.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from lens.cli import cli
from lens.commands.serve import app_root
from tests.browser import chromium, cli_ok, require_chromium
from tests.browser import send as ask
from tests.conftest import REPO
from tests.servers import lens_serve
from tests.ui.test_browser import login

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.integration]

SHOTS = REPO / "test-artifacts" / "tips"
NAME, SURNAME = "Zbigniew Wojciechowski", "Wojciechowski"
PHONE, STREET = "07700 900456", "22 Acacia Avenue"
TIP = (
    f"{NAME} keeps four women in the flat at {STREET}, Manchester. They work in his nail bar "
    f"for no pay and he holds their passports. My number is {PHONE}."
)
QUESTION = "Which floor of the building is the flat on?"
RAW = (NAME, SURNAME, PHONE, "900456", STREET)


def leaked(text: str) -> list[str]:
    """The raw values (name, surname, phone, street) found in `text`."""
    return [r for r in RAW if r in text]


def cli_json(home: Path, *args: str) -> dict:
    result = CliRunner().invoke(
        cli, [*args, "--json"], env={"LENS_HOME": str(home)}, catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    require_chromium()
    home = tmp_path_factory.mktemp("tipsweb") / "home"
    cli_ok(home, "init")
    cli_ok(home, "orgs", "add", "Hub Host", "--sector", "ngo")  # the first: the tip host
    cli_ok(home, "orgs", "add", "Harbour Light", "--sector", "ngo")
    for user, role in (("mod", "moderator"), ("ana", "analyst")):
        cli_ok(
            home,
            "users",
            "add",
            user,
            "--org",
            "Hub Host",
            "--role",
            role,
            "--clearance",
            "2",
            "--password-stdin",
            input=f"{user}-browser-pw\n",
        )
    return home


@pytest.fixture(scope="module")
def browser():
    with chromium(SHOTS) as b:
        yield b


def _send_tip(browser, url: str) -> str:
    """The public form at phone width, no login: fill it in, send it, keep the receipt."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{url}/report")
    assert page.locator("#what").count() == 1
    page.fill("#what", TIP)
    page.fill("#country", "United Kingdom")
    page.fill("#town", "Manchester")
    page.fill("#when", "every evening")
    page.select_option("#kind", "forced_labour")
    page.check("#follow_up")
    page.screenshot(path=str(SHOTS / "1-form.png"), full_page=True)
    page.click("button[type=submit]")
    page.wait_for_selector("#receipt")
    page.screenshot(path=str(SHOTS / "2-receipt.png"), full_page=True)
    receipt = page.inner_text("#receipt").strip()
    body = page.inner_text("body")
    assert "999" in body  # the emergency number where the reporter is
    assert not leaked(body)  # the page repeats nothing of the tip
    page.close()
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+){3,}", receipt), receipt
    return receipt


def _triage(page, command: str, shot: str) -> str:
    """A command in the Triage profile; the text of its answer."""
    ask(page, command)
    page.screenshot(path=str(SHOTS / shot), full_page=True)
    return page.locator('[data-step-type="assistant_message"]').last.inner_text()


def _follow_up(browser, url: str, receipt: str) -> None:
    """The reporter comes back with the receipt, reads the question and answers."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{url}/report")
    page.click("a[href^='/report/follow-up']")
    page.fill("#receipt", receipt)
    page.click("button[type=submit]")
    page.wait_for_selector("#reply")
    assert QUESTION in page.inner_text("body")
    page.fill("#reply", f"Second floor, flat 4. {NAME} comes at night. Call {PHONE}.")
    page.screenshot(path=str(SHOTS / "5-follow-up.png"), full_page=True)
    page.click("button[type=submit]")
    page.wait_for_selector("text=Your answer was sent.")
    page.screenshot(path=str(SHOTS / "6-answered.png"), full_page=True)
    body = page.inner_text("body")
    assert not leaked(body)  # the thread shows the redacted reply
    page.close()


def test_when_tip_sent_in_chromium_then_redacted_triaged_answered_accepted_found_and_no_raw_byte_kept(  # noqa: E501
    home, browser
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    # DEBUG=1 makes Chainlit run uvicorn at debug level, so the access log is on (at its
    # default "error" level uvicorn writes no access line at all, which would prove nothing).
    env = {"LENS_ANSWER_MODE": "extractive", "DEBUG": "1"}
    with lens_serve(home, env, timeout=180) as url:
        receipt = _send_tip(browser, url)

        mod = login(browser, url, "mod", "mod-browser-pw")
        mod.get_by_role("combobox").first.click()
        mod.get_by_role("option", name="Triage").click()
        mod.wait_for_timeout(1500)
        queue = _triage(mod, "list", "3-triage-list.png")
        assert "nail bar for no pay" in queue
        assert "<PERSON" in queue
        assert "<PHONE_NUMBER" in queue
        assert not leaked(queue)
        found = re.search(r"tip-[0-9a-f]+", queue)
        assert found is not None, queue
        tip_id = found.group(0)
        asked = _triage(mod, f"ask {tip_id}: {QUESTION}", "4-triage-ask.png")
        assert f"Asked the reporter of {tip_id}" in asked

        _follow_up(browser, url, receipt)

        shown = _triage(mod, f"show {tip_id}", "7-triage-show.png")
        assert "comes at night" in shown  # the reply arrived
        # "Second floor, flat 4" is one unit line (chained unit items, policy 13): it goes whole
        assert "flat 4" not in shown
        assert "Second floor" not in shown
        assert not leaked(shown)
        accepted = _triage(mod, f"accept {tip_id} member", "8-triage-accept.png")
        doc = re.search(r"as document (\S+) at level", accepted)
        assert doc is not None, accepted
        doc_id = doc.group(1)
        mod.close()

        ana = login(browser, url, "ana", "ana-browser-pw")
        ask(ana, "Who keeps women in a flat in Manchester working in a nail bar for no pay?")
        ana.screenshot(path=str(SHOTS / "9-analyst.png"), full_page=True)
        answer = ana.inner_text("body")
        assert ana.get_by_text("Sources:").count() >= 1
        assert "nail bar" in answer
        assert f"Anonymous tip {tip_id}" in answer  # cited as its source
        assert not leaked(answer)
        ana.close()

    # The same hub, through the CLI, once the server has stopped.
    done = cli_json(home, "tips", "list", "--as", "mod", "--status", "accepted")
    assert [t["tip_id"] for t in done["tips"]] == [tip_id]
    hits = cli_json(home, "search", "women kept in a flat working in a nail bar", "--as", "ana")
    assert doc_id in [r["doc_id"] for r in hits["results"]]

    # Afterwards: no raw byte of the name, the phone number, the street or the receipt.
    raw = [*RAW, receipt]
    places = [home, app_root(home)]
    searched, kept = 0, 0
    for place in places:
        for path in place.rglob("*") if place.exists() else ():
            if path.is_file():
                data = path.read_bytes()
                searched += 1
                kept += b"nail bar for no pay" in data
                assert not [r for r in raw if r.encode() in data], path
    assert searched > 10
    assert kept  # the search does reach the stored (redacted) tip
    log = (home / "serve.log").read_text(errors="replace")
    report = [line for line in log.splitlines() if re.search(r'"(GET|POST) /report', line)]
    assert len(report) >= 6  # form, post, follow-up form, two follow-up posts, more
    assert not [line for line in report if "127.0.0.1" in line or "?" in line.split('"')[1]]
    # the log is on and does carry addresses for other routes
    assert any("127.0.0.1" in line for line in log.splitlines() if '"GET /' in line)
