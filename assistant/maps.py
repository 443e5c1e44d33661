"""Map data from access-scoped figures: countries, cities and routes, with two periods.

Everything a map shows comes from `assistant.analytics` figures computed for one principal:
every statement starts with the access rule, so a hidden document is never read. The map
adds geometry only (core.geo, the same for everyone) and never a number of its own: counts,
sizes and the colour scale's maximum are all taken from the visible figures, so a map cannot
hint at a document the user may not see.

`map_figures` computes the figures (JSON-ready; they go into a stats answer's `figures`, so
the text beside a map is written from the very numbers drawn). `MapData.from_figures` reads
them, or the hotspot/route figures a briefing or a stats answer already holds. Renderers:
`assistant.map_geojson`, `assistant.map_plotly` (interactive, offline) and `assistant.map_png`
(matplotlib, for briefings).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from assistant.analytics import Analytics, country_name, growth
from core.access import Principal
from core.gazetteer import lookup_country
from core.geo import GeoPoint, city_point, country_point, has_shape, shape_index
from retrieval.filters import SearchFilters

PERIODS = ("all", "recent", "previous")
MAX_ROUTES = 40  # routes drawn on one map, largest first (the rest are counted, not drawn)


@dataclass(frozen=True)
class Spot:
    """A country or city with its visible report counts (recent/previous: None if unknown)."""

    kind: str  # "country" or "city"
    key: str  # alpha-2 code, or the city's gazetteer name
    name: str
    country: str | None
    documents: int
    recent: int | None = None
    previous: int | None = None

    @property
    def point(self) -> GeoPoint | None:
        """Where to put it: a point inside the country, or the city's coordinates."""
        return country_point(self.key) if self.kind == "country" else city_point(self.key)

    @property
    def shaped(self) -> bool:
        """A country drawn as its shape (small countries are drawn as a point)."""
        return self.kind == "country" and has_shape(self.key)

    def count(self, period: str = "all") -> int:
        """Reports in the period ("all", "recent" or "previous")."""
        value = self.documents if period == "all" else getattr(self, period)
        return int(value or 0)


@dataclass(frozen=True)
class Flow:
    """An origin → destination route with its visible report counts."""

    origin: str
    destination: str
    documents: int
    recent: int | None = None
    previous: int | None = None

    @property
    def name(self) -> str:
        return f"{country_name(self.origin)} → {country_name(self.destination)}"

    @property
    def ends(self) -> tuple[GeoPoint, GeoPoint] | None:
        a, b = country_point(self.origin), country_point(self.destination)
        return (a, b) if a and b else None

    def count(self, period: str = "all") -> int:
        value = self.documents if period == "all" else getattr(self, period)
        return int(value or 0)


@dataclass(frozen=True)
class MapData:
    """What one map shows: visible counts by country, city and route, and its period windows."""

    scope: str = "all reports"
    countries: tuple[Spot, ...] = ()
    cities: tuple[Spot, ...] = ()
    routes: tuple[Flow, ...] = ()
    window: Mapping[str, list[int]] | None = None  # {"recent": [y0, y1], "previous": [...]}
    region: str | None = None
    routes_total: int | None = None  # distinct routes before MAX_ROUTES, when cut
    notes: tuple[str, ...] = field(default=())

    @cached_property
    def periods(self) -> tuple[str, ...]:
        """The periods this map can show: all, and both windows when their counts are known."""
        known = self.window is not None and all(
            s.recent is not None for s in (*self.countries, *self.cities)
        )
        return PERIODS if known else ("all",)

    def label(self, period: str) -> str:
        """ "All years" or the window's years, e.g. "2023–2024"."""
        if period == "all" or self.window is None:
            return "All years"
        y0, y1 = self.window[period]
        return f"{y0}–{y1}" if y0 != y1 else str(y0)

    def is_empty(self) -> bool:
        return not (self.countries or self.cities or self.routes)

    def unplaced(self) -> list[str]:
        """Names with counts that have no coordinates (listed beside the map, not drawn)."""
        spots = [s.name for s in (*self.countries, *self.cities) if s.point is None]
        return spots + [r.name for r in self.routes if r.ends is None]

    @classmethod
    def from_figures(cls, figures: Mapping[str, Any], scope: str | None = None) -> MapData:
        """Read hotspot, route or count figures (as analytics or `map_figures` return them)."""
        countries = [_spot("country", r) for r in figures.get("countries") or []]
        cities = [_spot("city", r) for r in figures.get("cities") or []]
        for r in figures.get("rows") or []:  # `lens stats --by country` or `--by city` rows
            if "country" in r and r["country"]:
                countries.append(_spot("country", r))
            elif "city" in r and r["city"]:
                cities.append(_spot("city", r))
        routes = [
            Flow(r["origin"], r["destination"], r["documents"], r.get("recent"), r.get("previous"))
            for r in figures.get("routes") or []
        ]
        return cls(
            scope=scope or figures.get("scope") or "all reports",
            countries=tuple(countries),
            cities=tuple(cities),
            routes=tuple(routes),
            window=figures.get("window"),
            region=figures.get("region"),
            routes_total=figures.get("routes_total"),
        )


def _spot(kind: str, r: Mapping[str, Any]) -> Spot:
    key = str(r[kind])
    name = (r.get("name") or country_name(key)) if kind == "country" else key
    country = key if kind == "country" else lookup_country(key)
    return Spot(kind, key, name, country, int(r["documents"]), r.get("recent"), r.get("previous"))


def briefing_maps(figures: Mapping[str, Any], scope: str) -> tuple[MapData, MapData]:
    """The hotspot map and the route map of a briefing, from the very figures its Hotspots and
    Routes sections are written from (so the maps show what the text says, no more)."""
    hot = figures.get("hotspots") or {}
    hotspots = MapData.from_figures(
        {
            "countries": hot.get("countries"),
            "cities": hot.get("cities"),
            "window": hot.get("window"),
        },
        scope,
    )
    return hotspots, MapData.from_figures({"routes": figures.get("routes")}, scope)


# Figures -------------------------------------------------------------------------------------
def place_rows(
    analytics: Analytics,
    principal: Principal,
    filters: SearchFilters | None,
    facts: Mapping[str, str | None] | None,
    window: Mapping[str, list[int]],
    *,
    into: str | None = None,
    from_: str | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Visible documents per country, city and route (origin > destination), each with the
    recent and previous windows, largest first: one statement, the access rule first.

    Per value the same counts as `Analytics.hotspots` (countries, cities) and
    `Analytics.routes` (routes, narrowed by `into`/`from_`) give.
    """
    where, params = analytics.where(principal, filters, facts)
    params.update(
        pattern=f"{from_ or '%'}>{into or '%'}",
        r0=window["recent"][0],
        r1=window["recent"][1],
        p0=window["previous"][0],
        p1=window["previous"][1],
    )
    # The visible documents in scope are selected once (MATERIALIZED, in SQLite and
    # PostgreSQL alike), then their facts are read by document: 2-6x less work than checking
    # the rule and filters again for each of ~3 facts per document.
    sql = (
        f"WITH d AS MATERIALIZED (SELECT d.id AS id, d.year AS year FROM document d "
        f"WHERE {where}) "
        "SELECT f.kind AS kind, f.value AS value, COUNT(DISTINCT d.id) AS documents, "
        "COUNT(DISTINCT CASE WHEN d.year BETWEEN :r0 AND :r1 THEN d.id END) AS recent, "
        "COUNT(DISTINCT CASE WHEN d.year BETWEEN :p0 AND :p1 THEN d.id END) AS previous "
        "FROM d JOIN fact f ON f.doc_id = d.id AND f.kind IN ('country', 'city', 'route') "
        "WHERE f.kind <> 'route' OR f.value LIKE :pattern "
        "GROUP BY f.kind, f.value"
    )
    out: dict[str, list[dict[str, Any]]] = {"country": [], "city": [], "route": []}
    for r in analytics._rows(sql, params):
        counts: dict[str, Any] = {k: int(r[k]) for k in ("documents", "recent", "previous")}
        counts["growth"] = growth(counts["recent"], counts["previous"])
        value = str(r["value"])
        if r["kind"] == "country":
            row = {"country": value, "name": country_name(value), **counts}
        elif r["kind"] == "city":
            row = {"city": value, **counts}
        else:
            origin, _, dest = value.partition(">")
            route = f"{country_name(origin)} → {country_name(dest)}"
            row = {"origin": origin, "destination": dest, "route": route, **counts}
        out[str(r["kind"])].append(row)
    for kind, key in (("country", "country"), ("city", "city"), ("route", "route")):
        out[kind].sort(key=lambda row, k=key: (-row["documents"], row[k]))
    return out


class RegionAnalytics(Analytics):
    """Analytics whose every figure (total, counts, trend, hotspots, routes, doc ids) counts
    only the visible reports with a country fact in a region ("South Asia"): the region is
    one more condition after the access rule, in every statement."""

    def __init__(self, db: Any, codes: Iterable[str]) -> None:
        super().__init__(db)
        self.codes = sorted(codes)

    def where(
        self,
        principal: Principal,
        filters: SearchFilters | None,
        facts: Mapping[str, str | None] | None = None,
    ) -> tuple[str, dict[str, Any]]:
        sql, params = super().where(principal, filters, facts)
        names = []
        for i, code in enumerate(self.codes):
            params[f"rg{i}"] = code
            names.append(f":rg{i}")
        inside = ", ".join(names) or "NULL"
        sql += (
            " AND d.id IN (SELECT rg.doc_id FROM fact rg WHERE rg.kind = 'country' "
            f"AND rg.value IN ({inside}))"
        )
        return sql, params


def map_figures(
    analytics: Analytics,
    principal: Principal,
    filters: SearchFilters | None = None,
    facts: Mapping[str, str | None] | None = None,
    *,
    scope: str = "all reports",
    region: tuple[str, frozenset[str]] | None = None,
    region_role: str | None = None,
    into: str | None = None,
    from_: str | None = None,
    as_of: int | None = None,
    window: int = 2,
    routes: bool = True,
) -> dict[str, Any]:
    """Every visible country, city and (top) route in scope with window counts, JSON-ready.

    `region` is (name, codes): only reports with a country fact in it count
    (`RegionAnalytics`), countries and cities outside it are left out, and routes must start
    in it (role "from"), end in it ("into") or touch it (no role). A country or city in the
    region has the same count as without the region (its reports are all in the region).
    """
    if region is not None and not isinstance(analytics, RegionAnalytics):
        analytics = RegionAnalytics(analytics.db, region[1])
    win = analytics.windows(window, as_of)
    rows = place_rows(analytics, principal, filters, facts, win, into=into, from_=from_)
    countries, cities = rows["country"], rows["city"]
    flows = rows["route"] if routes else []
    out: dict[str, Any] = {"scope": scope, "window": win}
    if region is not None:
        name, codes = region
        countries = [r for r in countries if r["country"] in codes]
        cities = [r for r in cities if lookup_country(r["city"]) in codes]
        ends = {"from": ("origin",), "into": ("destination",)}.get(
            region_role or "", ("origin", "destination")
        )
        flows = [r for r in flows if any(r[e] in codes for e in ends)]
        out["region"] = name
    out["documents"] = analytics.total(principal, filters, facts)
    out.update(countries=countries, cities=cities, routes=flows[:MAX_ROUTES])
    if len(flows) > MAX_ROUTES:
        out["routes_total"] = len(flows)
    return out


@cache
def _shape_box(code: str) -> tuple[float, float, float, float]:
    """(west, south, east, north) of a country's shape, longitudes within ±180."""
    xs, ys = [], []
    for polygon in shape_index()[code]["geometry"]["coordinates"]:
        xs += [x if x <= 180 else x - 360 for x, _ in polygon[0]]
        ys += [y for _, y in polygon[0]]
    return min(xs), min(ys), max(xs), max(ys)


def map_bounds(data: MapData) -> tuple[list[float], list[float]] | None:
    """Longitude and latitude ranges around what is drawn, or None for the whole world."""
    points: list[GeoPoint] = []
    for s in (*data.countries, *data.cities):
        if s.shaped:
            west, south, east, north = _shape_box(s.key)
            points += [GeoPoint(west, south), GeoPoint(east, north)]
        elif s.point is not None:
            points.append(s.point)
    for r in data.routes:
        points += list(r.ends or ())
    if not points:
        return None
    lons, lats = [p.lon for p in points], [p.lat for p in points]
    lo_lon, hi_lon, lo_lat, hi_lat = min(lons), max(lons), min(lats), max(lats)
    if hi_lon - lo_lon > 200:
        return None
    pad_lon, pad_lat = max(10.0, (hi_lon - lo_lon) * 0.15), max(8.0, (hi_lat - lo_lat) * 0.15)
    lon = [lo_lon - pad_lon, hi_lon + pad_lon]
    lat = [lo_lat - pad_lat, hi_lat + pad_lat]
    # A landscape frame (maps sit in wide chat bubbles and half pages): at least 1.6 degrees
    # of longitude per degree of latitude, widened about the middle.
    want = 1.6 * (lat[1] - lat[0])
    if lon[1] - lon[0] < want:
        mid = (lon[0] + lon[1]) / 2
        lon = [mid - want / 2, mid + want / 2]
    return (
        [max(-180.0, lon[0]), min(180.0, lon[1])],
        [max(-60.0, lat[0]), min(85.0, lat[1])],
    )


LISTED = 8  # places and routes a map answer names in its text (the map shows them all)


def map_text(figures: Mapping[str, Any]) -> str:
    """The words beside a map: the total and the largest countries, cities and routes with
    the very counts the map draws (and how many more it shows)."""
    n = int(figures.get("documents") or 0)
    scope = figures.get("scope") or "all reports"
    text = f"**{n} report{'' if n == 1 else 's'}** you can see match {scope} (each counted once)."
    if not n:
        return text
    win = figures.get("window") or {}
    rec, prev = win.get("recent"), win.get("previous")

    def listed(rows: list[dict[str, Any]], name: Any, windows: bool) -> str:
        parts = []
        for r in rows[:LISTED]:
            extra = f" ({r['recent']} vs {r['previous']})" if windows and "recent" in r else ""
            parts.append(f"{name(r)} {r['documents']}{extra}")
        more = len(rows) - LISTED
        return "; ".join(parts) + (f"; and {more} more on the map" if more > 0 else "")

    countries = list(figures.get("countries") or [])
    if countries:
        head = f" (reports; in brackets {rec[0]}–{rec[1]} vs {prev[0]}–{prev[1]})" if rec else ""
        text += f"\n\n- Countries{head}: " + listed(countries, lambda r: r["name"], bool(rec))
    cities = list(figures.get("cities") or [])
    if cities:
        text += "\n- Cities: " + listed(cities, lambda r: r["city"], False)
    routes = list(figures.get("routes") or [])
    if routes:
        text += "\n- Routes: " + listed(routes, lambda r: r["route"], False)
        total = figures.get("routes_total")
        if total:
            text += f" ({len(routes)} of {total} routes drawn)"
    missing = MapData.from_figures(figures).unplaced()
    if missing:
        text += "\n\nNot on the map (no coordinates): " + ", ".join(missing) + "."
    return text
