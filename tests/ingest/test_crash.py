"""Kill -9 in the middle of an ingest, run it again: every document stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from bench.synthetic import documents
from tests.cli import LENS, hub_with_analyst, run_lens

pytestmark = pytest.mark.slow


def lens(home: Path, *args: str) -> dict:
    proc = run_lens(home, *args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def stored(home: Path) -> int:
    with sqlite3.connect(home / "lens.db", timeout=30) as conn:
        return int(conn.execute("SELECT count(*) FROM document").fetchone()[0])


def test_when_ingest_killed_then_rerun_stores_each_document_once(tmp_path) -> None:
    home, folder = tmp_path / "home", tmp_path / "in"
    folder.mkdir()
    texts = documents(160, seed=3)
    for i, t in enumerate(texts):
        (folder / f"case_{i:03d}.txt").write_text(t)
    hub_with_analyst(home)
    proc = subprocess.Popen(
        [LENS, "ingest", str(folder), "--as", "ana"],
        env={**os.environ, "LENS_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if (home / "lens.db").exists() and stored(home) >= 40:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = stored(home)
    assert 40 <= partial < len(texts)

    report = lens(home, "ingest", str(folder), "--as", "ana")
    assert report["unchanged"] == partial
    assert report["ingested"] == len(texts) - partial
    assert stored(home) == len(texts)
    with sqlite3.connect(home / "lens.db") as conn:
        refs = [r[0] for r in conn.execute("SELECT source_ref FROM document")]
        chunk_ids = {r[0] for r in conn.execute("SELECT id FROM chunk")}
    assert len(refs) == len(set(refs)) == len(texts)
    check = lens(home, "check")
    assert check["consistent"], check
    assert check["chunks"] == len(chunk_ids) == check["vectors"]
