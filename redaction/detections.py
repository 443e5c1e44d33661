"""Detections and placeholders: the spans a redactor removes, how overlapping ones merge, and
how they become numbered placeholders in the text (`redaction.engine` finds them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from core.errors import LensError
from redaction.base import RedactedEntity, RedactionResult
from redaction.pseudonyms import Pseudonymizer


@dataclass
class Detection:
    """A span to remove, in original-text offsets."""

    type: str
    start: int
    end: int
    score: float
    rule: str = ""


class RedactionTimeout(LensError):
    """A document took longer than `redaction.max_seconds_per_doc` to redact."""


def resolve_overlaps(detections: Sequence[Detection]) -> list[Detection]:
    """Merge overlapping detections into one span covering all of them (so no fragment
    survives), typed after the best of them: highest score, then longest, then first found.
    The rules it lists do not depend on the order the detections come in (equal scores are
    listed by name), so `--explain` names them the same way on every run."""
    merged: list[Detection] = []
    cluster: list[Detection] = []
    end = -1
    for det in sorted(detections, key=lambda d: (d.start, -d.end)):
        if cluster and det.start >= end:
            merged.append(_merge(cluster))
            cluster = []
        cluster.append(det)
        end = max(end, det.end) if len(cluster) > 1 else det.end
    if cluster:
        merged.append(_merge(cluster))
    return merged


def _merge(cluster: list[Detection]) -> Detection:
    best = max(cluster, key=lambda d: (d.score, d.end - d.start))
    # Every rule that agreed, best first (equal scores by name): what `--explain` reports.
    ranked = sorted(cluster, key=lambda d: (-d.score, d.rule))
    rule = " + ".join(dict.fromkeys(d.rule for d in ranked if d.rule))
    return Detection(
        best.type, min(d.start for d in cluster), max(d.end for d in cluster), best.score, rule
    )


def rule_of(result: Any) -> str:
    """ "recognizer: pattern" for a Presidio result (what `--explain` shows)."""
    explanation = getattr(result, "analysis_explanation", None)
    name = getattr(explanation, "recognizer", None) or result.recognition_metadata.get(
        "recognizer_name", "?"
    )
    pattern = getattr(explanation, "pattern_name", None) or getattr(
        explanation, "textual_explanation", None
    )
    return f"{name}: {pattern}" if pattern else str(name)


# Placeholders already in a text (a stored, redacted text being scrubbed again).
PLACEHOLDER = regex.compile(r"<(?P<type>[A-Z][A-Z_]*)_(?P<n>\d+)>")


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether start:end shares a character with any of `spans`."""
    return any(s < end and start < e for s, e in spans)


def place_spans(artifacts: Any) -> list[tuple[int, int]]:
    """Character spans spaCy labelled as places (GPE, LOC) in this text."""
    doc = getattr(artifacts, "tokens", None)
    if doc is None:
        return []
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC")]


def placeholders_in(texts: list[str]) -> dict[str, int]:
    """The highest placeholder number per type already in these texts."""
    taken: dict[str, int] = {}
    for text in texts:
        if "<" in text:
            for m in PLACEHOLDER.finditer(text):
                taken[m["type"]] = max(taken.get(m["type"], 0), int(m["n"]))
    return taken


def splice(text: str, detections: list[Detection], names: Pseudonymizer) -> RedactionResult:
    """The text with each detection replaced by its placeholder (offsets into `text`)."""
    if not detections:
        return RedactionResult(text)
    pieces: list[str] = []
    entities: list[RedactedEntity] = []
    last = 0
    for det in detections:
        placeholder = names.placeholder(det.type, text[det.start : det.end])
        pieces += [text[last : det.start], placeholder]
        entities.append(
            RedactedEntity(det.type, det.start, det.end, placeholder, det.rule, round(det.score, 2))
        )
        last = det.end
    pieces.append(text[last:])
    return RedactionResult("".join(pieces), entities)
