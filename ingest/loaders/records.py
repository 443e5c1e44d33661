"""CSV, JSON and JSON Lines: one document per row or record.

`RecordOptions.text_column` names the field holding the text (a column called "text" is
used when none is named); `id_column` gives `source_ref` "<file name>#<id>" (default: the
1-based row number, or the line number in JSON Lines); `meta_columns` are copied into
`meta` as strings, and a `date` among them sets `doc_date` when it reads as a date.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ingest.loaders.base import first_line, parse_date, pick_title
from ingest.model import LoadedDocument, LoadError, RecordOptions
from ingest.normalise import decode_bytes, normalise_text

DEFAULT_TEXT_COLUMN = "text"
_DELIMITERS = ",;\t|"
_MAX_LISTED_COLUMNS = 20
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")

Record = tuple[str, Mapping[str, Any]]  # (default id, the record's fields)


def load_csv(path: Path, data: bytes, options: RecordOptions) -> list[LoadedDocument]:
    """A CSV file with a header row; the delimiter (, ; tab |) is read from the header."""
    decoded = decode_bytes(data, path)
    text = decoded.lstrip()  # blank lines before the header are not a header
    skipped_lines = decoded[: len(decoded) - len(text)].count("\n")
    if not text:
        raise LoadError(path, "is empty")
    header = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=header.count) if any(d in header for d in _DELIMITERS) else ","
    # The csv module's default 128 KiB cell limit would reject long report texts.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    try:
        columns, rows = _parse_csv(text, delimiter, strict=True)
    except _UnclosedQuote as exc:
        raise LoadError(
            path, f"has a quote opened on line {exc.line + skipped_lines} that is never closed"
        ) from exc
    except csv.Error:
        # Stray quotes inside unquoted cells (`a 5" screen`) are common and harmless.
        try:
            columns, rows = _parse_csv(text, delimiter, strict=False)
        except csv.Error as exc:
            raise LoadError(path, f"is not a readable CSV ({exc})") from exc
    return _documents(path, rows, columns, options)


class _UnclosedQuote(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _parse_csv(text: str, delimiter: str, *, strict: bool) -> tuple[list[str], list[Record]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    rows: list[Record] = []
    last_line = 0
    try:
        columns = [name.strip() for name in reader.fieldnames or [] if name is not None]
        last_line = reader.line_num
        for number, row in enumerate(reader, start=1):
            rows.append((str(number), {(k or "").strip(): v for k, v in row.items()}))
            last_line = reader.line_num
    except csv.Error as exc:
        # Otherwise a lax reader would swallow the rest of the file into one cell.
        if strict and "unexpected end of data" in str(exc):
            raise _UnclosedQuote(last_line + 1) from exc
        raise
    return columns, rows


def load_json(path: Path, data: bytes, options: RecordOptions) -> list[LoadedDocument]:
    """A JSON list of objects, an object with a "records" list, or a single object."""
    text = decode_bytes(data, path)
    if not text.strip():
        raise LoadError(path, "is empty")
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(
            path, f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from exc
    except ValueError as exc:  # an integer past Python's digit limit for int()
        raise LoadError(path, f"has a number too long to read ({_digit_limit()})") from exc
    except RecursionError as exc:
        raise LoadError(path, "is nested too deeply to read as JSON") from exc
    if isinstance(parsed, dict) and isinstance(parsed.get("records"), list):
        parsed = parsed["records"]
    items = parsed if isinstance(parsed, list) else [parsed]
    rows: list[Record] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise LoadError(path, f"record {number} is not a JSON object")
        rows.append((str(number), item))
    return _documents(path, rows, _columns(item for _, item in rows), options)


def load_jsonl(path: Path, data: bytes, options: RecordOptions) -> list[LoadedDocument]:
    """JSON Lines: one object per line; blank lines are ignored."""
    text = decode_bytes(data, path)
    rows: list[Record] = []
    # Not str.splitlines(): it also splits at U+2028, U+0085..., which JSON strings may hold.
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LoadError(path, f"line {number} is not valid JSON ({exc.msg})") from exc
        except ValueError as exc:  # an integer past Python's digit limit for int()
            raise LoadError(
                path, f"line {number} has a number too long to read ({_digit_limit()})"
            ) from exc
        except RecursionError as exc:
            raise LoadError(path, f"line {number} is nested too deeply to read") from exc
        if not isinstance(item, dict):
            raise LoadError(path, f"line {number} is not a JSON object")
        rows.append((str(number), item))
    if not rows:
        raise LoadError(path, "is empty")
    return _documents(path, rows, _columns(item for _, item in rows), options)


def _digit_limit() -> str:
    return f"over {sys.get_int_max_str_digits()} digits"


def _columns(items: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every key seen, in first-seen order."""
    return list(dict.fromkeys(key for item in items for key in item))


def _documents(
    path: Path, rows: Sequence[Record], columns: list[str], options: RecordOptions
) -> list[LoadedDocument]:
    if not rows:
        raise LoadError(path, "has no records")
    text_column = _resolve(path, columns, options.text_column, "text")
    id_column = _resolve(path, columns, options.id_column, "id") if options.id_column else None
    meta_columns = [_resolve(path, columns, name, "meta") for name in options.meta_columns]
    documents = list(_build(path, rows, text_column, id_column, meta_columns))
    if not documents:
        raise LoadError(path, f"has no records with text in the '{_shown(text_column)}' column")
    return documents


def _resolve(path: Path, columns: list[str], wanted: str | None, role: str) -> str:
    """The column named `wanted` (exactly, else ignoring case), or a LoadError listing them."""
    if wanted is None:  # only the text column may be left unnamed
        wanted = DEFAULT_TEXT_COLUMN
        if wanted not in columns:
            raise LoadError(
                path,
                f"has no '{wanted}' column; name the text column with --text-column "
                f"(available: {_listing(columns)})",
            )
    if wanted in columns:
        return wanted
    folded = [column for column in columns if column.casefold() == wanted.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise LoadError(
        path, f"has no {role} column '{_shown(wanted)}' (available: {_listing(columns)})"
    )


def _shown(name: str) -> str:
    """A column name fit for a one-line message: line breaks and invisibles escaped."""
    return name if name.isprintable() else repr(name)[1:-1]


def _listing(columns: list[str]) -> str:
    if not columns:
        return "none"
    shown = ", ".join(_shown(column) for column in columns[:_MAX_LISTED_COLUMNS])
    extra = len(columns) - _MAX_LISTED_COLUMNS
    return f"{shown} and {extra} more" if extra > 0 else shown


def _build(
    path: Path,
    rows: Sequence[Record],
    text_column: str,
    id_column: str | None,
    meta_columns: list[str],
) -> Iterator[LoadedDocument]:
    for default_id, row in rows:
        text = normalise_text(_as_text(row.get(text_column)))
        if not text:
            continue  # an empty row is not an error; a file of them is (see _documents)
        record_id = _as_text(row.get(id_column)).strip() if id_column else ""
        meta = {name: _as_text(row[name]) for name in meta_columns if name in row}
        dated = next((v for k, v in meta.items() if k.casefold() == "date"), None)
        title = row.get("title") if isinstance(row.get("title"), str) else None
        yield LoadedDocument(
            source_ref=f"{path.name}#{record_id or default_id}",
            title=pick_title(path, title and normalise_text(title), first_line(text)),
            text=text,
            path=path,
            meta=meta,
            doc_date=parse_date(dated) if dated else None,
        )


def _as_text(value: Any) -> str:
    """A field as a string: nulls empty, numbers and booleans as written in JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False)
