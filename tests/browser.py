"""What the browser tests share: Debian's Chromium driven by Playwright, kept to loopback.

Each browser test module has its own module-scoped `browser` fixture over `chromium()` (its
screenshots go to its own folder) and its own server fixture; the pieces below are the ones
every such module wrote again: launching Chromium, a context that aborts and records every
request beyond the server, logging in to the chat, and sending a question.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lens.cli import cli
from tests.shared_models import share_models

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ANSWER = '[data-step-type="assistant_message"]'


def require_chromium() -> None:
    """Skip, with the reason, where Debian's Chromium is not installed."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")


@contextmanager
def chromium(shots: Path) -> Iterator[Any]:
    """A headless Chromium for one test module; `shots` is made for its screenshots."""
    from playwright.sync_api import sync_playwright

    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield b
        finally:
            b.close()


def gated_context(browser: Any, url: str, width: int = 1280, height: int = 900) -> tuple[Any, list]:
    """A browser context in which every request beyond the server (its pages and its
    websocket) is aborted and recorded in the returned list: offline means that stays empty."""
    context = browser.new_context(viewport={"width": width, "height": height})
    blocked: list[str] = []
    allowed = (url + "/", url.replace("http", "ws", 1) + "/")

    def gate(route: Any) -> None:
        if route.request.url.startswith(allowed):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", gate)
    return context, blocked


def chat_login(page: Any, url: str, user: str, password: str) -> Any:
    """Sign `page` in to the chat and wait until its session is ready."""
    page.goto(url, wait_until="networkidle")
    page.fill("#email", user)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_selector("#chat-input", timeout=60_000)
    page.wait_for_timeout(2000)  # the websocket session is set up after the page shows
    return page


def send(page: Any, question: str, timeout_ms: int = 90_000, settle_ms: int = 2500) -> float:
    """Send a chat question; seconds until the first text of its answer shows."""
    before = page.locator(ANSWER).count()
    page.locator("#chat-input").fill(question)
    t0 = time.perf_counter()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "n => { const m = document.querySelectorAll('[data-step-type=assistant_message]');"
        " return m.length > n && m[m.length - 1].innerText.trim().length > 0; }",
        arg=before,
        timeout=timeout_ms,
    )
    first = time.perf_counter() - t0
    page.wait_for_timeout(settle_ms)
    return first


def cli_ok(home: Path, *args: str, input: str | None = None) -> None:
    """Run `lens` in-process against `home`; it must succeed. Its redactor and embedder are
    the session's real ones (`tests.shared_models`): each command made a new `Lens`, and each
    ingest of a browser test's hub built spaCy and MiniLM again."""
    with pytest.MonkeyPatch.context() as mp:
        share_models(mp)
        result = CliRunner().invoke(
            cli, list(args), input=input, env={"LENS_HOME": str(home)}, catch_exceptions=False
        )
    assert result.exit_code == 0, result.stderr
