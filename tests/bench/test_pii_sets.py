"""The tuning set's court-case records: scored by bench/redaction.py, ingested at rest."""

from __future__ import annotations

import pytest

from bench.pii import sets
from bench.redaction_at_rest import find_values, labelled, texts


def test_when_tuning_records_read_then_each_row_has_labels_and_people_metadata() -> None:
    rows = sets.records(tuning=True)
    assert rows
    for row, labels in rows:
        assert {"name", "defendant", "state", "year", "summary"} <= set(row)
        assert " v. " in row["name"]
        assert any(p["type"] == "PERSON" for p in labels["pii"])


def test_when_tuning_set_built_then_it_holds_the_record_summaries() -> None:
    parts = {item.part for item in sets.tuning(generated=5)}
    assert "court summaries" in parts


def test_when_at_rest_runs_on_tuning_then_it_checks_the_tuning_texts_and_records() -> None:
    pii, rest, _ = labelled(tuning=True)
    values = {value for _, value in pii}
    assert {item["value"] for row in texts(True) for item in row["pii"]} <= values
    record_values = {i["value"] for _, labels in sets.records(tuning=True) for i in labels["pii"]}
    assert record_values <= values
    assert len(rest) == len(texts(True)) + len(sets.records(tuning=True))


@pytest.mark.parametrize(
    ("name", "part", "at_least"),
    [("heldout3", "in-domain 3", 70), ("heldout4", "in-domain 4", 120)],
)
def test_when_a_later_held_out_set_is_loaded_then_it_is_scored_alone_under_its_own_name(
    name: str, part: str, at_least: int
) -> None:
    from bench import redaction

    items = redaction.LOADERS[name](None)
    assert len(items) >= at_least
    assert {item.part for item in items} == {part}
    assert all(item.pii and item.keep for item in items)
    assert set(redaction.LOADERS) == set(redaction.NAMES)
    assert set(redaction.PREFIX) == {n for n in redaction.NAMES if not n.startswith("tuning")}


def test_when_one_tuning_file_is_asked_for_then_it_is_scored_alone_and_never_a_held_out_one():
    from bench import redaction

    items = redaction.LOADERS["tuning13"](None)
    assert len(items) == 336
    assert {item.part for item in items} == {"tuning_generated13"}
    with pytest.raises(SystemExit, match="only tuning_"):
        sets.tuning_file("heldout3_indomain")


def test_when_a_number_sits_inside_a_hex_id_then_at_rest_does_not_count_it() -> None:
    files = {
        "lens.db": b"chunk 54f8ff9871e47bf424b5436c7501138b5889968af8c3ed73d8e37 ...",
        "log.txt": b"seen at 75011 Paris; call 07700900123.",
    }
    pii = [("POSTCODE", "75011"), ("PHONE_NUMBER", "07700 900123"), ("POSTCODE", "38b58")]
    assert find_values(files, pii) == {
        ("POSTCODE", "75011"): ["log.txt"],
        ("PHONE_NUMBER", "07700 900123"): ["log.txt"],
    }
    # inside the id alone it is not counted; beside punctuation it is
    assert find_values({"lens.db": files["lens.db"]}, pii) == {}
    assert find_values({"x": b'"75011"'}, [("POSTCODE", "75011")]) == {("POSTCODE", "75011"): ["x"]}


def test_when_set_is_a_tuning_file_stem_then_that_file_alone_is_loaded() -> None:
    from bench import redaction

    items = redaction.loader("tuning_dob14")(None)
    assert len(items) == 28
    assert {item.part for item in items} == {"tuning_dob14"}
    with pytest.raises(SystemExit, match="only tuning_"):
        redaction.loader("heldout4_indomain")(None)
