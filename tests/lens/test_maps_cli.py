"""`lens stats --geojson` and `lens brief --out x.md` with maps: the CLI faces of issue 19."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlmodel import select

from assistant.analytics import Analytics
from core.records import AuditEvent
from lens.app import Lens
from lens.cli import cli
from tests.assistant.corpus import load
from tests.fakes.embedder import HashingEmbedder


@pytest.fixture
def hub(home, monkeypatch):
    stack = load(home)
    fake = HashingEmbedder()
    monkeypatch.setattr(Lens, "embedder", property(lambda self: fake))
    return stack


def geojson(*args: str) -> dict:
    result = CliRunner().invoke(cli, ["stats", *args, "--geojson"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("user", ["pub", "res", "con", "bank3"])
def test_when_stats_geojson_then_one_feature_per_country_with_its_count(hub, user) -> None:
    gj = geojson("--as", user, "--by", "country")
    want = {
        r["country"]: r["documents"]
        for r in Analytics(hub.db).counts(hub.principal(user), ["country"])
    }
    assert gj["type"] == "FeatureCollection"
    assert {
        f["properties"]["country"]: f["properties"]["documents"] for f in gj["features"]
    } == want
    assert all(f["geometry"]["type"] in ("MultiPolygon", "Point") for f in gj["features"])
    assert ("PE" in want) is (user in ("con", "bank3"))


def test_when_stats_geojson_views_then_cities_and_routes_are_features(hub) -> None:
    a, p = Analytics(hub.db), hub.principal("con")
    cities = geojson("--as", "con", "--by", "city")
    assert {f["properties"]["city"]: f["properties"]["documents"] for f in cities["features"]} == {
        r["city"]: r["documents"] for r in a.counts(p, ["city"])
    }
    routes = geojson("--as", "con", "--view", "routes", "--into", "GB")
    assert {f["id"]: f["properties"]["documents"] for f in routes["features"]} == {
        f"{r['origin']}>{r['destination']}": r["documents"] for r in a.routes(p, into="GB")
    }
    assert {f["geometry"]["type"] for f in routes["features"]} == {"LineString"}
    hot = geojson("--as", "con", "--view", "hotspots")
    assert {f["properties"]["kind"] for f in hot["features"]} == {"country", "city"}
    with hub.db.session() as s:
        rows = s.exec(select(AuditEvent).where(AuditEvent.action == "stats")).all()
    assert len(rows) == 3  # one audit row per call, as for --json


@pytest.mark.parametrize(
    ("args", "message"),
    [(("--by", "type"), "group by country or city"), (("--view", "trend"), "no places to map")],
)
def test_when_stats_geojson_has_no_places_then_one_sentence(hub, args, message) -> None:
    result = CliRunner().invoke(cli, ["stats", "--as", "con", *args, "--geojson"])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_when_brief_written_as_markdown_then_map_pngs_are_beside_it(hub, tmp_path) -> None:
    out = tmp_path / "brief.md"
    result = CliRunner().invoke(
        cli, ["brief", "--as", "con", "--out", str(out), "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    for kind in ("hotspots", "routes"):
        png = tmp_path / f"brief-{kind}.png"
        assert png.read_bytes().startswith(b"\x89PNG")
        assert f"]({png.name})" in text
