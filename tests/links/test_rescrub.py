"""`lens rescrub` keys what a newer policy removes from stored text, and keeps old keys."""

from __future__ import annotations

import pytest
from sqlmodel import select

from core.access import Level
from core.directory import add_org, add_user, principal_for
from core.mentions import Mention
from core.settings import RedactionSettings, load_settings
from ingest.linkkeys import LinkKeyer, load_secret
from ingest.model import LoadedDocument
from lens.app import Lens

pytestmark = pytest.mark.slow

TEXT = "Flag\n\nWages went to GB29 NWBK 6016 1331 9268 19; the boss's phone is 07700 900123."


def test_when_rescrub_removes_a_phone_then_it_gets_a_link_key(tmp_path) -> None:
    home = tmp_path / "home"
    without_phones = [t for t in RedactionSettings().remove if t != "PHONE_NUMBER"]
    old = Lens(load_settings(home=home, redaction={"remove": without_phones}))
    old.init()
    with old.db.session() as s:
        add_org(s, "Bank A", "finance")
    with old.db.session() as s:
        add_user(s, "boss", "Bank A", "admin", 3)
    with old.db.session() as s:
        p = principal_for(s, "boss")
    doc = LoadedDocument("flag.txt", "Flag", TEXT, tmp_path / "flag.txt")
    report = old.pipeline.ingest_documents(p, [doc], level=Level.MEMBER)
    doc_id = report.documents[0]["doc_id"]
    with old.db.session() as s:
        before = {(m.type, m.key) for m in s.exec(select(Mention))}
    assert {t for t, _ in before} == {"account"}  # the phone was left in the text
    old.close()

    new = Lens(load_settings(home=home))
    out = new.services.documents.rescrub(p)
    assert out["changed"] == 1
    keyer = LinkKeyer(load_secret(home / "link.key"))
    with new.db.session() as s:
        after = {(m.type, m.key) for m in s.exec(select(Mention).where(Mention.doc_id == doc_id))}
    assert before <= after  # the IBAN's key stays
    assert ("phone", keyer.key_of("phone", "07700 900123", ["GB"])) in after
    new.close()
