"""Turn file bytes into clean text: detect the encoding, refuse binaries, repair and tidy.

Everything happens in memory; nothing here writes or logs text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

import ftfy
from charset_normalizer import from_bytes

from ingest.model import LoadError

# Longest-first, so a UTF-32 LE BOM is not mistaken for a UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of files people rename or mis-save as text; the name goes in the error.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or an Office file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_SAMPLE_BYTES = 65536
# C0 controls other than \t \n \f \r and ESC (ANSI colour codes appear in real logs).
_CONTROL_BYTES = frozenset(range(32)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_MAX_CONTROL_RATIO = 0.05
# charset-normalizer's "mess" score: above this, the guess reads as garbage.
_MAX_CHAOS = 0.25
# Tie-break order for equally plausible guesses: the Windows code pages legacy files most
# often use, Western and Central European first (cp1250 reads German and Scandinavian text
# the same as cp1252, and charset-normalizer often drops cp1252 as its duplicate), then
# Cyrillic, Greek..., then the East Asian defaults.
_PREFERRED_ENCODINGS = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "cp1256",
    "cp1255",
    "gb18030",
    "big5",
    "cp932",
    "cp949",
)


def _sniff_binary(data: bytes) -> str | None:
    """Say what `data` looks like when it is clearly not text, else None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"is {what}, not text"
    sample = data[:_SAMPLE_BYTES]
    if b"\x00" in sample:
        return "looks binary (it contains NUL bytes), not text"
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if controls / len(sample) > _MAX_CONTROL_RATIO:
        return "looks binary (too many control characters), not text"
    return None


def _decode_bom(data: bytes, path: Path | str) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                reason = f"starts with a {encoding} byte-order mark but is not {encoding}"
                raise LoadError(path, reason) from exc
            return text.lstrip("\ufeff")
    return None


def _decode_declared(data: bytes, hint: str | None) -> str | None:
    if not hint:
        return None
    try:
        return data.decode(hint)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, path: Path | str, *, hint: str | None = None) -> str:
    """Decode file bytes to text, or raise LoadError naming `path`.

    Order: a byte-order mark; strict UTF-8; an encoding the file declares (`hint`, e.g. an
    HTML meta charset); charset-normalizer's best guess. Binaries (known signatures, NUL
    bytes, many control bytes) and bytes no guess reads cleanly are refused.
    """
    if not data:
        raise LoadError(path, "is empty")
    text = _decode_bom(data, path)
    if text is not None:
        return text
    reason = _sniff_binary(data)
    if reason:
        raise LoadError(path, reason)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _decode_declared(data, hint)
    if text is not None:
        return text
    guess = _guess(data)
    if guess is None:
        raise LoadError(path, "could not be decoded as text (unknown or mixed encoding)")
    return guess


def _guess(data: bytes) -> str | None:
    """charset-normalizer's reading, breaking its frequent ties toward common code pages.

    On short samples it scores many single-byte code pages equally and its first pick is
    arbitrary (b"\\x93quoted\\x94" comes back as cp1125 "УquotedФ"), so among the equally
    good readings the most widely used Windows code page wins.
    """
    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    tied = {
        match.encoding: match
        for match in matches
        if match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.05
    }
    for encoding in _PREFERRED_ENCODINGS:
        if encoding in tied:
            return str(tied[encoding])
    return str(best)


# Invisible characters that split words for search and carry no meaning in prose.
# ZWJ/ZWNJ (U+200D/U+200C) stay: Persian, Indic scripts and emoji need them.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u180e"), None)
_LINE_BREAKS = {ord("\v"): "\n", ord("\f"): "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n\n"}
# Cc minus \t and \n (\r, \v, \f are turned into newlines before this runs).
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Unicode space separators (category Zs) other than the plain space: NBSP, thin spaces...
_UNICODE_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_HSPACE = re.compile(r"[ \t]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Repair and tidy decoded text so equal content always yields equal strings.

    ftfy repairs mojibake ("donâ€™t" -> "don't"), stray Windows-1252 quotes and HTML
    entities, and straightens curly quotes; then Unicode NFC, one newline style, Unicode
    spaces (NBSP...) as plain spaces, no zero-width or control characters (bar \\n and \\t),
    runs of spaces/tabs as one space, no leading or trailing spaces on a line, and at most
    one blank line between paragraphs.
    """
    text = ftfy.fix_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    text = text.translate(_INVISIBLE)
    text = _STRAY_CONTROLS.sub("", text)
    text = _UNICODE_SPACES.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    lines = (_HSPACE.sub(" ", line).strip() for line in text.split("\n"))
    text = _MANY_NEWLINES.sub("\n\n", "\n".join(lines))
    return text.strip()
