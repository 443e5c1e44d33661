"""Name links through the real ingest (Presidio, MiniLM, SQLite, Chroma): a name written
with a title the NER takes in, split by the NER at its comma, or in German spelling, still
meets the plain name; a near miss does not. No raw name is stored."""

from __future__ import annotations

import pytest
from sqlmodel import select

from core.mentions import Mention
from core.records import Chunk
from tests.links.hub import Hub

pytestmark = pytest.mark.slow

TEXTS = {
    "bank": "Transfers were flagged. The account holder, Señor José Martínez, paid them in cash.",
    "ngo": "She said the man who recruited her was called José Martínez.",
    "police": "Witnesses named Jürgen Schäfer as the driver of the van.",
    "ngo2": "Rent for the room was collected by Juergen Schaefer every Friday.",
    "miss": "Witnesses named Jürgen Schäfea as the driver of the van.",
    "comma": "She met Wójcik, Agnieszka at the bus station.",
    "plain": "The agency was run by Agnieszka Wójcik from a flat in Leeds.",
}
USERS = {"bank": "bank3", "ngo": "ngo3", "police": "pol3", "ngo2": "ngo3", "miss": "pol3"}
USERS |= {"comma": "pol3", "plain": "bank3"}


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    h = Hub(tmp_path_factory.mktemp("names") / "home")
    h.docs = {k: h.ingest(USERS[k], f"{k}.txt", t) for k, t in TEXTS.items()}  # type: ignore[attr-defined]
    return h


def linked(hub: Hub) -> set[frozenset[str]]:
    names = {v: k for k, v in hub.docs.items()}  # type: ignore[attr-defined]
    out = hub.links("pol3", types="person")["links"]
    return {frozenset(names[d["doc_id"]] for d in link["documents"]) for link in out}


def test_when_one_name_is_written_with_a_title_a_comma_or_in_german_then_linked(hub) -> None:
    links = linked(hub)
    assert frozenset({"bank", "ngo"}) in links
    assert frozenset({"police", "ngo2"}) in links
    assert frozenset({"comma", "plain"}) in links  # the NER split "Wójcik, Agnieszka" in two
    assert not any("miss" in link for link in links)


def test_when_names_keyed_then_no_raw_name_is_stored(hub) -> None:
    with hub.lens.db.session() as s:
        stored = " ".join(c.text for c in s.exec(select(Chunk)).all())
        keys = " ".join(m.key for m in s.exec(select(Mention)).all())
    for word in ("Martínez", "Schäfer", "Schaefer", "Juergen", "Jürgen", "Wójcik", "Agnieszka"):
        assert word not in stored
        assert word.lower() not in keys
