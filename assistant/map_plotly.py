"""The interactive map: a Plotly figure that draws with no network at all.

Plotly's stock geo base map (coastlines, land, country borders) is a topojson that plotly.js
fetches from a CDN, so none of it is used: `geo.visible` is off and every shape comes from
Lens's own GeoJSON (core.geo). plotly.js 3.x and 4.x still fetch that topojson when the
*first* geo trace has a `locationmode` (a choropleth does, even with its own GeoJSON: plotly.js
#6767), so the first trace is always an invisible `scattergeo` point, which has none. The
browser tests check the page makes no request beyond the server.

Traces: the anchor; one choropleth of every country (grey at 0 reports, so it is also the
base map, and the world's shapes travel once); points for countries too small for a 1:110m
shape; cities sized by count; one arc per route, weighted by count, with an arrow at its
middle pointing to the destination. A slider switches periods (the two windows and all
years) through animation frames that change only counts, colours, sizes and hover text.
Every colour, size and the colour scale's maximum derive from the figures in `MapData`
alone (visible documents only).
"""

from __future__ import annotations

import json
import math
from typing import Any

from assistant.analytics import country_name
from assistant.maps import Flow, MapData, Spot, map_bounds
from core.geo import ATTRIBUTION, GeoPoint, country_shapes

YLORRD = [  # plotly.colors.sequential.YlOrRd
    "rgb(255,255,204)",
    "rgb(255,237,160)",
    "rgb(254,217,118)",
    "rgb(254,178,76)",
    "rgb(253,141,60)",
    "rgb(252,78,42)",
    "rgb(227,26,28)",
    "rgb(189,0,38)",
    "rgb(128,0,38)",
]
LAND = "#e4e4e4"
ROUTE = "#2c4f8a"
ARROW = "#0d1f40"
CITY = "#222b3a"


class PlotlyJSON:
    """A figure dict with the `to_json()` that chat elements (Chainlit's Plotly) call.

    The dicts are built by this module and checked against plotly's schema in the tests;
    building a `plotly.graph_objects.Figure` per map would validate ~170 shapes each time
    (several hundred ms on this machine) for nothing.
    """

    def __init__(self, figure: dict[str, Any]) -> None:
        self.figure = figure

    def to_json(self) -> str:
        return json.dumps(self.figure, separators=(",", ":"), ensure_ascii=False)


def _plural(n: int) -> str:
    return f"{n} report{'' if n == 1 else 's'}"


def _colorscale(zmax: int) -> list[list[Any]]:
    """Grey for 0 reports, then YlOrRd from 1 to the largest visible count."""
    cut = 0.5 / zmax
    steps = [[cut + (1 - cut) * i / (len(YLORRD) - 1), c] for i, c in enumerate(YLORRD)]
    return [[0, LAND], [cut, LAND], *steps]


def _anchor() -> dict[str, Any]:
    """The first trace: one invisible point. plotly.js decides from the first geo trace alone
    whether to fetch its CDN topojson (it does for any `locationmode`, which every choropleth
    has) and whether markers may be rotated, so this trace has no locationmode and a marker
    angle, which the route arrows need."""
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


class _Builder:
    """Builds the traces once, and per period the attributes that change."""

    def __init__(self, data: MapData) -> None:
        self.data = data
        self.shapes = country_shapes()
        self.codes = [f["id"] for f in self.shapes["features"]]
        self.by_code = {s.key: s for s in data.countries}
        self.small = [s for s in data.countries if not s.shaped and s.point is not None]
        self.cities = [s for s in data.cities if s.point is not None]
        self.routes = [r for r in data.routes if r.ends is not None]
        self.zmax = max([s.documents for s in data.countries] or [1])
        self.cmax = max([s.documents for s in self.cities] or [1])
        self.rmax = max([r.documents for r in self.routes] or [1])

    # One dict per trace after the anchor, for one period: the full trace for "all", the
    # changing attributes for a frame.
    def countries(self, period: str) -> dict[str, Any]:
        z, text = [], []
        for code in self.codes:
            spot = self.by_code.get(code)
            z.append(spot.count(period) if spot else 0)
            text.append(
                _spot_text(spot, self.data, period)
                if spot
                else f"<b>{country_name(code)}</b><br>0 reports ({self.data.label(period)})"
            )
        return {"type": "choropleth", "z": z, "text": text}

    def small_points(self, period: str) -> dict[str, Any]:
        return {
            "type": "scattergeo",
            "marker": {"color": [s.count(period) for s in self.small]},
            "text": [_spot_text(s, self.data, period) for s in self.small],
        }

    def city_points(self, period: str) -> dict[str, Any]:
        return {
            "type": "scattergeo",
            "marker": {
                "size": [
                    7 + 23 * math.sqrt(s.count(period) / self.cmax) if s.count(period) else 0
                    for s in self.cities
                ]
            },
            "text": [_spot_text(s, self.data, period) for s in self.cities],
        }

    def arrows(self, period: str) -> dict[str, Any]:
        """One arrow per route at its middle: the only hoverable part of a route (hover on
        its ends would cover the countries it joins)."""
        sizes, texts = [], []
        for r in self.routes:
            n = r.count(period)
            sizes.append(11 + 7 * n / self.rmax if n else 0)
            texts.append(f"<b>{r.name}</b><br>{_plural(n)} ({self.data.label(period)})")
        return {"type": "scattergeo", "marker": {"size": sizes}, "text": texts}

    def route(self, r: Flow, period: str) -> dict[str, Any]:
        n = r.count(period)
        return {
            "type": "scattergeo",
            "visible": n > 0,
            "line": {"width": 1.5 + 4.5 * n / self.rmax},
        }

    def changing(self, period: str) -> list[dict[str, Any]]:
        """What differs between periods, for each trace after the anchor."""
        out = [self.countries(period)]
        if self.small:
            out.append(self.small_points(period))
        if self.cities:
            out.append(self.city_points(period))
        if self.routes:
            out.append(self.arrows(period))
        out += [self.route(r, period) for r in self.routes]
        return out

    def traces(self) -> list[dict[str, Any]]:
        """Every trace, showing all years."""
        hover = "%{text}<extra></extra>"
        parts = self.changing("all")
        choropleth = {
            "type": "choropleth",
            "geojson": self.shapes,
            "featureidkey": "id",
            "locations": self.codes,
            "zmin": 0,
            "zmax": self.zmax,
            "colorscale": _colorscale(self.zmax),
            "showscale": bool(self.data.countries),  # a route map shades no country
            "marker": {"line": {"color": "#ffffff", "width": 0.5}},
            "colorbar": {
                "title": {"text": "reports"},
                "thickness": 12,
                "len": 0.6,
                "tick0": 0,
                "dtick": max(1, math.ceil(self.zmax / 5)),
            },
            "hovertemplate": hover,
            "name": "countries",
            **parts.pop(0),
        }
        out = [_anchor(), choropleth]
        if self.small:
            part = parts.pop(0)
            out.append(
                {
                    "type": "scattergeo",
                    "lon": [s.point.lon for s in self.small if s.point],
                    "lat": [s.point.lat for s in self.small if s.point],
                    "mode": "markers",
                    "marker": {
                        "symbol": "square",
                        "size": 11,
                        "cmin": 0,
                        "cmax": self.zmax,
                        "colorscale": _colorscale(self.zmax),
                        "line": {"color": "#555555", "width": 0.8},
                        **part["marker"],
                    },
                    "text": part["text"],
                    "hovertemplate": hover,
                    "showlegend": False,
                    "name": "small countries",
                }
            )
        if self.cities:
            part = parts.pop(0)
            out.append(
                {
                    "type": "scattergeo",
                    "lon": [s.point.lon for s in self.cities if s.point],
                    "lat": [s.point.lat for s in self.cities if s.point],
                    "mode": "markers",
                    "marker": {
                        "color": CITY,
                        "opacity": 0.75,
                        "line": {"color": "#ffffff", "width": 1},
                        **part["marker"],
                    },
                    "text": part["text"],
                    "hovertemplate": hover,
                    "showlegend": False,
                    "name": "cities",
                }
            )
        if self.routes:
            part = parts.pop(0)
            mids = [_midpoint(*(r.ends or (GeoPoint(0, 0), GeoPoint(0, 0)))) for r in self.routes]
            out.append(
                {
                    "type": "scattergeo",
                    "lon": [m.lon for m, _ in mids],
                    "lat": [m.lat for m, _ in mids],
                    "mode": "markers",
                    "marker": {
                        "symbol": "arrow",
                        "angle": [bearing for _, bearing in mids],
                        "color": ARROW,
                        "line": {"color": "#ffffff", "width": 1},
                        **part["marker"],
                    },
                    "text": part["text"],
                    "hovertemplate": hover,
                    "showlegend": False,
                    "name": "arrows",
                }
            )
        for r, part in zip(self.routes, parts, strict=True):
            a, b = r.ends or (GeoPoint(0, 0), GeoPoint(0, 0))
            out.append(
                {
                    "type": "scattergeo",
                    "lon": [a.lon, b.lon],
                    "lat": [a.lat, b.lat],
                    "mode": "lines",
                    "visible": part["visible"],
                    "line": {"color": ROUTE, **part["line"]},
                    "opacity": 0.8,
                    "hoverinfo": "skip",
                    "showlegend": False,
                    "name": f"route {r.origin}>{r.destination}",
                }
            )
        return out


def _geo(data: MapData) -> dict[str, Any]:
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
    return geo


def to_plotly(data: MapData, title: str | None = None) -> dict[str, Any]:
    """The map as a Plotly figure dict ({"data", "layout", "frames"}): JSON-ready."""
    builder = _Builder(data)
    traces = builder.traces()
    layout: dict[str, Any] = {
        "title": {"text": title or f"Reports you can see: {data.scope}", "x": 0.02},
        "geo": _geo(data),
        "height": 460,
        "margin": {"l": 0, "r": 0, "t": 40, "b": 0},
        "paper_bgcolor": "#ffffff",
        "showlegend": False,
        "hoverdistance": 8,  # a marker's label only near it; elsewhere the country's
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
    figure: dict[str, Any] = {"data": traces, "layout": layout}
    if len(data.periods) > 1:
        order = ["previous", "recent", "all"]
        indices = list(range(1, len(traces)))
        figure["frames"] = [
            {"name": p, "data": builder.changing(p), "traces": indices} for p in order
        ]
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
                        "method": "animate",
                        "args": [
                            [p],
                            {
                                "mode": "immediate",
                                "frame": {"duration": 0, "redraw": True},
                                "transition": {"duration": 0},
                            },
                        ],
                    }
                    for p in order
                ],
            }
        ]
        layout["height"] = 540
    return figure
