"""Distributed ingest through a real Redis: `lens enqueue` here, `lens worker` consumes.

Each test uses a queue of its own (LENS_QUEUE_NAME) and deletes its keys after, so parallel
runs on one Redis never see each other's messages. The burst-mode tests use the fake redactor
and embedder; the last test runs the real `lens worker` process with the real models.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlmodel import func, select

from core.records import AuditEvent, Chunk, Document
from lens.app import Lens
from lens.cli import cli
from tests.conftest import free_port, port_open
from tests.fakes.stack import Stack, build_stack

pytestmark = pytest.mark.integration
REDIS = "redis://127.0.0.1:6379/0"
REPORT = (
    "Report {n}: Mai Nguyen was recruited in Hanoi for work in nail bars in Birmingham. "
    "Her broker, reachable on +44 7700 900123, kept her passport and a debt of 9,000 pounds."
)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def ok_json(*args: str) -> dict:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def queue_name(home, monkeypatch):
    """A queue of this test's own on the real Redis; its keys are deleted after."""
    if not port_open("127.0.0.1", 6379):
        pytest.skip("no Redis on 127.0.0.1:6379 (CI machines have one)")
    import redis

    name = f"lens_t_{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("LENS_QUEUE_URL", REDIS)
    monkeypatch.setenv("LENS_QUEUE_NAME", name)
    yield name
    client = redis.Redis.from_url(REDIS)
    for key in client.scan_iter(f"*{name}*"):
        client.delete(key)
    client.close()


@pytest.fixture
def hub(home, queue_name, monkeypatch) -> Stack:
    stack = build_stack(home)
    monkeypatch.setattr(Lens, "redactor", property(lambda self: stack.redactor))
    monkeypatch.setattr(Lens, "embedder", property(lambda self: stack.embedder))
    return stack


def reports(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"report_{i}.txt").write_text(REPORT.format(n=i), encoding="utf-8")
    return folder


def queued(name: str) -> int:
    import redis

    client = redis.Redis.from_url(REDIS)
    try:
        return int(client.hlen(f"lens:{name}.msgs"))
    finally:
        client.close()


def n_docs(stack: Stack) -> int:
    with stack.db.session() as s:
        return int(s.exec(select(func.count()).select_from(Document)).one())


def test_when_files_enqueued_then_burst_worker_stores_each_once_redacted(
    hub, queue_name, tmp_path
) -> None:
    folder = reports(tmp_path / "in", 3)
    sent = ok_json("enqueue", str(folder), "--as", "res", "--level", "2", "--kind", "news")
    assert (sent["queued"], sent["messages"], sent["failed"]) == (3, 1, [])
    assert queued(queue_name) == 1
    assert n_docs(hub) == 0

    done = ok_json("worker", "--burst")
    assert (done["messages"], done["ingested"], done["errors"]) == (1, 3, 0)
    assert queued(queue_name) == 0
    listed = ok_json("docs", "list", "--as", "res")["documents"]
    assert {d["doc_id"] for d in listed} == {d["doc_id"] for d in sent["documents"]}
    assert {(d["level"], d["kind"], d["org"]) for d in listed} == {(2, "news", "Harbour Light")}
    with hub.db.session() as s:
        texts = [c.text for c in s.exec(select(Chunk))]
    assert texts
    assert all("Mai Nguyen" not in t and "7700" not in t for t in texts)
    assert all("<PERSON_1>" in t for t in texts)
    assert hub.vectors.count() == len(texts)

    ok_json("enqueue", str(folder), "--as", "res", "--level", "2", "--kind", "news")
    again = ok_json("worker", "--burst")
    assert (again["ingested"], again["unchanged"]) == (0, 3)
    assert n_docs(hub) == 3
    assert hub.vectors.count() == len(texts)


def test_when_enqueue_above_clearance_then_refused_and_nothing_queued(
    hub, queue_name, tmp_path
) -> None:
    result = run("enqueue", str(reports(tmp_path / "in", 1)), "--as", "mem", "--level", "3")
    assert result.exit_code == 1
    assert "You may not share at level confidential" in result.stderr
    assert queued(queue_name) == 0


def test_when_user_disabled_before_worker_runs_then_job_refused_and_audited(
    hub, queue_name, tmp_path
) -> None:
    ok_json("enqueue", str(reports(tmp_path / "in", 2)), "--as", "mem")
    ok_json("users", "disable", "mem")
    done = ok_json("worker", "--burst")
    assert (done["messages"], done["ingested"], done["failed"], done["errors"]) == (1, 0, 2, 0)
    assert n_docs(hub) == 0
    assert queued(queue_name) == 0
    with hub.db.session() as s:
        refusals = s.exec(
            select(AuditEvent).where(AuditEvent.action == "ingest", AuditEvent.outcome == "refused")
        ).all()
    assert [e.user_name for e in refusals] == ["mem"]
    assert "disabled" in refusals[0].detail["reason"]


def test_when_message_is_malformed_then_dropped_without_storing(hub, queue_name) -> None:
    from ingest.queue import connect

    queue = connect(REDIS, queue_name)
    queue.send({"user": "con", "level": 9, "documents": [{"text": "Mai Nguyen"}]})
    queue.close()
    done = ok_json("worker", "--burst")
    assert (done["messages"], done["failed"], done["errors"]) == (1, 1, 0)
    assert n_docs(hub) == 0
    assert queued(queue_name) == 0


def test_when_broker_unreachable_then_one_sentence(home, tmp_path, monkeypatch) -> None:
    build_stack(home)
    monkeypatch.setenv("LENS_QUEUE_URL", f"redis://127.0.0.1:{free_port()}/0")
    result = run("enqueue", str(reports(tmp_path / "in", 1)), "--as", "con")
    assert result.exit_code == 1
    assert "Queue broker at redis://127.0.0.1:" in result.stderr
    assert "does not answer" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_when_real_worker_process_runs_then_queued_files_are_stored(
    home, queue_name, tmp_path
) -> None:
    """The deployment path: `lens worker` (Dramatiq's CLI, real spaCy and MiniLM) in its own
    process, fed by `lens enqueue` from another."""
    stack = build_stack(home)
    sent = ok_json("enqueue", str(reports(tmp_path / "in", 2)), "--as", "con", "--level", "1")
    log = (tmp_path / "worker.log").open("wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "lens"), "worker", "--processes", "1"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ),
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180
        while n_docs(stack) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.5)
        assert n_docs(stack) == 2, (tmp_path / "worker.log").read_text(errors="replace")[-2000:]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=90)
        log.close()
    with stack.db.session() as s:
        texts = [c.text for c in s.exec(select(Chunk))]
        ids = {d.id for d in s.exec(select(Document))}
    assert ids == {d["doc_id"] for d in sent["documents"]}
    assert texts
    assert all("Mai Nguyen" not in t and "900123" not in t for t in texts)
