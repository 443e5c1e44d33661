"""Maps: every count drawn equals the SQL figures, and nothing drawn depends on hidden documents.

The corpus (tests/assistant/corpus.py) covers every access case: levels 0-3, an org-only
report of another organisation, and confidential reports whose places (Peru, Bolivia) and
route (BO>PE) are found nowhere else.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from assistant.analytics import Analytics
from assistant.intents import parse_stats_question
from assistant.map_geojson import rows_geojson, to_geojson
from assistant.map_plotly import to_plotly
from assistant.map_png import render
from assistant.maps import MapData, map_figures, place_rows
from core.access import Level
from core.gazetteer import _CITY_TABLE, _rows
from core.geo import city_point, country_point, country_shapes, unplaced_cities
from core.regions import find_regions, regions
from ingest.model import LoadedDocument
from retrieval.filters import SearchFilters
from tests.assistant.corpus import AS_OF, DOCS, USERS, figures, load, query, sql_counts, visible_sql
from tests.fakes.stack import build_stack


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    return load(tmp_path_factory.mktemp("maps") / "home")


# Counts -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("user", USERS)
def test_when_map_figures_then_every_count_equals_sql(hub, user) -> None:
    p = hub.principal(user)
    fig = figures(hub, user)
    for kind, rows in (("country", fig["countries"]), ("city", fig["cities"])):
        assert {r[kind]: r["documents"] for r in rows} == sql_counts(hub, p, kind)
        for period, years in (("recent", (2024, 2025)), ("previous", (2022, 2023))):
            got = {r[kind]: r[period] for r in rows if r[period]}
            assert got == sql_counts(hub, p, kind, years), (kind, period)
    routes = {f"{r['origin']}>{r['destination']}": r for r in fig["routes"]}
    assert {k: r["documents"] for k, r in routes.items()} == sql_counts(hub, p, "route")
    assert {k: r["recent"] for k, r in routes.items() if r["recent"]} == sql_counts(
        hub, p, "route", (2024, 2025)
    )
    assert fig["documents"] == Analytics(hub.db).total(p)


@pytest.mark.parametrize("user", USERS)
def test_when_place_rows_then_they_equal_analytics_hotspots_and_routes(hub, user) -> None:
    a, p = Analytics(hub.db), hub.principal(user)
    win = a.windows(2, AS_OF)
    hot = a.hotspots(p, top=100, as_of=AS_OF)
    for into in (None, "GB", "TH"):
        rows = place_rows(a, p, None, None, win, into=into)
        assert rows["country"] == hot["countries"]
        assert rows["city"] == hot["cities"]
        assert [(r["route"], r["documents"]) for r in rows["route"]] == [
            (r["route"], r["documents"]) for r in a.routes(p, top=100, into=into)
        ]


@pytest.mark.parametrize("user", USERS)
def test_when_region_then_only_its_countries_and_its_distinct_total(hub, user) -> None:
    p = hub.principal(user)
    codes = regions()["South-East Asia"]
    fig = figures(hub, user, region=("South-East Asia", codes))
    assert {r["country"] for r in fig["countries"]} <= codes
    assert {r["country"]: r["documents"] for r in fig["countries"]} == {
        k: n for k, n in sql_counts(hub, p, "country").items() if k in codes
    }
    assert all(r["origin"] in codes or r["destination"] in codes for r in fig["routes"])
    where, params = visible_sql(p)
    marks = ", ".join(f"'{c}'" for c in sorted(codes))
    expected = query(
        hub,
        f"SELECT COUNT(DISTINCT d.id) FROM document d JOIN fact f ON f.doc_id = d.id "
        f"WHERE f.kind = 'country' AND f.value IN ({marks}) AND {where}",
        params,
    )[0][0]
    assert fig["documents"] == expected


@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("region", ["South-East Asia", "Europe", "South America"])
def test_when_region_analytics_then_every_figure_counts_only_reports_in_it(
    hub, user, region
) -> None:
    from assistant.maps import RegionAnalytics

    p, codes = hub.principal(user), regions()[region]
    a = RegionAnalytics(hub.db, codes)
    where, params = visible_sql(p)
    marks = ", ".join(f"'{c}'" for c in sorted(codes))
    inside = (
        f"{where} AND EXISTS (SELECT 1 FROM fact r WHERE r.doc_id = d.id "
        f"AND r.kind = 'country' AND r.value IN ({marks}))"
    )
    by_type = query(
        hub,
        "SELECT f.value, COUNT(DISTINCT d.id) FROM document d JOIN fact f ON f.doc_id = d.id "
        f"WHERE f.kind = 'type' AND {inside} GROUP BY f.value",
        params,
    )
    assert {r["type"]: r["documents"] for r in a.counts(p, ["type"])} == dict(by_type)
    years = query(
        hub, f"SELECT d.year, COUNT(*) FROM document d WHERE {inside} GROUP BY d.year", params
    )
    assert {r["year"]: r["documents"] for r in a.trend(p) if r["documents"]} == dict(years)
    assert a.total(p) == sum(n for _, n in years)


def test_when_filters_given_then_map_counts_only_matching_reports(hub) -> None:
    p = hub.principal("con")
    fig = figures(hub, "con", filters=SearchFilters(year_from=2024))
    where, params = visible_sql(p)
    rows = query(
        hub,
        "SELECT f.value, COUNT(DISTINCT d.id) FROM document d JOIN fact f ON f.doc_id = d.id "
        f"WHERE f.kind = 'country' AND d.year >= 2024 AND {where} GROUP BY f.value",
        params,
    )
    assert {r["country"]: r["documents"] for r in fig["countries"]} == dict(rows)


# Renderers ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("user", USERS)
def test_when_geojson_then_features_carry_the_figures(hub, user) -> None:
    fig = figures(hub, user)
    gj = to_geojson(MapData.from_figures(fig))
    assert gj["type"] == "FeatureCollection"
    props = [f["properties"] for f in gj["features"]] + gj.get("unplaced", [])
    got = Counter()
    for pr in props:
        got[(pr["kind"], pr.get(pr["kind"]) or f"{pr.get('origin')}>{pr.get('destination')}")] = pr[
            "documents"
        ]
    want = Counter()
    for r in fig["countries"]:
        want[("country", r["country"])] = r["documents"]
    for r in fig["cities"]:
        want[("city", r["city"])] = r["documents"]
    for r in fig["routes"]:
        want[("route", f"{r['origin']}>{r['destination']}")] = r["documents"]
    assert got == want
    kinds = {f["properties"]["kind"]: f["geometry"]["type"] for f in gj["features"]}
    assert kinds.get("country") in (None, "MultiPolygon", "Point")
    assert kinds.get("city") in (None, "Point")
    assert kinds.get("route") in (None, "LineString")
    json.dumps(gj)  # serialisable as is


def test_when_stats_rows_then_one_feature_per_row_with_its_keys() -> None:
    rows = [
        {"country": "TH", "year": 2023, "documents": 2},
        {"country": "TH", "year": 2021, "documents": 1},
        {"country": "SG", "year": 2021, "documents": 1},
        {"city": "Keniéba", "documents": 1},
    ]
    gj = rows_geojson(rows)
    assert [f["properties"]["documents"] for f in gj["features"]] == [2, 1, 1]
    assert [f["geometry"]["type"] for f in gj["features"]] == ["MultiPolygon"] * 2 + ["Point"]
    assert gj["features"][0]["properties"]["name"] == "Thailand"
    assert gj["unplaced"] == [{"city": "Keniéba", "documents": 1}]


def _trace(fig: dict, name: str) -> dict:
    return next(t for t in fig["data"] if t["name"] == name)


def _frame(fig: dict, period: str) -> dict[str, dict]:
    """The traces as a period's animation frame leaves them (frame data merged in)."""
    frame = next(f for f in fig["frames"] if f["name"] == period)
    out = {}
    for i, change in zip(frame["traces"], frame["data"], strict=True):
        trace = {**fig["data"][i], **{k: v for k, v in change.items() if k != "marker"}}
        trace["marker"] = {**fig["data"][i].get("marker", {}), **change.get("marker", {})}
        out[trace["name"]] = trace
    return out


@pytest.mark.parametrize("user", USERS)
def test_when_plotly_map_then_hover_and_colours_come_from_the_figures(hub, user) -> None:
    import plotly.graph_objects as go

    fig = figures(hub, user)
    plot = to_plotly(MapData.from_figures(fig))
    go.Figure(plot)  # valid against plotly's schema, frames included
    first = plot["data"][0]
    assert first["type"] == "scattergeo"
    assert "locations" not in first  # plotly.js would fetch its CDN topojson otherwise
    assert plot["layout"]["geo"]["visible"] is False
    choro = _trace(plot, "countries")
    assert choro["geojson"] is country_shapes()  # the same world for everyone
    countries = {r["country"]: r["documents"] for r in fig["countries"]}
    drawn = dict(zip(choro["locations"], choro["z"], strict=True))
    assert {k: z for k, z in drawn.items() if z} == countries
    assert choro["zmax"] == max(countries.values())  # the scale ends at the visible maximum
    for code, text in zip(choro["locations"], choro["text"], strict=True):
        n = countries.get(code, 0)
        assert f"</b><br>{n} report{'' if n == 1 else 's'} (All years)" in text
    texts = " ".join(x for t in plot["data"] for x in t.get("text") or [])
    for r in fig["cities"]:
        assert f"<b>{r['city']}</b> ({r['city'] and _country_of(r['city'])})" in texts
    for r in fig["routes"]:
        n = r["documents"]
        assert f"{r['route']}</b><br>{n} report{'' if n == 1 else 's'}" in texts
    steps = plot["layout"]["sliders"][0]["steps"]
    assert [s["label"] for s in steps] == ["2022–2023", "2024–2025", "All years"]
    assert [s["args"][0] for s in steps] == [["previous"], ["recent"], ["all"]]


def _country_of(city: str) -> str:
    from core.gazetteer import lookup_country

    return str(lookup_country(city))


def test_when_period_chosen_then_its_window_counts_are_shown(hub) -> None:
    fig = figures(hub, "con")
    plot = to_plotly(MapData.from_figures(fig))
    for period in ("recent", "previous"):
        traces = _frame(plot, period)
        choro = traces["countries"]
        got = {c: z for c, z in zip(choro["locations"], choro["z"], strict=True) if z}
        assert got == {r["country"]: r[period] for r in fig["countries"] if r[period]}
        lines = {n.removeprefix("route "): t for n, t in traces.items() if n.startswith("route ")}
        want = {f"{r['origin']}>{r['destination']}": r[period] for r in fig["routes"]}
        assert {k for k, t in lines.items() if t["visible"]} == {k for k, n in want.items() if n}
        arrows = traces["arrows"]
        for text, size in zip(arrows["text"], arrows["marker"]["size"], strict=True):
            n = int(text.split("</b><br>")[1].split(" ")[0])
            assert (size > 0) == (n > 0)


def test_when_map_is_rendered_to_png_then_both_maps_are_images(hub) -> None:
    data = MapData.from_figures(figures(hub, "con"))
    for kind in ("hotspots", "routes"):
        png = render(data, kind)
        assert png.startswith(b"\x89PNG")
        assert render(data, kind) == png  # deterministic
    assert render(MapData(), "hotspots").startswith(b"\x89PNG")  # nothing visible: still a map


# Access -----------------------------------------------------------------------------------------
def _outputs(stack, user: str) -> tuple[str, str, bytes]:
    fig = map_figures(Analytics(stack.db), stack.principal(user), as_of=AS_OF)
    data = MapData.from_figures(fig)
    return (
        json.dumps(to_geojson(data), sort_keys=True),
        json.dumps(to_plotly(data), sort_keys=True),
        render(data, "hotspots") + render(data, "routes"),
    )


@pytest.mark.parametrize("user", USERS)
def test_when_user_maps_then_output_equals_a_hub_holding_only_their_visible_reports(
    hub, user, tmp_path
) -> None:
    """No count, shape, size or colour-scale maximum can come from a hidden document: the
    map a user gets is byte for byte the map of a hub that never held those documents."""
    where, params = visible_sql(hub.principal(user))
    visible = {r[0] for r in query(hub, f"SELECT source_ref FROM document d WHERE {where}", params)}
    replica = build_stack(tmp_path / "replica")
    for ref, _, _, _, kind, body in DOCS:
        if ref in visible:
            report = replica.pipeline.ingest_documents(
                replica.principal("con"),
                [LoadedDocument(ref, ref.removesuffix(".txt"), body, path=None)],  # type: ignore[arg-type]
                level=Level.PUBLIC,
                kind=kind,
            )
            assert report.ingested == 1
    assert _outputs(hub, user) == _outputs(replica, "con")


@pytest.mark.parametrize(("user", "sees_peru"), [("pub", False), ("res", False), ("con", True)])
def test_when_report_is_confidential_then_its_places_are_drawn_only_for_cleared(
    hub, user, sees_peru
) -> None:
    data = MapData.from_figures(figures(hub, user))
    plot = to_plotly(data)
    choro = _trace(plot, "countries")
    z = dict(zip(choro["locations"], choro["z"], strict=True))
    assert (z["PE"] > 0, z["BO"] > 0) == (sees_peru, sees_peru)
    routes = [t["name"] for t in plot["data"] if t["name"].startswith("route")]
    assert ("route BO>PE" in routes) is sees_peru
    places = json.dumps(to_geojson(data, shapes=False))
    assert ("Peru" in places) is sees_peru


# Geometry and questions --------------------------------------------------------------------------
def test_when_gazetteer_city_then_it_has_coordinates_unless_listed_as_unplaced() -> None:
    missing = [f"{name} ({code})" for name, code, _ in _rows(_CITY_TABLE) if not city_point(name)]
    assert missing == unplaced_cities() == ["Keniéba (ML)"]
    assert len(country_shapes()["features"]) == 174
    assert country_point("SG") is not None
    assert country_point("GB") is not None


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("map forced labour reports in South Asia since 2020", "map",
         {"region": "South Asia", "type": "forced_labour", "year_from": 2020, "map": True}),
        ("show routes into the UK", "routes", {"into": "GB", "region": None}),
        ("Show me a map of sex trafficking in West Africa", "map",
         {"region": "West Africa", "type": "sexual_exploitation"}),
        ("routes from West Africa into Italy", "routes",
         {"into": "IT", "region": "West Africa", "region_role": "from"}),
        ("Where is debt bondage reported? Show it on a map", "map", {"means": "debt_bondage"}),
        ("How many reports in the Gulf states?", "count", {"region": "Gulf states"}),
    ],
)  # fmt: skip
def test_when_map_question_then_intent_region_and_filters_read(question, intent, expected) -> None:
    sq = parse_stats_question(question, today=date(2026, 11, 25))
    assert sq is not None
    assert sq.intent == intent
    for key, value in expected.items():
        holder = sq if hasattr(sq, key) else sq.filters
        assert getattr(holder, key) == value, key
    if sq.region:
        assert sq.codes == regions()[sq.region]


@pytest.mark.parametrize(
    "question",
    ["What does supply chain mapping involve?", "Who mapped the recruiters' network?"],
)
def test_when_map_is_not_asked_for_then_no_map_intent(question) -> None:
    assert parse_stats_question(question) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("workers in the Gulf", ["Gulf states"]),
        ("piracy in the Gulf of Guinea", []),
        ("South-East Asia and the EU", ["South-East Asia", "European Union"]),
        ("eu rules", []),
        ("the Central African Republic", []),
        ("Sub-Saharan Africa", ["Sub-Saharan Africa"]),
    ],
)
def test_when_text_names_a_region_then_found(text, names) -> None:
    assert [r.name for r in find_regions(text)] == names
