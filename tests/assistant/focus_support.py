"""A fake corpus for the focus-check tests (the `finder` fixture is in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable


def counts(**known: int) -> Callable[[str], int]:
    """A corpus that holds the given words in that many visible chunks, and nothing else."""
    return lambda word: known.get(word, 0)
