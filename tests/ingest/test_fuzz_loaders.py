"""Fuzzing the loaders (issue 9): any input gives documents or one clear LoadError naming the file.

Inputs: random bytes under every supported extension; demo files (good and broken) with bits
flipped, cut short or spliced; text in many encodings; CSV with ragged rows, duplicate or
missing headers, quotes, NUL bytes and huge fields; JSON and JSON Lines of every shape, deeply
nested or with huge numbers; odd --text-column/--id-column/--meta-columns choices; random
folder trees for discover. The contract is checked by tests/fuzz.check_load. Each test is
bounded by max_examples; the module runs in well under a minute.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.loaders import SUPPORTED, discover
from ingest.model import LoadedDocument, LoadError, RecordOptions
from ingest.normalise import decode_bytes, normalise_text
from lens.commands.state import record_options
from tests.fuzz import MAPPINGS, check_load, seed_files

SEEDS = seed_files()
TEXT_SUFFIXES = [".txt", ".md", ".html", ".csv", ".json", ".jsonl"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1"]
ENCODINGS += ["cp1252", "cp1251", "gb18030", "shift_jis"]
COLUMN_NAMES = ["text", "Text", " text ", "TEXT", "id", "ID", "title", "date", "body", "", "#"]
# Text a CSV can carry without looking binary (no C0 controls bar \t and \n).
PROSE = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n"))


def fuzz(examples: int) -> settings:
    """Bounded: `examples` inputs (times LENS_FUZZ_SCALE, for longer runs by hand), no deadline.

    A damaged PDF or a large HTML page may take a second to parse; a hang still fails the test
    through pytest-timeout.
    """
    scale = int(os.environ.get("LENS_FUZZ_SCALE", "1"))
    return settings(
        max_examples=examples * scale,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _load(
    name: str, data: bytes, options: RecordOptions | None = None
) -> list[LoadedDocument] | LoadError:
    """check_load (which asserts the contract) on `data` written to a fresh folder as `name`."""
    with tempfile.TemporaryDirectory(prefix="lens-fuzz-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return check_load(path, options)


@st.composite
def cli_mapping(draw: st.DrawFn, names: list[str]) -> RecordOptions:
    """--text-column, --id-column, --meta-columns as a user might type them, parsed by the CLI."""
    name = st.sampled_from(names or COLUMN_NAMES) | st.text(max_size=6)
    meta = ",".join(draw(st.lists(name, max_size=3)))
    return record_options(draw(st.none() | name), draw(st.none() | name), meta)


# --- any bytes, any file ----------------------------------------------------------------------


@fuzz(150)
@given(suffix=st.sampled_from(sorted(SUPPORTED)), data=st.binary(max_size=2048))
def test_when_random_bytes_are_loaded_then_documents_or_a_clear_error(suffix, data) -> None:
    result = _load(f"random{suffix}", data)
    assert isinstance(result, list | LoadError)


@st.composite
def mutated_seed(draw: st.DrawFn) -> tuple[str, bytes]:
    """A demo file with 1-6 bit flips, cuts, insertions, deletions or repeated slices."""
    seed = draw(st.sampled_from(SEEDS))
    data = bytearray(seed.read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete", "repeat"]))
        if op == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 256))]
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 512))]
    return seed.name, bytes(data)


@fuzz(200)
@given(case=mutated_seed(), options=st.sampled_from(MAPPINGS))
def test_when_a_demo_file_is_damaged_then_documents_or_a_clear_error(case, options) -> None:
    name, data = case
    result = _load(name, data, options)
    assert isinstance(result, list | LoadError)


@fuzz(100)
@given(
    suffix=st.sampled_from(TEXT_SUFFIXES),
    text=st.text(max_size=300),
    encoding=st.sampled_from(ENCODINGS),
    junk=st.sampled_from([b"", b"\xff", b"\xc3(", b"\xed\xa0\x80", b"\xe2\x82", b"\x00\x00"]),
)
def test_when_text_comes_in_any_encoding_then_documents_or_a_clear_error(
    suffix, text, encoding, junk
) -> None:
    body = {
        ".html": f"<html><body><p>{text}</p></body></html>",
        ".csv": "text\n" + _csv_line([text], ","),
        ".json": json.dumps({"text": text}, ensure_ascii=False),
        ".jsonl": json.dumps({"text": text}, ensure_ascii=False),
    }.get(suffix, text)
    data = body.encode(encoding, errors="replace")
    result = _load(f"encoded{suffix}", data[: len(data) // 2] + junk + data[len(data) // 2 :])
    assert isinstance(result, list | LoadError)


@fuzz(60)
@given(text=PROSE.map(lambda t: "x" + t), bom=st.sampled_from(["utf-8-sig", "utf-16", "utf-32"]))
def test_when_text_has_a_byte_order_mark_then_it_decodes_exactly(text, bom) -> None:
    assert decode_bytes(text.encode(bom), "f.txt") == text
    assert decode_bytes(text.encode("utf-8"), "f.txt") == text


# --- CSV records --------------------------------------------------------------------------------

CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(['"', '""', '"a', 'a"b', "\x00", "\n", "\r\n", ",", ";", "\t", "|", " ", ""]),
    st.integers().map(str),
)


def _csv_line(cells: list[str], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow(cells)
    return out.getvalue()


@st.composite
def csv_file(draw: st.DrawFn) -> tuple[bytes, RecordOptions]:
    """A CSV that may be ragged, badly quoted, headerless, duplicated or huge; and a mapping."""
    header = draw(st.lists(st.sampled_from(COLUMN_NAMES) | st.text(max_size=8), max_size=6))
    rows = draw(st.lists(st.lists(CELL, max_size=8), max_size=8))
    if rows and draw(st.booleans()):  # a cell over csv's default 128 KiB field limit
        rows[0] = [*rows[0], "x" * 140_000]
    delimiter = draw(st.sampled_from(",;\t|"))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    if draw(st.booleans()):
        lines = [_csv_line(cells, delimiter).rstrip("\n") for cells in [header, *rows]]
    else:  # no quoting at all: stray quotes and delimiters inside cells stay as they are
        lines = [delimiter.join(cells) for cells in [header, *rows]]
    text = draw(st.sampled_from(["", "\n\n", "  "])) + newline.join(lines)
    options = draw(cli_mapping(header))
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "cp1252"])), "replace"), options


@fuzz(150)
@given(case=csv_file())
def test_when_a_csv_is_odd_then_documents_or_a_clear_error(case) -> None:
    data, options = case
    result = _load("records.csv", data, options)
    assert isinstance(result, list | LoadError)


# --- JSON and JSON Lines records -------------------------------------------------------------

SCALAR = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
VALUE = st.recursive(
    SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner)
)
RECORD = st.dictionaries(st.sampled_from(COLUMN_NAMES) | st.text(max_size=5), VALUE, max_size=5)
SHAPE = st.one_of(
    st.lists(RECORD, max_size=5),
    st.lists(VALUE, max_size=5),
    st.builds(lambda items: {"records": items}, st.lists(RECORD | VALUE, max_size=5)),
    RECORD,
    VALUE,
)
# Raw JSON text the encoder never writes: deep nesting, huge numbers, bare words.
ODD_JSON = st.sampled_from(
    [
        "[" * 100_000 + "]" * 100_000,
        '{"text": ' * 50_000 + '"x"' + "}" * 50_000,
        '{"text": "a", "id": ' + "9" * 5000 + "}",
        '[{"text": 1' + "0" * 5000 + "}]",
        '{"text": 1e999, "id": -1e999}',
        '{"text": NaN, "id": Infinity}',
        '{"text": "a"} {"text": "b"}',
        '{"text": "\\ud800"}',
        "\ufeff\ufeff[]",
        "null",
    ]
)


@fuzz(150)
@given(data=st.data(), suffix=st.sampled_from([".json", ".jsonl"]))
def test_when_json_has_any_shape_then_documents_or_a_clear_error(data, suffix) -> None:
    if data.draw(st.booleans()):
        text = data.draw(ODD_JSON)
    elif suffix == ".json":
        text = json.dumps(data.draw(SHAPE), ensure_ascii=data.draw(st.booleans()))
    else:
        lines = [json.dumps(v, ensure_ascii=False) for v in data.draw(st.lists(RECORD | VALUE))]
        text = data.draw(st.sampled_from(["\n", "\r\n", "\n\n"])).join(lines)
    result = _load(f"records{suffix}", text.encode(), data.draw(cli_mapping([])))
    assert isinstance(result, list | LoadError)


@fuzz(120)
@given(data=st.data(), suffix=st.sampled_from([".csv", ".json", ".jsonl"]), plain=st.booleans())
def test_when_records_are_well_formed_then_each_with_text_is_a_document(
    data, suffix, plain
) -> None:
    # Any text in JSON (C0 controls are escaped); in CSV, text that does not look binary.
    texts = data.draw(st.lists(PROSE if suffix == ".csv" else st.text(), min_size=1, max_size=6))
    records = [{"id": f"r{n}", "body": text} for n, text in enumerate(texts)]
    if suffix == ".csv":
        delimiter = data.draw(st.sampled_from(",;\t|"))
        rows = [["id", "body"], *([r["id"], r["body"]] for r in records)]
        raw = "".join(_csv_line(row, delimiter) for row in rows)
    elif suffix == ".json":
        raw = json.dumps(records, ensure_ascii=plain)
    else:
        raw = "\n".join(json.dumps(record, ensure_ascii=plain) for record in records)
    result = _load(f"good{suffix}", raw.encode(), record_options("body", "id", ""))
    expected = [(f"good{suffix}#r{n}", normalise_text(t)) for n, t in enumerate(texts)]
    if not any(text for _, text in expected):
        assert str(result).endswith("has no records with text in the 'body' column.")
    else:
        assert [(d.source_ref, d.text) for d in result] == [(r, t) for r, t in expected if t]


# --- normalise and discover --------------------------------------------------------------------


@fuzz(200)
@given(text=st.text(max_size=200))
def test_when_any_text_is_normalised_then_it_is_tidy(text) -> None:
    tidy = normalise_text(text)
    assert tidy == tidy.strip()
    assert "\r" not in tidy
    assert "\n\n\n" not in tidy
    assert all(line == line.strip() and "  " not in line for line in tidy.split("\n"))
    assert not any(ord(c) < 32 and c not in "\t\n" for c in tidy)
    assert unicodedata.is_normalized("NFC", tidy)


# Latin-1 and Latin Extended letters are where ftfy sees mojibake; there a second pass may
# repair what the first pass's tidying uncovered ("\xa0Ë³Ó" -> "Ë³Ó" -> "˳Ó"), so stability
# is asserted for everything else: scripts, punctuation, symbols, emoji, controls.
@fuzz(150)
@given(text=st.text(st.characters(exclude_characters=[chr(c) for c in range(0x80, 0x300)])))
def test_when_text_outside_latin1_is_normalised_twice_then_nothing_changes(text) -> None:
    tidy = normalise_text(text)
    assert normalise_text(tidy) == tidy


NAME = st.sampled_from(
    ["a.txt", "B.TXT", ".hidden.txt", "~$lock.docx", "Thumbs.db", "desktop.ini", "noext"]
    + ["x.xyz", "r.csv", "deep.jsonl", "p.PDF", ".git"]
) | st.text(st.characters(exclude_characters="/\x00", exclude_categories=("Cs",)), max_size=12)


@fuzz(60)
@given(
    tree=st.lists(st.tuples(st.lists(NAME, max_size=2), NAME), max_size=8),
    broken_links=st.lists(NAME, max_size=2),
)
def test_when_a_folder_tree_is_discovered_then_every_visible_supported_file_once(
    tree, broken_links
) -> None:
    with tempfile.TemporaryDirectory(prefix="lens-fuzz-") as folder:
        root = Path(folder)
        made: set[Path] = set()
        for dirs, name in tree:
            parent = root.joinpath(*[d for d in dirs if d not in ("", ".", "..")])
            target = parent / name
            if name in ("", ".", "..") or target in made or not _mkdirs(parent):
                continue
            if target.exists():
                continue
            target.write_text("some text")
            made.add(target)
        for number, name in enumerate(broken_links):
            link = root / name
            if name not in ("", ".", "..") and not os.path.lexists(link):
                link.symlink_to(root / f"missing-{number}")  # discover keeps one per target
                made.add(link)
        files, errors = discover([root, root, root / "not-there.txt"])
        expected = {p for p in made if _visible(p.relative_to(root)) and _supported(p)}
        assert sorted(files) == sorted(expected)
        assert all(str(e).startswith(f"{e.path}: ") for e in errors)
        assert any(e.path == str(root / "not-there.txt") for e in errors)
        for path in files:
            assert isinstance(check_load(path), list | LoadError)


def _mkdirs(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        return False  # a file of that name was made first
    return True


def _visible(relative: Path) -> bool:
    """Not hidden, not an Office lock file, not OS clutter: the name and every folder on the way."""
    junk = {"thumbs.db", "desktop.ini"}
    return not any(p.startswith((".", "~$")) or p.lower() in junk for p in relative.parts)


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED
