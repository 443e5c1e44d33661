"""One value of a trafficking facet (see `core.taxonomy`, which re-exports it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    """One value of a facet."""

    key: str
    description: str
    cues: tuple[str, ...]
