"""discover() and load_file(): dispatch, limits, plain text, Markdown and HTML."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.loaders import SUPPORTED, discover, load_file
from ingest.model import LoadError, RecordOptions

MB = 1024 * 1024


def test_when_supported_is_read_then_it_lists_every_cli_format() -> None:
    assert {".txt", ".md", ".html", ".pdf", ".docx", ".csv", ".json", ".jsonl"} <= SUPPORTED


# --- discover -------------------------------------------------------------------------------


def test_when_a_folder_mixes_good_and_bad_files_then_all_good_files_load_and_bad_ones_error(
    tmp_path: Path, write
) -> None:
    write("b.txt", "Second file")
    write("a.md", "# First\n\nMarkdown body")
    write("sub/c.csv", "id,text\n1,Row one\n")
    write("sub/deeper/d.html", "<html><body><p>Deep page</p></body></html>")
    write("broken.pdf", b"%PDF-1.4\nnot really a pdf")
    write("photo.png", b"\x89PNG\r\n\x1a\nIHDR")
    write(".hidden.txt", "skipped")
    write(".git/config.txt", "skipped")
    write("~$a.docx", b"lock file")

    files, errors = discover([tmp_path, tmp_path / "missing.txt"])

    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "a.md", "b.txt", "broken.pdf", "sub/c.csv", "sub/deeper/d.html",
    ]  # fmt: skip
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'photo.png'}: has an unsupported type '.png' (supported: .csv, .docx, "
        ".htm, .html, .json, .jsonl, .markdown, .md, .pdf, .txt).",
        f"{tmp_path / 'missing.txt'}: does not exist.",
    ]
    loaded, failed = {}, {}
    for path in files:
        try:
            loaded[path.name] = load_file(path, RecordOptions(), 20 * MB)
        except LoadError as error:
            failed[path.name] = error.reason
    assert sorted(loaded) == ["a.md", "b.txt", "c.csv", "d.html"]
    assert failed == {"broken.pdf": "is not a readable PDF (the file is damaged or not a PDF)"}


def test_when_a_file_is_named_twice_then_discover_lists_it_once(tmp_path: Path, write) -> None:
    path = write("a.txt", "text")
    files, errors = discover([path, tmp_path])
    assert files == [path]
    assert errors == []


def test_when_a_hidden_file_is_named_explicitly_then_discover_keeps_it(write) -> None:
    path = write(".notes.txt", "text")
    assert discover([path]) == ([path], [])


# --- load_file: refusals that name the file ----------------------------------------------------


def test_when_a_file_is_over_the_limit_then_it_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * MB)  # sparse: instant, no 50 MB written

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(LoadError) as caught:
        load_file(path, RecordOptions(), 20 * MB)
    assert str(caught.value) == f"{path}: is 50.0 MB, over the 20 MB limit."


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        pytest.param("empty.txt", b"", "is empty", id="zero-bytes"),
        pytest.param("blank.md", b"  \n\t\r\n \n", "is empty", id="whitespace-only"),
        pytest.param("nbsp.txt", "\u00a0\u200b\n".encode(), "is empty", id="invisible-only"),
        pytest.param("empty.csv", b"", "is empty", id="zero-byte-csv"),
        pytest.param("empty.pdf", b"", "is empty", id="zero-byte-pdf"),
        pytest.param("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image",
                     id="png-as-txt"),
        pytest.param("program.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00", "is an ELF executable",
                     id="elf-as-txt"),
        pytest.param("report.md", b"PK\x03\x04\x14\x00\x06\x00", "is a ZIP archive",
                     id="docx-renamed-md"),
        pytest.param("data.txt", b"abc\x00\x01\x02\x00def", "contains NUL bytes", id="nul-bytes"),
        pytest.param("garbage.txt", bytes(range(0x80, 0x100)) * 8, "could not be decoded as text",
                     id="undecodable"),
        pytest.param("slides.pptx", b"PK\x03\x04", "has an unsupported type '.pptx' (supported: ",
                     id="unknown-extension"),
        pytest.param("README", b"text", "has an unsupported type no extension", id="no-extension"),
    ],
)  # fmt: skip
def test_when_a_file_is_bad_then_load_file_raises_one_sentence_naming_it(
    write, name: str, content: bytes, reason: str
) -> None:
    path = write(name, content)
    with pytest.raises(LoadError) as caught:
        load_file(path, RecordOptions(), 20 * MB)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert message.endswith(".")
    assert "\n" not in message


def test_when_a_path_is_missing_then_load_file_says_it_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"gone\.txt: does not exist\.$"):
        load_file(tmp_path / "gone.txt", RecordOptions(), 20 * MB)


def test_when_a_parser_fails_unexpectedly_then_the_error_is_one_sentence(
    write, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.loaders as loaders

    def explode(path: Path, data: bytes, options: RecordOptions) -> list:
        raise KeyError("/Root")

    monkeypatch.setitem(loaders._LOADERS, ".txt", explode)
    path = write("odd.txt", "fine text")
    with pytest.raises(LoadError) as caught:
        load_file(path, RecordOptions(), 20 * MB)
    expected = f"{path}: could not be read (unexpected KeyError in the .txt reader)."
    assert str(caught.value) == expected
    assert isinstance(caught.value.__cause__, KeyError)


def test_when_the_extension_is_upper_case_then_the_file_still_loads(write, make_pdf) -> None:
    path = write("REPORT.PDF", make_pdf(["Upper case name"]))
    assert load_file(path, RecordOptions(), 20 * MB)[0].text == "Upper case name"


# --- text and Markdown ---------------------------------------------------------------------------


def test_when_a_txt_file_is_loaded_then_text_title_and_ref_come_from_it(write) -> None:
    path = write(
        "case-17.txt",
        b"\xef\xbb\xbfIncident  report\r\n\r\n\r\n\r\nWorkers\xc2\xa0were recruited.\r\n",
    )
    [doc] = load_file(path, RecordOptions(), 20 * MB)
    assert doc.source_ref == "case-17.txt"
    assert doc.title == "Incident report"
    assert doc.text == "Incident report\n\nWorkers were recruited."
    assert doc.path == path
    assert doc.doc_date is None
    assert doc.meta == {}


def test_when_a_cp1252_txt_is_loaded_then_smart_quotes_are_repaired(write) -> None:
    path = write("legacy.txt", b"She said \x93we had no choice\x94 \x96 twice.")
    [doc] = load_file(path, RecordOptions(), 20 * MB)
    assert doc.text == 'She said "we had no choice" – twice.'


@pytest.mark.parametrize(
    ("first_lines", "expected"),
    [
        ("Date: 2024-03-05\nBody", date(2024, 3, 5)),
        ("Report\nDate: 5 March 2024\nBody", date(2024, 3, 5)),
        ("**Date:** March 5, 2024\nBody", date(2024, 3, 5)),
        ("Date: 03/05/2024\nBody", None),  # day/month order unclear: not guessed
        ("Body first\n" * 12 + "Date: 2024-03-05", None),  # too far down to be a header
    ],
)
def test_when_a_leading_date_line_is_present_then_it_sets_doc_date(
    write, first_lines: str, expected: date | None
) -> None:
    [doc] = load_file(write("dated.txt", first_lines), RecordOptions(), 20 * MB)
    assert doc.doc_date == expected


def test_when_the_first_line_is_long_then_the_title_is_cut_to_120_chars(write) -> None:
    """The loader keeps the line whole for redaction; the redacted title is cut to 120."""
    from ingest.loaders.base import truncate_title

    [doc] = load_file(write("long.txt", "word " * 100), RecordOptions(), 20 * MB)
    assert doc.title == ("word " * 100).strip()
    stored = truncate_title(doc.title)
    assert len(stored) <= 120
    assert stored.endswith("word…")


def test_when_a_markdown_file_is_loaded_then_the_first_heading_is_the_title(write) -> None:
    text = "```\n# not a heading\n```\n\nIntro line\n\n## Findings ##\n\n- point *one*\n"
    [doc] = load_file(write("notes.md", text), RecordOptions(), 20 * MB)
    assert doc.title == "Findings"
    assert doc.text == text.strip()  # Markdown is kept as written


def test_when_markdown_has_front_matter_then_its_title_and_date_are_used(write) -> None:
    text = '---\ntitle: "Field visit"\ndate: 2023-11-02\n---\n\n# Heading\n\nBody'
    [doc] = load_file(write("visit.md", text), RecordOptions(), 20 * MB)
    assert (doc.title, doc.doc_date) == ("Field visit", date(2023, 11, 2))


def test_when_markdown_has_no_heading_then_the_first_line_is_the_title(write) -> None:
    [doc] = load_file(write("plain.md", "Just a line\n\nmore"), RecordOptions(), 20 * MB)
    assert doc.title == "Just a line"


# --- HTML ----------------------------------------------------------------------------------------

ARTICLE = (
    "<!DOCTYPE html><html><head><title>Raid frees 20 workers</title>"
    '<meta property="article:published_time" content="2024-06-01T08:00:00Z"></head><body>'
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/donate'>Donate</a></nav>"
    "<article><h1>Raid frees 20 workers</h1>"
    + "<p>Police found twenty workers whose passports were taken by the employer.</p>"
    * 3
    + "<p>The workers had been recruited online with false promises of hotel jobs.</p></article>"
    "<div class='comments'><p>Comment: great work!</p></div>"
    "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"
)


def test_when_an_html_page_is_loaded_then_only_the_main_text_is_kept(write) -> None:
    [doc] = load_file(write("raid.html", ARTICLE), RecordOptions(), 20 * MB)
    assert doc.title == "Raid frees 20 workers"
    assert doc.doc_date == date(2024, 6, 1)
    assert "passports were taken" in doc.text
    assert "false promises of hotel jobs" in doc.text
    assert "Copyright" not in doc.text
    assert "Donate" not in doc.text
    assert "\n\n" in doc.text  # paragraphs stay apart


def test_when_trafilatura_finds_nothing_then_the_body_text_is_used(
    write, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    page = (
        "<html><head><title>T</title><style>p{}</style></head><body><h2>Notice</h2>"
        "<p>First <b>para</b>.</p><script>var x = 1;</script><div>Second</div></body></html>"
    )
    [doc] = load_file(write("bare.htm", page), RecordOptions(), 20 * MB)
    assert doc.text == "Notice\n\nFirst para.\n\nSecond"
    assert doc.title == "T"


def test_when_html_has_no_title_then_the_first_heading_is_used(write) -> None:
    page = "<html><body><h1>Hotline  numbers</h1><p>Call 0800 for help.</p></body></html>"
    [doc] = load_file(write("hotline.html", page), RecordOptions(), 20 * MB)
    assert doc.title == "Hotline numbers"


def test_when_html_declares_a_legacy_charset_then_it_is_honoured(write) -> None:
    page = (
        '<html><head><meta charset="windows-1251"><title>Отчёт</title></head>'
        "<body><p>Жертвы торговли людьми.</p></body></html>"
    ).encode("cp1251")
    [doc] = load_file(write("ru.html", page), RecordOptions(), 20 * MB)
    assert doc.title == "Отчёт"
    assert "Жертвы торговли людьми." in doc.text


def test_when_xhtml_has_an_xml_declaration_then_it_still_parses(write) -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>X</title></head><body><p>XHTML body text.</p></body></html>"
    )
    [doc] = load_file(write("page.html", page), RecordOptions(), 20 * MB)
    assert "XHTML body text." in doc.text


@pytest.mark.parametrize(
    "page",
    ["<html><body></body></html>", "<html><body><script>x()</script></body></html>", "   "],
)
def test_when_html_has_no_text_then_it_is_empty(write, page: str) -> None:
    with pytest.raises(LoadError, match=r"empty\.html: is empty\.$"):
        load_file(write("empty.html", page), RecordOptions(), 20 * MB)
