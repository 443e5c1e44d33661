"""Static maps for briefings (PDF pages, PNGs beside Markdown), drawn with matplotlib (Agg).

The same geometry and the same `MapData` as the interactive map: a hotspot map (countries
shaded by reports, cities as circles sized by reports, the largest labelled with their
counts) and a route map (arcs from origin to destination, width by reports, count at the
arc's middle). Longitude and latitude are drawn plate carrée, with the aspect corrected for
the map's middle latitude. Output is deterministic: the same data gives the same bytes.
"""

from __future__ import annotations

import io
import math
from typing import Any

from assistant.analytics import country_name
from assistant.maps import MapData, Spot, map_bounds
from core.geo import ATTRIBUTION, country_shapes, shape_index

LAND, EDGE, OCEAN = "#e4e4e4", "#ffffff", "#f4f8fb"
ROUTE, CITY, INVOLVED = "#2c4f8a", "#222b3a", "#c9d7ea"
WORLD = ([-170.0, 180.0], [-58.0, 84.0])
LABELS = 8  # places labelled with their counts on a hotspot map


def _rings(feature: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Outer rings of a feature; one past the antimeridian is drawn once more, shifted west."""
    out = []
    for polygon in feature["geometry"]["coordinates"]:
        ring = [(x, y) for x, y in polygon[0]]
        out.append(ring)
        if any(x > 180 for x, _ in ring):
            out.append([(x - 360, y) for x, y in ring])
    return out


def new_axes(fig: Any, rect: tuple[float, float, float, float], data: MapData) -> Any:
    """Axes at `rect` (figure fractions) framed on the data, with the land drawn in grey."""
    from matplotlib.collections import PolyCollection

    ax = fig.add_axes(rect)
    lon, lat = map_bounds(data) or WORLD
    ax.set_xlim(*lon)
    ax.set_ylim(*lat)
    ax.set_aspect(1 / max(0.2, math.cos(math.radians((lat[0] + lat[1]) / 2))))
    ax.set_facecolor(OCEAN)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color("#cccccc")
    rings = [r for f in country_shapes()["features"] for r in _rings(f)]
    ax.add_collection(PolyCollection(rings, facecolors=LAND, edgecolors=EDGE, linewidths=0.4))
    return ax


def _fill(ax: Any, code: str, color: Any, zorder: float = 2) -> None:
    from matplotlib.collections import PolyCollection

    feature = shape_index().get(code)
    if feature is not None:
        rings = _rings(feature)
        ax.add_collection(
            PolyCollection(rings, facecolors=color, edgecolors=EDGE, linewidths=0.4, zorder=zorder)
        )


def _label(ax: Any, x: float, y: float, text: str, taken: list[tuple[float, float]]) -> None:
    """Write text beside (x, y) unless another label is already that close."""
    import matplotlib.patheffects as pe

    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    dx, dy = (x1 - x0) * 0.07, (y1 - y0) * 0.035
    if any(abs(x - tx) < dx and abs(y - ty) < dy for tx, ty in taken):
        return
    taken.append((x, y))
    ax.annotate(
        text,
        (x, y),
        xytext=(4, 3),
        textcoords="offset points",
        fontsize=7,
        color="#111111",
        zorder=6,
        clip_on=True,
        path_effects=[pe.withStroke(linewidth=2, foreground="white")],
    )


def draw_hotspots(ax: Any, data: MapData) -> Any:
    """Countries shaded by reports, small countries as squares, cities as circles; returns the
    colour mapping (for a colour bar). The scale's maximum is the largest visible count."""
    import matplotlib as mpl

    if not (data.countries or data.cities):
        _nothing(ax, "No places recorded in scope")
    cmap = mpl.colormaps["YlOrRd"]
    norm = mpl.colors.Normalize(0, max([s.documents for s in data.countries] or [1]))
    for s in data.countries:
        if s.shaped:
            _fill(ax, s.key, cmap(norm(s.documents)))
        elif s.point is not None:
            ax.scatter(
                [s.point.lon],
                [s.point.lat],
                s=40,
                marker="s",
                color=cmap(norm(s.documents)),
                edgecolors="#555555",
                linewidths=0.6,
                zorder=3,
            )
    cities = [s for s in data.cities if s.point is not None]
    if cities:
        top = max(s.documents for s in cities)
        ax.scatter(
            [s.point.lon for s in cities if s.point],
            [s.point.lat for s in cities if s.point],
            s=[20 + 280 * s.documents / top for s in cities],
            color=CITY,
            alpha=0.7,
            edgecolors="white",
            linewidths=0.8,
            zorder=4,
        )
    ranked: list[Spot] = sorted(
        [s for s in (*data.cities, *data.countries) if s.point is not None],
        key=lambda s: (-s.documents, s.kind != "city", s.name),
    )
    taken: list[tuple[float, float]] = []
    for s in ranked[:LABELS]:
        assert s.point is not None
        _label(ax, s.point.lon, s.point.lat, f"{s.name} {s.documents}", taken)
    return mpl.cm.ScalarMappable(norm=norm, cmap=cmap)


def _nothing(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", fontsize=10)


def _arc(a: tuple[float, float], b: tuple[float, float]) -> list[tuple[float, float]]:
    """A curved path from a to b (quadratic Bézier bending right of the direction of travel,
    so two opposite flows between one pair of countries do not overlap)."""
    (x0, y0), (x1, y1) = a, b
    cx, cy = (x0 + x1) / 2 + (y1 - y0) * 0.18, (y0 + y1) / 2 - (x1 - x0) * 0.18
    steps = 24
    return [
        (
            (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t**2 * x1,
            (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t**2 * y1,
        )
        for t in (i / steps for i in range(steps + 1))
    ]


def draw_routes(ax: Any, data: MapData) -> None:
    """Arcs from origin to destination with an arrowhead, width by reports, counts labelled."""
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path as MplPath

    if not data.routes:
        _nothing(ax, "No origin–destination routes recorded in scope")
    involved = {c for r in data.routes if r.ends for c in (r.origin, r.destination)}
    for code in sorted(involved):
        _fill(ax, code, INVOLVED, zorder=1.5)
    top = max([r.documents for r in data.routes] or [1])
    named: set[str] = set()
    taken: list[tuple[float, float]] = []
    for r in data.routes:
        if r.ends is None:
            continue
        a, b = r.ends
        points = _arc((a.lon, a.lat), (b.lon, b.lat))
        width = 0.8 + 4.2 * r.documents / top
        ax.add_patch(
            FancyArrowPatch(
                path=MplPath(points),
                arrowstyle=f"-|>,head_length={2 + width},head_width={1 + width * 0.7}",
                color=ROUTE,
                alpha=0.8,
                linewidth=width,
                zorder=4,
            )
        )
        mx, my = points[len(points) // 2]
        _label(ax, mx, my, str(r.documents), [])
        for code, p in ((r.origin, a), (r.destination, b)):
            if code not in named:
                named.add(code)
                _label(ax, p.lon, p.lat, country_name(code), taken)


def _caption(fig: Any, data: MapData, y: float) -> None:
    notes = []
    missing = data.unplaced()
    if missing:
        notes.append("Not on the map (no coordinates): " + ", ".join(missing) + ".")
    if data.routes_total:
        notes.append(f"{len(data.routes)} of {data.routes_total} routes drawn.")
    fig.text(0.01, y, " ".join([*notes, ATTRIBUTION]), fontsize=6, color="#666666")


def render(data: MapData, kind: str, title: str | None = None) -> bytes:
    """A PNG of the hotspot ("hotspots") or route ("routes") map."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    fig = plt.figure(figsize=(8, 4.8), dpi=110)
    try:
        ax = new_axes(fig, (0.02, 0.08, 0.86 if kind == "hotspots" else 0.96, 0.82), data)
        if kind == "hotspots":
            mapping = draw_hotspots(ax, data)
            bar = fig.colorbar(mapping, cax=fig.add_axes((0.9, 0.2, 0.02, 0.6)))
            bar.set_label("reports", fontsize=8)
            bar.ax.tick_params(labelsize=7)
            bar.locator = MaxNLocator(integer=True)
            bar.update_ticks()
        else:
            draw_routes(ax, data)
        default = "Hotspots" if kind == "hotspots" else "Routes (origin → destination)"
        fig.text(0.02, 0.94, title or f"{default}: {data.scope}", fontsize=11, weight="bold")
        _caption(fig, data, 0.02)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", metadata={"Software": None})
        return buf.getvalue()
    finally:
        plt.close(fig)
