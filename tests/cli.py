"""Running the real `lens` console script in a subprocess, for end-to-end tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LENS = str(Path(sys.executable).parent / "lens")


def run_lens(home: Path, *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    """`lens ARGS` with LENS_HOME=home; output captured as text."""
    return subprocess.run(
        [LENS, *args],
        capture_output=True,
        text=True,
        input=input,
        check=False,
        env={**os.environ, "LENS_HOME": str(home)},
    )


def hub_with_analyst(home: Path, name: str = "ana") -> None:
    """A fresh hub with one organisation and one confidential-clearance analyst."""
    for args in (
        ("init",),
        ("orgs", "add", "Harbour Light", "--sector", "ngo"),
        (
            "users",
            "add",
            name,
            "--org",
            "Harbour Light",
            "--role",
            "analyst",
            "--clearance",
            "3",
            "--no-password",
        ),
    ):
        proc = run_lens(home, *args)
        assert proc.returncode == 0, proc.stderr
