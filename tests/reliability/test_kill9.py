"""Kill -9 at precise points of ingest, update, delete and repair: `lens check --repair` makes
the stores agree again, and a re-run stores every file exactly once.

Each kill is injected by tests/reliability/faults.py, which patches one product function in
a real `lens` process (real Presidio, MiniLM, SQLite and Chroma) and SIGKILLs it there.
"""

from __future__ import annotations

import json
import shutil
import signal
from pathlib import Path

import pytest

from tests.cli import hub_with_analyst, run_lens
from tests.reliability.faults import (
    drop_vectors,
    records,
    run_faulted,
    vector_ids,
    write_corpus,
)

pytestmark = pytest.mark.slow

DOCS = 12
BATCH = 4  # documents per ingest batch, so a kill can land between and inside batches
REVISED = "Revised statement seven. "


def lens_json(home: Path, *args: str) -> tuple[int, dict]:
    """Exit code and JSON output of a real `lens ARGS --json`."""
    proc = run_lens(home, *args, "--json")
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def ingest_args(folder: Path) -> tuple[str, ...]:
    return ("ingest", str(folder), "--as", "ana", "--workers", "1")


def killed(proc) -> None:  # type: ignore[no-untyped-def]
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr[-2000:])


def check_reports_drift(home: Path) -> None:
    """`lens check` finds exactly the drift an independent reading of both stores shows."""
    chunk_ids = set(records(home, DOCS)["chunks"])
    vectors = vector_ids(home)
    code, report = lens_json(home, "check")
    assert report["orphan_vectors"] == len(vectors - chunk_ids)
    assert report["missing_vectors"] == len(chunk_ids - vectors)
    assert report["consistent"] == (vectors == chunk_ids) == (code == 0)


def repair(home: Path) -> None:
    """`lens check --repair`, then a plain `lens check` says the stores agree."""
    code, fixed = lens_json(home, "check", "--repair")
    assert code == 0, fixed
    assert fixed["consistent"]
    code, again = lens_json(home, "check")
    assert code == 0, again
    assert again["consistent"]
    assert not again["repaired"]
    assert again["orphan_vectors"] == again["missing_vectors"] == 0


def assert_whole(home: Path, names: list[str], *, search: bool = True) -> dict:
    """Every file stored once; chunks, vectors and full-text index agree; search answers."""
    rec = records(home, DOCS)
    assert sorted(rec["sources"]) == sorted(names)  # each source exactly once
    assert rec["integrity"] == "ok"
    assert rec["fts_ok"]
    assert set(rec["chunks"]) == vector_ids(home)
    for i, name in enumerate(names):
        doc = rec["docs"][name]
        mine = {cid for cid, c in rec["chunks"].items() if c["doc_id"] == doc["id"]}
        assert mine
        assert all(cid.startswith(f"{doc['id']}-{doc['hash'][:8]}-") for cid in mine)
        rows = {c["rowid"] for c in rec["chunks"].values() if c["doc_id"] == doc["id"]}
        assert rec["marked"][i]
        assert set(rec["marked"][i]) <= rows
    if not search:
        return rec
    query = "recruited for work abroad, passport taken"
    code, found = lens_json(home, "search", query, "--as", "ana", "--mode", "dense", "-k", "5")
    assert code == 0
    assert found["results"]
    assert {r["chunk_id"] for r in found["results"]} <= set(rec["chunks"])
    return rec


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("corpus")
    return folder, write_corpus(folder, DOCS)


@pytest.fixture(scope="module")
def revised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same files, every one with changed content."""
    folder = tmp_path_factory.mktemp("revised")
    write_corpus(folder, DOCS, note=REVISED)
    return folder


@pytest.fixture(scope="module")
def empty_hub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("hub") / "home"
    hub_with_analyst(home)
    return home


@pytest.fixture(scope="module")
def full_hub(tmp_path_factory: pytest.TempPathFactory, empty_hub: Path, corpus) -> Path:  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("full") / "home"
    shutil.copytree(empty_hub, home)
    code, report = lens_json(home, *ingest_args(corpus[0]))
    assert code == 0
    assert report["ingested"] == DOCS
    return home


def copy_of(template: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(template, home)
    return home


@pytest.mark.parametrize(
    ("point", "call"),
    [
        ("upsert-half", 2),  # second batch: half its vectors written
        ("upsert-inside", 2),  # inside Chroma's own write of the second batch
        ("commit-mid", 6),  # sixth document: rows flushed, no COMMIT
        ("commit-after", 6),  # sixth document committed, the seventh not begun
    ],
)
def test_when_first_ingest_is_killed_then_repair_and_rerun_store_each_file_once(
    point: str, call: int, corpus, empty_hub: Path, tmp_path: Path
) -> None:
    folder, names = corpus
    home = copy_of(empty_hub, tmp_path)
    killed(run_faulted(home, point, call, *ingest_args(folder), batch=BATCH))
    partial = records(home, DOCS)["sources"]
    assert 0 < len(partial) < DOCS
    assert len(set(partial)) == len(partial)
    check_reports_drift(home)
    repair(home)
    code, report = lens_json(home, *ingest_args(folder))
    assert code == 0
    assert (report["unchanged"], report["ingested"]) == (len(partial), DOCS - len(partial))
    assert_whole(home, names)


@pytest.mark.parametrize(
    ("point", "call"),
    [
        ("upsert-half", 1),  # new vectors half written, no document replaced
        ("commit-mid", 2),  # second replacement flushed, not committed
        ("delete-half", 1),  # first batch replaced, its old vectors half deleted
    ],
)
def test_when_update_is_killed_then_each_document_is_old_or_new_never_both(
    point: str, call: int, corpus, revised: Path, full_hub: Path, tmp_path: Path
) -> None:
    names = corpus[1]
    home = copy_of(full_hub, tmp_path)
    old = records(home, DOCS)
    killed(run_faulted(home, point, call, *ingest_args(revised), batch=BATCH))
    check_reports_drift(home)
    repair(home)
    rec = assert_whole(home, names, search=False)
    new = set()
    for name in names:  # assert_whole saw one version's chunk ids per document; which one?
        doc = rec["docs"][name]
        now = {cid: c["text"] for cid, c in rec["chunks"].items() if c["doc_id"] == doc["id"]}
        was = {cid: c["text"] for cid, c in old["chunks"].items() if c["doc_id"] == doc["id"]}
        if doc["hash"] == old["docs"][name]["hash"]:
            assert now == was  # the old version, whole
        else:
            assert not set(now) & set(was)  # no chunk of the old version is left
            assert any(REVISED.strip() in text for text in now.values())  # the new one, whole
            new.add(name)
    assert len(new) < DOCS
    code, report = lens_json(home, *ingest_args(revised))
    assert code == 0
    assert (report["unchanged"], report["ingested"]) == (len(new), DOCS - len(new))
    final = assert_whole(home, names)
    assert all(d["hash"] != old["docs"][n]["hash"] for n, d in final["docs"].items())


@pytest.mark.parametrize("point", ["delete-before"])  # records gone, vectors not yet touched
def test_when_docs_delete_is_killed_between_stores_then_repair_finishes_the_withdrawal(
    point: str, corpus, full_hub: Path, tmp_path: Path
) -> None:
    folder, names = corpus
    home = copy_of(full_hub, tmp_path)
    gone = records(home, DOCS)["docs"][names[3]]["id"]
    killed(run_faulted(home, point, 1, "docs", "delete", gone, "--as", "ana"))
    rec = records(home, DOCS)
    assert names[3] not in rec["docs"]  # the records transaction committed first
    left = {v for v in vector_ids(home) if v.startswith(gone)}
    assert left  # the kill left some of its vectors behind
    check_reports_drift(home)
    repair(home)
    assert not {v for v in vector_ids(home) if v.startswith(gone)}
    query = "File reference zqref0003, passport taken"  # its own marker, and what all share
    code, found = lens_json(home, "search", query, "--as", "ana", "-k", "20")
    assert code == 0
    assert found["results"]
    assert not [r for r in found["results"] if r["doc_id"] == gone]
    code, report = lens_json(home, *ingest_args(folder))
    assert (code, report["ingested"], report["unchanged"]) == (0, 1, DOCS - 1)
    assert_whole(home, names, search=False)  # the hybrid search above answered


@pytest.mark.parametrize("point", ["delete-half", "upsert-half"])
def test_when_repair_itself_is_killed_then_the_next_repair_finishes(
    point: str, corpus, revised: Path, full_hub: Path, tmp_path: Path
) -> None:
    folder, names = corpus
    home = copy_of(full_hub, tmp_path)
    # Drift of both kinds: orphans from a killed update, and chunks whose vectors are gone.
    killed(run_faulted(home, "upsert-half", 1, *ingest_args(revised), batch=BATCH))
    lost = sorted(records(home, DOCS)["chunks"])[:4]
    drop_vectors(home, lost)
    code, before = lens_json(home, "check")
    assert code == 1
    assert before["missing_vectors"] == len(lost)
    assert before["orphan_vectors"]
    # delete-half: dies removing orphans; upsert-half: dies re-embedding the missing chunks.
    killed(run_faulted(home, point, 1, "check", "--repair"))
    check_reports_drift(home)
    repair(home)
    code, report = lens_json(home, *ingest_args(folder))
    assert (code, report["unchanged"], report["ingested"]) == (0, DOCS, 0)
    assert_whole(home, names)
