"""Triage through the API (/api/v1/tips) over a real hub (Presidio with spaCy, MiniLM, Chroma,
SQLite): the same JSON as `lens tips … --json`, the CLI's refusal as a 403 for anyone who does
not moderate, 404 for an unknown tip, and each call audited once, as the service does."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlmodel import func, select

from core.records import AuditEvent
from lens.api import create_app
from lens.app import Lens
from lens.cli import cli
from lens.services import TipForm
from tests.tips.conftest import make_hub

pytestmark = pytest.mark.slow

V1 = "/api/v1/tips"
NAME, PHONE = "Bartholomew Kowalczyk", "07700 900789"
TIP = (
    "Eight men sleep in a container behind the car wash on Station Road, Leicester. They "
    f"are paid nothing and the boss {NAME} keeps their passports. Ring me on {PHONE}."
)


@dataclass
class Triage:
    hub: Lens
    client: TestClient
    tokens: dict[str, str]

    def auth(self, user: str) -> dict[str, str]:
        if user not in self.tokens:
            p = self.hub.services.users.principal(user)
            self.tokens[user] = self.hub.services.tokens.create(p)["token"]
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def submit(self, what: str = TIP, **kw: Any) -> dict[str, Any]:
        form = TipForm(what=what, country="United Kingdom", follow_up=True, **kw)
        return self.hub.services.tips.submit(form)

    def last_audit(self) -> int:
        with self.hub.db.session() as s:
            return int(s.exec(select(func.max(AuditEvent.id))).one() or 0)

    def audit(self, after: int) -> list[tuple]:
        with self.hub.db.session() as s:
            rows = s.exec(select(AuditEvent).where(AuditEvent.id > after)).all()
            return [(r.user_name, r.action, r.outcome, r.doc_ids, r.detail) for r in rows]


@pytest.fixture(scope="module")
def t(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Triage]:
    saved = dict(os.environ)
    hub = make_hub(tmp_path_factory.mktemp("tipsapi") / "home", LENS_API_RATE_BURST="1000")
    with TestClient(create_app(lambda: hub), raise_server_exceptions=False) as client:
        yield Triage(hub, client, {})
    hub.close()
    os.environ.clear()
    os.environ.update(saved)


def lens_json(*args: str) -> tuple[int, Any, str]:
    """`lens … --json` on the same hub: exit code, parsed stdout, stderr."""
    result = CliRunner().invoke(cli, [*args, "--json"], catch_exceptions=False)
    out = json.loads(result.stdout) if result.exit_code == 0 else None
    return result.exit_code, out, result.stderr


def test_when_moderator_lists_then_same_json_as_the_cli_and_redacted(t: Triage) -> None:
    t.submit()
    r = t.client.get(V1, headers=t.auth("mod"))
    assert r.status_code == 200
    code, cli_out, _ = lens_json("tips", "list", "--as", "mod")
    assert code == 0
    assert r.json() == cli_out
    tips = r.json()["tips"]
    assert tips
    assert set(tips[0]) == {"tip_id", "received", "text", "country", "urgency", "relevance",
                            "status"}  # fmt: skip
    assert [x for x in tips if "car wash" in x["text"]]
    assert not [x for x in tips if NAME in x["text"] or PHONE in x["text"]]


def test_when_status_given_then_only_those_tips_and_a_bad_one_is_400(t: Triage) -> None:
    t.submit()
    r = t.client.get(V1, params={"status": "accepted,rejected"}, headers=t.auth("hostadmin"))
    assert r.status_code == 200
    assert {x["status"] for x in r.json()["tips"]} <= {"accepted", "rejected"}
    assert r.json() == lens_json("tips", "list", "--as", "hostadmin",
                                 "--status", "accepted,rejected")[1]  # fmt: skip
    bad = t.client.get(V1, params={"status": "lost"}, headers=t.auth("mod"))
    assert bad.status_code == 400
    assert "'lost' is not valid" in bad.json()["error"]["message"]


def test_when_moderator_shows_a_tip_then_the_services_json_and_one_audit_row(t: Triage) -> None:
    tip_id = t.submit()["tip_id"]
    p = t.hub.services.users.principal("mod")
    before = t.last_audit()
    expected = t.hub.services.tips.show(p, tip_id)
    rows = t.audit(before)
    before = t.last_audit()
    r = t.client.get(f"{V1}/{tip_id}", headers=t.auth("mod"))
    assert r.status_code == 200
    assert r.json() == json.loads(json.dumps(expected, default=str))
    assert t.audit(before) == rows == [("mod", "tips.show", "ok", [], {"tip_id": tip_id})]
    assert r.json()["language"] == "en"
    assert "<PERSON" in r.json()["text"]


def test_when_tip_unknown_then_404_in_the_error_shape(t: Triage) -> None:
    for method, path, body in (
        ("GET", f"{V1}/tip-0000000000", None),
        ("POST", f"{V1}/tip-0000000000/accept", {"level": "member"}),
        ("POST", f"{V1}/tip-0000000000/reject", {"reason": "spam"}),
        ("POST", f"{V1}/tip-0000000000/ask", {"question": "Where?"}),
    ):
        r = t.client.request(method, path, json=body, headers=t.auth("mod"))
        assert r.status_code == 404, (path, r.text)
        assert r.json() == {
            "error": {"code": "not_found", "message": "Tip tip-0000000000 does not exist."}
        }


@pytest.mark.parametrize("user", ["ana", "bankadmin"])
def test_when_caller_does_not_moderate_then_the_clis_refusal_as_403_audited_once(
    t: Triage, user: str
) -> None:
    tip_id = t.submit()["tip_id"]
    code, _, stderr = lens_json("tips", "list", "--as", user)
    assert code == 1
    headers = t.auth(user)  # the token made (and audited) before the compared windows
    for method, path, body, action in (
        ("GET", V1, None, "tips.list"),
        ("GET", f"{V1}/{tip_id}", None, "tips.show"),
        ("GET", f"{V1}/tip-0000000000", None, "tips.show"),  # no hint whether it exists
        ("POST", f"{V1}/{tip_id}/accept", {"level": "member"}, "tips.accept"),
        ("POST", f"{V1}/{tip_id}/reject", {"reason": "no"}, "tips.reject"),
        ("POST", f"{V1}/{tip_id}/ask", {"question": "Who?"}, "tips.ask"),
    ):
        before = t.last_audit()
        r = t.client.request(method, path, json=body, headers=headers)
        assert r.status_code == 403, (path, r.text)
        assert r.json()["error"]["code"] == "forbidden"
        message = r.json()["error"]["message"]
        assert message.startswith("Only moderators")
        assert message in stderr  # the CLI says the same
        assert [(u, a, o) for u, a, o, *_ in t.audit(before)] == [(user, action, "refused")]
    shown = t.hub.services.tips.show(t.hub.services.users.principal("mod"), tip_id)
    assert shown["status"] == "new"
    assert shown["messages"] == []


def test_when_moderator_asks_then_reporter_reads_it_and_answers_then_accept_is_found(
    t: Triage,
) -> None:
    sent = t.submit()
    tip_id, svc = sent["tip_id"], t.hub.services.tips
    r = t.client.post(f"{V1}/{tip_id}/ask", json={"question": "Which car wash?"},
                      headers=t.auth("mod"))  # fmt: skip
    assert r.status_code == 200
    assert r.json() == {"tip_id": tip_id, "asked": "Which car wash?"}
    thread = svc.follow_up(sent["receipt"])
    assert [m["text"] for m in thread["messages"]] == ["Which car wash?"]
    svc.reply(sent["receipt"], "The one next to the station.")
    shown = t.client.get(f"{V1}/{tip_id}", headers=t.auth("mod")).json()
    assert [m["from"] for m in shown["messages"]] == ["moderator", "reporter"]
    before = t.last_audit()
    r = t.client.post(f"{V1}/{tip_id}/accept", json={"level": "member"}, headers=t.auth("mod"))
    assert r.status_code == 200, r.text
    done = r.json()
    assert set(done) == {"tip_id", "status", "doc_id", "level"}
    assert (done["tip_id"], done["status"], done["level"]) == (tip_id, "accepted", 1)
    assert ("mod", "tips.accept", "ok") in [(u, a, o) for u, a, o, *_ in t.audit(before)]
    found = t.client.post(
        "/api/v1/search",
        json={"query": "men sleeping in a container behind a car wash"},
        headers=t.auth("ana"),
    ).json()
    assert done["doc_id"] in [x["doc_id"] for x in found["results"]]
    hit = next(x for x in found["results"] if x["doc_id"] == done["doc_id"])
    assert hit["kind"] == "tip"
    again = t.client.post(f"{V1}/{tip_id}/accept", json={"level": "member"},
                          headers=t.auth("mod"))  # fmt: skip
    assert again.status_code == 400
    assert again.json()["error"]["message"] == f"Tip {tip_id} is accepted already."


def test_when_accept_body_is_wrong_then_422_or_400_and_the_tip_stays_new(t: Triage) -> None:
    tip_id = t.submit()["tip_id"]
    missing = t.client.post(f"{V1}/{tip_id}/accept", json={}, headers=t.auth("mod"))
    assert missing.status_code == 422
    assert "level" in missing.json()["error"]["message"]
    kind = t.client.post(f"{V1}/{tip_id}/accept", json={"level": 1, "kind": "gossip"},
                         headers=t.auth("mod"))  # fmt: skip
    assert kind.status_code == 400
    assert "'gossip' is not valid" in kind.json()["error"]["message"]
    level = t.client.post(f"{V1}/{tip_id}/accept", json={"level": "top secret"},
                          headers=t.auth("mod"))  # fmt: skip
    assert level.status_code == 400
    empty = t.client.post(f"{V1}/{tip_id}/reject", json={"reason": ""}, headers=t.auth("mod"))
    assert empty.status_code == 422
    shown = t.client.get(f"{V1}/{tip_id}", headers=t.auth("mod")).json()
    assert shown["status"] == "new"


def test_when_accepted_org_only_as_a_kind_then_the_document_has_them(t: Triage) -> None:
    tip_id = t.submit()["tip_id"]
    r = t.client.post(
        f"{V1}/{tip_id}/accept",
        json={"level": "restricted", "org_only": True, "kind": "incident_report"},
        headers=t.auth("mod"),
    )
    assert r.status_code == 200, r.text
    doc = t.hub.services.documents.show(t.hub.services.users.principal("mod"), r.json()["doc_id"])
    assert (doc["kind"], doc["level"], doc["org_only"]) == ("incident_report", 2, True)
    assert (doc["org"], doc["source_ref"]) == ("Meridian Bank", tip_id)  # the moderator's org
    assert r.json()["level"] == 2


def test_when_moderator_rejects_then_reason_redacted_and_the_cli_sees_it(t: Triage) -> None:
    tip_id = t.submit()["tip_id"]
    r = t.client.post(f"{V1}/{tip_id}/reject",
                      json={"reason": f"A grudge against {NAME}, not trafficking."},
                      headers=t.auth("hostadmin"))  # fmt: skip
    assert r.status_code == 200
    assert r.json()["status"] == "rejected"
    assert NAME not in r.json()["reason"]
    assert "grudge" in r.json()["reason"]
    _, listed, _ = lens_json("tips", "list", "--as", "mod", "--status", "rejected")
    assert tip_id in [x["tip_id"] for x in listed["tips"]]


def test_when_tip_quarantined_then_accept_refused_until_confirmed(t: Triage) -> None:
    tip_id = t.submit(
        what="Mi vecina trabaja para la señora Carmen Ruiz en un bar de Madrid y no puede "
        "salir. El jefe Andrés Molina tiene su pasaporte. Llame al 612 345 678."
    )["tip_id"]
    shown = t.client.get(f"{V1}/{tip_id}", headers=t.auth("mod")).json()
    assert shown["warning"] == "names may remain"
    refused = t.client.post(f"{V1}/{tip_id}/accept", json={"level": 1}, headers=t.auth("mod"))
    assert refused.status_code == 400
    assert "names may remain" in refused.json()["error"]["message"]
    edited = t.client.post(f"{V1}/{tip_id}/confirm",
                           json={"text": shown["text"] + " Firmado Jean Martin."},
                           headers=t.auth("mod"))  # fmt: skip
    assert edited.json() == {"tip_id": tip_id, "confirmed": True, "edited": True}
    again = t.client.get(f"{V1}/{tip_id}", headers=t.auth("mod")).json()
    assert again["warning"] is None
    assert "Jean Martin" not in again["text"]
    ok = t.client.post(f"{V1}/{tip_id}/accept", json={"level": 1}, headers=t.auth("mod"))
    assert ok.status_code == 200
    assert ok.json()["status"] == "accepted"


def test_when_no_token_then_401_and_nothing_listed(t: Triage) -> None:
    r = t.client.get(V1)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "unauthorized"
    assert "tips" not in r.json()
