"""The held-out answers bench's breakdown of which check declined or flagged a question."""

from __future__ import annotations

from bench.answers_heldout import check_counts


def _row(cls: str, checks: list[str], flagged: bool = True) -> dict:
    return {"class": cls, "checks": checks, "flagged": flagged, "declined": False}


def test_when_rows_are_flagged_then_counts_per_class_and_check_with_sole_causes() -> None:
    rows = [
        _row("plain", ["absent topic"]),
        _row("plain", ["absent topic", "period"]),
        _row("quoted name", ["relevance floor"]),
        _row("quoted name", [], flagged=False),  # not said: left out
        {**_row("paraphrase", []), "flagged": False, "declined": True},  # no check: other
    ]
    head, *body = check_counts(rows, lambda r: r["flagged"] or r["declined"])
    assert head == ["class", "n", "absent topic", "other", "period", "relevance floor"]
    assert body == [
        ["all", 4, "2 (sole 1)", "1 (sole 1)", "1 (sole 0)", "1 (sole 1)"],
        ["paraphrase", 1, "-", "1 (sole 1)", "-", "-"],
        ["plain", 2, "2 (sole 1)", "-", "1 (sole 0)", "-"],
        ["quoted name", 1, "-", "-", "-", "1 (sole 1)"],
    ]


def test_when_nothing_is_flagged_then_only_the_header_and_empty_totals() -> None:
    head, *body = check_counts([_row("plain", [], flagged=False)], lambda r: r["flagged"])
    assert head == ["class", "n"]
    assert body == [["all", 0]]
