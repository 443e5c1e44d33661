"""Sentence vectors of a passage, and the best sentence match of a query among passages.

A passage vector averages every sentence of a chunk, so a question asked about one detail in
a long passage (a paraphrase sharing few words with it) matches the whole passage weakly. The
sentence vectors let search see how well the passage's best sentence matches instead.

They are pooled from the passage's own token embeddings over each sentence's character span,
in the same forward pass that gives the passage vector (mean pooling over all tokens, as
sentence-transformers does for MiniLM), so ingest pays a few array operations per passage, not
a second model pass. An embedder without token outputs (the hashing fake of the tests) embeds
the sentences on their own instead.

Stored as int8 (a vector of unit length scaled by 127): a cosine is off by well under 0.01,
and a passage of ten sentences costs about 4 KB.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

# A sentence ends at . ! ? (and a closing quote or bracket) before a space, or at a line break.
_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
_MIN_CHARS = 12  # shorter pieces (a heading, a list number) join the sentence after them


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a passage (short pieces merged forward)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.start()
        if len(text[start:end].strip()) >= _MIN_CHARS:
            spans.append((start, end))
            start = m.end()
    if text[start:].strip():
        if spans and len(text[start:].strip()) < _MIN_CHARS:
            spans[-1] = (spans[-1][0], len(text))
        else:
            spans.append((start, len(text)))
    return spans


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return (rows / np.clip(norms, 1e-12, None)).astype(np.float32)


def pool_sentences(
    tokens: np.ndarray, offsets: np.ndarray, spans: list[tuple[int, int]]
) -> np.ndarray:
    """Unit mean of the token vectors inside each span (spans cut off by truncation, none)."""
    real = offsets[:, 1] > offsets[:, 0]  # special tokens have empty offsets
    rows = []
    for s, e in spans:
        inside = real & (offsets[:, 0] >= s) & (offsets[:, 1] <= e)
        if inside.any():
            rows.append(tokens[inside].mean(axis=0))
    if not rows:
        return np.zeros((0, tokens.shape[1]), dtype=np.float32)
    return _unit(np.asarray(rows, dtype=np.float32))


def embed_with_sentences(embedder: Any, texts: list[str]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Passage vectors (as `embedder.embed` gives them) and each passage's sentence vectors."""
    spans = [sentence_spans(t) for t in texts]
    if hasattr(embedder, "embed_tokens"):
        passages, sentences = [], []
        for (tokens, offsets), sp in zip(embedder.embed_tokens(texts), spans, strict=True):
            passages.append(tokens.mean(axis=0))
            sentences.append(pool_sentences(tokens, offsets, sp))
        if not passages:
            return np.zeros((0, embedder.dim), dtype=np.float32), []
        return _unit(np.asarray(passages, dtype=np.float32)), sentences
    flat = [t[s:e] for t, sp in zip(texts, spans, strict=True) for s, e in sp]
    vecs = embedder.embed(flat) if flat else np.zeros((0, embedder.dim), dtype=np.float32)
    out, i = [], 0
    for sp in spans:
        out.append(vecs[i : i + len(sp)])
        i += len(sp)
    return embedder.embed(texts), out


def pack(vectors: np.ndarray) -> bytes:
    """Unit vectors as int8 bytes (row-major)."""
    return np.clip(np.rint(vectors * 127.0), -127, 127).astype(np.int8).tobytes()


def unpack(blob: bytes, dim: int) -> np.ndarray:
    """The rows `pack` stored, as float32 (about unit length)."""
    return np.frombuffer(blob, dtype=np.int8).reshape(-1, dim).astype(np.float32) / 127.0


def best_sentence(query: np.ndarray, sentences: np.ndarray) -> float | None:
    """Highest cosine between the query and any sentence (None without sentences)."""
    if sentences.size == 0:
        return None
    return float((sentences @ query).max())
