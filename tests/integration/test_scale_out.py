"""The whole pipeline with records on the real PostgreSQL and vectors on a real `chroma run`,
chosen by settings alone (LENS_DATABASE_URL, LENS_CHROMA_URL): no code fork.

The CLI runs in-process with the fake redactor and embedder (models are not what is tested
here); every store is real. Skips with a reason where PostgreSQL is absent.
"""

from __future__ import annotations

import json
import uuid

import pytest
from click.testing import CliRunner

from core.settings import load_settings
from lens.app import Lens
from lens.cli import cli
from retrieval.vector_store import ChromaIndex
from tests.fakes.embedder import HashingEmbedder
from tests.fakes.redactor import ListRedactor
from tests.servers import BIN, chroma_server

pytestmark = pytest.mark.integration

REPORTS = {
    "nails.txt": "In 2022 Mai Nguyen and other Vietnamese women were trafficked to Birmingham "
    "to work in nail bars. Each woman was told she owed a debt of 9,000 pounds.",
    "carwash.txt": "In 2024 Romanian men were forced to work in hand car washes in Leeds. "
    "Their wages were withheld and Ion Popescu, their recruiter, threatened them.",
    "payments.txt": "Payments from nail bars in Birmingham went to one account in Vietnam, "
    "a sign of debt bondage.",
}


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    if not (BIN / "chroma").exists():
        pytest.skip("the chroma command is not installed in this environment")
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


@pytest.fixture
def scaled(home, pg_url, chroma_url, monkeypatch, tmp_path):
    monkeypatch.setenv("LENS_DATABASE_URL", pg_url)
    monkeypatch.setenv("LENS_CHROMA_URL", chroma_url)
    monkeypatch.setenv("LENS_CHROMA_COLLECTION", f"t_{uuid.uuid4().hex[:10]}")
    redactor, embedder = ListRedactor(), HashingEmbedder()
    monkeypatch.setattr(Lens, "redactor", property(lambda self: redactor))
    monkeypatch.setattr(Lens, "embedder", property(lambda self: embedder))
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, body in REPORTS.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def ok_json(*args: str) -> dict:
    result = CliRunner().invoke(cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def refs(results: list[dict]) -> set[str]:
    return {r["source_ref"].rsplit("/", 1)[-1] for r in results}


def test_when_postgresql_and_chroma_server_configured_then_whole_pipeline_works(
    scaled, home, chroma_url
) -> None:
    init = ok_json("init")
    assert init["database"].startswith("postgresql://")
    assert init["vector_store"] == chroma_url
    ok_json("orgs", "add", "Harbour Light", "--sector", "ngo")
    ok_json("orgs", "add", "Meridian Bank", "--sector", "finance")
    for name, org, role, level in [
        ("con", "Harbour Light", "admin", "3"),
        ("mem", "Harbour Light", "analyst", "1"),
        ("bank", "Meridian Bank", "analyst", "3"),
    ]:
        ok_json(
            "users",
            "add",
            name,
            "--org",
            org,
            "--role",
            role,
            "--clearance",
            level,
            "--no-password",
        )
    ok_json("ingest", str(scaled / "nails.txt"), "--as", "con", "--level", "1")
    carwash = ok_json("ingest", str(scaled / "carwash.txt"), "--as", "con", "--level", "3")
    ok_json("ingest", str(scaled / "payments.txt"), "--as", "bank", "--org-only")

    # The PostgreSQL lexical path (tsvector, ts_rank_cd) finds words, stemmed.
    lexical = ok_json("search", "washing cars Leeds", "--as", "con", "--mode", "lexical")
    assert refs(lexical["results"]) == {"carwash.txt"}
    hybrid = ok_json("search", "nail bars in Birmingham", "--as", "con")["results"]
    assert refs(hybrid) >= {"nails.txt"}
    assert "payments.txt" not in refs(hybrid)
    assert all("Mai Nguyen" not in r["text"] and "Ion Popescu" not in r["text"] for r in hybrid)
    assert refs(
        ok_json("search", "nail Birmingham", "--as", "bank", "--mode", "lexical")["results"]
    ) == {
        "nails.txt",
        "payments.txt",
    }

    # A member sees neither the confidential report nor another organisation's org-only one.
    for mode in ("hybrid", "lexical", "dense"):
        seen = ok_json("search", "car washes wages nail bars", "--as", "mem", "--mode", mode)
        assert refs(seen["results"]) <= {"nails.txt"}, mode
    listed = ok_json("docs", "list", "--as", "mem")["documents"]
    assert [d["source_ref"].rsplit("/", 1)[-1] for d in listed] == ["nails.txt"]

    # Withdrawal removes the document from PostgreSQL and from the Chroma server.
    doc_id = carwash["documents"][0]["doc_id"]
    assert ok_json("docs", "delete", doc_id, "--as", "con") == {"deleted": doc_id}
    assert (
        ok_json("search", "washing cars Leeds", "--as", "con", "--mode", "lexical")["results"] == []
    )
    titles = {
        d["source_ref"].rsplit("/", 1)[-1]
        for d in ok_json("docs", "list", "--as", "con")["documents"]
    }
    assert titles == {"nails.txt"}
    index = ChromaIndex.from_settings(load_settings())
    assert index.ids_for_doc(doc_id) == []
    assert index.count() == 2  # one chunk each for the two documents left
    assert ok_json("check")["consistent"] is True
    assert not (home / "lens.db").exists()
    assert not (home / "chroma").exists()


def test_when_queue_feeds_postgresql_and_chroma_server_then_documents_stored_once(
    scaled, monkeypatch
) -> None:
    from tests.conftest import port_open

    if not port_open("127.0.0.1", 6379):
        pytest.skip("no Redis on 127.0.0.1:6379 (CI machines have one)")
    import redis

    name = f"lens_t_{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("LENS_QUEUE_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("LENS_QUEUE_NAME", name)
    try:
        ok_json("init")
        ok_json("orgs", "add", "Harbour Light", "--sector", "ngo")
        ok_json(
            "users",
            "add",
            "con",
            "--org",
            "Harbour Light",
            "--role",
            "admin",
            "--clearance",
            "3",
            "--no-password",
        )
        for _ in range(2):  # the second round finds every document unchanged
            assert ok_json("enqueue", str(scaled), "--as", "con")["queued"] == 3
            ok_json("worker", "--burst")
        listed = ok_json("docs", "list", "--as", "con")["documents"]
        assert sorted(d["source_ref"].rsplit("/", 1)[-1] for d in listed) == sorted(REPORTS)
        assert ChromaIndex.from_settings(load_settings()).count() == 3
        assert ok_json("check")["consistent"] is True
    finally:
        client = redis.Redis.from_url("redis://127.0.0.1:6379/0")
        for key in client.scan_iter(f"*{name}*"):
            client.delete(key)
        client.close()
