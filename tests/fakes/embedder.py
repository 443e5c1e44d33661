"""A hashing embedder: bag of hashed words, normalised. Same words, same vector."""

from __future__ import annotations

import hashlib
import re

import numpy as np


class _Tokenizer:
    """Counts words as tokens; enough for the chunker's length function."""

    def encode(self, text: str, **_: object) -> list[int]:
        return [0] * len(text.split())

    def tokenize(self, text: str) -> list[str]:
        return text.split()

    def __call__(self, text: str, **_: object) -> dict:
        return {"input_ids": self.encode(text)}


class HashingEmbedder:
    """384-d hashed bag of words."""

    dim = 384
    model_dir = "fake"

    def __init__(self) -> None:
        self.tokenizer = _Tokenizer()
        self.calls = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                h = int(hashlib.md5(word.encode()).hexdigest(), 16)
                out[i, h % self.dim] += 1.0
            norm = np.linalg.norm(out[i])
            if norm:
                out[i] /= norm
            else:
                out[i, 0] = 1.0
        return out
