"""PDF and Word loaders: text layers, titles, and the refusals for files they cannot read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ingest.loaders import load_file
from ingest.model import LoadError, RecordOptions

MB = 1024 * 1024


def _load(path: Path):
    return load_file(path, RecordOptions(), 20 * MB)


def _refusal(path: Path) -> str:
    with pytest.raises(LoadError) as caught:
        _load(path)
    return str(caught.value)


# --- PDF -----------------------------------------------------------------------------------------


def test_when_a_pdf_has_a_text_layer_then_pages_become_paragraphs(write, make_pdf) -> None:
    path = write("report.pdf", make_pdf(["Page one, line one\nline  two", "Page (two)"]))
    [doc] = _load(path)
    assert doc.text == "Page one, line one\nline two\n\nPage (two)"
    assert doc.source_ref == "report.pdf"
    assert doc.title == "Page one, line one"
    assert doc.meta == {"pages": 2}


@pytest.mark.parametrize(
    ("metadata_title", "expected"),
    [
        ("Annual Report 2023", "Annual Report 2023"),
        ("Microsoft Word - draft3.docx", "First line"),
        ("", "First line"),
    ],
)
def test_when_a_pdf_has_metadata_then_a_real_title_is_used(
    write, make_pdf, metadata_title: str, expected: str
) -> None:
    path = write("titled.pdf", make_pdf(["First line\nbody"], title=metadata_title))
    assert _load(path)[0].title == expected


def test_when_a_pdf_is_encrypted_then_it_is_refused_as_encrypted(write, make_encrypted_pdf) -> None:
    data = make_encrypted_pdf("secret", user_password="pw", owner_password="o")
    path = write("locked.pdf", data)
    assert _refusal(path) == f"{path}: is encrypted; remove the password and try again."


def test_when_a_pdf_only_has_an_owner_password_then_it_loads(write, make_encrypted_pdf) -> None:
    data = make_encrypted_pdf("No print allowed", user_password="", owner_password="owner")
    [doc] = _load(write("restricted.pdf", data))
    assert doc.text == "No print allowed"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", id="truncated"),
        pytest.param(b"this is plain text with a pdf name", id="not-a-pdf"),
        pytest.param(None, id="real-pdf-with-zeroed-tail"),
    ],
)
def test_when_a_pdf_is_corrupt_then_it_is_refused_as_unreadable(
    write, make_pdf, data: bytes | None
) -> None:
    path = write("broken.pdf", data or make_pdf(["ok"])[:60] + b"\x00" * 200)
    assert "is not a readable PDF" in (message := _refusal(path))
    assert message.startswith(f"{path}: ")


def test_when_a_pdf_has_no_text_layer_then_it_is_refused_as_scanned(write, make_blank_pdf) -> None:
    path = write("scan.pdf", make_blank_pdf())
    assert _refusal(path) == f"{path}: has no text layer (scanned?); run OCR on it first."


# --- DOCX ----------------------------------------------------------------------------------------


def _docx(path: Path, *, title: str = "") -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_heading("Interview notes", level=1)
    document.add_paragraph("The  witness described\u00a0the recruiter.")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).text = "Role"
    table.cell(1, 0).text = "A. Recruiter"
    table.cell(1, 1).text = "Broker"
    merged = table.cell(0, 2).merge(table.cell(1, 2))
    merged.text = "Merged note"
    document.add_paragraph("After the table.")
    document.save(str(path))
    return path


def test_when_a_docx_is_loaded_then_paragraphs_and_table_cells_are_read_in_order(
    tmp_path: Path,
) -> None:
    [doc] = _load(_docx(tmp_path / "interview.docx"))
    assert doc.text == (
        "Interview notes\n\nThe witness described the recruiter.\n\n"
        "Name | Role | Merged note\n\nA. Recruiter | Broker | Merged note\n\nAfter the table."
    )
    assert doc.title == "Interview notes"
    assert doc.source_ref == "interview.docx"


def test_when_a_docx_has_a_core_title_then_it_is_the_title(tmp_path: Path) -> None:
    [doc] = _load(_docx(tmp_path / "t.docx", title="Case 42 interview"))
    assert doc.title == "Case 42 interview"


def test_when_a_docx_has_no_text_then_it_is_empty(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    assert _refusal(path) == f"{path}: is empty."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"not a zip at all", "is not a readable Word document", id="not-a-zip"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 40, "is not a readable Word document", id="bad-zip"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "old binary Word file",
                     id="legacy-doc"),
    ],
)  # fmt: skip
def test_when_a_docx_is_corrupt_then_it_is_refused_clearly(write, data: bytes, reason: str) -> None:
    path = write("broken.docx", data)
    assert reason in (message := _refusal(path))
    assert message.startswith(f"{path}: ")


def test_when_a_zip_is_not_a_word_document_then_it_is_refused(write) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "just a zip")
    path = write("fake.docx", buffer.getvalue())
    assert "is not a readable Word document" in _refusal(path)


def test_when_a_docx_would_unzip_too_large_then_it_is_refused(
    write, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.loaders.docx as docx_loader

    monkeypatch.setattr(docx_loader, "MAX_UNZIPPED_BYTES", 1000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<a/>" * 1000)
    path = write("bomb.docx", buffer.getvalue())
    assert "too large to read safely" in _refusal(path)
