"""PDF: the text layer, page by page. No OCR: a scanned PDF is refused, not guessed at."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

from ingest.loaders.base import single_document
from ingest.model import LoadedDocument, LoadError, RecordOptions
from ingest.normalise import normalise_text

# Titles that PDF producers write when the author set none.
_PLACEHOLDER_TITLE_PREFIXES = ("microsoft word - ", "untitled", "document")


def load_pdf(path: Path, data: bytes, options: RecordOptions) -> list[LoadedDocument]:
    """A PDF with a text layer; encrypted, corrupt and image-only PDFs are refused."""
    # pypdf logs recoverable damage (broken xref tables...) as warnings; they name byte
    # offsets, never content, but they are noise for the person ingesting.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = _open(path, data)
    pages: list[str] = []
    unreadable: list[str] = []
    for number in range(1, len(reader.pages) + 1):
        try:  # fetching a page parses it: a damaged page object fails here, not only its text
            pages.append(reader.pages[number - 1].extract_text() or "")
        except Exception:  # one damaged page should not lose the rest
            unreadable.append(str(number))
    if not pages and not unreadable:
        raise LoadError(path, "is empty (it has no pages)")
    if not pages:
        raise LoadError(path, "is not a readable PDF (no page could be read)")
    text = normalise_text("\n\n".join(pages))
    meta: dict[str, object] = {"pages": len(pages) + len(unreadable)}
    if unreadable:
        meta["unreadable_pages"] = ", ".join(unreadable)
    return single_document(
        path,
        text,
        title=_metadata_title(reader),
        meta=meta,
        empty_reason="has no text layer (scanned?); run OCR on it first",
    )


def _open(path: Path, data: bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
    except DependencyError as exc:  # AES without the `cryptography` package
        raise LoadError(path, "is encrypted with a method this install cannot open") from exc
    except Exception as exc:
        raise LoadError(path, "is not a readable PDF (the file is damaged or not a PDF)") from exc
    if reader.is_encrypted:
        # PdfReader already tried the empty user password, which owner-only protected PDFs
        # (copy/print restrictions) open with; anything else needs a password we don't have.
        try:
            len(reader.pages)
        except (FileNotDecryptedError, DependencyError) as exc:
            raise LoadError(path, "is encrypted; remove the password and try again") from exc
        except Exception as exc:
            raise LoadError(path, "is encrypted and could not be opened") from exc
    try:
        len(reader.pages)  # pypdf parses lazily: a damaged catalog or page tree shows up here
    except Exception as exc:
        raise LoadError(path, "is not a readable PDF (the file is damaged or not a PDF)") from exc
    return reader


def _metadata_title(reader: Any) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # damaged info dictionary: fall back to the first line
        return None
    if not isinstance(title, str):
        return None
    title = normalise_text(title)
    if not title or title.lower().startswith(_PLACEHOLDER_TITLE_PREFIXES):
        return None
    return title
