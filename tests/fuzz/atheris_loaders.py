"""Atheris harness: coverage-guided bytes into every loader, checked by tests.fuzz.check_load.

    .venv/bin/python tests/fuzz/atheris_loaders.py --seed CORPUS    # demo files as a corpus
    .venv/bin/python tests/fuzz/atheris_loaders.py CORPUS -max_total_time=60 -timeout=30

An input is one byte choosing the file type, one choosing the record mapping, then the file's
bytes. Any exception out of one_input is a crash that libFuzzer reports and saves: ContractBroken
for a LoadError that is vague or does not name the file, anything else for a loader that let a
parser's exception through. A hang past -timeout and memory past -rss_limit_mb are crashes too.

Run it as a script, not with -m (which imports tests.fuzz, and so the loaders, first): main()
imports the loaders inside atheris.instrument_imports so that only they and the parsers they
drive are instrumented (instrument_all on everything loaded takes minutes on a busy machine).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

# Coverage feedback comes from our loaders and the pure-Python parsers they drive.
_INSTRUMENTED = ["ingest", "pypdf", "docx", "charset_normalizer", "ftfy"]
_RECORD_SUFFIXES = (".csv", ".json", ".jsonl")


def suffixes() -> list[str]:
    """The file types an input can choose, in a fixed order."""
    from ingest.loaders import SUPPORTED

    return sorted(SUPPORTED)


def decode_input(data: bytes) -> tuple[str, Any, bytes]:
    """(suffix, RecordOptions, file bytes) for one fuzzer input."""
    from tests.fuzz import MAPPINGS

    kinds = suffixes()
    if len(data) < 2:
        return kinds[0], MAPPINGS[0], data
    return kinds[data[0] % len(kinds)], MAPPINGS[data[1] % len(MAPPINGS)], data[2:]


def encode_input(suffix: str, mapping: Any, content: bytes) -> bytes:
    """The fuzzer input that decode_input reads back as (suffix, mapping, content)."""
    from tests.fuzz import MAPPINGS

    return bytes([suffixes().index(suffix), MAPPINGS.index(mapping)]) + content


def write_seeds(corpus: Path) -> int:
    """One corpus entry per demo file (good and broken), under each mapping for records."""
    from tests.fuzz import MAPPINGS, seed_files

    corpus.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in seed_files():
        suffix = path.suffix.lower()
        mappings = MAPPINGS if suffix in _RECORD_SUFFIXES else MAPPINGS[:1]
        for mapping in mappings:
            entry = encode_input(suffix, mapping, path.read_bytes())
            (corpus / f"{count:04d}-{path.stem}{suffix}").write_bytes(entry)
            count += 1
    return count


def main(argv: list[str]) -> None:
    """`--seed DIR` writes the corpus; anything else is passed to libFuzzer."""
    if argv[1:2] == ["--seed"]:
        print(f"wrote {write_seeds(Path(argv[2]))} seed inputs to {argv[2]}")
        return
    if "ingest" in sys.modules:
        raise SystemExit("run tests/fuzz/atheris_loaders.py as a script: see its docstring")
    import atheris

    with atheris.instrument_imports(include=_INSTRUMENTED):
        # The loaders import their parsers lazily; import them here to instrument them.
        import charset_normalizer  # noqa: F401
        import docx  # noqa: F401
        import docx.table  # noqa: F401
        import ftfy  # noqa: F401
        import pypdf  # noqa: F401

        import ingest.loaders  # noqa: F401
        import ingest.loaders.html  # noqa: F401
    from tests.fuzz import check_load

    # libFuzzer ends the process without Python's clean-up, so the caller may name the folder
    # the input file is written to (the test gives its tmp_path) to have it removed.
    folder = Path(os.environ.get("LENS_FUZZ_WORKDIR") or tempfile.mkdtemp(prefix="lens-atheris-"))

    def one_input(data: bytes) -> None:
        suffix, mapping, content = decode_input(data)
        path = folder / f"input{suffix}"
        path.write_bytes(content)
        check_load(path, mapping)

    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root
    main(sys.argv)
