"""Maps in briefings and in figure answers: a briefing's maps hold exactly the figures of its
text (Markdown and PDF), and a map answer's text names the counts it draws. Same corpus and
access cases as tests/assistant/test_maps.py.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from assistant.analytics import Analytics
from assistant.intents import parse_stats_question
from assistant.maps import map_figures
from core.regions import regions
from ingest.model import LoadedDocument
from tests.assistant.corpus import AS_OF, DOCS, USERS, figures, load, query, visible_sql
from tests.fakes.stack import build_stack


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    return load(tmp_path_factory.mktemp("map-briefings") / "home")


# Briefings ---------------------------------------------------------------------------------------
def _briefing(hub, user: str = "con"):
    from assistant.briefing import BriefingBuilder

    builder = BriefingBuilder(hub.db, hub.retriever, hub.embedder)
    return builder.build(hub.principal(user), as_of=AS_OF)


@pytest.mark.parametrize("user", USERS)
def test_when_briefing_then_its_maps_hold_exactly_the_figures_of_its_text(hub, user) -> None:
    from assistant.maps import briefing_maps

    b = _briefing(hub, user)
    hotspots, routes = briefing_maps(b.figures, b.scope)
    rows = b.section("hotspots").rows
    assert {s.key: s.documents for s in hotspots.countries} == {
        r["country"]: r["documents"] for r in rows if "country" in r
    }
    assert {s.key: s.documents for s in hotspots.cities} == {
        r["city"]: r["documents"] for r in rows if "city" in r
    }
    for s in (*hotspots.countries, *hotspots.cities):
        assert f"{s.name} {s.documents} (" in b.section("hotspots").text
    assert [(f.name, f.documents) for f in routes.routes] == [
        (r["route"], r["documents"]) for r in b.section("routes").rows
    ]
    for f in routes.routes:
        assert f"{f.name} ({f.documents})" in b.section("routes").text


def test_when_briefing_pdf_rendered_then_a_map_page_shows_both_maps(hub, tmp_path) -> None:
    import shutil
    import subprocess

    from PIL import Image

    from assistant.briefing_pdf import write_pdf

    if not (shutil.which("pdftoppm") and shutil.which("pdftotext")):
        pytest.skip("poppler-utils is not installed (.ci/run installs it)")
    pdf = write_pdf(_briefing(hub), tmp_path / "brief.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    texts = [
        subprocess.run(
            ["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for i in range(1, len(pages) + 1)
    ]
    [n] = [i for i, t in enumerate(texts) if "Hotspots and routes on the map" in t]
    assert "Bolivia → Peru (1)" in texts[n].replace("\n", " ")  # the route text beside its map
    colours = Counter(Image.open(pages[n]).convert("RGB").getdata())

    def share(test) -> float:
        return sum(c for rgb, c in colours.items() if test(rgb)) / sum(colours.values())

    land = share(lambda c: c == (228, 228, 228))
    routes = share(lambda c: c[2] > c[0] + 60 and 100 < c[2] < 200)  # route blue, not sea
    shaded = share(lambda c: c[0] > 180 and c[1] < 120 and c[2] < 80)  # YlOrRd reds
    print(f"map page colours: land {land:.3f}, routes {routes:.4f}, shaded {shaded:.4f}")
    assert land > 0.1  # two world maps
    assert routes > 0.002
    assert shaded > 0.0005
    others = Counter(Image.open(pages[0]).convert("RGB").getdata())
    assert others[(228, 228, 228)] / sum(others.values()) < 0.01  # page 1 has no map


def test_when_briefing_markdown_written_then_map_pngs_are_linked_beside_it(hub, tmp_path) -> None:
    from assistant.briefing_pdf import write_markdown

    md = write_markdown(_briefing(hub), tmp_path / "brief.md").read_text(encoding="utf-8")
    for kind, heading in (("hotspots", "## Hotspots"), ("routes", "## Routes")):
        png = tmp_path / f"brief-{kind}.png"
        assert png.read_bytes().startswith(b"\x89PNG")
        section = md.split(heading, 1)[1].split("\n## ", 1)[0]
        assert f"]({png.name})" in section


@pytest.mark.integration
def test_when_hub_is_on_postgres_then_map_figures_equal_sqlite(hub, pg_url, tmp_path) -> None:
    """The MATERIALIZED set of visible documents reads the same on PostgreSQL."""
    pg = build_stack(tmp_path / "pg", pg_url)
    for ref, uploader, level, org_only, kind, body in DOCS:
        pg.pipeline.ingest_documents(
            pg.principal(uploader),
            [LoadedDocument(ref, ref.removesuffix(".txt"), body, path=None)],  # type: ignore[arg-type]
            level=level,
            org_only=org_only,
            kind=kind,
        )
    for user in USERS:
        assert figures(pg, user) == figures(hub, user), user
    region = ("South-East Asia", regions()["South-East Asia"])
    assert figures(pg, "con", region=region) == figures(hub, "con", region=region)


@pytest.mark.parametrize("user", USERS)
def test_when_stats_views_as_geojson_then_features_equal_their_rows(hub, user) -> None:
    from assistant.map_geojson import stats_geojson
    from core.errors import LensError

    a, p = Analytics(hub.db), hub.principal(user)
    rows = a.counts(p, ["country", "year"])
    gj = stats_geojson({"rows": rows}, "counts")
    keys = ("country", "year", "documents")
    got = sorted(tuple(f["properties"][k] for k in keys) for f in gj["features"])
    assert got == sorted(tuple(r[k] for k in keys) for r in rows)
    hot = a.hotspots(p, top=100, as_of=AS_OF)
    gj = stats_geojson({"rows": hot["countries"], "cities": hot["cities"]}, "hotspots")
    got = {(f["properties"]["kind"], f["id"]): f["properties"]["documents"] for f in gj["features"]}
    want = {("country", r["country"]): r["documents"] for r in hot["countries"]}
    want |= {("city", r["city"]): r["documents"] for r in hot["cities"]}
    assert got == want
    routes = a.routes(p, top=100)
    gj = stats_geojson({"rows": routes}, "routes")
    assert {f["id"]: f["properties"]["documents"] for f in gj["features"]} == {
        f"{r['origin']}>{r['destination']}": r["documents"] for r in routes
    }
    with pytest.raises(LensError, match="no places to map"):
        stats_geojson({"rows": []}, "trend")


@pytest.mark.parametrize("user", USERS)
def test_when_map_answered_then_its_text_names_the_counts_it_draws(hub, user) -> None:
    from assistant.maps import LISTED, map_text

    fig = figures(hub, user)
    text = map_text(fig)
    assert text.startswith(f"**{fig['documents']} report")
    for r in fig["countries"][:LISTED]:
        assert f"{r['name']} {r['documents']} ({r['recent']} vs {r['previous']})" in text
    for r in fig["cities"][:LISTED]:
        assert f"{r['city']} {r['documents']}" in text
    for r in fig["routes"][:LISTED]:
        assert f"{r['route']} {r['documents']}" in text
    more = len(fig["countries"]) - LISTED
    assert (f"and {more} more on the map" in text) is (more > 0)


# Figure answers --------------------------------------------------------------------------------
def _answer(hub, user: str, question: str) -> dict:
    from assistant.router import answer_stats

    sq = parse_stats_question(question, today=date(2026, 11, 25))
    assert sq is not None
    p = hub.principal(user)
    return answer_stats(Analytics(hub.db), hub.retriever, hub.embedder, p, sq, question)


@pytest.mark.parametrize("user", USERS)
def test_when_map_asked_then_answer_text_and_figures_are_one(hub, user) -> None:
    from assistant.maps import map_text

    out = _answer(hub, user, "Map trafficking reports in South-East Asia")
    codes = regions()["South-East Asia"]
    fig = out["figures"]
    assert out["intent"] == "map"
    assert out["answer"].startswith(map_text(fig))
    assert {r["country"] for r in fig["countries"]} <= codes
    p = hub.principal(user)
    same = map_figures(Analytics(hub.db), p, region=("South-East Asia", codes))  # default years
    assert (fig["countries"], fig["cities"]) == (same["countries"], same["cities"])
    where, params = visible_sql(p)
    marks = ", ".join(f"'{c}'" for c in sorted(codes))
    n = query(
        hub,
        f"SELECT COUNT(DISTINCT d.id) FROM document d WHERE {where} AND EXISTS (SELECT 1 FROM "
        f"fact r WHERE r.doc_id = d.id AND r.kind = 'country' AND r.value IN ({marks}))",
        params,
    )[0][0]
    assert fig["documents"] == n
    assert all(c["doc_id"] for c in out["citations"])


@pytest.mark.parametrize("user", USERS)
def test_when_count_in_a_region_then_only_its_reports_count(hub, user) -> None:
    out = _answer(hub, user, "How many reports in Europe?")
    assert out["intent"] == "count"
    from assistant.maps import RegionAnalytics

    a = RegionAnalytics(hub.db, regions()["Europe"])
    assert out["figures"]["documents"] == a.total(hub.principal(user))
    assert "Europe" in out["figures"]["scope"]


@pytest.mark.parametrize("user", USERS)
def test_when_routes_out_of_a_region_then_every_origin_is_in_it(hub, user) -> None:
    out = _answer(hub, user, "Top routes out of South-East Asia")
    codes = regions()["South-East Asia"]
    routes = out["figures"]["routes"]
    assert all(r["origin"] in codes for r in routes)
    everything = Analytics(hub.db).routes(hub.principal(user), top=100)
    assert {r["route"] for r in routes} == {r["route"] for r in everything if r["origin"] in codes}
