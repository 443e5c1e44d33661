"""Links among visible documents only: a hidden document leaves no trace.

Logic tests over a real SQLite database with documents and mentions written directly (no
redaction needed to decide access). For every clearance and for org-only documents, the
output with hidden documents present must be exactly the output without them.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from sqlmodel import select

from core.access import Level, Principal
from core.db import Database
from core.errors import LensError, NotFound
from core.mentions import Mention
from core.records import AuditEvent, Document, Fact, Organisation
from core.settings import Settings
from lens.services.links import LinkService

K_SHARED, K_BRIDGE_1, K_BRIDGE_2, K_NAME = "k" * 64, "b" * 64, "c" * 64, "n" * 64

# doc id -> (org id, level, org_only, [(type, key)])
VISIBLE_TO_ALL = {
    "pub-b": (2, 0, False, [("phone", K_SHARED), ("person", K_NAME)]),
    "pub-a": (1, 0, False, [("phone", K_SHARED), ("person", K_NAME)]),
    "x-a": (1, 0, False, [("account", K_BRIDGE_1)]),
    "y-b": (2, 0, False, [("email", K_BRIDGE_2)]),
}
RESTRICTED = {
    "lvl1-b": (2, 1, False, [("phone", K_SHARED)]),
    "lvl2-b": (2, 2, False, [("phone", K_SHARED), ("account", K_BRIDGE_1)]),
    "lvl3-b": (2, 3, False, [("phone", K_SHARED), ("email", K_BRIDGE_2), ("account", K_BRIDGE_1)]),
    "only-b": (2, 0, True, [("phone", K_SHARED), ("email", K_BRIDGE_2), ("account", K_BRIDGE_1)]),
    "only-a": (1, 0, True, [("phone", K_SHARED)]),
}


def build(tmp_path, docs: dict, settings: Settings | None = None) -> LinkService:
    tmp_path.mkdir(parents=True, exist_ok=True)
    db = Database(f"sqlite:///{tmp_path / 'lens.db'}")
    db.create_schema()
    with db.session() as s:
        s.add(Organisation(id=1, name="Org A", sector="ngo"))
        s.add(Organisation(id=2, name="Org B", sector="finance"))
    with db.session() as s:
        for doc_id, (org, level, org_only, mentions) in docs.items():
            s.add(
                Document(
                    id=doc_id,
                    org_id=org,
                    title=f"t {doc_id}",
                    kind="incident_report",
                    level=level,
                    org_only=org_only,
                    source_ref=doc_id,
                    content_hash="h",
                    year=2025,
                )
            )
            s.flush()
            s.add(Fact(doc_id=doc_id, kind="country", value="GB" if org == 1 else "RO"))
            for n, (link_type, key) in enumerate(mentions, start=1):
                s.add(Mention(doc_id=doc_id, placeholder=f"<X_{n}>", type=link_type, key=key))
    root = SimpleNamespace(db=db, settings=settings or Settings())
    return LinkService(root)  # type: ignore[arg-type]


def user(org: int, clearance: int) -> Principal:
    return Principal(
        7, f"u{org}{clearance}", org, f"Org {'AB'[org - 1]}", Level(clearance), "analyst"
    )


def visible(principal: Principal) -> set[str]:
    every = {**VISIBLE_TO_ALL, **RESTRICTED}
    return {
        d
        for d, (org, level, org_only, _) in every.items()
        if level <= principal.clearance and (not org_only or org == principal.org_id)
    }


USERS = [user(org, c) for org in (1, 2) for c in range(4)]


@pytest.mark.parametrize("principal", USERS, ids=lambda p: p.user_name)
def test_when_hidden_documents_share_keys_then_output_is_as_if_absent(tmp_path, principal):
    full = build(tmp_path / "full", {**VISIBLE_TO_ALL, **RESTRICTED})
    seen = visible(principal)
    only_visible = {d: v for d, v in {**VISIBLE_TO_ALL, **RESTRICTED}.items() if d in seen}
    bare = build(tmp_path / "bare", only_visible)
    for kwargs in ({}, {"types": "phone,email,account,person"}, {"doc_id": "pub-a"}):
        got = full.links(principal, **kwargs)
        assert got == bare.links(principal, **kwargs)
        text = json.dumps(got)
        hidden = {d for d in {**VISIBLE_TO_ALL, **RESTRICTED} if d not in seen}
        assert not any(h in text for h in hidden)
    shared = [link for link in full.links(principal)["links"] if link["type"] == "phone"]
    assert {d["doc_id"] for d in shared[0]["documents"]} == {
        d for d in seen if ("phone", K_SHARED) in {**VISIBLE_TO_ALL, **RESTRICTED}[d][3]
    }


def test_when_hidden_document_bridges_two_visible_then_they_are_not_one_network(tmp_path):
    service = build(tmp_path, {**VISIBLE_TO_ALL, **RESTRICTED})
    low = user(1, 0)
    nets = service.links(low, types="account,email")["networks"]
    assert nets == []  # x-a and y-b are joined only through lvl3-b and only-b
    high_b = user(2, 3)
    nets = service.links(high_b, types="account,email")["networks"]
    assert {d["doc_id"] for d in nets[0]["documents"]} == {
        "x-a",
        "y-b",
        "lvl2-b",
        "lvl3-b",
        "only-b",
    }


@pytest.mark.parametrize("hidden", ["lvl3-b", "only-b", "no-such-doc"])
def test_when_hidden_or_missing_document_asked_then_same_sentence(tmp_path, hidden):
    service = build(tmp_path, {**VISIBLE_TO_ALL, **RESTRICTED})
    with pytest.raises(NotFound) as err:
        service.links(user(1, 2), doc_id=hidden)
    assert str(err.value) == f"Document {hidden} does not exist."


def test_when_links_asked_then_one_audit_row_with_ids_only(tmp_path):
    service = build(tmp_path, {**VISIBLE_TO_ALL, **RESTRICTED})
    service.links(user(1, 3), doc_id="pub-a")
    with service.db.session() as s:
        rows = s.exec(select(AuditEvent).where(AuditEvent.action == "links")).all()
    assert len(rows) == 1
    assert rows[0].doc_ids == ["pub-a"]
    assert K_SHARED not in json.dumps(rows[0].detail)
    assert rows[0].query is None


def test_when_names_not_asked_then_name_links_left_out(tmp_path):
    service = build(tmp_path, VISIBLE_TO_ALL)
    assert {link["type"] for link in service.links(user(1, 0))["links"]} == {"phone"}
    named = service.links(user(1, 0), types="person")["links"]
    assert [link["type"] for link in named] == ["person"]


def test_when_link_shown_then_key_is_not(tmp_path):
    service = build(tmp_path, VISIBLE_TO_ALL)
    text = json.dumps(service.links(user(1, 3), types="phone,person"))
    assert K_SHARED not in text
    assert K_NAME not in text
    assert K_SHARED[:16] not in text


def test_when_network_shown_then_it_has_its_figures(tmp_path):
    service = build(tmp_path, VISIBLE_TO_ALL)
    net = service.links(user(1, 0), doc_id="pub-a")["networks"][0]
    assert net["size"] == 2
    assert net["links"] == 1
    assert net["orgs"] == ["Org A", "Org B"]
    assert net["sectors"] == ["finance", "ngo"]
    assert net["countries"] == ["GB", "RO"]
    assert net["span"] == {"from": "2025", "to": "2025"}


def test_when_unknown_type_given_then_usage_error(tmp_path):
    service = build(tmp_path, VISIBLE_TO_ALL)
    with pytest.raises(LensError, match="not valid") as err:
        service.links(user(1, 0), types="phone,shoe_size")
    assert err.value.exit_code == 2
