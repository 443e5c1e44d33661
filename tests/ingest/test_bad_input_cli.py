"""Every bad input named in the issue, through the real `lens ingest` with the real models:
each reported by path in one sentence, the rest stored, nothing partially stored."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli import hub_with_analyst, run_lens
from tests.conftest import REPO

pytestmark = pytest.mark.slow
EXPECTED = {
    "corrupt.pdf": "is not a readable PDF",
    "encrypted.pdf": "encrypted",
    "empty.txt": "is empty",
    "binary.txt": "binary",
    "unknown.xyz": "unsupported type '.xyz'",
    "missing_column.csv": "has no text column 'summary'",
    "invalid.json": "is not valid JSON",
    "bad_encoding.txt": "decoded",
    "huge.txt": "over the 20 MB limit",
}


def test_when_batch_holds_every_bad_input_then_each_reported_and_rest_stored(tmp_path) -> None:
    home, folder = tmp_path / "home", tmp_path / "batch"
    shutil.copytree(REPO / "demo" / "broken", folder, ignore=shutil.ignore_patterns("*.md"))
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    (folder / "good.txt").write_text(
        "Workers on a Thai fishing boat said in 2021 that their "
        "wages were withheld by the captain, Somchai Prasert."
    )
    (folder / "good.csv").write_text(
        "id,summary\nR-1,Two women were held in a Leeds flat in "
        "2020.\nR-2,A crew was kept at sea for a year in 2018.\n"
    )
    hub_with_analyst(home)
    proc = run_lens(
        home,
        "ingest",
        str(folder),
        "--as",
        "ana",
        "--text-column",
        "summary",
        "--id-column",
        "id",
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    failed = {Path(f["path"]).name: f["error"] for f in report["failed"]}
    for name, phrase in EXPECTED.items():
        assert name in failed, name
        assert phrase in failed[name], (name, failed[name])
        assert name in failed[name]
        assert failed[name].count(". ") == 0, failed[name]  # one sentence
    assert report["ingested"] == 3  # good.txt and the two rows of good.csv
    with sqlite3.connect(home / "lens.db") as conn:
        refs = sorted(r[0] for r in conn.execute("SELECT source_ref FROM document"))
        texts = " ".join(r[0] for r in conn.execute("SELECT text FROM chunk"))
    assert refs == ["good.csv#R-1", "good.csv#R-2", "good.txt"]
    assert "Somchai" not in texts


def test_when_a_document_is_too_slow_to_redact_then_it_alone_is_refused(tmp_path) -> None:
    home, folder = tmp_path / "home", tmp_path / "batch"
    folder.mkdir()
    (folder / "slow.txt").write_text("+1 (2) " * 17_000, encoding="utf-8")  # 119 KB of tokens
    (folder / "good.txt").write_text("Mr Haddad met the girls in Beirut in 2020.")
    config = tmp_path / "lens.toml"
    config.write_text("[redaction]\nmax_seconds_per_doc = 2\n", encoding="utf-8")
    hub_with_analyst(home)
    proc = run_lens(home, "--config", str(config), "ingest", str(folder), "--as", "ana", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    [failed] = report["failed"]
    assert Path(failed["path"]).name == "slow.txt"
    # The budget is 2 s per 100,000 characters of the document's parts (body and title).
    assert re.fullmatch(
        r"slow\.txt: could not be redacted within 2\.\d+ s; nothing of it was stored\.",
        failed["error"],
    ), failed["error"]
    assert report["ingested"] == 1
    with sqlite3.connect(home / "lens.db") as conn:
        refs = [r[0] for r in conn.execute("SELECT source_ref FROM document")]
        texts = " ".join(r[0] for r in conn.execute("SELECT text FROM chunk"))
    assert refs == ["good.txt"]
    assert texts == "Mr <PERSON_1> met the girls in Beirut in 2020."
