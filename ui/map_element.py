"""The chat's map: Chainlit's Plotly element, fed the figure JSON Lens builds.

`cl.Plotly` insists on a `plotly.graph_objects.Figure` and validates it on every message;
for a world map (~170 shapes) that costs several hundred ms here. The figure dicts of
`assistant.map_plotly` are schema-checked by the tests instead, so this element takes their
JSON as it is. The frontend renders it like any Plotly element (data, layout, frames).
"""

from __future__ import annotations

from typing import Any

import chainlit as cl
from chainlit.element import Element
from pydantic.dataclasses import dataclass


@dataclass
class MapElement(cl.Plotly):
    """A Plotly element whose `figure` is anything with `to_json()` (a `PlotlyJSON`)."""

    def __post_init__(self) -> None:
        self.content = self.figure.to_json()
        self.mime = "application/json"
        Element.__post_init__(self)


def in_chat() -> bool:
    """Whether this runs inside a chat session: elements belong to one (the chat's functions
    also run without one, in tests and the canary probes, where there is nothing to attach)."""
    from chainlit.context import context_var

    return context_var.get(None) is not None


def map_elements(out: dict[str, Any]) -> list[Any]:
    """A map beside a figure answer about places (a map question, hotspots, routes), drawn
    from the very figures its text was written from; [] for any other answer."""
    if out.get("mode") != "stats" or out.get("intent") not in ("map", "hotspots", "routes"):
        return []
    if not in_chat():
        return []
    from assistant.map_plotly import PlotlyJSON, to_plotly
    from assistant.maps import MapData

    data = MapData.from_figures(out.get("figures") or {})
    if data.is_empty():
        return []
    return [MapElement(name="map", figure=PlotlyJSON(to_plotly(data)), display="inline")]


def briefing_images(out: dict[str, Any]) -> list[Any]:
    """A chat briefing's hotspot and route maps as images, drawn from the figures of its
    Hotspots and Routes sections (the PNGs a Markdown briefing carries)."""
    from assistant.map_png import render
    from assistant.maps import briefing_maps

    if not in_chat():
        return []
    scope = str(out.get("scope") or "all reports")
    hotspots, routes = briefing_maps(out.get("figures") or {}, scope)
    images = [
        cl.Image(name=name, content=render(data, kind), mime="image/png", display="inline")
        for name, kind, data in (
            ("Hotspot map", "hotspots", hotspots),
            ("Route map", "routes", routes),
        )
        if not data.is_empty()
    ]
    return images + network_elements(
        {"mode": "links", "graph": (out.get("figures") or {}).get("links")}
    )


def network_elements(out: dict[str, Any]) -> list[Any]:
    """The picture of a links answer's networks (issue 17) as an offline PNG, drawn from the
    graph `LinkService.chat` returns (visible reports only, no identifier); [] when nothing
    is linked."""
    from assistant.network_png import is_empty, render

    graph = out.get("graph")
    if out.get("mode") != "links" or graph is None or is_empty(graph) or not in_chat():
        return []
    png = render(graph)
    return [cl.Image(name="Network", content=png, mime="image/png", display="inline", size="large")]
