"""A name that several reports hold, asked about in the chat (issue 17), in a real browser
(Debian's Chromium, Playwright) against `lens serve`: "Which reports are connected to Operation
Kestrel?" lists the reports the user may see that name it, each with a "Links of: ..." button
that asks for its links; a third report naming it, above the user's clearance, is never
listed or counted. Every request beyond the server is aborted and recorded: there must be
none. Screenshots go to test-artifacts/links/.
"""

from __future__ import annotations

import re

import pytest

from tests.browser import ANSWER, chat_login, chromium, cli_ok, gated_context, require_chromium
from tests.conftest import REPO
from tests.links.test_integration import BANK, POLICE
from tests.links.test_links_browser import ask
from tests.servers import lens_serve

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.integration]

SHOTS = REPO / "test-artifacts" / "links"
KESTREL = "Operation Kestrel"
DOCS = [  # user, file, text, kind, level
    ("kia", "flag.txt", BANK.replace("Meridian test flag", f"{KESTREL} flag"), "financial_flag", 1),
    (
        "kia",
        "note.txt",
        POLICE.replace("At the house", f"{KESTREL}: at the house"),
        "incident_report",
        1,
    ),
    (
        "kia",
        "secret.txt",
        f"Restricted note\n\n{KESTREL} is run from a flat in Hull.",
        "incident_report",
        3,
    ),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_chromium()
    home = tmp_path_factory.mktemp("links-named-ui") / "home"
    docs = tmp_path_factory.mktemp("docs")
    cli_ok(home, "init")
    cli_ok(home, "orgs", "add", "Police C", "--sector", "law_enforcement")
    for name, clearance in (("kia", 3), ("klo", 1)):
        cli_ok(
            home,
            *("users", "add", name, "--org", "Police C", "--role", "analyst"),
            *("--clearance", str(clearance), "--password-stdin"),
            input=f"named-{name}-pw\n",
        )
    for user, file, text, kind, level in DOCS:
        (docs / file).write_text(text, encoding="utf-8")
        cli_ok(
            home, "ingest", str(docs / file), "--as", user, "--level", str(level), "--kind", kind
        )
    with lens_serve(home, {"LENS_ANSWER_MODE": "extractive"}, timeout=180) as url:
        yield url


def test_when_several_reports_name_it_then_each_visible_one_is_offered(server) -> None:
    with chromium(SHOTS) as browser:
        context, blocked = gated_context(browser, server)
        page = chat_login(context.new_page(), server, "klo", "named-klo-pw")
        answer = ask(page, f"Which reports are connected to {KESTREL}?")
        page.screenshot(path=str(SHOTS / "8-named-several.png"), full_page=True)
        assert f"2 reports you can see name {KESTREL}." in answer
        assert "Restricted note" not in page.inner_text("body")
        follow = page.get_by_role("button", name=re.compile(r"Links of: Police note"))
        assert page.get_by_role("button", name=re.compile(r"Links of: ")).count() == 2
        answers = page.locator(ANSWER)
        before = answers.count()
        follow.click()
        page.wait_for_function(
            "n => document.querySelectorAll('[data-step-type=assistant_message]').length > n",
            arg=before,
            timeout=120_000,
        )
        page.wait_for_timeout(3000)
        page.screenshot(path=str(SHOTS / "9-named-followed.png"), full_page=True)
        followed = answers.last.inner_text()
        assert "link Police note (Police C, incident report, " in followed
        assert "Financial flag" in followed
        assert "Restricted note" not in page.inner_text("body")
        assert blocked == []
