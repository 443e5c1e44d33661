"""The pattern recognizers' base class: its per-pattern scoring hook and list cues (no spaCy)."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer
from redaction.recognizers.world_id import WorldIdRecognizer


class _EvenOdd(ContextPatternRecognizer):
    """Two patterns, each with a check of its own: 'E' numbers must be even, 'O' numbers
    odd; a failed 'E' check drops the match, a failed 'O' check scores 0.1."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="TEST_ID",
            name="even_odd",
            patterns=[Pattern("even", r"\bE\d+\b", 0.3), Pattern("odd", r"\bO\d+\b", 0.3)],
            context=["ref"],
        )

    def score_match(self, pattern: Pattern, value: str) -> tuple[float, bool] | None:
        passed = int(value[1:]) % 2 == (0 if pattern.name == "even" else 1)
        if passed:
            return 0.7, True
        return None if pattern.name == "even" else (0.1, False)


def _found(recognizer: ContextPatternRecognizer, text: str) -> list[tuple[str, float, bool]]:
    results = recognizer.analyze(text, recognizer.supported_entities)
    return sorted(
        (
            text[r.start : r.end],
            round(r.score, 2),
            bool(r.analysis_explanation.validation_result),
        )
        for r in results
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E12 and O13", [("E12", 0.7, True), ("O13", 0.7, True)]),
        ("E13 and O12", [("O12", 0.1, False)]),
        ("ref E12", [("E12", 1.0, True)]),  # 0.7 + the context boost 0.45, capped at 1.0
    ],
)
def test_when_each_pattern_has_its_own_check_then_score_match_decides(text, expected):
    assert _found(_EvenOdd(), text) == expected


class _Listed(ContextPatternRecognizer):
    """A number scoring 0.3 alone and 0.75 right after the cue 'ref'."""

    CONTEXT_BEFORE = 5

    def __init__(self) -> None:
        super().__init__(
            supported_entity="TEST_ID",
            name="listed",
            patterns=[Pattern("number", r"\bN\d{3}\b", 0.3)],
            context=["ref"],
        )


class _Unlisted(_Listed):
    SHARE_LIST_CUES = False


def test_when_list_cues_are_shared_then_a_listed_number_takes_its_neighbours_cue():
    text = "ref N123, N456"
    assert _found(_Listed(), text) == [("N123", 0.75, False), ("N456", 0.75, False)]
    assert _found(_Unlisted(), text) == [("N123", 0.75, False), ("N456", 0.3, False)]


@pytest.mark.parametrize(
    ("text", "value", "score"),
    [
        ("value 529.982.247-25 here", "529.982.247-25", 1.0),  # CPF check passes
        ("value 529.982.247-24 here", "529.982.247-24", 0.5),  # fails: its unchecked score
        ("value 9999 4105 7058 here", "9999 4105 7058", 0.6),  # grouped Aadhaar passes
        ("value 9999 4105 7059 here", "9999 4105 7059", 0.1),
        ("value 466-82-5049 here", "466-82-5049", 0.5),  # US SSN: no check at all
    ],
)
def test_when_world_id_format_is_checked_then_its_own_scores_apply(text, value, score):
    found = _found(WorldIdRecognizer(), text)
    assert [(v, s) for v, s, _ in found] == [(value, score)]


def test_when_world_id_check_fails_without_unchecked_score_then_match_is_dropped():
    # An NHS number with a wrong check digit after its cue: the bare-run format drops it.
    assert _found(WorldIdRecognizer(), "NHS number 943 476 5918") == []
    found = _found(WorldIdRecognizer(), "NHS number 943 476 5919")
    assert [(v, s) for v, s, _ in found] == [("943 476 5919", 0.9)]


def test_when_recognizers_share_patterns_then_each_compiles_its_own_once_with_its_flags() -> None:
    from presidio_analyzer import PatternRecognizer

    from redaction.recognizers.contextual import CASE_INSENSITIVE, CASE_SENSITIVE

    shared = [Pattern("word", r"\bref\d+\b", 0.5)]

    def build(case_sensitive: bool) -> ContextPatternRecognizer:
        return ContextPatternRecognizer(
            supported_entity="TEST_ID",
            name="shared",
            patterns=shared,
            case_sensitive=case_sensitive,
        )

    strict, loose = build(True), build(False)
    assert shared[0].compiled_regex is None  # the module's pattern is left as it was
    for recognizer, flags in ((strict, CASE_SENSITIVE), (loose, CASE_INSENSITIVE)):
        (pattern,) = recognizer.patterns
        assert pattern is not shared[0]
        assert pattern.compiled_with_flags == flags
        assert recognizer._compiled == [(pattern, pattern.compiled_regex)]
        # Presidio's own matching reuses the compiled regex instead of compiling it again.
        compiled = pattern.compiled_regex
        PatternRecognizer.analyze(recognizer, "REF12 ref3", ["TEST_ID"])
        assert pattern.compiled_regex is compiled
    assert [r.start for r in strict.analyze("REF12 ref3", ["TEST_ID"])] == [6]
    assert sorted(r.start for r in loose.analyze("REF12 ref3", ["TEST_ID"])) == [0, 6]
