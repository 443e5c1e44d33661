"""The floors hold: arrows point down (import-linter's contract in pyproject.toml), and no
package reaches into another's private parts. CI runs `make test` only, so this is where a
shortcut up a floor fails the build."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

PACKAGES = ("core", "redaction", "ingest", "retrieval", "prompts", "assistant", "lens", "ui")


def sources() -> dict[Path, str]:
    """Every module of the product."""
    return {
        p: p.read_text(encoding="utf-8") for pkg in PACKAGES for p in (REPO / pkg).rglob("*.py")
    }


def test_when_imports_are_linted_then_every_arrow_points_down() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    args = [str(lint), "--no-cache", "--no-logo"]
    proc = subprocess.run(args, cwd=REPO, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-1000:]
    assert "1 kept, 0 broken" in proc.stdout


def test_when_code_uses_the_pipeline_then_only_through_its_public_methods() -> None:
    private = re.compile(r"pipeline\._[a-z]\w*\(")
    offenders = [
        f"{path.relative_to(REPO)}: {m.group(0)}"
        for path, text in sources().items()
        if path != REPO / "ingest" / "pipeline.py"
        for m in private.finditer(text)
    ]
    assert offenders == []
