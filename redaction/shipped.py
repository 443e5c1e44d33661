"""Word lists shipped as package data under redaction/data/: read once, never downloaded."""

from __future__ import annotations

from importlib import resources

from core.errors import LensError


def shipped_lines(file: str, what: str, tool: str, encoding: str = "utf-8") -> frozenset[str]:
    """The non-comment lines of redaction/data/`file`; a missing file is one clear error
    naming `what` it holds and the `tool` that rebuilds it."""
    try:
        text = resources.files("redaction").joinpath("data", file).read_text(encoding)
    except FileNotFoundError as exc:
        raise LensError(
            f"The {what} redaction/data/{file} is missing: reinstall Lens (`make setup`) or "
            f"rebuild it with `.venv/bin/python {tool}`."
        ) from exc
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
