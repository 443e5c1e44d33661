"""Decoding and normalisation: exact expected strings for every repair."""

from __future__ import annotations

import pytest

from ingest.model import LoadError
from ingest.normalise import decode_bytes, normalise_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("donâ€™t stop", "don't stop", id="utf8-read-as-cp1252-mojibake"),
        pytest.param("Ã©tÃ© Ã  Paris", "été à Paris", id="accent-mojibake"),
        pytest.param("\x93quoted\x94", '"quoted"', id="cp1252-quotes-read-as-latin1"),
        pytest.param("“curly” ‘single’", "\"curly\" 'single'", id="curly-quotes-straightened"),
        pytest.param("a\r\nb\rc", "a\nb\nc", id="crlf-and-cr"),
        pytest.param("page one\fpage two", "page one\npage two", id="form-feed"),
        pytest.param("line\u2028next", "line\nnext", id="unicode-line-separator"),
        pytest.param("50\u00a0km", "50 km", id="nbsp"),
        pytest.param("10\u202f000 people", "10 000 people", id="narrow-nbsp"),
        pytest.param("es\u200bcort\u2060s", "escorts", id="zero-width-space-and-joiner"),
        pytest.param("traf\u00adficking", "trafficking", id="soft-hyphen"),
        pytest.param("\ufeffHello", "Hello", id="stray-bom"),
        pytest.param("👩\u200d💻 dev", "👩\u200d💻 dev", id="zwj-kept"),
        pytest.param("cafe\u0301", "caf\u00e9", id="nfc"),
        pytest.param("a  \t  b   ", "a b", id="space-tab-runs"),
        pytest.param("   indented line", "indented line", id="leading-spaces"),
        pytest.param("a\x00b\x07c\x7fd", "abcd", id="control-chars"),
        pytest.param("\x1b[31mred\x1b[0m alert", "red alert", id="terminal-escapes"),
        pytest.param("col1\tcol2", "col1 col2", id="tab-inside-line"),
        pytest.param("Para one.\n\nPara two.", "Para one.\n\nPara two.", id="paragraph-kept"),
        pytest.param("Para one.\n\n\n\n\nPara two.", "Para one.\n\nPara two.", id="blank-runs"),
        pytest.param("One.\n \t \n  \nTwo.", "One.\n\nTwo.", id="whitespace-only-lines"),
        pytest.param("\n\n  Title \n", "Title", id="outer-whitespace"),
        pytest.param("ﬁnancial", "financial", id="ligature"),
        pytest.param("Tom &amp; Jerry", "Tom & Jerry", id="html-entity"),
        pytest.param("", "", id="empty"),
    ],
)
def test_when_text_is_normalised_then_it_reads_exactly(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_when_text_is_normalised_twice_then_nothing_changes() -> None:
    once = normalise_text("donâ€™t\r\n\r\n\r\n  stop\u00a0now\u200b ")
    assert normalise_text(once) == once


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"plain ascii", "plain ascii", id="ascii"),
        pytest.param("naïve café".encode(), "naïve café", id="utf8"),
        pytest.param(b"\xef\xbb\xbfHello", "Hello", id="utf8-bom"),
        pytest.param("Hello ü".encode("utf-16"), "Hello ü", id="utf16-bom"),
        pytest.param(b"\x93quoted\x94", "\u201cquoted\u201d", id="cp1252-smart-quotes"),
        pytest.param(
            "Café crème brûlée, naïve “quoted” text".encode("cp1252"),
            "Café crème brûlée, naïve “quoted” text",
            id="cp1252-french",
        ),
        pytest.param(
            "Привет, как дела? Это тест кодировки.".encode("cp1251"),
            "Привет, как дела? Это тест кодировки.",
            id="cp1251-russian",
        ),
        pytest.param(
            "Zażółć gęślą jaźń — ofiary były zmuszane do pracy.".encode("cp1250"),
            "Zażółć gęślą jaźń — ofiary były zmuszane do pracy.",
            id="cp1250-polish",
        ),
    ],
)
def test_when_bytes_are_decoded_then_the_encoding_is_detected(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "f.txt") == expected


def test_when_utf8_and_latin1_are_mixed_then_decode_and_normalise_repair_both() -> None:
    data = "café".encode() + " caf\xe9".encode("latin-1")
    assert normalise_text(decode_bytes(data, "mixed.txt")) == "café café"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"IHDR" * 10, "is a PNG image, not text", id="png"),
        pytest.param(b"PK\x03\x04" + b"word/document.xml", "ZIP archive", id="zip-or-docx"),
        pytest.param(b"\x7fELF\x02\x01\x01" + b"\x00" * 9, "ELF executable", id="elf"),
        pytest.param(b"%PDF-1.7\n1 0 obj", "is a PDF, not text", id="pdf"),
        pytest.param(b"\xff\xd8\xff\xe0JFIF", "JPEG image", id="jpeg"),
        pytest.param(b"text then \x00\x00\x00 nuls", "NUL bytes", id="nul-bytes"),
        # Without a byte-order mark UTF-16 is indistinguishable from binary: refused, not guessed.
        pytest.param("Hello".encode("utf-16-le"), "NUL bytes", id="utf16-without-bom"),
        pytest.param(b"\x01\x02\x03\x04\x05ab" * 20, "control characters", id="control-bytes"),
    ],
)
def test_when_bytes_are_binary_then_decoding_refuses_naming_the_file(
    data: bytes, reason: str
) -> None:
    with pytest.raises(LoadError, match=reason) as caught:
        decode_bytes(data, "notes.txt")
    assert str(caught.value).startswith("notes.txt: ")


def test_when_bytes_fit_no_encoding_then_decoding_refuses_clearly() -> None:
    with pytest.raises(LoadError, match="could not be decoded as text") as caught:
        decode_bytes(bytes(range(0x80, 0x100)) * 4, "garbage.txt")
    assert str(caught.value) == (
        "garbage.txt: could not be decoded as text (unknown or mixed encoding)."
    )


def test_when_bytes_are_empty_then_decoding_says_empty() -> None:
    with pytest.raises(LoadError, match="is empty"):
        decode_bytes(b"", "blank.txt")
