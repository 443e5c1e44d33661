"""The interactive map: a Plotly figure that draws with no network at all.

Plotly's stock geo base map (coastlines, land, country borders) is a topojson that plotly.js
fetches from a CDN, so none of it is used: `geo.visible` is off and every shape comes from
Lens's own GeoJSON (core.geo). plotly.js 3.x still fetches that topojson when the *first* geo
trace has a `locationmode` (a choropleth does, even with its own GeoJSON: plotly.js #6767), so
the first trace is always an invisible `scattergeo` point, which has none.
The browser test checks the page makes no request beyond the server.

Traces: the anchor and the land (always shown), then per period a choropleth of countries,
points for countries too small for a 1:110m shape, cities sized by count and route arcs
weighted by count (an arrow at each arc's middle points to the destination). A slider
switches between the two windows and all years. Every colour, size and the colour scale's
maximum derive from the figures in `MapData` alone (visible documents only).
"""

from __future__ import annotations

import math
from typing import Any

from assistant.maps import MapData, Spot, map_bounds
from core.geo import ATTRIBUTION, GeoPoint, country_shapes, shape_index

COLORSCALE = "YlOrRd"
LAND = "#e4e4e4"
ROUTE = "#2c4f8a"
ARROW = "#0d1f40"
CITY = "#222b3a"


def _plural(n: int) -> str:
    return f"{n} report{'' if n == 1 else 's'}"


def _anchor() -> dict[str, Any]:
    """The first trace: one invisible point. plotly.js decides from the first geo trace alone
    whether to fetch its CDN topojson (it does for any `locationmode`, which every choropleth
    has) and whether markers may be rotated (`angleref`), so this trace has no locationmode
    and asks for rotation, which the route arrows need."""
    return {
        "type": "scattergeo",
        "lon": [0],
        "lat": [0],
        "mode": "markers",
        "marker": {"size": 0, "opacity": 0, "angle": 1},
        "hoverinfo": "skip",
        "showlegend": False,
        "name": "anchor",
    }


def _land() -> dict[str, Any]:
    """Every country in grey with white borders: the base map (no hover, same for everyone)."""
    shapes = country_shapes()
    return {
        "type": "choropleth",
        "geojson": shapes,
        "featureidkey": "id",
        "locations": [f["id"] for f in shapes["features"]],
        "z": [0] * len(shapes["features"]),
        "zmin": 0,
        "zmax": 1,
        "colorscale": [[0, LAND], [1, LAND]],
        "showscale": False,
        "marker": {"line": {"color": "#ffffff", "width": 0.5}},
        "hoverinfo": "skip",
        "name": "land",
    }


def _spot_text(s: Spot, data: MapData, period: str) -> str:
    where = f"<b>{s.name}</b>" + (f" ({s.country})" if s.kind == "city" and s.country else "")
    lines = [where, f"{_plural(s.count(period))} ({data.label(period)})"]
    if period == "all" and len(data.periods) > 1:
        lines.append(
            f"{data.label('recent')}: {s.count('recent')} · "
            f"{data.label('previous')}: {s.count('previous')}"
        )
    return "<br>".join(lines)


def _midpoint(a: GeoPoint, b: GeoPoint) -> tuple[GeoPoint, float]:
    """The great-circle midpoint (plotly draws geo lines as great circles) and the bearing
    there towards b, in degrees clockwise from north."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a.lon, a.lat, b.lon, b.lat))
    bx = math.cos(lat2) * math.cos(lon2 - lon1)
    by = math.cos(lat2) * math.sin(lon2 - lon1)
    lat = math.atan2(math.sin(lat1) + math.sin(lat2), math.hypot(math.cos(lat1) + bx, by))
    lon = lon1 + math.atan2(by, math.cos(lat1) + bx)
    bearing = math.atan2(
        math.sin(lon2 - lon) * math.cos(lat2),
        math.cos(lat) * math.sin(lat2) - math.sin(lat) * math.cos(lat2) * math.cos(lon2 - lon),
    )
    mid = GeoPoint(round(math.degrees(lon), 3), round(math.degrees(lat), 3))
    return mid, round(math.degrees(bearing), 1)


def _period_traces(data: MapData, period: str, zmax: int, cmax: int, rmax: int) -> list[dict]:
    traces: list[dict[str, Any]] = []
    index = shape_index()
    shaped = [s for s in data.countries if s.shaped and s.count(period)]
    if shaped:
        traces.append(
            {
                "type": "choropleth",
                "geojson": {
                    "type": "FeatureCollection",
                    "features": [index[s.key] for s in shaped],
                },
                "featureidkey": "id",
                "locations": [s.key for s in shaped],
                "z": [s.count(period) for s in shaped],
                "zmin": 0,
                "zmax": zmax,
                "colorscale": COLORSCALE,
                "marker": {"line": {"color": "#ffffff", "width": 0.6}},
                "colorbar": {"title": {"text": "reports"}, "thickness": 12, "len": 0.6},
                "text": [_spot_text(s, data, period) for s in shaped],
                "hovertemplate": "%{text}<extra></extra>",
                "name": f"countries {period}",
            }
        )
    small = [s for s in data.countries if not s.shaped and s.point and s.count(period)]
    if small:
        traces.append(
            {
                "type": "scattergeo",
                "lon": [s.point.lon for s in small if s.point],
                "lat": [s.point.lat for s in small if s.point],
                "mode": "markers",
                "marker": {
                    "symbol": "square",
                    "size": 11,
                    "color": [s.count(period) for s in small],
                    "cmin": 0,
                    "cmax": zmax,
                    "colorscale": COLORSCALE,
                    "line": {"color": "#555555", "width": 0.8},
                },
                "text": [_spot_text(s, data, period) for s in small],
                "hovertemplate": "%{text}<extra></extra>",
                "showlegend": False,
                "name": f"small countries {period}",
            }
        )
    cities = [s for s in data.cities if s.point and s.count(period)]
    if cities:
        traces.append(
            {
                "type": "scattergeo",
                "lon": [s.point.lon for s in cities if s.point],
                "lat": [s.point.lat for s in cities if s.point],
                "mode": "markers",
                "marker": {
                    "size": [7 + 23 * math.sqrt(s.count(period) / cmax) for s in cities],
                    "color": CITY,
                    "opacity": 0.75,
                    "line": {"color": "#ffffff", "width": 1},
                },
                "text": [_spot_text(s, data, period) for s in cities],
                "hovertemplate": "%{text}<extra></extra>",
                "name": "cities",
                "showlegend": False,
            }
        )
    for r in data.routes:
        ends, n = r.ends, r.count(period)
        if ends is None or not n:
            continue
        mid, bearing = _midpoint(*ends)
        text = f"<b>{r.name}</b><br>{_plural(n)} ({data.label(period)})"
        traces.append(
            {
                "type": "scattergeo",
                "lon": [ends[0].lon, mid.lon, ends[1].lon],
                "lat": [ends[0].lat, mid.lat, ends[1].lat],
                "mode": "lines+markers",
                "line": {"color": ROUTE, "width": 1.5 + 6.5 * n / rmax},
                "opacity": 0.8,
                "marker": {
                    "symbol": "arrow",
                    "angle": [0, bearing, 0],
                    "size": [0, 11 + 7 * n / rmax, 0],
                    "color": ARROW,
                    "line": {"color": "#ffffff", "width": 1},
                },
                "text": [text] * 3,
                "hovertemplate": "%{text}<extra></extra>",
                "showlegend": False,
                "name": f"route {r.origin}>{r.destination}",
            }
        )
    return traces


def to_plotly(data: MapData, title: str | None = None) -> dict[str, Any]:
    """The map as a Plotly figure dict ({"data", "layout"}); `go.Figure(it)` or JSON it."""
    counts = [s.documents for s in data.countries] or [1]
    zmax = max(max(counts), 1)
    cmax = max([s.documents for s in data.cities] or [1])
    rmax = max([r.documents for r in data.routes] or [1])
    traces: list[dict[str, Any]] = [_anchor(), _land()]
    tags: list[str | None] = [None, None]
    periods = data.periods
    for period in periods:
        found = _period_traces(data, period, zmax, cmax, rmax)
        for t in found:
            t["visible"] = period == "all"
        traces += found
        tags += [period] * len(found)
    geo: dict[str, Any] = {
        "visible": False,  # no stock base map: it would be fetched from a CDN
        "projection": {"type": "natural earth"},
        "bgcolor": "#f4f8fb",
        "showframe": False,
    }
    bounds = map_bounds(data)
    if bounds is not None:
        geo["lonaxis"] = {"range": bounds[0]}
        geo["lataxis"] = {"range": bounds[1]}
    else:
        geo["lataxis"] = {"range": [-58, 84]}
    layout: dict[str, Any] = {
        "title": {"text": title or f"Reports you can see: {data.scope}", "x": 0.02},
        "geo": geo,
        "height": 460,
        "margin": {"l": 0, "r": 0, "t": 40, "b": 0},
        "paper_bgcolor": "#ffffff",
        "showlegend": False,
        "annotations": [
            {
                "text": ATTRIBUTION,
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": 0,
                "xanchor": "left",
                "yanchor": "bottom",
                "font": {"size": 9, "color": "#777777"},
            }
        ],
    }
    if len(periods) > 1:
        order = ["previous", "recent", "all"]
        layout["sliders"] = [
            {
                "active": order.index("all"),
                "currentvalue": {"prefix": "Period: "},
                "pad": {"t": 10, "b": 10},
                "len": 0.6,
                "x": 0.2,
                "steps": [
                    {
                        "label": data.label(p),
                        "method": "restyle",
                        "args": [{"visible": [t is None or t == p for t in tags]}],
                    }
                    for p in order
                ],
            }
        ]
        layout["height"] = 540
    return {"data": traces, "layout": layout}
