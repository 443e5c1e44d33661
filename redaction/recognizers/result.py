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
    why: str | AnalysisExplanation,
    *,
    pattern: str | None = None,
    context_applied: bool = False,
) -> RecognizerResult:
    """A result of `recognizer` (its name and id recorded) whose explanation is `why` (a
    sentence, or an explanation built already, such as a regex rule's), and `pattern` where
    the rule has a name of its own. `context_applied`: the recognizer ran its own context
    check, so Presidio's lemma enhancer must not boost the score a second time."""
    explanation = (
        why
        if isinstance(why, AnalysisExplanation)
        else AnalysisExplanation(
            recognizer=recognizer.name,
            original_score=score,
            pattern_name=pattern,
            textual_explanation=why,
        )
    )
    metadata: dict[str, Any] = {
        RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
    }
    if context_applied:
        metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
    return RecognizerResult(
        entity_type=entity_type,
        start=start,
        end=end,
        score=score,
        analysis_explanation=explanation,
        recognition_metadata=metadata,
    )
