"""A crash between a batch's commit and the known-names pass over earlier reports
(`ingest.known_pass`): the pass was recorded as pending before the batch was stored, and the
next `lens rescrub`, or the next `lens ingest`, runs it (real CLI, killed with SIGKILL)."""

from __future__ import annotations

import json
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli import hub_with_analyst, run_lens
from tests.reliability.faults import run_faulted

pytestmark = pytest.mark.slow

MISSED = "transfer ref {name} deposit for room"  # the NER leaves a name in capitals here
NAMED = "The man who recruited her was called {name}."


def lens(home: Path, *args: str) -> dict:
    proc = run_lens(home, *args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def body(home: Path, source: str) -> str:
    with closing(sqlite3.connect(home / "lens.db", timeout=30)) as conn:
        rows = conn.execute(
            "SELECT c.text FROM chunk c JOIN document d ON d.id = c.doc_id "
            "WHERE d.source_ref LIKE ? ORDER BY c.ordinal",
            (f"%{source}",),
        ).fetchall()
    return " ".join(r[0] for r in rows)


def pending(home: Path) -> int:
    with closing(sqlite3.connect(home / "lens.db", timeout=30)) as conn:
        return int(conn.execute("SELECT count(*) FROM known_pending").fetchone()[0])


def killed_before_backward(home: Path, early: str, late: str, name: tuple[str, str]) -> None:
    """`early` misses the name; the ingest of `late`, which names it, dies after its commit."""
    first = write(home, early, MISSED.format(name=name[0]))
    lens(home, "ingest", str(first), "--as", "ana")
    second = write(home, late, NAMED.format(name=name[1]))
    proc = run_faulted(home, "known-backward", 1, "ingest", str(second), "--as", "ana")
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert name[0] in body(home, early)  # the pass never ran ...
    assert name[1].split()[-1] not in body(home, late)  # ... after the batch was stored
    assert pending(home) == 1


def write(home: Path, name: str, text: str) -> Path:
    path = home.parent / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_when_ingest_dies_before_the_pass_over_earlier_reports_then_it_is_resumed(
    tmp_path,
) -> None:
    home = tmp_path / "home"
    hub_with_analyst(home)
    admin = ("users", "add", "boss", "--org", "Harbour Light", "--role", "admin")
    assert run_lens(home, *admin, "--clearance", "3", "--no-password").returncode == 0

    # resumed by `lens rescrub`
    killed_before_backward(home, "early.txt", "late.txt", ("DRITAN KRASNIQI", "Dritan Krasniqi"))
    report = lens(home, "rescrub", "--as", "boss")
    assert report["known_names"] == 1
    assert "KRASNIQI" not in body(home, "early.txt")
    assert "transfer ref <PERSON_1> deposit" in body(home, "early.txt")
    assert pending(home) == 0
    links = lens(home, "links", "--as", "ana", "--type", "person")["links"]
    assert any(len(link["documents"]) == 2 for link in links)

    # resumed by the next ingest, whatever it ingests
    killed_before_backward(home, "first.txt", "second.txt", ("ELIRA HOXHA", "Elira Hoxha"))
    other = write(home, "other.txt", "A note on the weather at the port.")
    lens(home, "ingest", str(other), "--as", "ana")
    assert "HOXHA" not in body(home, "first.txt")
    assert pending(home) == 0
