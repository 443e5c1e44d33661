"""The map in a real browser with no network but the server: it draws, shows the expected
countries, and its hover text carries the counts.

Debian's Chromium (Playwright) loads a page from a loopback server holding the figure that
`assistant.map_plotly` builds and plotly.py's own plotly.js (4.x; the chat's Chainlit bundle
is 3.x and is covered by the chat test). Every request to any other host is aborted and
recorded: there must be none. Screenshots go to test-artifacts/maps/.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from assistant.analytics import Analytics
from assistant.map_plotly import to_plotly
from assistant.maps import MapData, map_figures
from tests.assistant.corpus import load
from tests.conftest import REPO

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
SHOTS = REPO / "test-artifacts" / "maps"
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
LAND = "rgb(228, 228, 228)"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Pages with each user's map on a loopback server; yields (url, figures by user)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    import plotly.graph_objects as go
    import plotly.io as pio

    hub = load(tmp_path_factory.mktemp("maps-ui") / "home")
    root = tmp_path_factory.mktemp("site")
    figures = {}
    for user in ("con", "pub"):
        figs = map_figures(Analytics(hub.db), hub.principal(user), as_of=2025)
        figures[user] = figs
        html = pio.to_html(
            go.Figure(to_plotly(MapData.from_figures(figs))),
            include_plotlyjs="directory",  # a plotly.min.js beside the page, from our server
            auto_play=False,
            div_id="map",
        )
        (root / f"{user}.html").write_text(html, encoding="utf-8")
    from importlib import resources

    js = resources.files("plotly").joinpath("package_data/plotly.min.js")
    (root / "plotly.min.js").write_bytes(js.read_bytes())
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", figures
    finally:
        server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: D102
        pass


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def open_map(browser, url: str, page: str):
    """The page, with every request beyond the server aborted and recorded."""
    context = browser.new_context(viewport={"width": 1100, "height": 640})
    blocked: list[str] = []

    def gate(route) -> None:
        if route.request.url.startswith(url + "/"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", gate)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(f"{url}/{page}", wait_until="networkidle")
    tab.wait_for_selector(".choroplethlayer path", state="attached", timeout=30_000)
    tab.wait_for_timeout(500)
    return tab, blocked, errors


SHADED = """() => {
    const gd = document.getElementById('map');
    const codes = gd._fullData[1].locations;
    const out = {};
    document.querySelectorAll('.choroplethlayer path').forEach((p, i) => {
        const fill = getComputedStyle(p).fill;
        if (fill !== 'LAND') out[codes[i]] = fill;
    });
    return out; }""".replace("LAND", LAND)

INSIDE = """(code) => {
    const gd = document.getElementById('map');
    const path = document.querySelectorAll('.choroplethlayer path')[
        gd._fullData[1].locations.indexOf(code)];
    const box = path.getBoundingClientRect(), back = path.getScreenCTM().inverse();
    const marks = Array.from(document.querySelectorAll('.frontplot path.point'))
        .map(m => m.getBoundingClientRect()).filter(r => r.width > 0)
        .map(r => [r.x + r.width / 2, r.y + r.height / 2]);
    const found = [];
    for (let y = 0.05; y < 1; y += 0.05) for (let x = 0.05; x < 1; x += 0.05) {
        const px = box.x + box.width * x, py = box.y + box.height * y;
        if (!path.isPointInFill(new DOMPoint(px, py).matrixTransform(back))) continue;
        const clear = Math.min(Infinity, ...marks.map(([mx, my]) => Math.hypot(px - mx, py - my)));
        found.push([clear, px, py]);
    }
    return found.sort((a, b) => b[0] - a[0]).slice(0, 8).map(f => [f[1], f[2]]); }"""


def shaded(tab) -> dict[str, str]:
    """Country code -> fill of every country drawn in a colour other than the land's grey."""
    return tab.evaluate(SHADED)


def hover(tab, code: str, name: str) -> str:
    """Move the mouse onto the points inside a country's shape that lie farthest from any
    marker (a city, a route's arrow) until the country's own label shows; its text."""
    seen = []
    for x, y in tab.evaluate(INSIDE, code):
        tab.mouse.move(2, 2)
        tab.mouse.move(x, y, steps=3)
        tab.wait_for_timeout(200)
        label = tab.locator(".hoverlayer .hovertext")
        text = (label.first.text_content() or "") if label.count() else ""
        if text.startswith(name) and "→" not in text:  # the country's label, not a route's
            return text
        seen.append(text)
    raise AssertionError(f"no hover label for {name}: {seen}")


MARKERS = """(name) => {
    const gd = document.getElementById('map');
    const geo = gd._fullData.filter(t => t.type === 'scattergeo');
    const k = geo.findIndex(t => t.name === name);
    const trace = document.querySelectorAll('.frontplot g.trace.scattergeo')[k];
    return Array.from(trace.querySelectorAll('path.point')).map(p => p.getBoundingClientRect())
        .filter(r => r.width > 0).map(r => [r.x + r.width / 2, r.y + r.height / 2]); }"""


def hover_marker(tab, trace: str, starts: str) -> str:
    """Hover each marker of a trace ("cities", "arrows") until a label starting with
    `starts` shows; its text."""
    seen = []
    for x, y in tab.evaluate(MARKERS, trace):
        tab.mouse.move(2, 2)
        tab.mouse.move(x, y, steps=3)
        tab.wait_for_timeout(200)
        label = tab.locator(".hoverlayer .hovertext")
        text = (label.first.text_content() or "") if label.count() else ""
        if text.startswith(starts):
            return text
        seen.append(text)
    raise AssertionError(f"no hover label starting {starts!r}: {seen}")


def test_when_map_opens_offline_then_countries_and_counts_show(site, browser) -> None:
    url, figures = site
    tab, blocked, errors = open_map(browser, url, "con.html")
    tab.screenshot(path=str(SHOTS / "1-map-all-years.png"))
    assert blocked == []  # no CDN topojson, no fonts, nothing beyond the server
    assert errors == []
    counts = {r["country"]: r["documents"] for r in figures["con"]["countries"]}
    assert set(shaded(tab)) == set(counts)
    assert f"{counts['GB']} reports (All years)" in hover(tab, "GB", "United Kingdom")
    tab.screenshot(path=str(SHOTS / "2-map-hover-country.png"))
    dhaka = next(r for r in figures["con"]["cities"] if r["city"] == "Dhaka")
    assert f"{dhaka['documents']} reports (All years)" in hover_marker(tab, "cities", "Dhaka")
    route = next(r for r in figures["con"]["routes"] if r["origin"] == "VN")
    text = hover_marker(tab, "arrows", "Vietnam → United Kingdom")
    assert f"{route['documents']} report" in text
    tab.screenshot(path=str(SHOTS / "3-map-hover-route.png"))
    routes = tab.locator(".frontplot g.trace.scattergeo .js-line").count()
    assert routes == len(figures["con"]["routes"])
    tab.context.close()


def test_when_period_slider_moves_then_window_counts_show(site, browser) -> None:
    url, figures = site
    tab, blocked, _ = open_map(browser, url, "con.html")
    tab.get_by_text("2022–2023", exact=True).click(force=True)
    tab.wait_for_timeout(800)
    previous = {r["country"]: r["previous"] for r in figures["con"]["countries"] if r["previous"]}
    assert set(shaded(tab)) == set(previous)
    assert "1 report (2022–2023)" in hover(tab, "GB", "United Kingdom")
    tab.screenshot(path=str(SHOTS / "4-map-previous-window.png"))
    assert blocked == []
    tab.context.close()


def test_when_low_clearance_user_maps_then_hidden_places_are_grey(site, browser) -> None:
    url, figures = site
    tab, blocked, _ = open_map(browser, url, "pub.html")
    drawn = shaded(tab)
    assert set(drawn) == {r["country"] for r in figures["pub"]["countries"]}
    assert "PE" not in drawn
    assert "0 reports" in hover(tab, "IN", "India")  # a country with nothing visible
    tab.screenshot(path=str(SHOTS / "5-map-low-clearance.png"))
    assert blocked == []
    tab.context.close()


def teardown_module() -> None:
    shutil.rmtree(SHOTS / "tmp", ignore_errors=True)
