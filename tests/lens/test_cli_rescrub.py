"""`lens check` lists documents an older policy scrubbed; `lens rescrub` brings them up to
date through the real console script; `lens redact --explain` names rules, never values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import hub_with_analyst, run_lens

pytestmark = pytest.mark.slow

TEXT = "Mr Haddad ran Operation Lotus from a farm near Leeds in 2021."


def stored(home: Path) -> bytes:
    return b"\n".join(p.read_bytes() for p in home.rglob("*") if p.is_file())


def test_when_policy_changes_then_check_lists_and_rescrub_fixes_stored_text(tmp_path) -> None:
    home = tmp_path / "home"
    hub_with_analyst(home)
    proc = run_lens(
        home, "users", "add", "adm", "--org", "Harbour Light", "--role", "admin",
        "--clearance", "3", "--no-password",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    (tmp_path / "case.txt").write_text(TEXT, encoding="utf-8")
    assert run_lens(home, "ingest", str(tmp_path / "case.txt"), "--as", "ana").returncode == 0
    new = tmp_path / "new.toml"  # today's policy also removes an operation's code name
    new.write_text('[redaction.deny_list]\n"*" = ["Operation Lotus"]\n', encoding="utf-8")

    check = json.loads(run_lens(home, "--config", str(new), "check", "--json").stdout)
    assert check["older_policy"]["documents"] == 1
    assert check["consistent"] is True

    args = ("--config", str(new), "rescrub", "--as", "adm", "--json")
    dry = json.loads(run_lens(home, *args, "--dry-run").stdout)
    assert (dry["changed"], dry["dry_run"]) == (1, True)
    assert b"Operation Lotus" in stored(home)

    proc = run_lens(home, *args)
    assert proc.returncode == 0, proc.stderr
    done = json.loads(proc.stdout)
    removed = (done["documents"], done["changed"], done["removed"])
    assert removed == (1, 1, {"DENY_LIST": 1})  # one value, in the body and the title
    data = stored(home)
    assert b"Lotus" not in data  # not in the chunks, the title, the index, the log or the WAL
    assert b"<PERSON_1> ran <DENY_LIST_1> from a farm near Leeds" in data

    check = json.loads(run_lens(home, "--config", str(new), "check", "--json").stdout)
    assert (check["older_policy"]["documents"], check["consistent"]) == (0, True)
    found = json.loads(run_lens(home, "search", "farm near Leeds", "--as", "ana", "--json").stdout)
    assert "<DENY_LIST_1>" in found["results"][0]["text"]


def test_when_explain_then_rules_and_scores_are_named_and_values_are_not(tmp_path) -> None:
    home = tmp_path / "home"
    hub_with_analyst(home)
    text = "Caller: Jadwiga Nowak\nShe said Ortega recruited her; call 07723 418 992."
    proc = run_lens(home, "redact", "--explain", input=text)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for value in ("Jadwiga", "Nowak", "Ortega", "418 992"):
        assert value not in out
    lines = out.splitlines()
    assert lines[0] == "Caller: <PERSON_1>"
    assert "3 removals" in out
    rules = [line for line in lines if line.startswith("  <")]
    assert len(rules) == 3
    assert all(
        any(r in line for r in ("spacy_person: ", "person_cue: ", "person_context: "))
        for line in rules[:2]
    )
    assert "phone_regex: UK mobile" in rules[2] or "phonenumbers: valid in GB" in rules[2]
    line = json.dumps({"text": text})
    proc = run_lens(home, "redact", "--jsonl", "--explain", input=line)
    ents = json.loads(proc.stdout)["entities"]
    assert all(e["rule"] and 0 < e["score"] <= 1 for e in ents)
    assert {e["type"] for e in ents} == {"PERSON", "PHONE_NUMBER"}
