"""Shared fixtures: a fresh data dir per test, and real servers where the machine has them."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.shared_models import check_sealed, seal, share_models

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

REPO = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("LENS_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def port_open(host: str, port: int) -> bool:
    """True when something listens on host:port."""
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh LENS_HOME; LENS_* variables from the caller's shell are cleared."""
    for key in list(os.environ):
        if key.startswith("LENS_"):
            monkeypatch.delenv(key)
    h = tmp_path / "lens-home"
    monkeypatch.setenv("LENS_HOME", str(h))
    return h


def _pg_schema():  # type: ignore[no-untyped-def]
    """A PostgreSQL URL on a fresh schema of its own (dropped after), or skip with the reason."""
    if not port_open("127.0.0.1", 5432):
        pytest.skip("no PostgreSQL on 127.0.0.1:5432 (CI machines have one)")
    import uuid

    import psycopg

    schema = f"lens_t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def pg_url():  # type: ignore[no-untyped-def]
    """A PostgreSQL URL on a fresh schema for one test, or skip with the reason."""
    yield from _pg_schema()


@pytest.fixture(scope="module")
def pg_module_url():  # type: ignore[no-untyped-def]
    """A PostgreSQL URL on a fresh schema shared by one module's tests, or skip."""
    yield from _pg_schema()


@pytest.fixture(autouse=True)
def _shared_redactors_unchanged() -> Iterator[None]:
    """After each test: the redactors the session shares are as they were built, or the test
    that changed them fails (`tests.shared_models.check_sealed`)."""
    yield
    check_sealed()


@pytest.fixture
def one_redactor(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Lens.redactor`, the real one, built once per session for each policy and allow list
    (`tests.shared_models`)."""
    share_models(monkeypatch, embedder=False)


@pytest.fixture
def shared_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Lens.redactor` and `Lens.embedder`, the real ones, built once per session
    (`tests.shared_models`)."""
    share_models(monkeypatch)


@pytest.fixture(scope="session")
def redactor() -> Any:
    """The redactor with the default policy (loads spaCy once for the whole session; the
    redaction, ingest and links tests share it, sealed: `tests.shared_models.seal`)."""
    from core.settings import RedactionSettings
    from redaction import build_redactor

    return seal(build_redactor(RedactionSettings()))


@pytest.fixture(scope="session")
def make_redactor(redactor: Any) -> Callable[..., Any]:
    """Build a redactor for another policy, reusing the loaded spaCy engine."""
    from core.settings import RedactionSettings
    from redaction import build_redactor

    def make(**overrides: Any) -> Any:
        settings = RedactionSettings(**overrides)
        return build_redactor(settings, nlp_engine=redactor.analyzer.nlp_engine)

    return make
