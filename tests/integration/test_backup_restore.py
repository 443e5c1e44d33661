"""The backup and restore procedure of docs/deploy.md, run for real on a SQLite home.

Back up: the records with SQLite's online backup API (safe while Lens runs), the Chroma folder
by copy (while nothing writes), the UI's auth secret and the logs. Restore into a new home:
search answers exactly as before. Records restored without vectors: `lens check --repair`
re-embeds them and the answers are again the same.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from lens.app import Lens
from lens.cli import cli
from tests.assistant.corpus import USERS, load
from tests.fakes.embedder import HashingEmbedder

QUERIES = ["forced labour garment factory", "fishing boats Thailand", "nail bars debt"]


@pytest.fixture
def hub(home, monkeypatch, one_redactor):
    stack = load(home)
    fake = HashingEmbedder()
    monkeypatch.setattr(Lens, "embedder", property(lambda self: fake))
    (home / "ui").mkdir()
    (home / "ui" / ".auth_secret").write_text("s3cret-for-the-test")
    return stack


def ok_json(*args: str, home: Path) -> dict:
    result = CliRunner().invoke(cli, [*args, "--json"], env={"LENS_HOME": str(home)})
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def answers(home: Path) -> dict:
    """Every user's search results and document list: what a restore must reproduce."""
    out = {}
    for user in USERS:
        out[user] = {
            "docs": ok_json("docs", "list", "--as", user, home=home)["documents"],
            **{q: ok_json("search", q, "--as", user, home=home)["results"] for q in QUERIES},
        }
    return out


def backup(home: Path, dest: Path, *, vectors: bool = True) -> None:
    """The documented procedure: online SQLite backup, then copies of the rest."""
    dest.mkdir(parents=True)
    src = sqlite3.connect(home / "lens.db")
    dst = sqlite3.connect(dest / "lens.db")
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    if vectors:
        shutil.copytree(home / "chroma", dest / "chroma")
    (dest / "ui").mkdir()
    shutil.copy2(home / "ui" / ".auth_secret", dest / "ui" / ".auth_secret")
    if (home / "logs").is_dir():
        shutil.copytree(home / "logs", dest / "logs")


def test_when_home_backed_up_and_restored_elsewhere_then_search_is_identical(
    hub, home, tmp_path
) -> None:
    before = answers(home)
    assert any(before[u][q] for u in USERS for q in QUERIES)
    backup(home, tmp_path / "backup")
    shutil.rmtree(home)  # the original is gone: the restore must stand alone

    restored = tmp_path / "restored"
    shutil.copytree(tmp_path / "backup", restored)
    assert answers(restored) == before
    assert ok_json("check", home=restored)["consistent"] is True
    assert (restored / "ui" / ".auth_secret").read_text() == "s3cret-for-the-test"


def test_when_records_restored_without_vectors_then_check_repair_rebuilds_them(
    hub, home, tmp_path
) -> None:
    before = answers(home)
    backup(home, tmp_path / "restored", vectors=False)
    restored = tmp_path / "restored"
    result = CliRunner().invoke(cli, ["check", "--json"], env={"LENS_HOME": str(restored)})
    assert result.exit_code == 1
    assert json.loads(result.stdout)["missing_vectors"] > 0
    assert ok_json("check", "--repair", home=restored)["repaired"]
    assert unordered(answers(restored)) == unordered(before)


def unordered(found: dict) -> dict:
    """Each result's passage and cosine similarity, without rank or fused score: a rebuilt
    index may order passages of equal similarity differently, which moves their fused score."""
    return {
        user: {
            key: sorted((r.get("chunk_id") or r["doc_id"], r.get("similarity")) for r in rows)
            for key, rows in per_user.items()
        }
        for user, per_user in found.items()
    }
