"""bench/pii/check.py finds each kind of label problem, and held-out set 3 has none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.pii.check import iban_ok, luhn_ok, main, problems

PII_DIR = Path(__file__).resolve().parents[2] / "demo" / "eval" / "pii"
HELDOUT3 = PII_DIR / "heldout3_indomain.jsonl"
TEXT = "Call Amira Haddou on +33 6 12 34 56 78 in Lyon; Amira paid €200."


def _row(**changes: object) -> dict:
    row = {
        "text": TEXT,
        "pii": [
            {"type": "PERSON", "value": "Amira Haddou"},
            {"type": "PERSON", "value": "Amira"},
            {"type": "PHONE_NUMBER", "value": "+33 6 12 34 56 78"},
        ],
        "keep": [{"type": "CITY", "value": "Lyon"}, {"type": "MONEY", "value": "€200"}],
        "source": "test",
        "genre": "note",
        "id": "t-1",
    }
    return {**row, **changes}


def test_when_a_row_is_well_labelled_then_no_problem_is_found() -> None:
    assert problems([_row()]) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"pii": [{"type": "PERSON", "value": "Amira Hadou"}]}, "does not occur as a whole word"),
        ({"pii": [{"type": "PERSON", "value": "Amir"}]}, "does not occur as a whole word"),
        ({"pii": [{"type": "NAME", "value": "Amira"}]}, "type NAME is not in the README"),
        ({"keep": [{"type": "TOWN", "value": "Lyon"}]}, "type TOWN is not in the README"),
        (
            {"keep": [{"type": "CITY", "value": "Lyon"}, {"type": "ORG", "value": "Amira"}]},
            "'Amira' is labelled both pii and keep",
        ),
        ({"keep": [{"type": "ORG", "value": "Haddou"}]}, "occurs only inside values to remove"),
        (
            {"pii": [{"type": "PERSON", "value": "Amira Haddou"}]},
            "name part 'Amira' occurs outside every labelled value",
        ),
    ],
)
def test_when_a_label_is_wrong_then_the_problem_is_named(changes: dict, expected: str) -> None:
    found = problems([_row(**changes)])
    assert any(expected in p for p in found), found


def test_when_provenance_is_missing_then_each_missing_field_is_named() -> None:
    row = {k: v for k, v in _row().items() if k not in ("source", "genre")}
    assert problems([row]) == ["t-1: missing source", "t-1: missing genre"]


def test_when_a_text_is_out_of_bounds_or_an_id_repeats_then_both_are_named() -> None:
    found = problems([_row(), _row()], min_chars=300, max_chars=1500)
    assert "t-1: 64 characters, outside 300-1500" in found
    assert "t-1: id used more than once" in found


@pytest.mark.parametrize(
    ("check", "value", "ok"),
    [
        (luhn_ok, "4111 1111 1111 1111", True),
        (luhn_ok, "4111 1111 1111 1112", False),
        (iban_ok, "GB82 WEST 1234 5698 7654 32", True),
        (iban_ok, "GB82 WEST 1234 5698 7654 33", False),
        (iban_ok, "not an iban", False),
    ],
)
def test_when_a_number_is_checked_then_its_checksum_decides(check, value: str, ok: bool) -> None:
    assert check(value) is ok


def test_when_checksums_are_asked_then_a_bad_card_and_iban_are_named() -> None:
    text = "Card 4111 1111 1111 1112, IBAN GB82 WEST 1234 5698 7654 33, from Mira Sølvberg here."
    row = _row(
        text=text + " " * 10,
        pii=[
            {"type": "CREDIT_CARD", "value": "4111 1111 1111 1112"},
            {"type": "IBAN_CODE", "value": "GB82 WEST 1234 5698 7654 33"},
            {"type": "PERSON", "value": "Mira Sølvberg"},
        ],
        keep=[],
    )
    assert problems([row]) == []
    assert len(problems([row], checksums=True)) == 2


@pytest.mark.parametrize(
    ("name", "rows_at_least", "genres_at_least"),
    [("heldout3", 70, 12), ("heldout4", 120, 14)],
)
def test_when_a_hand_written_held_out_set_is_checked_then_it_is_clean_and_as_large_as_asked(
    name: str, rows_at_least: int, genres_at_least: int, capsys: pytest.CaptureFixture[str]
) -> None:
    path = PII_DIR / f"{name}_indomain.jsonl"
    assert main([str(path), "--min-chars", "300", "--max-chars", "1500", "--checksums"]) == 0
    assert "no problems" in capsys.readouterr().out
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= rows_at_least
    assert {r["source"] for r in rows} == {name}
    assert len({r["genre"] for r in rows}) >= genres_at_least


def test_when_held_out_4_is_rebuilt_from_its_marked_text_then_it_is_the_committed_file() -> None:
    from tools.pii_marked_to_jsonl import convert

    marked = (PII_DIR / "heldout4_indomain.marked.txt").read_text(encoding="utf-8")
    committed = (PII_DIR / "heldout4_indomain.jsonl").read_text(encoding="utf-8").splitlines()
    assert convert(marked, "heldout4") == [json.loads(line) for line in committed]
