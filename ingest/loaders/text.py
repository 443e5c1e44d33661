"""Plain text (.txt) and Markdown (.md): decoded, normalised, kept as written."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.loaders.base import leading_date, parse_date, single_document
from ingest.model import LoadedDocument, RecordOptions
from ingest.normalise import decode_bytes, normalise_text

_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(?P<title>.+?)(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_MATTER_FIELD = re.compile(r"^(?P<key>title|date)\s*:\s*(?P<value>.+?)\s*$", re.MULTILINE)


def load_text(path: Path, data: bytes, options: RecordOptions) -> list[LoadedDocument]:
    """A .txt file: title from its first line, date from a leading "Date:" line."""
    text = normalise_text(decode_bytes(data, path))
    return single_document(path, text, doc_date=leading_date(text))


def load_markdown(path: Path, data: bytes, options: RecordOptions) -> list[LoadedDocument]:
    """A .md file, text unchanged; title from front matter or the first heading."""
    text = normalise_text(decode_bytes(data, path))
    fields, body = _split_front_matter(text)
    doc_date = parse_date(fields["date"]) if "date" in fields else None
    return single_document(
        path,
        text,
        title=fields.get("title") or markdown_heading(body),
        doc_date=doc_date or leading_date(body),
    )


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML front matter's title and date (read by pattern, not by a YAML parser), and the rest."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {
        m.group("key").lower(): m.group("value").strip("\"'")
        for m in _FRONT_MATTER_FIELD.finditer(match.group("body"))
    }
    return fields, text[match.end() :]


def markdown_heading(text: str) -> str | None:
    """The first ATX (`# Title`) or setext (`Title` over `===`) heading outside code fences."""
    in_fence = False
    previous = ""
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            previous = ""
            continue
        if in_fence:
            continue
        atx = _ATX_HEADING.match(line)
        if atx:
            return atx.group("title")
        if previous.strip() and _SETEXT_UNDERLINE.match(line) and not previous.startswith("---"):
            return previous.strip()
        previous = line
    return None
