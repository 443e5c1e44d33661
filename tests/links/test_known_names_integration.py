"""Names the hub already knows, through the real ingest (Presidio, MiniLM, SQLite, Chroma):
a name the NER misses in one report is removed there when another report's removed name
keys the same, whichever of the two came first; a name nobody else names stays; a report
that a reader cannot see never removes a name from one they can (nor the other way about).
"""

from __future__ import annotations

import pytest
from sqlmodel import select

from core.mentions import Mention
from core.records import AuditEvent, Chunk, Document
from tests.links.hub import Hub

pytestmark = pytest.mark.slow

# A name in capitals in a payment reference: the NER leaves it (see "control").
MISSED = "transfer ref {name} deposit for room"
NAMED = "The man who recruited her was called {name}."


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    h = Hub(tmp_path_factory.mktemp("known") / "home")
    docs = {}
    # forward: the name is known before the report that misses it
    docs["named"] = h.ingest("bank3", "named.txt", NAMED.format(name="Ionuț Popescu"))
    docs["missed"] = h.ingest("ngo3", "missed.txt", MISSED.format(name="IONUT POPESCU"))
    # backward: the report that misses it comes first
    docs["early"] = h.ingest("pol3", "early.txt", MISSED.format(name="DRITAN KRASNIQI"))
    docs["late"] = h.ingest("bank3", "late.txt", NAMED.format(name="Dritan Krasniqi"))
    # nobody else names this one: it stays (and shows the NER misses the shape)
    docs["control"] = h.ingest("ngo3", "control.txt", MISSED.format(name="MAREK ZIELONY"))
    # access: a level-3 report's name is not removed from a level-1 report, forward or back
    docs["hidden"] = h.ingest("pol3", "hidden.txt", NAMED.format(name="Elira Hoxha"), level=3)
    docs["open"] = h.ingest("ngo3", "open.txt", MISSED.format(name="ELIRA HOXHA"), level=1)
    docs["low"] = h.ingest("ngo3", "low.txt", MISSED.format(name="AYLIN YILDIZ"), level=1)
    docs["high"] = h.ingest("pol3", "high.txt", NAMED.format(name="Aylin Yıldız"), level=3)
    # nor an org-only report's name from another organisation's shared report
    docs["org"] = h.ingest("pol3", "org.txt", NAMED.format(name="Renata Szabó"), org_only=True)
    docs["shared"] = h.ingest("ngo3", "shared.txt", MISSED.format(name="RENATA SZABO"))
    # ... while a level-1 report's name is removed from a level-3 one (its readers see both)
    docs["secret"] = h.ingest("pol3", "secret.txt", MISSED.format(name="BUJAR GASHI"), level=3)
    docs["public"] = h.ingest("ngo3", "public.txt", NAMED.format(name="Bujar Gashi"), level=1)
    h.docs = docs  # type: ignore[attr-defined]
    return h


def stored(hub: Hub, key: str) -> str:
    doc_id = hub.docs[key]  # type: ignore[attr-defined]
    with hub.lens.db.session() as s:
        return " ".join(c.text for c in s.exec(select(Chunk).where(Chunk.doc_id == doc_id)))


def linked(hub: Hub) -> set[frozenset[str]]:
    names = {v: k for k, v in hub.docs.items()}  # type: ignore[attr-defined]
    out = hub.links("pol3", types="person")["links"]
    return {frozenset(names[d["doc_id"]] for d in link["documents"]) for link in out}


def test_when_a_name_is_known_before_then_the_report_that_misses_it_removes_it(hub) -> None:
    text = stored(hub, "missed")
    assert "popescu" not in text.lower()
    assert "ionut" not in text.lower()
    assert "transfer ref <PERSON_1> deposit" in text
    assert frozenset({"named", "missed"}) in linked(hub)


def test_when_a_name_is_known_after_then_the_earlier_report_is_rewritten(hub) -> None:
    text = stored(hub, "early")
    assert "krasniqi" not in text.lower()
    assert "<PERSON_1>" in text
    assert frozenset({"early", "late"}) in linked(hub)
    with hub.lens.db.session() as s:
        early = s.get(Document, hub.docs["early"])
        late = s.get(Document, hub.docs["late"])
    assert early.policy_version == late.policy_version  # rewritten, not re-scrubbed
    assert early.redactions.get("PERSON") == 1
    with hub.lens.db.session() as s:
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "ingest.known_names"))
        rewritten = [d for e in events.all() for d in e.doc_ids]
    assert hub.docs["early"] in rewritten


def test_when_nobody_names_a_person_then_the_name_stays_and_nothing_is_keyed(hub) -> None:
    assert "MAREK ZIELONY" in stored(hub, "control")  # the NER misses the shape
    with hub.lens.db.session() as s:
        rows = s.exec(select(Mention).where(Mention.doc_id == hub.docs["control"])).all()
    assert not [m for m in rows if m.type.startswith("person")]


def test_when_the_naming_report_is_above_the_readers_level_then_nothing_is_removed(hub) -> None:
    assert "ELIRA HOXHA" in stored(hub, "open")
    assert "AYLIN YILDIZ" in stored(hub, "low")
    assert "RENATA SZABO" in stored(hub, "shared")
    links = linked(hub)
    assert frozenset({"hidden", "open"}) not in links
    assert frozenset({"low", "high"}) not in links


def test_when_every_reader_may_read_the_naming_report_then_a_higher_report_is_rewritten(
    hub,
) -> None:
    assert "GASHI" not in stored(hub, "secret")
    assert frozenset({"secret", "public"}) in linked(hub)
