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


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    """Wait until the server listens, or fail with its output."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if port_open("127.0.0.1", port):
            return
        if proc.poll() is not None:
            out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
            raise RuntimeError(f"server exited with {proc.returncode}: {out[-2000:]}")
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not listen on {port} within {timeout}s")


@contextmanager
def server(cmd: list[str], port: int, env: dict | None = None) -> Iterator[str]:
    """Run a server process; yield its base URL."""
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
    )
    try:
        wait_for_port(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def chroma_server(path: Path) -> Iterator[str]:
    """A real `chroma run` on a free loopback port."""
    port = free_port()
    cmd = [str(BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1",
           "--port", str(port)]
    with server(cmd, port) as url:
        yield url
