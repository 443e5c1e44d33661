"""The loader contract that both fuzzers check (hypothesis in tests/ingest, atheris here).

Any input to `load_file` gives either documents (str text, non-empty unique refs) or one
LoadError: one line that starts with the file's path. A LoadError made by load_file's own
catch-all ("could not be read (unexpected ValueError in the .json reader)") or its MemoryError
guard counts as a failure: it means a parser raised something the loader did not foresee, and
the user gets a vague sentence instead of what is wrong with the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.loaders import SUPPORTED, load_file
from ingest.model import LoadedDocument, LoadError, RecordOptions

REPO = Path(__file__).resolve().parents[2]
# Large enough for every input the fuzzers make; small enough that a blowup shows quickly.
MAX_BYTES = 4 * 1024 * 1024
RECORD_SUFFIXES = frozenset({".csv", ".json", ".jsonl"})
# The mappings a user can give (`--text-column`, `--id-column`, `--meta-columns`): the demo
# records' own names, names that match nothing or only by case, and empty names.
MAPPINGS = (
    RecordOptions(),
    RecordOptions(text_column="summary", id_column="incident_id", meta_columns=("date",)),
    RecordOptions(text_column="narrative", id_column="flag_id", meta_columns=("country", "date")),
    RecordOptions(text_column="TEXT", id_column="ID"),
    RecordOptions(text_column="", id_column="", meta_columns=("",)),
    RecordOptions(text_column="text", meta_columns=("text", "title", "missing")),
)
_CATCH_ALL = re.compile(
    r"could not be read \(unexpected \w+ in the .* reader\)|is too large to read in the memory"
)


def seed_files() -> list[Path]:
    """Every demo file of a supported type, the deliberately broken ones included."""
    demo = REPO / "demo"
    return sorted(p for p in demo.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)


class ContractBroken(AssertionError):
    """A loader answered an input with something other than documents or a clear LoadError."""


def check_load(
    path: Path, options: RecordOptions | None = None
) -> list[LoadedDocument] | LoadError:
    """Load `path` and check the contract; the documents, or the clear LoadError it raised."""
    options = options or RecordOptions()
    try:
        docs = load_file(path, options, MAX_BYTES)
    except LoadError as exc:
        message = str(exc)
        if not message.startswith(f"{path}: "):
            raise ContractBroken(f"the error does not name the file: {message!r}") from exc
        if any(c in exc.reason for c in "\n\r\u2028\u2029"):
            raise ContractBroken(f"the error is not one line: {message!r}") from exc
        if _CATCH_ALL.search(exc.reason):
            cause = exc.__cause__
            raise ContractBroken(f"{message} (the reader raised {cause!r})") from cause
        return exc
    check_documents(path, docs, unique_refs=options.id_column is None)
    return docs


def check_documents(path: Path, docs: list[LoadedDocument], *, unique_refs: bool) -> None:
    """Documents a loader returned: at least one, each with text, title and a ref to `path`.

    Refs from an id column may repeat (the pipeline then refuses the second, naming it), so
    they are required to be unique only when the loader numbers the records itself.
    """
    if not docs:
        raise ContractBroken(f"{path}: no documents and no error")
    for doc in docs:
        if not isinstance(doc.text, str) or not doc.text.strip():
            raise ContractBroken(f"{path}: a document without text: {doc!r}")
        if doc.text != doc.text.strip():
            raise ContractBroken(f"{path}: text not stripped: {doc.text[:80]!r}")
        if not isinstance(doc.title, str) or not doc.title.strip():
            raise ContractBroken(f"{path}: a document without a title: {doc!r}")
        if path.suffix.lower() in RECORD_SUFFIXES:
            points = (
                doc.source_ref.startswith(f"{path.name}#")
                and len(doc.source_ref) > len(path.name) + 1
            )
        else:
            points = doc.source_ref == path.name
        if not points or doc.path != path:
            raise ContractBroken(f"{path}: a document that does not point to it: {doc!r}")
    refs = [doc.source_ref for doc in docs]
    if unique_refs and len(set(refs)) != len(refs):
        raise ContractBroken(f"{path}: repeated refs {refs}")
