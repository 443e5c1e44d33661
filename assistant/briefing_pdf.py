"""A briefing as a PDF: text pages plus two static charts (matplotlib, Agg backend).

Pages: title and headline figures with the reports-per-year chart; the top-countries chart
with hotspots and routes; then the incidents and the evidence list as wrapped text.
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

        _paged(pdf, _sections(b, ("incidents", "evidence")))
        meta = pdf.infodict()
        meta["Title"] = b.title
        meta["Creator"] = "Traffik Lens"
    return path
