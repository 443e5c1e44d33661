"""Helpers for pattern-level recognizer tests (no spaCy)."""

from __future__ import annotations

from typing import Any

THRESHOLD = 0.4


def spans(recognizer: Any, text: str, threshold: float = THRESHOLD) -> list[tuple[int, int]]:
    """Sorted (start, end) of the results scoring at least `threshold`."""
    entities = recognizer.supported_entities
    results = recognizer.analyze(text, entities, nlp_artifacts=None)
    return sorted((r.start, r.end) for r in results if r.score >= threshold)


def where(text: str, *values: str) -> list[tuple[int, int]]:
    """Exact (start, end) of each value's first occurrence in text, sorted."""
    out = []
    for value in values:
        start = text.index(value)
        out.append((start, start + len(value)))
    return sorted(out)


def merged(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping results joined, as the engine joins them."""
    out: list[tuple[int, int]] = []
    for start, end in found:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
