"""Splitting redacted documents into passages sized for the embedder's 256-token window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Passage:
    """A chunk of redacted text and its character span in the redacted document."""

    ordinal: int
    text: str
    start: int
    end: int


class Chunker:
    """LangChain's recursive splitter, measuring length in the embedder's own tokens.

    Splits on paragraphs, then lines, then sentences, then words, so passages stay readable.
    The tokenizer is passed in (built by the composition root from the embedding model).
    """

    def __init__(self, tokenizer: Any, chunk_tokens: int = 200, overlap_tokens: int = 40) -> None:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        def n_tokens(text: str) -> int:
            return len(tokenizer.encode(text, add_special_tokens=False))

        self._splitter = RecursiveCharacterTextSplitter(
            length_function=n_tokens,
            chunk_size=chunk_tokens,
            chunk_overlap=overlap_tokens,
            separators=["\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " ", ""],
            keep_separator="end",
            add_start_index=True,
            strip_whitespace=True,
        )

    def split(self, text: str) -> list[Passage]:
        """Passages in order; `text[start:end] == passage.text` always holds."""
        passages: list[Passage] = []
        for doc in self._splitter.create_documents([text]):
            piece = doc.page_content
            start = int(doc.metadata.get("start_index", -1))
            if start < 0 or text[start : start + len(piece)] != piece:
                start = text.find(piece, passages[-1].start if passages else 0)
            if start < 0 or not piece.strip():
                continue
            passages.append(Passage(len(passages), piece, start, start + len(piece)))
        return passages


def load_tokenizer(model_dir: str) -> Any:
    """The embedding model's tokenizer, from a local folder (offline)."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
