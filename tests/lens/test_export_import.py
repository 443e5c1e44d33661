"""`lens export` / `lens import`: only what policy allows leaves; imports are checked, capped,
idempotent, and a bad line is named without anything half-written."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlmodel import select

from core.access import Level
from core.db import Database
from core.records import Chunk, Document
from ingest.model import LoadedDocument
from lens.app import Lens
from lens.cli import cli
from tests.assistant.corpus import load, query
from tests.fakes.embedder import HashingEmbedder

SECRET_NOTE = "Mai Nguyen told Harbour Light staff about nail bars in Leeds run by one family."


@pytest.fixture
def hub(home, monkeypatch):
    stack = load(home)
    stack.pipeline.ingest_documents(  # an org-only report its exporter can see
        stack.principal("res"),
        [LoadedDocument("note.txt", "note", SECRET_NOTE, path=Path("note.txt"))],
        level=Level.MEMBER,
        org_only=True,
        kind="case_file",
    )
    fake = HashingEmbedder()
    monkeypatch.setattr(Lens, "embedder", property(lambda self: fake))
    return stack


def run(*args: str, home: Path | None = None):
    env = {"LENS_HOME": str(home)} if home else None
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def ok_json(*args: str, home: Path | None = None) -> dict:
    result = run(*args, "--json", home=home)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def second_hub(tmp_path) -> Path:
    other = tmp_path / "hub2"
    ok_json("init", home=other)
    ok_json("orgs", "add", "Northern Shelter", "--sector", "ngo", home=other)
    for name, level in (("imp", "2"), ("low", "0")):
        ok_json(
            "users",
            "add",
            name,
            "--org",
            "Northern Shelter",
            "--role",
            "analyst",
            "--clearance",
            level,
            "--no-password",
            home=other,
        )
    return other


def exported(hub, tmp_path) -> tuple[Path, list[dict]]:
    out = tmp_path / "export.jsonl"
    data = ok_json("export", str(out), "--as", "res", "--max-level", "1")
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert data["exported"] == len(lines)
    return out, lines


def docs_of(home: Path) -> list[Document]:
    db = Database(f"sqlite:///{home / 'lens.db'}")
    with db.session() as s:
        rows = list(s.exec(select(Document).order_by(Document.source_ref)))
    db.dispose()
    return rows


def test_when_restricted_user_exports_member_level_then_nothing_above_or_org_only_leaves(
    hub, tmp_path
) -> None:
    out, lines = exported(hub, tmp_path)
    expected = {
        r[0]
        for r in query(
            hub,
            "SELECT id FROM document WHERE level <= 1 AND org_only = 0 AND status = 'active'",
            {},
        )
    }
    assert {x["doc"]["id"] for x in lines} == expected
    assert len(expected) == 4
    for x in lines:  # every line, not a sample
        assert x["doc"]["level"] <= 1
        assert x["doc"]["org_only"] is False
        assert x["doc"]["source_ref"] not in {"note.txt", "bank_only.txt"}
        assert x["chunks"]
        assert x["facts"]
    assert "Mai Nguyen" not in out.read_text()
    assert "one family" not in out.read_text()
    with hub.db.session() as s:
        chunks = {c.id: c.text for c in s.exec(select(Chunk))}
    assert {c["text"] for x in lines for c in x["chunks"]} <= set(chunks.values())
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_when_export_level_above_clearance_then_refused(hub, tmp_path) -> None:
    result = run("export", str(tmp_path / "x.jsonl"), "--as", "res", "--max-level", "3")
    assert result.exit_code == 1
    assert "You may not export at level confidential" in result.stderr
    assert not (tmp_path / "x.jsonl").exists()


def test_when_imported_into_second_hub_then_stored_under_importer_and_searchable(
    hub, tmp_path, second_hub
) -> None:
    out, lines = exported(hub, tmp_path)
    first = ok_json("import", str(out), "--as", "imp", home=second_hub)
    assert (first["imported"], first["unchanged"]) == (len(lines), 0)
    docs = docs_of(second_hub)
    assert sorted(d.level for d in docs) == sorted(x["doc"]["level"] for x in lines)
    assert {d.meta["imported_from"] for d in docs} == {"Harbour Light"}
    assert all(not d.org_only for d in docs)
    found = ok_json("search", "Vietnamese women nail bars", "--as", "imp", home=second_hub)
    assert found["results"]
    assert {r["org"] for r in found["results"]} == {"Northern Shelter"}

    again = ok_json("import", str(out), "--as", "imp", home=second_hub)
    assert (again["imported"], again["unchanged"]) == (0, len(lines))
    assert len(docs_of(second_hub)) == len(lines)

    capped = ok_json("import", str(out), "--as", "imp", "--level-cap", "0", home=second_hub)
    member = sum(1 for x in lines if x["doc"]["level"] == 1)
    assert (capped["imported"], capped["unchanged"]) == (member, len(lines) - member)
    assert {d.level for d in docs_of(second_hub)} == {0}
    assert len(docs_of(second_hub)) == len(lines)  # replaced, not duplicated
    listed = ok_json("docs", "list", "--as", "low", home=second_hub)["documents"]
    assert len(listed) == len(lines)
    assert ok_json("check", home=second_hub)["consistent"] is True  # no stale vectors left


def test_when_line_above_importer_clearance_then_refused_naming_it(
    hub, tmp_path, second_hub
) -> None:
    out, lines = exported(hub, tmp_path)
    n = next(i for i, x in enumerate(lines, start=1) if x["doc"]["level"] == 1)
    result = run("import", str(out), "--as", "low", home=second_hub)
    assert result.exit_code == 1
    assert f"Line {n} of export.jsonl is at level member, above your clearance" in result.stderr
    assert docs_of(second_hub) == []


def test_when_import_cap_above_clearance_then_refused(hub, tmp_path, second_hub) -> None:
    out, _ = exported(hub, tmp_path)
    result = run("import", str(out), "--as", "imp", "--level-cap", "3", home=second_hub)
    assert result.exit_code == 1
    assert "You may not import at level confidential" in result.stderr


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda x: "{not json", "invalid JSON"),
        (lambda x: json.dumps({**x, "doc": {**x["doc"], "level": 7}}), "doc.level"),
        (lambda x: json.dumps({**x, "doc": {**x["doc"], "org_only": True}}), "doc.org_only"),
        (lambda x: json.dumps({**x, "chunks": []}), "chunks"),
        (lambda x: json.dumps({**x, "doc": {**x["doc"], "kind": "gossip"}}), "doc.kind"),
        (lambda x: json.dumps([1, 2]), "Lens export line"),
    ],
)
def test_when_a_line_is_bad_then_error_names_it_and_nothing_is_written(
    hub, tmp_path, second_hub, damage, message
) -> None:
    out, lines = exported(hub, tmp_path)
    raw = out.read_text(encoding="utf-8").splitlines()
    raw[2] = damage(lines[2])
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(raw) + "\n", encoding="utf-8")
    result = run("import", str(bad), "--as", "imp", home=second_hub)
    assert result.exit_code == 1
    assert "Line 3 of bad.jsonl is not a Lens export line" in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert docs_of(second_hub) == []  # lines 1 and 2 were valid, and still nothing was written


def test_when_imported_documents_exported_again_then_they_stay(hub, tmp_path, second_hub) -> None:
    out, _ = exported(hub, tmp_path)
    ok_json("import", str(out), "--as", "imp", home=second_hub)
    again = tmp_path / "again.jsonl"
    data = ok_json("export", str(again), "--as", "imp", "--max-level", "2", home=second_hub)
    assert data["exported"] == 0
    assert again.read_text() == ""
