"""Time to first token in the browser: `lens serve` on the demo hub, Chromium via Playwright.

    .venv/bin/python bench/ui_latency.py [--questions 8]

For each question: the time from pressing Enter to the first answer text visible on the page.
The server is started and warmed up first (the first answer after start-up waits for the
models to load; that figure is reported separately).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import demo_hub, machine, median, pct, record, table  # noqa: E402

QUESTIONS = [
    "Which recruitment methods are reported for Vietnamese workers in UK nail bars?",
    "How are fishing crews on Thai trawlers kept from leaving?",
    "What financial red flags point to one person housing many exploited workers?",
    "How many forced labour reports mention Qatar since 2020?",
    "What is the risk for a garment supplier in Dhaka?",
    "How did recruiters control Nigerian women taken to Italy?",
    "Which fees did Nepali construction workers pay to agents?",
    "What happened to domestic workers' passports in Lebanon?",
]
FIRST_TEXT = (
    "n => { const m = document.querySelectorAll('[data-step-type=assistant_message]');"
    " return m.length > n && m[m.length - 1].innerText.trim().length > 0; }"
)


def main() -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, FLAGS
    from tests.conftest import free_port
    from tests.servers import wait_for_port

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--questions", type=int, default=len(QUESTIONS))
    args = ap.parse_args()
    hub = demo_hub("demo-torch")
    port = free_port()
    log = hub.settings.home / "serve-bench.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "lens"), "serve", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "LENS_HOME": str(hub.settings.home)},
        )
    times: list[float] = []
    try:
        wait_for_port(port, proc, log, timeout=120)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"http://127.0.0.1:{port}", wait_until="networkidle")
            page.fill("#email", "ana")
            page.fill("#password", "demo-ana")
            page.click("button[type=submit]")
            page.wait_for_selector("#chat-input", timeout=60_000)
            page.wait_for_timeout(8000)  # let start-up warm-up finish
            for q in (QUESTIONS * 2)[: args.questions + 1]:
                before = page.locator('[data-step-type="assistant_message"]').count()
                page.locator("#chat-input").fill(q)
                t0 = time.perf_counter()
                page.keyboard.press("Enter")
                page.wait_for_function(FIRST_TEXT, arg=before, timeout=120_000)
                times.append(time.perf_counter() - t0)
                page.wait_for_timeout(3000)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    warm = times[1:]
    print(f"\n## Chat UI: time to first answer text in the browser ({len(warm)} questions)")
    print(f"machine: {machine()}\n")
    print(
        table(
            ["", "seconds"],
            [
                ["first question after start-up", times[0]],
                ["p50 (warm)", median(warm)],
                ["p95 (warm)", pct(warm, 95)],
                ["max (warm)", max(warm)],
            ],
        )
    )
    print(f"\ntarget <= 2 s: {'met' if pct(warm, 95) <= 2 else 'MISSED'}")
    record("first answer text after start-up", times[0], unit="s")
    record(f"first answer text p50 (warm, {len(warm)} questions)", median(warm), unit="s")
    p95 = pct(warm, 95)
    record(f"first answer text p95 (warm, {len(warm)} questions)", p95, "<= 2 s", p95 <= 2, "s")


if __name__ == "__main__":
    main()
