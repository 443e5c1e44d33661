"""A briefing as files: a PDF (text pages, two charts, two maps; matplotlib, Agg backend), and
Markdown with the two maps as PNGs beside it.

Pages: title and headline figures with the reports-per-year chart; the top-countries chart
with hotspots and routes; a map page (the hotspot map above the Hotspots text, the route map
above the Routes text, drawn from the same figures as that text); then the incidents and the
evidence list as wrapped text; and, when cited reports are linked, a page with the picture
of their networks (`assistant.network_png`).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any, BinaryIO

from assistant.briefing import Briefing

A4 = (8.27, 11.69)
LINES_PER_PAGE = 52
WRAP = 95


def _plain(text: str) -> list[str]:
    """Markdown-ish section text as wrapped plain lines."""
    lines: list[str] = []
    for raw in text.splitlines() or [""]:
        line = re.sub(r"\*\*(.+?)\*\*", r"\1", raw)
        indent = "   " if line.startswith("- ") else ""
        lines += textwrap.wrap(line, WRAP, subsequent_indent=indent) or [""]
    return lines


def _draw(fig: Any, lines: list[str], y: float) -> float:
    """Write lines top-down from height y ("## " lines as headings); returns the next y."""
    for line in lines:
        heading = line.startswith("## ")
        fig.text(
            0.07,
            y,
            line[3:] if heading else line,
            fontsize=11 if heading else 9,
            weight="bold" if heading else "normal",
        )
        y -= 0.024 if heading else 0.0165
    return y


def _sections(b: Briefing, ids: tuple[str, ...]) -> list[str]:
    lines: list[str] = []
    for s in b.sections:
        if s.id in ids:
            lines += ["## " + s.heading, *_plain(s.text), ""]
    return lines


def _text_page(pdf: Any, lines: list[str]) -> None:
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=A4)
    _draw(fig, lines, 0.95)
    pdf.savefig(fig)
    plt.close(fig)


def _bar(ax: Any, labels: list[str], values: list[int], title: str, horizontal: bool) -> None:
    if not values:
        ax.text(0.5, 0.5, "No data in scope", ha="center", va="center")
        ax.set_axis_off()
        return
    if horizontal:
        ax.barh(labels[::-1], values[::-1], color="#3b6ea5")
    else:
        ax.bar(labels, values, color="#3b6ea5")
        ax.tick_params(axis="x", labelrotation=45)
    from matplotlib.ticker import MaxNLocator

    axis = ax.xaxis if horizontal else ax.yaxis
    axis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)


def _paged(pdf: Any, lines: list[str]) -> None:
    for start in range(0, max(1, len(lines)), LINES_PER_PAGE):
        _text_page(pdf, lines[start : start + LINES_PER_PAGE])


def _map_page(pdf: Any, b: Briefing) -> None:
    """The hotspot map and the route map, each above the section text it illustrates."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    from assistant.map_png import draw_hotspots, draw_routes, new_axes
    from assistant.maps import briefing_maps
    from core.geo import ATTRIBUTION

    hotspots, routes = briefing_maps(b.figures, b.scope)
    fig = plt.figure(figsize=A4)
    fig.text(0.07, 0.955, "Hotspots and routes on the map", fontsize=14, weight="bold")
    ax = new_axes(fig, (0.06, 0.63, 0.8, 0.3), hotspots)
    bar = fig.colorbar(draw_hotspots(ax, hotspots), cax=fig.add_axes((0.89, 0.66, 0.015, 0.24)))
    bar.set_label("reports", fontsize=8)
    bar.ax.tick_params(labelsize=7)
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    _draw(fig, _sections(b, ("hotspots",))[:9], 0.6)
    ax = new_axes(fig, (0.06, 0.17, 0.88, 0.26), routes)
    draw_routes(ax, routes)
    _draw(fig, _sections(b, ("routes",))[:6], 0.14)
    missing = hotspots.unplaced() + routes.unplaced()
    note = f"Not on the maps (no coordinates): {', '.join(missing)}. " if missing else ""
    fig.text(0.07, 0.025, note + ATTRIBUTION, fontsize=7, color="#666666")
    pdf.savefig(fig)
    plt.close(fig)


def _network_page(pdf: Any, b: Briefing) -> None:
    """The networks of the linked reports of the Links section (issue 17), when there are
    any: reports by organisation and kind, edges by shared identifier type (never a value)."""
    import matplotlib.pyplot as plt

    from assistant.network_png import draw, is_empty

    graph = b.figures.get("links")
    if graph is None or is_empty(graph):
        return
    fig = plt.figure(figsize=A4)
    fig.text(0.07, 0.955, "Networks of linked reports", fontsize=14, weight="bold")
    draw(fig.add_axes((0.05, 0.45, 0.9, 0.45)), graph)
    note = (
        "Each circle is a report you can see, labelled by its organisation and kind; a line "
        "joins two reports that share an identifier, labelled by its type. The identifiers "
        "themselves are never shown. `lens links --doc ID` lists the reports."
    )
    _draw(fig, _plain(note), 0.4)
    pdf.savefig(fig)
    plt.close(fig)


MAP_IMAGES = {"hotspots": "Hotspot map", "routes": "Route map"}


def map_pngs(b: Briefing) -> dict[str, bytes]:
    """The hotspot map and the route map as PNG bytes ({"hotspots": ..., "routes": ...})."""
    from assistant.map_png import render
    from assistant.maps import briefing_maps

    maps = dict(zip(MAP_IMAGES, briefing_maps(b.figures, b.scope), strict=True))
    return {kind: render(data, kind) for kind, data in maps.items()}


def markdown_with_maps(b: Briefing, images: dict[str, str]) -> str:
    """The briefing's Markdown with each map image ({"hotspots": "x-hotspots.png", ...})
    linked under its section."""
    from assistant.briefing import to_markdown

    text = to_markdown(b)
    for section_id, name in images.items():
        s = b.section(section_id)
        block = f"## {s.heading}\n\n{s.text}"
        link = f"![{MAP_IMAGES[section_id]}: {b.scope}]({name})"
        text = text.replace(block, f"{block}\n\n{link}", 1)
    return text


def map_image_names(path: Path) -> dict[str, str]:
    """Where the maps of a Markdown briefing at `path` go: `<name>-hotspots.png` beside it."""
    return {kind: f"{path.stem}-{kind}.png" for kind in MAP_IMAGES}


def write_markdown(b: Briefing, path: Path) -> Path:
    """The briefing as Markdown at `path`, with the hotspot and route maps written beside it
    as `<name>-hotspots.png` and `<name>-routes.png` and linked under their sections."""
    names = map_image_names(path)
    for kind, png in map_pngs(b).items():
        path.with_name(names[kind]).write_bytes(png)
    path.write_text(markdown_with_maps(b, names), encoding="utf-8")
    return path


def write_pdf(b: Briefing, path: Path | BinaryIO) -> Path | BinaryIO:
    """Render the briefing to `path`, a file or a binary stream (A4 pages), and return it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    fig_data = b.figures
    who = b.prepared_for
    intro = _plain(
        f"Scope: {b.scope}. Prepared {b.generated} for {who['user']} ({who['org']}, clearance "
        f"{who['clearance']}). Figures count only reports visible at that clearance, each "
        "report once, by report date; quotes are verbatim."
    )
    with PdfPages(path) as pdf:
        fig = plt.figure(figsize=A4)
        fig.text(0.07, 0.95, b.title, fontsize=16, weight="bold")
        body = [*intro, "", *_sections(b, ("overview", "headline", "trends"))]
        _draw(fig, body[:30], 0.92)
        ax = fig.add_axes((0.1, 0.07, 0.85, 0.3))
        trend = fig_data.get("trend", [])
        _bar(
            ax,
            [str(r["year"]) for r in trend],
            [r["documents"] for r in trend],
            "Reports per year (report date)",
            horizontal=False,
        )
        pdf.savefig(fig)
        plt.close(fig)

        fig = plt.figure(figsize=A4)
        ax = fig.add_axes((0.3, 0.6, 0.62, 0.33))
        countries = fig_data.get("hotspots", {}).get("countries", [])
        _bar(
            ax,
            [r["name"] for r in countries],
            [r["documents"] for r in countries],
            "Top countries (reports)",
            horizontal=True,
        )
        _draw(fig, _sections(b, ("hotspots", "routes", "patterns"))[:28], 0.53)
        pdf.savefig(fig)
        plt.close(fig)

        _map_page(pdf, b)
        _paged(pdf, _sections(b, ("incidents", "links", "evidence")))
        _network_page(pdf, b)
        meta = pdf.infodict()
        meta["Title"] = b.title
        meta["Creator"] = "Traffik Lens"
    return path
