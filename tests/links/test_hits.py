"""Hit/no-hit (off by default): learning that another organisation holds a matching report
one may not see, by its name only, and asking it to get in touch."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from core.access import Level, Principal
from core.errors import AccessDenied, NotFound
from core.records import AuditEvent
from core.settings import Settings
from tests.links.test_access import RESTRICTED, VISIBLE_TO_ALL, build, user

ALL = {**VISIBLE_TO_ALL, **RESTRICTED}


def on(*levels: int) -> Settings:
    return Settings(links={"hit_levels": list(levels)})


@pytest.mark.parametrize("clearance", range(4))
def test_when_policy_off_then_hits_refused_at_every_level(tmp_path, clearance) -> None:
    service = build(tmp_path, ALL)
    with pytest.raises(AccessDenied, match="not enabled"):
        service.hits(user(1, clearance), "pub-a")
    with pytest.raises(AccessDenied):
        service.request_contact(user(1, clearance), "pub-a", "Org B")


def test_when_policy_on_for_a_level_then_only_that_level_gets_hits(tmp_path) -> None:
    service = build(tmp_path, ALL, on(0))
    assert service.hits(user(1, 0), "pub-a")["hits"] == [{"org": "Org B", "types": ["phone"]}]
    with pytest.raises(AccessDenied):
        service.hits(user(1, 1), "pub-a")


def test_when_hits_shown_then_no_hidden_report_id_level_or_count(tmp_path) -> None:
    service = build(tmp_path, ALL, on(0, 1, 2, 3))
    for clearance in range(4):
        p = user(1, clearance)
        out = service.hits(p, "pub-a")
        text = json.dumps(out)
        for hidden in ("lvl1-b", "lvl2-b", "lvl3-b", "only-b"):
            assert hidden not in text
        # only-b (org-only) stays hidden from Org A at every clearance: always a hit
        assert out["hits"] == [{"org": "Org B", "types": ["phone"]}]
    # Org B at clearance 3 sees all of its own; Org A's org-only report is its one hit
    assert service.hits(user(2, 3), "pub-a")["hits"] == [{"org": "Org A", "types": ["phone"]}]


def test_when_hidden_document_asked_for_hits_then_same_sentence_as_missing(tmp_path) -> None:
    service = build(tmp_path, ALL, on(0))
    with pytest.raises(NotFound) as err:
        service.hits(user(1, 0), "lvl3-b")
    assert str(err.value) == "Document lvl3-b does not exist."


def test_when_contact_requested_then_holder_admin_sees_it_and_asker_learns_no_more(tmp_path):
    service = build(tmp_path, ALL, on(0))
    asker = user(1, 0)
    sent = service.request_contact(asker, "pub-a", "Org B")
    assert sent["status"] == "sent"
    assert set(sent) == {"request_id", "to_org", "type", "status"}
    admin = Principal(9, "admin-b", 2, "Org B", Level.CONFIDENTIAL, "admin")
    inbox = service.inbox(admin)["requests"]
    assert len(inbox) == 1
    assert inbox[0]["from_org"] == "Org A"
    assert set(inbox[0]["your_doc_ids"]) == {"pub-b", "lvl1-b", "lvl2-b", "lvl3-b", "only-b"}
    with pytest.raises(AccessDenied):
        service.inbox(user(2, 3))  # an analyst, not an admin
    with service.db.session() as s:
        actions = [e.action for e in s.exec(select(AuditEvent))]
    assert "links.contact" in actions
    assert "links.inbox" in actions


def test_when_contact_asked_of_org_without_hit_then_one_sentence(tmp_path) -> None:
    service = build(tmp_path, VISIBLE_TO_ALL, on(0))
    for org in ("Org B", "No Such Org"):
        with pytest.raises(NotFound) as err:
            service.request_contact(user(1, 0), "pub-a", org)
        assert str(err.value) == f"{org} holds no report matching document pub-a for you."
