"""Word (.docx): body paragraphs and table cells, in document order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from ingest.loaders.base import single_document
from ingest.model import LoadedDocument, LoadError, RecordOptions
from ingest.normalise import normalise_text

# A .docx is a ZIP: refuse archives that would inflate to more than this in memory.
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def load_docx(path: Path, data: bytes, options: RecordOptions) -> list[LoadedDocument]:
    """A .docx file; headers, footers, comments and text boxes are not read."""
    document = _open(path, data)
    blocks = list(_blocks(document))
    text = normalise_text("\n\n".join(blocks))
    return single_document(path, text, title=_title(document))


def _open(path: Path, data: bytes) -> Any:
    import docx

    if data.startswith(_OLE2_MAGIC):
        raise LoadError(path, "is an old binary Word file (.doc); save it as .docx first")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, NotImplementedError) as exc:  # e.g. "zip file version 8.4"
        raise LoadError(path, "is not a readable Word document (not a .docx archive)") from exc
    if unzipped > MAX_UNZIPPED_BYTES:
        raise LoadError(
            path, f"would unzip to {unzipped // (1024 * 1024)} MB, too large to read safely"
        )
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise LoadError(path, "is not a readable Word document (damaged or not a .docx)") from exc


def _blocks(container: Any) -> Any:
    """Paragraph texts and table rows ("cell | cell") of a document or cell, in order."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            yield from _table_rows(item)
        elif item.text.strip():
            yield item.text


def _table_rows(table: Any) -> Any:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans; read it once.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(" ".join(_blocks(cell)).split())
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(cells)


def _title(document: Any) -> str | None:
    title = (document.core_properties.title or "").strip()
    if title:
        return normalise_text(title)
    for paragraph in document.paragraphs:
        style = (paragraph.style.name or "") if paragraph.style is not None else ""
        if style.startswith(("Title", "Heading")) and paragraph.text.strip():
            return normalise_text(paragraph.text)
    return None
