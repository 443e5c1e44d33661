"""Contextual chunk headers: the text a passage is embedded as.

A passage cut from the middle of a report often never names what the report is about (the
country, the case, the operation); its vector then matches a question about that subject only
by its own words. Embedding the passage with its document's title as a first line gives every
passage of a report that context. Only the vector changes: the stored passage text, what BM25
indexes and what answers quote stay the passage alone.
"""

from __future__ import annotations


def header_text(title: str, text: str) -> str:
    """The passage as the embedder reads it: the document title, a line break, the passage."""
    title = " ".join((title or "").split())
    return f"{title}\n{text}" if title else text
