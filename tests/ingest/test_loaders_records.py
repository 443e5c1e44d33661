"""CSV, JSON and JSON Lines: one document per record, and clear errors for bad files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ingest.loaders import load_file
from ingest.model import LoadError, RecordOptions

MB = 1024 * 1024
OPTIONS = RecordOptions(text_column="body", id_column="case_id", meta_columns=("country", "date"))


def _refusal(path: Path, options: RecordOptions = OPTIONS) -> str:
    with pytest.raises(LoadError) as caught:
        load_file(path, options, 20 * MB)
    return str(caught.value)


# --- CSV -----------------------------------------------------------------------------------------


def test_when_a_csv_is_loaded_then_each_row_is_a_document(write) -> None:
    path = write(
        "cases.csv",
        "case_id,body,country,date\n"
        'C-1,"Forced labour on\na fishing boat",TH,2023-04-01\n'
        "C-2,Debt bondage  in a brick kiln,IN,not a date\n",
    )
    docs = load_file(path, OPTIONS, 20 * MB)
    assert [(d.source_ref, d.title, d.text, d.meta, d.doc_date) for d in docs] == [
        ("cases.csv#C-1", "Forced labour on", "Forced labour on\na fishing boat",
         {"country": "TH", "date": "2023-04-01"}, date(2023, 4, 1)),
        ("cases.csv#C-2", "Debt bondage in a brick kiln", "Debt bondage in a brick kiln",
         {"country": "IN", "date": "not a date"}, None),
    ]  # fmt: skip
    assert all(d.path == path for d in docs)


def test_when_no_id_column_is_given_then_the_row_number_is_the_id(write) -> None:
    path = write("rows.csv", "body\nfirst\n\nsecond\n")
    docs = load_file(path, RecordOptions(text_column="body"), 20 * MB)
    assert [d.source_ref for d in docs] == ["rows.csv#1", "rows.csv#2"]


def test_when_rows_have_empty_text_then_they_are_skipped_not_errors(write) -> None:
    path = write("gaps.csv", "case_id,body\n1,kept\n2,\n3,   \n4,also kept\n")
    docs = load_file(path, RecordOptions(text_column="body", id_column="case_id"), 20 * MB)
    assert [d.source_ref for d in docs] == ["gaps.csv#1", "gaps.csv#4"]


def test_when_every_row_is_empty_then_the_file_is_refused(write) -> None:
    path = write("hollow.csv", "case_id,body\n1,\n2, \n")
    assert _refusal(path, RecordOptions(text_column="body")) == (
        f"{path}: has no records with text in the 'body' column."
    )


def test_when_the_text_column_is_missing_then_the_error_lists_the_columns(write) -> None:
    path = write("cases.csv", "case_id,description,country\n1,x,TH\n")
    assert _refusal(path) == (
        f"{path}: has no text column 'body' (available: case_id, description, country)."
    )


def test_when_no_text_column_is_named_and_none_is_called_text_then_it_says_how(write) -> None:
    path = write("cases.csv", "id,description\n1,x\n")
    assert _refusal(path, RecordOptions()) == (
        f"{path}: has no 'text' column; name the text column with --text-column "
        "(available: id, description)."
    )


def test_when_no_text_column_is_named_then_a_text_column_is_used(write) -> None:
    path = write("plain.csv", "id,text\n1,hello\n")
    assert load_file(path, RecordOptions(), 20 * MB)[0].text == "hello"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (RecordOptions(text_column="body", id_column="ref"), "has no id column 'ref'"),
        (RecordOptions(text_column="body", meta_columns=("area",)), "has no meta column 'area'"),
    ],
)
def test_when_an_id_or_meta_column_is_missing_then_it_is_named(
    write, options: RecordOptions, message: str
) -> None:
    path = write("cases.csv", "case_id,body\n1,x\n")
    assert f"{message} (available: case_id, body)" in _refusal(path, options)


@pytest.mark.parametrize(
    ("content", "delimiter"),
    [
        ("Case_ID;Body\n1;semi colon\n", "semicolon"),
        ("Case_ID\tBody\n1\ttabbed\n", "tab"),
        ("\ufeffCase_ID,Body\r\n1,with bom\r\n", "bom-crlf"),
    ],
)
def test_when_a_csv_uses_another_delimiter_or_case_then_it_still_loads(
    write, content: str, delimiter: str
) -> None:
    path = write(f"{delimiter}.csv", content)
    [doc] = load_file(path, RecordOptions(text_column="body", id_column="case_id"), 20 * MB)
    assert doc.source_ref == f"{delimiter}.csv#1"


def test_when_a_csv_cell_is_longer_than_the_csv_module_default_then_it_loads(write) -> None:
    path = write("long.csv", "body\n" + "x" * 200_000 + "\n")
    assert len(load_file(path, RecordOptions(text_column="body"), 20 * MB)[0].text) == 200_000


def test_when_a_csv_has_only_a_header_then_it_has_no_records(write) -> None:
    path = write("header.csv", "case_id,body\n")
    assert _refusal(path) == f"{path}: has no records."


def test_when_a_cp1252_csv_is_loaded_then_it_is_decoded(write) -> None:
    path = write("legacy.csv", b"body\nOpfer in \x84\xdc-Haus\x93 gefunden\n")
    assert load_file(path, RecordOptions(text_column="body"), 20 * MB)[0].text == (
        'Opfer in "Ü-Haus" gefunden'
    )


# --- JSON ----------------------------------------------------------------------------------------

RECORDS = [
    {"case_id": 7, "body": "First record", "country": "NG", "date": "2022-01-31T10:00:00Z"},
    {"case_id": "C-8", "body": "Second record", "country": None},
    {"case_id": 9, "body": ""},
]


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(RECORDS, id="list"),
        pytest.param({"records": RECORDS, "source": "export"}, id="records-key"),
    ],
)
def test_when_json_holds_records_then_each_is_a_document(write, shape: object) -> None:
    docs = load_file(write("export.json", json.dumps(shape)), OPTIONS, 20 * MB)
    assert [(d.source_ref, d.text, d.meta, d.doc_date) for d in docs] == [
        ("export.json#7", "First record", {"country": "NG", "date": "2022-01-31T10:00:00Z"},
         date(2022, 1, 31)),
        ("export.json#C-8", "Second record", {"country": ""}, None),
    ]  # fmt: skip


def test_when_json_is_a_single_object_then_it_is_one_document(write) -> None:
    path = write("one.json", json.dumps({"text": "Only one", "title": "Named record"}))
    [doc] = load_file(path, RecordOptions(), 20 * MB)
    assert (doc.source_ref, doc.title, doc.text) == ("one.json#1", "Named record", "Only one")


def test_when_json_is_invalid_then_the_error_gives_the_position(write) -> None:
    path = write("bad.json", '[{"body": "ok"},\n {"body": }]')
    assert _refusal(path) == (f"{path}: is not valid JSON (Expecting value at line 2, column 11).")


def test_when_a_json_record_is_not_an_object_then_it_is_named(write) -> None:
    path = write("mixed.json", json.dumps([{"body": "ok"}, "just a string"]))
    assert _refusal(path) == f"{path}: record 2 is not a JSON object."


def test_when_json_is_nested_absurdly_deep_then_it_is_refused_clearly(write) -> None:
    path = write("deep.json", "[" * 100_000 + "]" * 100_000)
    assert "nested too deeply" in _refusal(path)


def test_when_a_json_list_is_empty_then_it_has_no_records(write) -> None:
    assert _refusal(write("none.json", "[]")).endswith("none.json: has no records.")


def test_when_a_text_field_is_not_a_string_then_it_is_written_as_json(write) -> None:
    path = write("typed.json", json.dumps([{"text": 42}, {"text": ["a", "b"]}]))
    docs = load_file(path, RecordOptions(), 20 * MB)
    assert [d.text for d in docs] == ["42", '["a", "b"]']


# --- JSON Lines ----------------------------------------------------------------------------------


def test_when_jsonl_is_loaded_then_each_line_is_a_document_numbered_by_line(write) -> None:
    lines = ['{"body": "one"}', "", '{"body": "two", "country": "RO"}']
    path = write("feed.jsonl", "\n".join(lines) + "\n")
    options = RecordOptions(text_column="body", meta_columns=("country",))
    docs = load_file(path, options, 20 * MB)
    assert [(d.source_ref, d.text, d.meta) for d in docs] == [
        ("feed.jsonl#1", "one", {}),
        ("feed.jsonl#3", "two", {"country": "RO"}),
    ]


def test_when_a_jsonl_line_is_invalid_then_its_line_number_is_named(write) -> None:
    path = write("feed.jsonl", '{"body": "one"}\n{"body": "two"}\n{"body": oops}\n')
    assert _refusal(path) == f"{path}: line 3 is not valid JSON (Expecting value)."


def test_when_a_jsonl_line_is_not_an_object_then_its_line_number_is_named(write) -> None:
    path = write("feed.jsonl", '{"body": "one"}\n[1, 2]\n')
    assert _refusal(path) == f"{path}: line 2 is not a JSON object."


def test_when_jsonl_has_only_blank_lines_then_it_is_empty(write) -> None:
    assert _refusal(write("blank.jsonl", "\n \n\t\n")).endswith("blank.jsonl: is empty.")


def test_when_a_csv_starts_with_blank_lines_then_the_header_is_still_found(write) -> None:
    path = write("padded.csv", "\n\n  \nbody\nhello\n")
    assert load_file(path, RecordOptions(text_column="body"), 20 * MB)[0].text == "hello"


def test_when_a_csv_quote_is_never_closed_then_it_is_refused_naming_the_line(write) -> None:
    path = write("broken.csv", '\nbody\nfine\n"never closed\nlater rows\nwould vanish\n')
    assert _refusal(path, RecordOptions(text_column="body")) == (
        f"{path}: has a quote opened on line 4 that is never closed."
    )


def test_when_a_csv_has_stray_quotes_inside_cells_then_it_still_loads(write) -> None:
    path = write("inches.csv", 'body,size\nA 5" screen,"x"y\nnext,row\n')
    docs = load_file(path, RecordOptions(text_column="body"), 20 * MB)
    assert [d.text for d in docs] == ['A 5" screen', "next"]
