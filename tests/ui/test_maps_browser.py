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

import pytest

from assistant.analytics import Analytics
from assistant.map_plotly import to_plotly
from assistant.maps import MapData, map_figures
from tests.assistant.corpus import load
from tests.browser import chat_login, chromium, cli_ok, gated_context, require_chromium, send
from tests.conftest import REPO

pytestmark = pytest.mark.browser

SHOTS = REPO / "test-artifacts" / "maps"
LAND = "rgb(228, 228, 228)"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Pages with each user's map on a loopback server; yields (url, figures by user)."""
    require_chromium()
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
    with chromium(SHOTS) as b:
        yield b


def open_map(browser, url: str, page: str):
    """The page, with every request beyond the server aborted and recorded."""
    context, blocked = gated_context(browser, url, 1100, 640)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(f"{url}/{page}", wait_until="networkidle")
    tab.wait_for_selector(".choroplethlayer path", state="attached", timeout=30_000)
    tab.wait_for_timeout(500)
    return tab, blocked, errors


# The plot: the test page's #map, or the chat's latest Plotly element.
GD = (
    "const gd = document.getElementById('map') || [...document.querySelectorAll("
    "'.js-plotly-plot')].filter(p => p.querySelector('.choroplethlayer')).pop();"
)

SHADED = """() => {
    GD
    const codes = gd._fullData.find(t => t.name === 'countries').locations;
    const out = {};
    gd.querySelectorAll('.choroplethlayer path').forEach((p, i) => {
        const fill = getComputedStyle(p).fill;
        if (fill !== 'LAND') out[codes[i]] = fill;
    });
    return out; }""".replace("LAND", LAND).replace("GD", GD)

INSIDE = """(code) => {
    GD
    const path = gd.querySelectorAll('.choroplethlayer path')[
        gd._fullData.find(t => t.name === 'countries').locations.indexOf(code)];
    const box = path.getBoundingClientRect(), back = path.getScreenCTM().inverse();
    const marks = Array.from(gd.querySelectorAll('.frontplot path.point'))
        .map(m => m.getBoundingClientRect()).filter(r => r.width > 0)
        .map(r => [r.x + r.width / 2, r.y + r.height / 2]);
    const found = [];
    for (let y = 0.05; y < 1; y += 0.05) for (let x = 0.05; x < 1; x += 0.05) {
        const px = box.x + box.width * x, py = box.y + box.height * y;
        if (!path.isPointInFill(new DOMPoint(px, py).matrixTransform(back))) continue;
        const clear = Math.min(Infinity, ...marks.map(([mx, my]) => Math.hypot(px - mx, py - my)));
        found.push([clear, px, py]);
    }
    return found.sort((a, b) => b[0] - a[0]).slice(0, 8).map(f => [f[1], f[2]]); }""".replace(
    "GD", GD
)


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
    GD
    const geo = gd._fullData.filter(t => t.type === 'scattergeo');
    const k = geo.findIndex(t => t.name === name);
    const trace = gd.querySelectorAll('.frontplot g.trace.scattergeo')[k];
    return Array.from(trace.querySelectorAll('path.point')).map(p => p.getBoundingClientRect())
        .filter(r => r.width > 0).map(r => [r.x + r.width / 2, r.y + r.height / 2]); }""".replace(
    "GD", GD
)


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


# The map in the chat: `lens serve` with real models, Chainlit's own plotly.js ----------------
REPORTS = {
    "nails.txt": "Outreach report, 2023. Vietnamese women were trafficked from Vietnam to the UK "
    "to work in nail bars in Birmingham. Each woman was told she owed a debt of 9,000 pounds.",
    "carwash.txt": "Case note, 2024. Romanian men recruited in Romania were forced to work in "
    "hand car washes in the UK. Their wages were withheld and they were threatened.",
    "cannabis.txt": "Police note, 2024. Vietnamese teenagers were trafficked from Vietnam to the "
    "UK and forced to tend cannabis farms in Bradford. Their passports were taken.",
    "boats.txt": "News, 2021. Cambodian men were trafficked to Thailand and forced to work on "
    "fishing trawlers out of Songkhla. Their passports were taken.",
}


@pytest.fixture(scope="module")
def chat(tmp_path_factory):
    """`lens serve` on a hub with four public reports; yields (url, home)."""
    require_chromium()
    from tests.servers import lens_serve

    home = tmp_path_factory.mktemp("maps-chat") / "home"
    docs = tmp_path_factory.mktemp("maps-docs")
    for name, text in REPORTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    cli_ok(home, "init")
    cli_ok(home, "orgs", "add", "Harbour Light", "--sector", "ngo")
    cli_ok(home, "users", "add", "ana", "--org", "Harbour Light", "--role", "analyst",
           "--clearance", "3", "--password-stdin", input="demo-ana-pw\n")  # fmt: skip
    cli_ok(home, "ingest", str(docs), "--as", "ana", "--level", "0")
    with lens_serve(home, {"LENS_ANSWER_MODE": "extractive"}, timeout=120) as url:
        yield url, home


@pytest.mark.slow
def test_when_chat_asks_for_routes_then_map_draws_offline_with_counts(chat, browser) -> None:
    url, _ = chat
    context, blocked = gated_context(browser, url, 1280, 1000)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console.append(str(e)))
    chat_login(page, url, "ana", "demo-ana-pw")
    send(page, "Show routes into the UK")
    page.wait_for_selector(".js-plotly-plot .choroplethlayer path", state="attached",
                           timeout=60_000)  # fmt: skip
    page.wait_for_timeout(1500)
    plot = page.locator(".js-plotly-plot", has=page.locator(".choroplethlayer")).last
    plot.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "6-chat-routes-map.png"), full_page=True)
    answer = page.locator('[data-step-type="assistant_message"]').last.inner_text()
    shaded_codes = page.evaluate(
        """() => {
        GD
        const t = gd._fullData.find(t => t.name === 'countries');
        return t.locations.filter((c, i) => t.z[i] > 0); }""".replace("GD", GD)
    )
    arrows = page.evaluate(
        """() => {
        GD
        return gd._fullData.find(t => t.name === 'arrows').text; }""".replace("GD", GD)
    )
    assert "Vietnam → United Kingdom 2" in answer
    assert "Romania → United Kingdom 1" in answer
    assert shaded_codes == []  # a route map shades no country
    assert any(a.startswith("<b>Vietnam → United Kingdom</b><br>2 reports") for a in arrows)
    text = hover_marker(page, "arrows", "Vietnam → United Kingdom")
    assert "2 reports" in text
    page.screenshot(path=str(SHOTS / "7-chat-route-hover.png"), full_page=True)

    send(page, "Map trafficking reports")
    page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot .choroplethlayer').length >= 2",
        timeout=60_000,
    )
    page.wait_for_timeout(1500)
    page.locator(
        ".js-plotly-plot", has=page.locator(".choroplethlayer")
    ).last.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    answer = page.locator('[data-step-type="assistant_message"]').last.inner_text()
    drawn = shaded(page)
    assert set(drawn) == {"VN", "GB", "RO", "KH", "TH"}
    assert "United Kingdom 3 (" in answer  # the text beside the map...
    assert "Vietnam 2 (" in answer
    assert "2 reports (All years)" in hover(page, "VN", "Vietnam")  # ...and the map
    page.screenshot(path=str(SHOTS / "8-chat-map-question.png"), full_page=True)
    assert [u for u in blocked if "plot.ly" in u or "topojson" in u] == []
    assert blocked == []
    context.close()
