"""The torch embedder: sentence-transformers' vectors, bit for bit, without importing it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.errors import LensError
from retrieval.embedder import TorchEmbedder, bundled_model_dir
from tests.conftest import REPO


def corpus_texts() -> list[str]:
    """Texts of many lengths: demo documents cut short, whole, past the 256-token limit."""
    texts = []
    for path in sorted((REPO / "demo" / "docs").rglob("*.txt"))[:10]:
        text = path.read_text(encoding="utf-8", errors="replace")
        texts += [text[:60], text[:700], text]
    return [
        *texts,
        "passports confiscated by the employer",
        "",
        "  leading and trailing spaces  ",
        "Ünïcödé naïve café 東京 Łódź",
        "word " * 600,
    ]


@pytest.fixture(scope="module")
def pair() -> tuple[TorchEmbedder, object]:
    from sentence_transformers import SentenceTransformer

    model_dir = bundled_model_dir()
    reference = SentenceTransformer(model_dir, device="cpu", local_files_only=True)
    return TorchEmbedder(model_dir, batch_size=32, threads=2), reference


def reference_vectors(model: object, texts: list[str], batch_size: int) -> np.ndarray:
    vectors = model.encode(  # type: ignore[attr-defined]
        texts,
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)


@pytest.mark.slow
@pytest.mark.parametrize("batch_size", [1, 7, 32])
def test_when_texts_are_embedded_then_vectors_equal_sentence_transformers_bit_for_bit(
    pair: tuple[TorchEmbedder, object], batch_size: int
) -> None:
    ours, reference = pair
    texts = corpus_texts()
    ours._batch = batch_size
    try:
        got = ours.embed(texts)
    finally:
        ours._batch = 32
    want = reference_vectors(reference, texts, batch_size)
    assert got.dtype == np.float32
    assert got.shape == want.shape == (len(texts), 384)
    assert np.array_equal(got, want)


@pytest.mark.slow
def test_when_the_chunker_counts_tokens_then_counts_equal_sentence_transformers(
    pair: tuple[TorchEmbedder, object],
) -> None:
    ours, reference = pair
    theirs = reference.tokenizer  # type: ignore[attr-defined]
    assert ours.tokenizer.model_max_length == theirs.model_max_length == 256
    for text in corpus_texts():
        assert ours.tokenizer.encode(text, add_special_tokens=False) == theirs.encode(
            text, add_special_tokens=False
        )


@pytest.mark.slow
def test_when_nothing_is_given_then_an_empty_matrix(pair: tuple[TorchEmbedder, object]) -> None:
    assert pair[0].embed([]).shape == (0, 384)


@pytest.mark.slow
def test_when_a_process_embeds_then_sentence_transformers_is_never_imported() -> None:
    code = (
        "import sys; from retrieval.embedder import TorchEmbedder, bundled_model_dir; "
        "TorchEmbedder(bundled_model_dir()).embed(['a text']); "
        "print(sorted(m for m in ('sentence_transformers', 'sklearn') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("modules", "pooling", "config"),
    [
        (["Transformer", "Pooling"], {"pooling_mode_mean_tokens": True}, {}),
        (["Transformer", "Pooling", "Normalize"], {"pooling_mode_cls_token": True}, {}),
        (
            ["Transformer", "Pooling", "Normalize"],
            {"pooling_mode_mean_tokens": True},
            {"do_lower_case": True},
        ),
    ],
)
def test_when_the_model_is_not_mean_pooled_and_normalised_then_one_clear_error(
    tmp_path: Path, modules: list[str], pooling: dict[str, bool], config: dict[str, bool]
) -> None:
    (tmp_path / "modules.json").write_text(
        json.dumps([{"type": f"sentence_transformers.models.{m}"} for m in modules])
    )
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    (tmp_path / "sentence_bert_config.json").write_text(json.dumps(config))
    with pytest.raises(LensError, match="embedding model in"):
        TorchEmbedder(str(tmp_path))


def test_when_the_folder_is_missing_then_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LensError, match="does not exist"):
        TorchEmbedder(str(tmp_path / "nowhere"))
