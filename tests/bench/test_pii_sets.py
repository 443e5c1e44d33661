"""The tuning set's court-case records: scored by bench/redaction.py, ingested at rest."""

from __future__ import annotations

from bench.pii import sets
from bench.redaction_at_rest import labelled, texts


def test_when_tuning_records_read_then_each_row_has_labels_and_people_metadata() -> None:
    rows = sets.records(tuning=True)
    assert rows
    for row, labels in rows:
        assert {"name", "defendant", "state", "year", "summary"} <= set(row)
        assert row["name"].startswith("USA v. ")
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


def test_when_held_out_set_3_is_loaded_then_it_is_scored_alone_under_its_own_name() -> None:
    from bench import redaction

    items = redaction.LOADERS["heldout3"](None)
    assert len(items) >= 70
    assert {item.part for item in items} == {"in-domain 3"}
    assert all(item.pii and item.keep for item in items)
    assert set(redaction.LOADERS) == set(redaction.NAMES)
    assert set(redaction.PREFIX) == set(redaction.NAMES) - {"tuning"}
