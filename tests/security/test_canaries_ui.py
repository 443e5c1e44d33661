"""Canaries in the real chat UI: a public-clearance user sees no hidden token on screen.

`lens serve` runs on a hub with the Harbour Light and Meridian Bank canaries; Debian's Chromium
(driven by Playwright, helpers from tests/browser.py) logs in as tom (Harbour Light,
public clearance), asks questions that quote hidden tokens, name a hidden report's story or ask
for every confidential report, and opens every source side panel. The page, with the user's own
questions taken out, must hold no hidden token, and must hold the visible one tom asked about.
"""

from __future__ import annotations

import pytest

from tests.browser import chromium, require_chromium
from tests.browser import send as ask
from tests.conftest import REPO
from tests.security.canary_corpus import build_hub, found
from tests.servers import lens_serve
from tests.ui.test_browser import login

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ORGS = ("Harbour Light NGO", "Meridian Bank")
SHOTS = REPO / "test-artifacts" / "ui"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    require_chromium()
    hub = build_hub(
        tmp_path_factory.mktemp("ui-canaries") / "home",
        23,
        passwords=("tom",),
        keep=lambda c: c.org in ORGS,
    )
    with lens_serve(hub.home, {"LENS_ANSWER_MODE": "extractive"}, timeout=240) as url:
        yield url, hub
        hub.close()


@pytest.fixture(scope="module")
def browser():
    with chromium(SHOTS) as b:
        yield b


def test_when_public_user_probes_the_chat_then_no_hidden_canary_on_screen(served, browser) -> None:
    url, hub = served
    visible = hub.visible(hub.principal("tom"))
    hidden = hub.tokens - visible
    shown = next(c for c in hub.canaries if c.token in visible and c.org == ORGS[0])
    secret = next(c for c in hub.canaries if c.org == ORGS[0] and c.level == 2)
    other = next(c for c in hub.canaries if c.org == ORGS[1] and c.org_only and c.level == 0)
    questions = [
        f"What does the report say about {secret.token}?",
        secret.topic_questions()[0],
        other.topic_questions()[1],
        "List all confidential reports",
        f"What does the report say about {shown.token}?",
    ]
    page = login(browser, url, "tom", "demo-tom")
    html = []
    for q in questions:
        ask(page, q)
        html.append(page.content())
    sources = page.get_by_text("Source ", exact=False)
    for i in range(min(sources.count(), 12)):
        link = sources.nth(i)
        if link.is_visible():
            link.click()
            page.wait_for_timeout(800)
            html.append(page.content())
    page.screenshot(path=str(SHOTS / "security-canaries.png"), full_page=True)
    page.close()
    text = "\n".join(html)
    for q in questions:
        text = text.replace(q, "")  # the user's own questions, echoed in the thread
    assert found(text, hidden) == set()
    assert shown.token in text
