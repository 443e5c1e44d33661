"""The drifts issue 16 found between the faces, each held shut by a test that failed before
the fix: the chat's supplier-CSV report went unaudited, the chat's briefings never used the
model writer, `LENS_LLM_URL` alone did not select the server backend, the clearance sentence
was written in five places (and a refusal audited twice on the CLI), and the commands only
existed once a test imported `lens.commands` for its side effect."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.errors import AccessDenied
from lens.cli import cli
from tests.conftest import REPO
from tests.lens.fake_hub import FakeHub, fake_hub

SUPPLIERS = (
    "name,country,region,sector\n"
    "Hidden Threads Ltd,Bangladesh,Dhaka,garment\n"
    "Gulf Fleet Co,Thailand,Songkhla,fishing\n"
)
CAPABLE = {
    "model file": {"LENS_LLM_MODEL_PATH": "/models/capable-8b.gguf"},
    "server url only": {"LENS_LLM_URL": "http://127.0.0.1:9/v1"},
}


def lens_json(*args: str) -> dict:
    result = CliRunner().invoke(cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def make_hub(home: Path, mp: pytest.MonkeyPatch, env: dict[str, str] | None = None) -> FakeHub:
    """The fake-model hub, with the chat's functions (ui.runtime) working on it."""
    import ui.runtime as runtime

    for key, value in (env or {}).items():
        mp.setenv(key, value)
    hub = fake_hub(home, mp)
    mp.setattr(runtime, "lens", lambda: hub.root)
    return hub


@pytest.fixture
def hub(home, monkeypatch):
    h = make_hub(home, monkeypatch)
    yield h
    h.close()


# The chat's supplier-CSV risk report ---------------------------------------------------------
def test_when_supplier_csv_uploaded_in_chat_then_audited_like_lens_risk(hub, tmp_path) -> None:
    import ui.runtime as runtime

    csv = tmp_path / "suppliers.csv"
    csv.write_text(SUPPLIERS)
    before = hub.last_audit_id()
    lens_json("risk", str(csv), "--as", "mem")
    from_cli = hub.audit_rows(before)
    upload = tmp_path / "chainlit-upload-7f3e"
    upload.write_text(SUPPLIERS)
    before = hub.last_audit_id()
    report = runtime.risk_from_csv("mem", "suppliers.csv", upload)
    from_chat = hub.audit_rows(before)
    assert [r[:2] for r in from_cli] == [("mem", "risk")]
    assert from_chat == from_cli
    assert not upload.exists()  # the raw upload is gone once read
    assert "Hidden Threads Ltd" in report["markdown"]
    assert report["csv_name"] == "suppliers-risk.csv"


# Briefings: one writer rule for every face --------------------------------------------------
def _brief(face: str) -> dict:
    import ui.runtime as runtime

    if face == "cli":
        return lens_json("brief", "--as", "con", "--topic", "fishing", "--country", "Thailand")
    out, _ = runtime.respond("con", "Briefing on fishing in Thailand", [], "Briefing")
    return out


@pytest.mark.parametrize("config", CAPABLE)
@pytest.mark.parametrize("face", ["cli", "chat"])
def test_when_a_capable_model_is_configured_then_every_face_has_it_write_the_overview(
    home, monkeypatch, face, config
) -> None:
    hub = make_hub(home, monkeypatch, CAPABLE[config])
    try:
        _brief(face)
        assert len(hub.llm.prompts) == 1  # the writer was asked for the overview
        prompt = json.dumps(hub.llm.prompts[0])
        assert "Thailand" in prompt
    finally:
        hub.close()


@pytest.mark.parametrize(
    "config",
    [{}, {"LENS_LLM_URL": "http://127.0.0.1:9/v1", "LENS_ANSWER_MODE": "extractive"}],
    ids=["bundled model", "quotes only"],
)
@pytest.mark.parametrize("face", ["cli", "chat"])
def test_when_no_writer_is_allowed_then_no_face_asks_the_model(
    home, monkeypatch, face, config
) -> None:
    hub = make_hub(home, monkeypatch, config)
    try:
        out = _brief(face)
        assert hub.llm.prompts == []
        assert "Briefing" in json.dumps(out)
    finally:
        hub.close()


def test_when_briefing_asked_in_chat_then_same_audit_row_as_lens_brief(hub) -> None:
    import ui.runtime as runtime

    before = hub.last_audit_id()
    lens_json("brief", "--as", "res", "--topic", "nail bars", "--country", "GB")
    from_cli = hub.audit_rows(before)
    before = hub.last_audit_id()
    out, _ = runtime.respond("res", "Briefing on nail bars in the United Kingdom", [], "Briefing")
    from_chat = hub.audit_rows(before)
    assert [r[:3] for r in from_chat] == [r[:3] for r in from_cli] == [("res", "brief", "ok")]
    assert from_chat[0][4] == from_cli[0][4]  # the same documents cited
    assert out["audit_id"] > before  # feedback links to the briefing's own row


def test_when_an_ask_message_requests_a_briefing_then_the_briefing_answers(hub) -> None:
    import ui.runtime as runtime

    before = hub.last_audit_id()
    out, _ = runtime.respond("res", "Brief me on nail bars in the United Kingdom", [], "Ask")
    assert out["mode"] == "briefing"
    assert [r[:3] for r in hub.audit_rows(before)] == [("res", "brief", "ok")]


# The LLM backend rule -------------------------------------------------------------------------
def test_when_only_llm_url_is_set_then_the_server_backend_is_chosen(home, monkeypatch) -> None:
    from assistant.llm import OpenAICompatLLM, build_llm
    from core.settings import load_settings

    monkeypatch.setenv("LENS_LLM_URL", "http://127.0.0.1:9/v1")
    llm = load_settings().llm
    assert llm.backend == "openai"
    assert not llm.bundled
    assert isinstance(build_llm(llm), OpenAICompatLLM)
    monkeypatch.setenv("LENS_LLM_BACKEND", "llama_cpp")  # said explicitly, it wins
    assert load_settings().llm.backend == "llama_cpp"


# One clearance check, one audit row per refusal ----------------------------------------------
def test_when_sources_are_read_then_the_clearance_sentence_is_written_once() -> None:
    places = [
        str(p.relative_to(REPO))
        for pkg in ("core", "redaction", "ingest", "retrieval", "assistant", "lens", "ui")
        for p in (REPO / pkg).rglob("*.py")
        if "your clearance is" in p.read_text(encoding="utf-8")
    ]
    assert places == ["core/access.py"]


def _door(hub: FakeHub, door: str, tmp_path: Path) -> str:
    """Try to move a document at `confidential` as `mem` (member clearance) through one door;
    the sentence the user is shown."""
    import ui.runtime as runtime

    note = tmp_path / "note.txt"
    note.write_text("In 2024 recruiters in Kathmandu charged Nepali men fees for jobs in Qatar.")
    cli_words = {
        "lens ingest": ["ingest", str(note), "--level", "3"],
        "lens enqueue": ["enqueue", str(note), "--level", "3"],
        "lens feeds add": ["feeds", "add", "https://news.example/rss", "--org", "Harbour Light"],
        "lens export": ["export", str(tmp_path / "out.jsonl"), "--max-level", "3"],
        "lens import": ["import", str(tmp_path / "in.jsonl"), "--level-cap", "3"],
    }
    if door == "chat upload":
        with pytest.raises(AccessDenied) as exc:
            runtime.ingest_upload("mem", [("note.txt", note)], "confidential", False)
        assert not note.exists()
        return str(exc.value)
    user = "mem"
    words = cli_words[door]
    if door == "lens feeds add":
        from core.directory import add_user

        with hub.stack.db.session() as s:
            add_user(s, "editor", "Harbour Light", "staff", 1)
        user, words = "editor", [*words, "--level", "3"]
    result = CliRunner().invoke(cli, [*words, "--as", user], catch_exceptions=False)
    assert result.exit_code == 1
    return result.stderr.removeprefix("Error: ").strip()


@pytest.mark.parametrize(
    ("door", "verb"),
    [
        ("lens ingest", "share"),
        ("chat upload", "share"),
        ("lens enqueue", "share"),
        ("lens feeds add", "share"),
        ("lens export", "export"),
        ("lens import", "import"),
    ],
)
def test_when_level_above_clearance_then_every_door_refuses_alike_and_audits_once(
    hub, monkeypatch, tmp_path, door, verb
) -> None:
    monkeypatch.setenv("LENS_QUEUE_URL", "redis://127.0.0.1:9/0")  # refused before any send
    before = hub.last_audit_id()
    said = _door(hub, door, tmp_path)
    assert said == f"You may not {verb} at level confidential: your clearance is member."
    rows = [r for r in hub.audit_rows(before) if r[2] == "refused" or r[1] == "refused"]
    assert len(rows) == 1, rows


# Commands register explicitly ----------------------------------------------------------------
def test_when_only_lens_cli_is_imported_then_every_command_is_there() -> None:
    code = "import json; from lens.cli import cli; print(json.dumps(sorted(cli.commands)))"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    commands = set(json.loads(proc.stdout))
    documented = {  # the commands of ../shared/CLI.md that exist today
        "init", "orgs", "users", "whoami", "ingest", "docs", "redact", "search", "ask",
        "stats", "risk", "brief", "feeds", "serve", "demo",
    }  # fmt: skip
    assert documented <= commands
    assert {"enqueue", "worker", "export", "import", "check", "config"} <= commands
