"""Build Lens's world given-name list (redaction/data/world_given_names.txt) from PyPI, once.

    .venv/bin/python tools/build_world_names.py [--wheel PATH]   # needs pip; writes the list

Source (fetched with pip into a temporary folder, never at run time): PyPI
`nomquamgender==0.1.4` (MIT, Ian Van Buskirk 2022). Its `name_data.json` holds about 720,000
given names, ASCII-folded and lower case, each with the number of its 36 sources (national
statistics offices, censuses, Wikidata and others, from many countries) that list it and how
many people those sources counted. A name is taken when at least MIN_SOURCES sources list it
and they counted at least MIN_COUNT people: that keeps names of many origins (Romanian,
Vietnamese, West African, South Asian, Latin American, Eastern European) and drops the long
tail of one-source typing noise. Only letters a-z, three or more. The output is sorted, so
running the script again gives the same bytes.

The list is only a hint: `GivenNameRecognizer` still needs a Title-case proper noun in a
person's place that no place, nationality or English-word list claims.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tools.wheel_data import wheel_json  # noqa: E402

OUT = REPO / "redaction" / "data" / "world_given_names.txt"
PACKAGE = "nomquamgender==0.1.4"
MIN_SOURCES = 5
MIN_COUNT = 50
NAME = re.compile(r"[a-z]{3,}")


def names_from(data: dict[str, list]) -> list[str]:
    """The names kept from nomquamgender's table (see the module docstring)."""
    return sorted(
        name
        for name, info in data.items()
        if NAME.fullmatch(name) and info[0] >= MIN_SOURCES and info[1] >= MIN_COUNT
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=Path, help="a downloaded nomquamgender wheel (default: pip)")
    args = ap.parse_args()
    data = wheel_json(PACKAGE, "nomquamgender/name_data.json", args.wheel)
    names = names_from(data)
    header = (
        f"# Given names from PyPI {PACKAGE} (MIT; LICENSE-nomquamgender.txt), listed by at "
        f"least {MIN_SOURCES} sources counting {MIN_COUNT}+ people. Built by "
        "tools/build_world_names.py.\n"
    )
    OUT.write_text(header + "\n".join(names) + "\n", encoding="ascii")
    print(f"{len(names)} names -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
