"""What fuzzing the loaders found (issue 9): each failing input, kept as a regression test.

The fuzzers themselves are in tests/ingest/test_fuzz_loaders.py; every case here is an input
one of them (or atheris in CI) once broke the loaders' contract with: documents, or one clear
LoadError naming the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.loaders import load_file
from ingest.model import LoadError
from ingest.normalise import normalise_text
from lens.commands.state import record_options


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("huge.json", b'{"text": "a", "id": ' + b"9" * 5000 + b"}", "has"),
        ("huge.jsonl", b'{"text": "a"}\n{"n": -' + b"1" * 4301 + b"}", "line 2 has"),
    ],
)
def test_when_json_holds_a_number_past_the_digit_limit_then_a_clear_error(
    write, name, content, reason
) -> None:
    path = write(name, content)
    with pytest.raises(LoadError) as caught:
        load_file(path)
    assert str(caught.value) == f"{path}: {reason} a number too long to read (over 4300 digits)."


@pytest.mark.parametrize(
    ("damage", "replacement"),
    [
        (b"1 0 obj\n<<", b"1 0 obj\x0b<<"),  # the catalog is not an object
        (b"<< /Type /Catalog", b"<= /Type /Catalog"),  # "<" opens a hex string
    ],
)
def test_when_a_pdf_catalog_is_damaged_then_it_is_refused_as_unreadable(
    write, make_pdf, damage, replacement
) -> None:
    good = make_pdf(["Forced labour on a fishing boat"])
    assert damage in good
    path = write("damaged.pdf", good.replace(damage, replacement, 1))
    with pytest.raises(LoadError) as caught:
        load_file(path)
    assert str(caught.value) == f"{path}: is not a readable PDF (the file is damaged or not a PDF)."


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_when_a_jsonl_string_holds_a_unicode_line_separator_then_the_record_is_kept(
    write, separator
) -> None:
    lines = [{"id": "a", "text": f"one{separator}two"}, {"id": "b", "text": "three"}]
    path = write("sep.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    docs = load_file(path, record_options("text", "id", ""))
    assert [(d.source_ref, d.text) for d in docs] == [
        ("sep.jsonl#a", normalise_text(f"one{separator}two")),
        ("sep.jsonl#b", "three"),
    ]


@pytest.mark.parametrize("control", ["\x01", "\x08", "\x0b", "\x0c", "\x1f"])
def test_when_html_text_holds_a_control_character_then_the_page_still_loads(write, control) -> None:
    # Only an aside: trafilatura finds no main text, so the fallback extraction runs.
    path = write("page.html", f"<html><body><aside>Boat{control} crew</aside></body></html>")
    docs = load_file(path)
    assert [(d.title, d.text) for d in docs] == [("Boat crew", "Boat crew")]


def test_when_a_column_name_holds_a_line_break_then_the_error_stays_on_one_line(write) -> None:
    # Spreadsheet headers often carry a line break (Alt+Enter in Excel).
    path = write("multi.csv", '"Date of\nincident",Notes\n2024-01-01,seen at the port\n')
    with pytest.raises(LoadError) as caught:
        load_file(path, record_options("Summary\u2028", None, ""))
    assert str(caught.value) == (
        f"{path}: has no text column 'Summary\\u2028' (available: Date of\\nincident, Notes)."
    )


def test_when_a_docx_member_needs_an_unknown_zip_version_then_a_clear_error(tmp_path) -> None:
    """Found by atheris in CI: zipfile raises NotImplementedError('zip file version 8.4'),
    not BadZipFile, for a header claiming a newer zip version."""
    path = tmp_path / "report.docx"
    path.write_bytes((REPO_CASES / "zip-version-8.4.docx").read_bytes())
    with pytest.raises(LoadError) as caught:
        load_file(path)
    assert str(caught.value) == (f"{path}: is not a readable Word document (not a .docx archive).")


REPO_CASES = Path(__file__).parent / "fuzz_cases"
