"""A full disk and a read-only data dir: one clear sentence, no traceback, nothing corrupted,
nothing already stored lost.

Where this machine lets the test mount (root, as in CI containers), the disk is a real tiny
tmpfs and the read-only data dir a real read-only bind mount. Where it does not, the same
scenario runs with the failure injected at the write (tests/reliability/faults.py), which is
also how the error paths of both stores are covered deterministically.
"""

from __future__ import annotations

import errno
import json
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from core.errors import storage_error
from tests.cli import hub_with_analyst, run_lens
from tests.reliability.faults import records, run_faulted, vector_ids, write_corpus

FIRST, SECOND = 4, 4  # files stored before the failure, files offered when it happens
ALL = FIRST + SECOND
FULL = (
    r"Error: No space left on the disk holding the data dir {home} while storing "
    r"(case_\d\d\.txt); free some space, then run `lens check --repair` and the ingest again "
    r"\(documents stored before it are kept\)\."
)
READ_ONLY_STORING = (
    r"Error: Cannot write to the data dir {home} while storing (case_\d\d\.txt): it is "
    r"read-only; make it writable, then run `lens check --repair` and the ingest again "
    r"\(documents stored before it are kept\)\."
)
READ_ONLY = (
    "Error: Cannot write to the data dir {home}: it is read-only; make it writable, then run "
    "the command again."
)


@contextmanager
def mounted(*args: str) -> Iterator[bool]:
    """`mount ARGS` if this machine permits it (yields False where it does not), then unmount."""
    target = args[-1]
    ok = subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0
    try:
        yield ok
    finally:
        if ok and subprocess.run(["umount", target], check=False).returncode != 0:
            subprocess.run(["umount", "--lazy", target], check=True)  # detached when unused


def one_sentence(proc: subprocess.CompletedProcess, pattern: str) -> re.Match:
    """Exit 1 and exactly one stderr line, matching `pattern`; no traceback anywhere."""
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert "Logging error" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-2000:]
    match = re.fullmatch(pattern, lines[0])
    assert match, lines[0]
    return match


def ingest(home: Path, folder: Path) -> dict:
    proc = run_lens(home, "ingest", str(folder), "--as", "ana", "--workers", "1", "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def check(home: Path, *args: str) -> tuple[int, dict]:
    proc = run_lens(home, "check", *args, "--json")
    return proc.returncode, json.loads(proc.stdout)


def kept_and_recoverable(home: Path, before: dict, second: Path, named: str) -> None:
    """Stored documents unchanged; the failed one absent; after repair (only orphans may need
    it) and a re-run, every file is stored once and the stores agree."""
    rec = records(home, ALL)
    assert rec["integrity"] == "ok"
    assert rec["fts_ok"]
    assert named not in rec["docs"]
    for name, doc in before["docs"].items():  # stored before the failure: untouched
        assert rec["docs"][name] == doc
    assert {k: v for k, v in rec["chunks"].items() if k in before["chunks"]} == before["chunks"]
    code, report = check(home)
    assert report["missing_vectors"] == 0
    assert report["fulltext_ok"]
    if code != 0:  # the failed write could not clean up after itself on a full disk
        assert report["orphan_vectors"] > 0
        code, report = check(home, "--repair")
        assert code == 0
    assert report["consistent"]
    again = ingest(home, second)
    assert again["ingested"] == ALL - len(rec["docs"])
    final = records(home, ALL)
    assert sorted(final["sources"]) == [f"case_{i:02d}.txt" for i in range(ALL)]
    assert set(final["chunks"]) == vector_ids(home)
    code, report = check(home)
    assert code == 0
    assert report["chunks"] == len(final["chunks"]) == report["vectors"]


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("corpus")
    write_corpus(root / "first", FIRST)
    write_corpus(root / "second", SECOND, first=FIRST)
    return root / "first", root / "second"


@pytest.fixture(scope="module")
def stocked(tmp_path_factory: pytest.TempPathFactory, folders) -> Path:  # type: ignore[no-untyped-def]
    """A hub with one analyst and the first files stored (tests copy it)."""
    home = tmp_path_factory.mktemp("hub") / "home"
    hub_with_analyst(home)
    ingest(home, folders[0])
    return home


@pytest.mark.slow
def test_when_the_disk_fills_during_ingest_then_one_sentence_names_the_file_and_nothing_is_lost(
    folders, stocked: Path, tmp_path: Path
) -> None:
    second = folders[1]
    disk = tmp_path / "disk"
    disk.mkdir()
    with mounted("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)) as real:
        home = disk / "home"
        shutil.copytree(stocked, home)
        before = records(home, ALL)
        if real:
            # Leave a little room: the next ingest starts, then runs out while storing.
            free = shutil.disk_usage(disk).free
            (disk / "filler").write_bytes(b"\0" * (free - 160 * 1024))
            proc = run_lens(home, "ingest", str(second), "--as", "ana", "--workers", "1")
        else:
            proc = run_faulted(home, "full-commit", 2, "ingest", str(second), "--as", "ana")
        named = one_sentence(proc, FULL.format(home=re.escape(str(home.resolve())))).group(1)
        assert named in {p.name for p in second.iterdir()}
        if real:
            (disk / "filler").unlink()
        kept_and_recoverable(home, before, second, named)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("point", "pattern"),
    [
        ("full-commit", FULL),  # SQLite's "database or disk is full" at COMMIT
        ("full-upsert", FULL),  # ENOSPC from the vector store, half the vectors written
        ("readonly-commit", READ_ONLY_STORING),  # "attempt to write a readonly database"
    ],
)
def test_when_a_write_fails_for_the_disk_then_one_sentence_and_no_orphans(
    point: str, pattern: str, folders, stocked: Path, tmp_path: Path
) -> None:
    second = folders[1]
    home = tmp_path / "home"
    shutil.copytree(stocked, home)
    before = records(home, ALL)
    proc = run_faulted(home, point, 2, "ingest", str(second), "--as", "ana", batch=2)
    named = one_sentence(proc, pattern.format(home=re.escape(str(home.resolve())))).group(1)
    stored = set(records(home, ALL)["sources"]) - set(before["sources"])
    assert named in {p.name for p in second.iterdir()} - stored
    assert all(name < named for name in stored)  # files are stored in order up to the failure
    code, report = check(home)  # the failed write dropped the vectors it had added
    assert code == 0
    assert report["consistent"]
    kept_and_recoverable(home, before, second, named)


@pytest.mark.slow
def test_when_the_data_dir_is_read_only_then_every_command_says_so_and_nothing_changes(
    folders, stocked: Path, tmp_path: Path
) -> None:
    second = folders[1]
    home, view = tmp_path / "home", tmp_path / "read-only"
    shutil.copytree(stocked, home)
    before = records(home, ALL)
    view.mkdir()
    with mounted("--bind", "-o", "ro", str(home), str(view)) as real:
        if not real:  # no mounts here: the write itself reports a read-only database
            proc = run_faulted(home, "readonly-commit", 1, "ingest", str(second), "--as", "ana")
            one_sentence(proc, READ_ONLY_STORING.format(home=re.escape(str(home.resolve()))))
            assert records(home, ALL)["docs"] == before["docs"]
            return
        assert subprocess.run(["touch", str(view / "probe")], check=False).returncode != 0
        proc = run_lens(view, "init")
        one_sentence(proc, re.escape(f"Error: Data dir {view} is not writable") + r" \(.+\)\.")
        sentence = re.escape(READ_ONLY.format(home=view))
        for args in (
            ("ingest", str(second), "--as", "ana"),
            ("search", "passport confiscated", "--as", "ana"),
            ("docs", "list", "--as", "ana"),
            ("check", "--repair"),
            ("users", "add", "bob", "--org", "Harbour Light", "--role", "analyst",
             "--clearance", "1", "--no-password"),
        ):  # fmt: skip
            one_sentence(run_lens(view, *args), sentence)
    after = records(home, ALL)
    assert after == before
    code, report = check(home)
    assert code == 0
    assert report["consistent"]
    assert report["chunks"] == len(before["chunks"])


@pytest.mark.parametrize(
    ("exc", "start"),
    [
        (OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full")),
         "No space left on the disk holding the data dir"),
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on the disk"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "No space left on the disk"),
        (OSError(errno.EROFS, "Read-only file system"), "Cannot write to the data dir"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "Cannot write to"),
        (sqlite3.OperationalError("no such table: chunk"), None),  # a bug, not the disk
        (sqlite3.OperationalError("disk I/O error"), None),  # the data dir is fine: say so
        (ValueError("database or disk is full"), None),  # words alone, not a storage error
    ],
)  # fmt: skip
def test_when_an_error_is_classified_then_only_a_full_or_read_only_disk_gets_a_sentence(
    exc: Exception, start: str | None, tmp_path: Path
) -> None:
    wrapped = RuntimeError("while writing")  # the chain is followed through causes
    wrapped.__cause__ = exc
    for error in (exc, wrapped):
        problem = storage_error(error, tmp_path, storing="case_09.txt")
        if start is None:
            assert problem is None
            continue
        assert problem is not None
        assert str(problem).startswith(start)
        assert f"{tmp_path} while storing case_09.txt" in str(problem)
        assert str(problem).endswith(".")
        assert "\n" not in str(problem)
