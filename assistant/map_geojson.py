"""GeoJSON from map data and stats documents: `lens stats --geojson`, the API's
`format=geojson`, and the map a chat answer carries.

Geometry only is added (core.geo, the same for everyone); every count comes from the visible
figures `assistant.maps` reads, so a feature cannot hint at a document the user may not see.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.analytics import country_name
from assistant.maps import Flow, MapData, Spot
from core.errors import LensError
from core.geo import ATTRIBUTION, city_point, country_point, shape_index


def _props(s: Spot | Flow, extra: Mapping[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = dict(extra)
    props["documents"] = s.documents
    if s.recent is not None:
        props.update(recent=s.recent, previous=s.previous)
    return props


def to_geojson(data: MapData, *, shapes: bool = True) -> dict[str, Any]:
    """A FeatureCollection: one feature per country (its shape, or a point for small ones),
    per city (a point) and per route (a line), `properties.documents` on each.

    Places without coordinates are listed under `unplaced` (a foreign member) with their
    counts, so the collection still accounts for every row of the figures.
    """
    features: list[dict[str, Any]] = []
    unplaced: list[dict[str, Any]] = []
    index = shape_index() if shapes else {}
    for s in (*data.countries, *data.cities):
        props = _props(s, {"kind": s.kind, s.kind: s.key, "name": s.name})
        if s.kind == "city":
            props["country"] = s.country
        geometry: dict[str, Any] | None = None
        if s.key in index and s.kind == "country":
            geometry = index[s.key]["geometry"]
        elif (p := s.point) is not None:
            geometry = {"type": "Point", "coordinates": [p.lon, p.lat]}
        if geometry is None:
            unplaced.append(props)
            continue
        features.append({"type": "Feature", "id": s.key, "geometry": geometry, "properties": props})
    for r in data.routes:
        props = _props(
            r, {"kind": "route", "origin": r.origin, "destination": r.destination, "name": r.name}
        )
        ends = r.ends
        if ends is None:
            unplaced.append(props)
            continue
        line = [[ends[0].lon, ends[0].lat], [ends[1].lon, ends[1].lat]]
        features.append(
            {
                "type": "Feature",
                "id": f"{r.origin}>{r.destination}",
                "geometry": {"type": "LineString", "coordinates": line},
                "properties": props,
            }
        )
    out: dict[str, Any] = {
        "type": "FeatureCollection",
        "scope": data.scope,
        "features": features,
        "attribution": ATTRIBUTION,
    }
    if data.window is not None:
        out["window"] = dict(data.window)
    if unplaced:
        out["unplaced"] = unplaced
    return out


def rows_geojson(rows: list[dict[str, Any]], scope: str = "all reports") -> dict[str, Any]:
    """`lens stats --geojson`: one feature per row that names a country or a city (every key
    of the row in its properties); rows without either are listed under `unplaced`."""
    features, unplaced = [], []
    index = shape_index()
    for r in rows:
        code, city = r.get("country"), r.get("city")
        geometry: dict[str, Any] | None = None
        if city and (p := city_point(str(city))) is not None:
            geometry = {"type": "Point", "coordinates": [p.lon, p.lat]}
        elif code and code in index:
            geometry = index[code]["geometry"]
        elif code and (p := country_point(str(code))) is not None:
            geometry = {"type": "Point", "coordinates": [p.lon, p.lat]}
        props = dict(r)
        if code and "name" not in props:
            props["name"] = country_name(str(code))
        if geometry is None:
            unplaced.append(props)
            continue
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    out: dict[str, Any] = {
        "type": "FeatureCollection",
        "scope": scope,
        "features": features,
        "attribution": ATTRIBUTION,
    }
    if unplaced:
        out["unplaced"] = unplaced
    return out


def stats_geojson(
    data: Mapping[str, Any], view: str = "counts", scope: str = "all reports"
) -> dict[str, Any]:
    """GeoJSON for a `lens stats --json` document (`GET /api/v1/stats?...&format=geojson`):
    the same counts as features. counts: one feature per row that names a country or a city
    (other keys, such as year, stay in its properties); hotspots: countries and cities;
    routes: one line per route. A trend has no places: LensError.
    """
    if view == "counts":
        return rows_geojson(list(data.get("rows") or []), scope)
    if view == "hotspots":
        figures = {
            "countries": data.get("rows"),
            "cities": data.get("cities"),
            "window": data.get("window"),
        }
        return to_geojson(MapData.from_figures(figures, scope))
    if view == "routes":
        return to_geojson(MapData.from_figures({"routes": data.get("rows")}, scope))
    raise LensError(
        f"The {view} view has no places to map: use --by country or city, or the hotspots or "
        "routes view, with GeoJSON.",
        exit_code=2,
    )
