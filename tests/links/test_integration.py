"""Links through the real ingest: Presidio redaction, MiniLM, SQLite and Chroma in a temp
LENS_HOME. Three organisations write one phone number and one IBAN in different formats."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlmodel import select

from core.access import Level
from core.mentions import Mention
from core.records import Chunk
from ingest.linkkeys import LinkKeyer
from lens.cli import cli
from tests.links.hub import Hub

pytestmark = pytest.mark.slow

BANK = (
    "Financial flag 2026-11\n\n"
    "Meridian test flag: repeated transfers from IBAN GB29 NWBK 6016 1331 9268 19 to several "
    "young workers in Leeds, United Kingdom. The customer's phone on file is +44 7700 900123."
)
NGO = (
    "Survivor story\n\n"
    "She was recruited in Romania and told to call 07700 900123 when she reached London. "
    "Her wages were paid into GB29NWBK60161331926819 and taken by the boss."
)
POLICE = (
    "Police note\n\n"
    "At the house in Leeds officers seized a phone, number 0044 7700900123, and a card for "
    "account GB29 NWBK 6016 1331 9268 19. The lodger's e-mail was Maria.Rossi@Example.org."
)
RAW = [
    "7700 900123",
    "7700900123",
    "900123",
    "GB29 NWBK",
    "GB29NWBK",
    "60161331926819",
    "1331 9268",
    "maria.rossi",
    "MARIA.ROSSI",
    "Maria.Rossi",
]
SPACE = [f"+4477009{n:05d}" for n in range(0, 1000)]


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    h = Hub(tmp_path_factory.mktemp("links") / "home")
    h.docs = {  # type: ignore[attr-defined]
        "bank": h.ingest("bank3", "flag.txt", BANK, kind="financial_flag"),
        "ngo": h.ingest("ngo3", "story.txt", NGO, kind="survivor_story"),
        "police": h.ingest("pol3", "note.txt", POLICE, level=2),
    }
    return h


def test_when_three_orgs_write_one_number_then_linked_by_phone_and_account(hub) -> None:
    out = hub.links("bank3")
    by_type = {link["type"]: {d["doc_id"] for d in link["documents"]} for link in out["links"]}
    assert by_type["phone"] == set(hub.docs.values())
    assert by_type["account"] == set(hub.docs.values())
    net = out["networks"][0]
    assert net["size"] == 3
    assert net["orgs"] == ["Bank A", "NGO B", "Police C"]
    assert net["sectors"] == ["finance", "law_enforcement", "ngo"]
    assert "GB" in net["countries"]


def test_when_user_cleared_below_police_note_then_it_leaves_no_trace(hub) -> None:
    out = hub.links("ngo1")  # clearance 1: the level-2 police note is hidden
    text = json.dumps(out)
    assert hub.docs["police"] not in text
    assert [len(n["documents"]) for n in out["networks"]] == [2]
    assert hub.links("pol0") == {"links": [], "networks": []}


def test_when_passage_asked_then_it_says_where_else_the_number_appears(hub) -> None:
    with hub.lens.db.session() as s:
        chunk = s.exec(select(Chunk).where(Chunk.doc_id == hub.docs["ngo"])).first()
    out = hub.lens.services.links.passage(hub.principal("ngo3"), chunk.id)
    phone = next(m for m in out["mentions"] if m["type"] == "phone")
    assert phone["count"] == 2
    assert (
        phone["text"] == f"This {phone['placeholder']} also appears in 2 other reports you can see."
    )
    low = hub.lens.services.links.passage(hub.principal("ngo1"), chunk.id)
    assert next(m for m in low["mentions"] if m["type"] == "phone")["count"] == 1


def test_when_home_read_after_ingest_then_no_raw_identifier_and_no_secret_in_db(hub) -> None:
    secret = (hub.home / "link.key").read_text().strip()
    checked = 0
    for path in hub.home.rglob("*"):
        if not path.is_file() or path.name == "link.key":
            continue
        data = path.read_bytes()
        checked += 1
        for raw in RAW:
            assert raw.encode() not in data, (raw, path)
        assert b"+447700900123" not in data
        assert secret.encode() not in data
        assert bytes.fromhex(secret) not in data
    assert checked >= 3
    # the search is not vacuous: the stored text and the keys are in those bytes
    db = (
        (hub.home / "lens.db").read_bytes() + (hub.home / "lens.db-wal").read_bytes()
        if (hub.home / "lens.db-wal").exists()
        else (hub.home / "lens.db").read_bytes()
    )
    assert b"<PHONE_NUMBER_1>" in db


def test_when_db_stolen_then_only_the_secret_finds_the_number(hub) -> None:
    with hub.lens.db.session() as s:
        stolen = {m.key for m in s.exec(select(Mention).where(Mention.type == "phone"))}
    right = LinkKeyer(bytes.fromhex((hub.home / "link.key").read_text().strip()))
    assert {n for n in SPACE if right.key("phone", n) in stolen} == {"+447700900123"}
    wrong = LinkKeyer(b"\x00" * 32)
    assert {n for n in SPACE if wrong.key("phone", n) in stolen} == set()


def test_when_cli_asked_then_json_has_the_contract_shape(hub) -> None:
    result = CliRunner().invoke(
        cli,
        ["--home", str(hub.home), "links", "--as", "ngo3", "--doc", hub.docs["ngo"], "--json"],
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) == {"links", "networks"}
    assert {"link_id", "type", "documents"} <= set(out["links"][0])
    assert {"doc_id", "org", "kind", "level"} <= set(out["links"][0]["documents"][0])
    assert {"documents", "links"} <= set(out["networks"][0])
    hidden = CliRunner().invoke(
        cli,
        ["--home", str(hub.home), "links", "--as", "ngo1", "--doc", hub.docs["police"], "--json"],
    )
    assert hidden.exit_code != 0
    assert f"Document {hub.docs['police']} does not exist." in hidden.output


def test_when_document_deleted_then_its_mentions_go(hub) -> None:
    extra = hub.ingest("bank3", "extra.txt", "Flag\n\nAnother transfer; phone +44 7700 900123.")
    assert extra in json.dumps(hub.links("bank3"))
    hub.lens.pipeline.delete(hub.principal("bank3"), extra)
    with hub.lens.db.session() as s:
        assert s.exec(select(Mention).where(Mention.doc_id == extra)).all() == []
    assert extra not in json.dumps(hub.links("bank3"))


def test_when_hub_exports_then_no_link_key_and_no_secret_leave(hub, tmp_path) -> None:
    from ingest.exchange import export_documents

    out = tmp_path / "export.json"
    ids = export_documents(hub.lens.db, hub.principal("bank3"), out, max_level=Level(1))
    assert hub.docs["bank"] in ids
    data = out.read_bytes()
    with hub.lens.db.session() as s:
        keys = {m.key for m in s.exec(select(Mention))}
    assert keys
    assert not any(k.encode() in data for k in keys)
    assert (hub.home / "link.key").read_text().strip().encode() not in data
    assert b"<PHONE_NUMBER_1>" in data  # the export is not empty: placeholders travel


def test_when_briefing_built_then_links_section_counts_visible_reports_only(hub) -> None:
    high = hub.lens.services.reports.brief(hub.principal("ngo3"), topic="wages paid into account")
    section = high.briefing.section("links")
    assert section.rows, section.text
    assert {r["linked"] for r in section.rows} == {2}
    assert "Police C" in section.text
    low = hub.lens.services.reports.brief(hub.principal("ngo1"), topic="wages paid into account")
    rows = low.briefing.section("links").rows
    assert {r["linked"] for r in rows} == {1}
    assert "Police C" not in low.briefing.section("links").text
    assert hub.docs["police"] not in json.dumps(low.as_dict())
    assert "## Links" in high.markdown()
    assert high.pdf().startswith(b"%PDF")


def test_when_api_asked_then_same_links_as_the_cli_and_hidden_is_missing(hub) -> None:
    """GET /api/v1/links returns `lens links --json`'s document; a document the caller may not
    see gets the 404 of one that does not exist."""
    from fastapi.testclient import TestClient

    from lens.api import create_app

    client = TestClient(create_app(lambda: hub.lens), raise_server_exceptions=False)

    def auth(user: str) -> dict[str, str]:
        token = hub.lens.services.tokens.create(hub.principal(user))["token"]
        return {"Authorization": f"Bearer {token}"}

    ngo1, bank3 = auth("ngo1"), auth("bank3")
    r = client.get("/api/v1/links", headers=ngo1)
    assert r.status_code == 200
    assert r.json() == hub.links("ngo1")
    one = client.get("/api/v1/links", params={"doc_id": hub.docs["bank"]}, headers=bank3)
    assert one.json() == hub.links("bank3", doc_id=hub.docs["bank"])
    hidden = client.get("/api/v1/links", params={"doc_id": hub.docs["police"]}, headers=ngo1)
    missing = client.get("/api/v1/links", params={"doc_id": "0" * 24}, headers=ngo1)
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["error"]["message"].replace(hub.docs["police"], "X") == missing.json()[
        "error"
    ]["message"].replace("0" * 24, "X")
    bad = client.get("/api/v1/links", params={"type": "colour"}, headers=ngo1)
    assert bad.status_code == 400


def test_when_conversation_resumed_then_sources_say_where_else_they_appear(
    hub, monkeypatch
) -> None:
    """A resumed conversation's source panels carry "Also appears in" as the live chat's do,
    under the user's access now (the hidden police note is not among them for ngo1)."""
    import base64

    import ui.runtime as runtime
    from ui.history import thread_dict

    monkeypatch.setattr(runtime, "lens", lambda: hub.lens)
    with hub.lens.db.session() as s:
        chunk = s.exec(select(Chunk).where(Chunk.doc_id == hub.docs["ngo"])).first()
    found = hub.lens.services.documents.passage(hub.principal("ngo3"), chunk.id)
    citation = {**found, "n": 1, "chunk_id": chunk.id, "withdrawn": False}
    thread = {
        "id": "t1",
        "name": "links",
        "created_at": "2026-12-05T00:00:00Z",
        "steps": [
            {"kind": "question", "step_id": "q1", "text": "Who shares the number?",
             "citations": [], "mode": "", "created_at": "2026-12-05T00:00:00Z"},
            {"kind": "answer", "step_id": "a1", "text": "The sources say: [1]",
             "citations": [citation], "mode": "extractive", "created_at": "2026-12-05T00:00:01Z"},
        ],
    }  # fmt: skip

    def panel(user: str) -> str:
        out = thread_dict(thread, user, "Traffik Lens")
        url = out["elements"][0]["url"]
        return base64.b64decode(url.split(",", 1)[1]).decode()

    high, low = panel("ngo3"), panel("ngo1")
    assert "Also appears in" in high
    assert "Police C" in high
    assert "Also appears in" in low
    assert "Police C" not in low
