"""The loader seam and the small helpers every format shares."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from ingest.model import LoadedDocument, LoadError, RecordOptions

TITLE_MAX_CHARS = 120
TITLE_SOURCE_CHARS = 1000  # what redaction reads of a title candidate, before truncate_title
# A "Date:" line is looked for only this near the top of a plain file.
_DATE_LINE_WINDOW = 10
_DATE_LINE = re.compile(r"^[\s*_#>]*date[\s*_]*:[\s*_]*(?P<value>.+?)[\s*_]*$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Unambiguous written forms only: "5 March 2024", "March 5, 2024". Numeric day/month orders
# differ between countries, so "03/05/2024" is not a clear date and is not read.
_WRITTEN_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y")


class Loader(Protocol):
    """Reads one file's bytes (already size-checked) into documents, or raises LoadError."""

    def __call__(self, path: Path, data: bytes, options: RecordOptions) -> list[LoadedDocument]: ...


def parse_date(value: str) -> date | None:
    """An ISO date (optionally with a time) or an unambiguous written date, else None."""
    value = value.strip()
    if _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value)
    for fmt in _WRITTEN_DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def leading_date(text: str) -> date | None:
    """The date on a "Date: ..." line near the top of the text, if there is a clear one."""
    for line in text.split("\n")[:_DATE_LINE_WINDOW]:
        match = _DATE_LINE.match(line)
        if match:
            return parse_date(match.group("value"))
    return None


def truncate_title(line: str) -> str:
    """One line, at most TITLE_MAX_CHARS characters, cut at a word where possible and never
    inside a placeholder. Applied to the REDACTED title: a title cut before redaction can
    end in part of a phone number or a name that no recognizer then finds ("+44 7700…")."""
    line = " ".join(line.split())
    if len(line) <= TITLE_MAX_CHARS:
        return line
    cut = line[: TITLE_MAX_CHARS - 1]
    opened = cut.rfind("<")
    if opened > cut.rfind(">"):  # the cut fell inside "<PHONE_NUMBER_1>"
        cut = cut[:opened]
    elif " " in cut[TITLE_MAX_CHARS // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def title_source(line: str) -> str:
    """A title candidate as redaction should read it: one line, whole up to TITLE_SOURCE_CHARS,
    a longer one cut at its last sentence end (never inside a number or a name)."""
    line = " ".join(line.split())
    if len(line) <= TITLE_SOURCE_CHARS:
        return line
    cut = line[:TITLE_SOURCE_CHARS]
    end = cut.rfind(". ")
    return cut[: end + 1] if end > 0 else cut.rsplit(" ", 1)[0]


def first_line(text: str) -> str | None:
    """The first non-empty line that is not a "Date:" line, as a title."""
    for line in text.split("\n"):
        if line.strip() and not _DATE_LINE.match(line):
            return title_source(line)
    return None


def pick_title(path: Path, *candidates: str | None) -> str:
    """The first non-empty candidate, else the file stem."""
    for candidate in candidates:
        if candidate and candidate.strip():
            return title_source(candidate)
    return path.stem


def single_document(
    path: Path,
    text: str,
    *,
    title: str | None = None,
    doc_date: date | None = None,
    meta: dict[str, object] | None = None,
    empty_reason: str = "is empty",
) -> list[LoadedDocument]:
    """The one document a plain file yields; `text` must already be normalised."""
    if not text.strip():
        raise LoadError(path, empty_reason)
    return [
        LoadedDocument(
            source_ref=path.name,
            title=pick_title(path, title, first_line(text)),
            text=text,
            path=path,
            meta=dict(meta or {}),
            doc_date=doc_date,
        )
    ]
