"""Real servers started by the test run on free loopback ports, stopped afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import free_port, port_open

BIN = Path(sys.executable).parent


def wait_for_port(port: int, proc: subprocess.Popen, log: Path, timeout: float = 90.0) -> None:
    """Wait until the server listens, or fail with the tail of its log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if port_open("127.0.0.1", port):
            return
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"server exited with {proc.returncode}: {tail}")
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not listen on {port} within {timeout}s")


@contextmanager
def server(
    cmd: list[str],
    port: int,
    env: dict | None = None,
    *,
    log: Path | None = None,
    timeout: float = 90.0,
) -> Iterator[str]:
    """Run a server process (output to a log file, never a pipe that can fill); yield its URL.

    Without `log` the output goes to a temporary file, removed afterwards.
    """
    import tempfile

    keep = log is not None
    log = log or Path(tempfile.mkstemp(prefix="lens-test-server-", suffix=".log")[1])
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
        )
    try:
        wait_for_port(port, proc, log, timeout)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        if not keep:
            log.unlink(missing_ok=True)


@contextmanager
def lens_serve(
    home: Path, env: dict | None = None, *, log: Path | None = None, timeout: float = 180.0
) -> Iterator[str]:
    """`lens serve` on a hub, on a free port; output to `log` (default <home>/serve.log)."""
    port = free_port()
    cmd = [str(BIN / "lens"), "serve", "--port", str(port)]
    with server(
        cmd,
        port,
        {"LENS_HOME": str(home), **(env or {})},
        log=log or home / "serve.log",
        timeout=timeout,
    ) as url:
        yield url


@contextmanager
def chroma_server(path: Path) -> Iterator[str]:
    """A real `chroma run` on a free loopback port."""
    port = free_port()
    cmd = [
        str(BIN / "chroma"),
        "run",
        "--path",
        str(path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with server(cmd, port) as url:
        yield url


@contextmanager
def llama_server(model_path: Path) -> Iterator[str]:
    """A real llama.cpp OpenAI-compatible server (llama-cpp-python[server]) on loopback."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        "--n_threads",
        "2",
    ]
    with server(cmd, port) as url:
        yield url
