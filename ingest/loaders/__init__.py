"""Find files and read them into LoadedDocuments, one loader per format.

Every failure is a LoadError whose message is one sentence naming the file; a bad file never
stops the others. Files are read into memory only, and only after their size is checked.
"""

from __future__ import annotations

import os
from pathlib import Path

from ingest.loaders.base import Loader
from ingest.loaders.docx import load_docx
from ingest.loaders.html import load_html
from ingest.loaders.pdf import load_pdf
from ingest.loaders.records import load_csv, load_json, load_jsonl
from ingest.loaders.text import load_markdown, load_text
from ingest.model import LoadedDocument, LoadError, RecordOptions

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED", "Loader", "discover", "load_file"]

_LOADERS: dict[str, Loader] = {
    ".txt": load_text,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".csv": load_csv,
    ".json": load_json,
    ".jsonl": load_jsonl,
}
SUPPORTED: frozenset[str] = frozenset(_LOADERS)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024
# Clutter that operating systems and Office leave in shared folders; never user documents.
_JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini"})


def _supported_listing() -> str:
    return ", ".join(sorted(SUPPORTED))


def _unsupported(path: Path) -> LoadError:
    kind = f"'{path.suffix}'" if path.suffix else "no extension"
    return LoadError(path, f"has an unsupported type {kind} (supported: {_supported_listing()})")


def _is_skipped(name: str) -> bool:
    # "~$report.docx" is Word's lock file for an open report.docx, not a document.
    return name.startswith((".", "~$")) or name.lower() in _JUNK_NAMES


def discover(paths: list[Path]) -> tuple[list[Path], list[LoadError]]:
    """The files to load under `paths`, and a LoadError for each path that cannot be.

    Folders are walked recursively in sorted order, skipping hidden files and folders (and
    Office lock files); a missing path or a file of an unsupported type becomes an error
    and the rest carry on. Each file appears once even when named twice.
    """
    files: list[Path] = []
    errors: list[LoadError] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key in seen:
            return
        seen.add(key)
        if path.suffix.lower() in SUPPORTED:
            files.append(path)
        else:
            errors.append(_unsupported(path))

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not _is_skipped(d))
                for name in sorted(names):
                    if not _is_skipped(name):
                        add(Path(root) / name)
        elif path.is_file():
            add(path)
        elif path.exists():
            errors.append(LoadError(path, "is not a regular file"))
        else:
            errors.append(LoadError(path, "does not exist"))
    return files, errors


def format_size(size: int) -> str:
    """Bytes as MB for messages: "50.0 MB"; a whole limit reads "20 MB"."""
    megabytes = size / _MB
    return f"{megabytes:.0f} MB" if size % _MB == 0 else f"{megabytes:.1f} MB"


def load_file(
    path: Path, options: RecordOptions | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[LoadedDocument]:
    """Read one file into documents (one, or one per record), or raise LoadError.

    The size is checked before any byte is read. Parser failures of any kind come back as a
    LoadError with one sentence; the original exception is kept as its __cause__ for logs.
    """
    path = Path(path)
    options = options or RecordOptions()
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        raise _unsupported(path)
    data = _read(path, max_bytes)
    try:
        return loader(path, data, options)
    except LoadError:
        raise
    except MemoryError as exc:
        raise LoadError(path, "is too large to read in the memory available") from exc
    except Exception as exc:
        raise LoadError(
            path, f"could not be read (unexpected {type(exc).__name__} in the {path.suffix} reader)"
        ) from exc


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(
                path, f"is {size / _MB:.1f} MB, over the {format_size(max_bytes)} limit"
            )
        if size == 0:
            raise LoadError(path, "is empty")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise LoadError(path, "does not exist") from exc
    except PermissionError as exc:
        raise LoadError(path, "cannot be read (permission denied)") from exc
    except IsADirectoryError as exc:
        raise LoadError(path, "is a folder, not a file") from exc
    except OSError as exc:
        raise LoadError(path, f"cannot be read ({exc.strerror or type(exc).__name__})") from exc
    if len(data) > max_bytes:  # it grew between the check and the read
        raise LoadError(path, f"is over the {format_size(max_bytes)} limit")
    if not data:
        raise LoadError(path, "is empty")
    return data
