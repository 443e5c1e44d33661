"""The network picture (issue 17): reports as nodes, shared identifiers as edges, drawn
offline with matplotlib (Agg) for the chat (a PNG) and the briefing PDF (a page).

Fed only by `LinkService.graph` (visible documents only): a node is labelled by its
organisation and kind, an edge by the types of identifier the two reports share. No
identifier, key, title or text is ever drawn. Output is deterministic: the same graph gives
the same bytes.
"""

from __future__ import annotations

import io
from typing import Any

PALETTE = ["#b33951", "#2c4f8a", "#3f8f5f", "#c58b1b", "#6b4f9a", "#1f8a94", "#8a5a2c", "#555555"]
MAX_NODES = 60  # a bigger picture is unreadable; the rest is named in the caption


def is_empty(graph: dict[str, Any] | None) -> bool:
    return not graph or not graph.get("edges")


def _label(node: dict[str, Any]) -> str:
    return f"{node['org']}\n{str(node.get('kind') or '').replace('_', ' ')}"


def _components(graph: dict[str, Any]) -> list[list[str]]:
    """Connected networks of the graph, the largest first (union-find)."""
    parent = {n["doc_id"]: n["doc_id"] for n in graph["nodes"]}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in graph["edges"]:
        parent[find(e["b"])] = find(e["a"])
    groups: dict[str, list[str]] = {}
    for d in sorted(parent):
        groups.setdefault(find(d), []).append(d)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _layout(graph: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]²: each network on a circle of its own (a lone pair on a line),
    side by side, the largest first; the same graph gives the same positions."""
    import math

    parts = _components(graph)
    total = sum(len(p) for p in parts) or 1
    widths = [max(len(p) / total, 0.14) for p in parts]
    scale = sum(widths)
    pos: dict[str, tuple[float, float]] = {}
    x0 = 0.0
    for part, width in zip(parts, widths, strict=True):
        w = width / scale
        cx, r = x0 + w / 2, min(w * 0.36, 0.36)
        for i, d in enumerate(part):
            angle = math.pi / 2 + 2 * math.pi * i / len(part)
            pos[d] = (cx + r * math.cos(angle), 0.52 + 0.36 * math.sin(angle))
        x0 += w
    return pos


def trim(graph: dict[str, Any], limit: int = MAX_NODES) -> tuple[dict[str, Any], int]:
    """The graph cut to its first `limit` nodes (by degree), and how many were left out."""
    nodes = graph.get("nodes") or []
    if len(nodes) <= limit:
        return graph, 0
    degree: dict[str, int] = {}
    for e in graph["edges"]:
        degree[e["a"]] = degree.get(e["a"], 0) + 1
        degree[e["b"]] = degree.get(e["b"], 0) + 1
    kept = {
        n["doc_id"]
        for n in sorted(nodes, key=lambda n: (-degree.get(n["doc_id"], 0), n["doc_id"]))[:limit]
    }
    return (
        {
            "nodes": [n for n in nodes if n["doc_id"] in kept],
            "edges": [e for e in graph["edges"] if e["a"] in kept and e["b"] in kept],
        },
        len(nodes) - len(kept),
    )


def draw(ax: Any, graph: dict[str, Any], title: str = "") -> None:
    """Draw the graph on matplotlib axes: nodes coloured by organisation, edges labelled by
    shared identifier types, a legend of organisations."""
    from matplotlib.lines import Line2D

    graph, left_out = trim(graph)
    ax.set_axis_off()
    ax.set_xlim(-0.08, 1.08)
    ax.set_ylim(0.0, 1.0)
    if title:
        ax.set_title(title, fontsize=11, weight="bold")
    if is_empty(graph):
        ax.text(0.5, 0.5, "No shared identifiers among the reports you can see.", ha="center")
        return
    pos = _layout(graph)
    orgs = sorted({n["org"] for n in graph["nodes"]})
    colour = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(orgs)}
    small = len(graph["nodes"]) > 12
    for e in graph["edges"]:
        (xa, ya), (xb, yb) = pos[e["a"]], pos[e["b"]]
        ax.plot([xa, xb], [ya, yb], color="#8a94a6", lw=1.2 + 0.8 * len(e["types"]), zorder=1)
        if not small:
            ax.text(
                (xa + xb) / 2,
                (ya + yb) / 2,
                ", ".join(t.replace("_", " ") for t in e["types"]),
                fontsize=7,
                color="#333333",
                ha="center",
                va="center",
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.85},
                zorder=2,
            )
    for n in graph["nodes"]:
        x, y = pos[n["doc_id"]]
        ax.scatter([x], [y], s=120 if small else 420, color=colour[n["org"]], zorder=3)
        if not small:
            ax.text(
                x,
                y - 0.06,
                _label(n),
                fontsize=7.5,
                ha="center",
                va="top",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
                zorder=4,
            )
    handles = [
        Line2D([0], [0], marker="o", color="w", markerfacecolor=colour[o], markersize=8, label=o)
        for o in orgs
    ]
    ax.legend(
        handles=handles,
        loc="lower center",
        ncol=min(4, len(orgs)),
        fontsize=7,
        frameon=False,
        bbox_to_anchor=(0.5, -0.06),
    )
    note = f"{len(graph['nodes'])} reports, {len(graph['edges'])} links"
    if left_out:
        note += f"; {left_out} more reports not drawn"
    ax.text(1.08, 0.99, note, fontsize=7, color="#666666", ha="right", va="top")


def render(graph: dict[str, Any], title: str = "Networks of linked reports") -> bytes:
    """The picture as PNG bytes (deterministic)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(7.5, 5.0), dpi=110)
    ax = fig.add_axes((0.02, 0.06, 0.96, 0.86))
    draw(ax, graph, title)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()
