"""A real hub for the tip tests: SQLite, Chroma, Presidio with spaCy and MiniLM, in a fresh
LENS_HOME shared by one test module (the models load once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.settings import load_settings
from lens.app import Lens

USERS = (
    # name, organisation, role, clearance
    ("hostadmin", "Hub Host", "admin", 3),
    ("mod", "Meridian Bank", "moderator", 2),
    ("ana", "Meridian Bank", "analyst", 2),
    ("bankadmin", "Meridian Bank", "admin", 3),
)


def make_hub(home: Path, **env: str) -> Lens:
    """`lens init` in `home`, two organisations (the host first) and the users above."""
    from core.directory import add_org, add_user

    for key in [k for k in os.environ if k.startswith("LENS_")]:
        os.environ.pop(key)
    os.environ["LENS_HOME"] = str(home)
    os.environ.update(env)
    lens = Lens(load_settings())
    lens.init()
    with lens.db.session() as s:
        add_org(s, "Hub Host", "ngo")
        add_org(s, "Meridian Bank", "finance")
    with lens.db.session() as s:
        for name, org, role, clearance in USERS:
            add_user(s, name, org, role, clearance)
    return lens


@pytest.fixture(scope="module")
def hub(tmp_path_factory):  # type: ignore[no-untyped-def]
    saved = dict(os.environ)
    home = tmp_path_factory.mktemp("tips") / "home"
    lens = make_hub(home, LENS_TIPS_RATE_LIMIT="3")
    yield lens
    lens.close()
    os.environ.clear()
    os.environ.update(saved)
