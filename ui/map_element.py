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


def map_elements(out: dict[str, Any]) -> list[Any]:
    """A map beside a figure answer about places (a map question, hotspots, routes), drawn
    from the very figures its text was written from; [] for any other answer."""
    if out.get("mode") != "stats" or out.get("intent") not in ("map", "hotspots", "routes"):
        return []
    from assistant.map_plotly import PlotlyJSON, to_plotly
    from assistant.maps import MapData

    data = MapData.from_figures(out.get("figures") or {})
    if data.is_empty():
        return []
    return [MapElement(name="map", figure=PlotlyJSON(to_plotly(data)), display="inline")]
