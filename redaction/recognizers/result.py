"""One removal as Presidio reports it, with the rule and score that `lens redact --explain`
shows: the shape every recognizer of ours that is not a plain pattern builds."""

from __future__ import annotations

from typing import Any

from presidio_analyzer import AnalysisExplanation, RecognizerResult


def explained(
    recognizer: Any,
    entity_type: str,
    start: int,
    end: int,
    score: float,
    why: str,
    *,
    pattern: str | None = None,
) -> RecognizerResult:
    """A result of `recognizer` (its name and id recorded) whose explanation is `why`, and
    `pattern` where the rule has a name of its own."""
    return RecognizerResult(
        entity_type=entity_type,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name,
            original_score=score,
            pattern_name=pattern,
            textual_explanation=why,
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )
