"""The Presidio redactor: one spaCy pass per text, our recognizers, one policy.

Per text: spaCy (through `nlp.pipe` in batches) -> Presidio's analyzer restricted to the
entity types in `settings.remove` -> the organisation's deny list -> the person guard
(releases places, nationalities, businesses) -> name propagation (a detected name's other
occurrences and part-names) -> overlap resolution -> numbered placeholders written by
Presidio's anonymizer. Built by `redaction.factory.build_redactor`; nothing here loads
a model or imports Presidio at import time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from redaction.base import RedactedEntity, RedactionResult
from redaction.pseudonyms import Pseudonymizer

if TYPE_CHECKING:
    from spacy.language import Language

    from core.settings import RedactionSettings
    from redaction.person_guard import PersonGuard


@dataclass
class Detection:
    """A span to remove, in original-text offsets."""

    type: str
    start: int
    end: int
    score: float


def resolve_overlaps(detections: Sequence[Detection]) -> list[Detection]:
    """Merge overlapping detections into one span covering all of them (so no fragment
    survives), typed after the best of them: highest score, then longest."""
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
    return Detection(
        best.type, min(d.start for d in cluster), max(d.end for d in cluster), best.score
    )


def _place_spans(artifacts: Any) -> list[tuple[int, int]]:
    """Character spans spaCy labelled as places (GPE, LOC) in this text."""
    doc = getattr(artifacts, "tokens", None)
    if doc is None:
        return []
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC")]


class PresidioRedactor:
    """Removes what identifies a person and keeps what analysis needs (see `Redactor`).

    Build it once with `build_redactor(settings)` and reuse it: it holds the spaCy model.
    """

    def __init__(
        self,
        *,
        settings: RedactionSettings,
        analyzer: Any,
        anonymizer: Any,
        guard: PersonGuard,
        entities: list[str],
        deny_list_enabled: bool,
        batch_size: int = 32,
    ) -> None:
        from presidio_anonymizer.entities import OperatorConfig
        from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult

        self.settings = settings
        self.analyzer = analyzer
        self.anonymizer = anonymizer
        self.guard = guard
        self.entities = entities
        self.batch_size = batch_size
        self._deny_list_enabled = deny_list_enabled
        self._deny_cache: dict[str | None, Any] = {}
        self._operator_config = OperatorConfig
        self._anonymizer_result = AnonymizerResult
        self._allowed: regex.Pattern[str] | None = None
        self.allow(settings.allow_list)

    def allow(self, terms: Sequence[str]) -> None:
        """Names that are never removed as people (partner organisations, their programmes).

        The composition root passes every registered organisation's name, so a business the
        small NER model mistakes for a person keeps its name.
        """
        current = set(self._allowed.pattern.split("|")) if self._allowed is not None else set()
        words = sorted(
            {regex.escape(t.strip()) for t in terms if t.strip()} | current, key=len, reverse=True
        )
        words = [w for w in words if w]
        self._allowed = regex.compile("|".join(words), regex.IGNORECASE) if words else None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (loaded once), for callers that need tokens or sentences."""
        return self.analyzer.nlp_engine.get_nlp("en")

    # Redactor protocol -------------------------------------------------------------------
    def redact(self, text: str, *, org: str | None = None) -> RedactionResult:
        """Redact one text; `org` selects that organisation's extra deny-list terms."""
        return self.redact_many([text], org=org)[0]

    def redact_many(self, texts: list[str], *, org: str | None = None) -> list[RedactionResult]:
        """Redact a batch; spaCy runs once over all of them through `nlp.pipe`."""
        results: list[RedactionResult] = [RedactionResult(text=t) for t in texts]
        todo = [i for i, t in enumerate(texts) if t.strip()]
        if not todo:
            return results
        batch = self.analyzer.nlp_engine.process_batch(
            [texts[i] for i in todo], language="en", batch_size=self.batch_size
        )
        for i, (_, artifacts) in zip(todo, batch, strict=True):
            results[i] = self._redact_one(texts[i], artifacts, org)
        return results

    # Steps -------------------------------------------------------------------------------
    def detect(self, text: str, artifacts: Any, org: str | None = None) -> list[Detection]:
        """Every span to remove, resolved, before placeholders are chosen."""
        threshold = self.settings.score_threshold
        found: list[Detection] = []
        if self.entities:
            for r in self.analyzer.analyze(
                text=text,
                language="en",
                entities=self.entities,
                nlp_artifacts=artifacts,
                score_threshold=threshold,
            ):
                found.append(Detection(r.entity_type, r.start, r.end, r.score))
        deny = self._deny_recognizer(org)
        if deny is not None:
            for r in deny.analyze(text, ["DENY_LIST"]):
                found.append(Detection("DENY_LIST", r.start, r.end, r.score))
        found = self._guard_people(text, found, _place_spans(artifacts))
        found = self._propagate_people(text, found)
        if self._allowed is not None:
            allowed = [m.span() for m in self._allowed.finditer(text)]
            found = [
                d
                for d in found
                if d.type != "PERSON" or not any(a <= d.start and d.end <= b for a, b in allowed)
            ]
        return resolve_overlaps(found)

    def _redact_one(self, text: str, artifacts: Any, org: str | None) -> RedactionResult:
        detections = self.detect(text, artifacts, org)
        if not detections:
            return RedactionResult(text=text)
        names = Pseudonymizer()
        mapping: dict[str, dict[str, str]] = {}
        entities = []
        for det in detections:
            surface = text[det.start : det.end]
            placeholder = names.placeholder(det.type, surface)
            mapping.setdefault(det.type, {})[surface] = placeholder
            entities.append(RedactedEntity(det.type, det.start, det.end, placeholder))
        operators = {
            etype: self._operator_config("custom", {"lambda": table.__getitem__})
            for etype, table in mapping.items()
        }
        anonymized = self.anonymizer.anonymize(
            text=text,
            analyzer_results=[
                self._anonymizer_result(d.type, d.start, d.end, d.score) for d in detections
            ],
            operators=operators,
            merge_entities_with_spaces=False,
        )
        return RedactionResult(text=anonymized.text, entities=entities)

    def _deny_recognizer(self, org: str | None) -> Any:
        if not self._deny_list_enabled:
            return None
        if org not in self._deny_cache:
            from redaction.recognizers.deny_list import DenyListRecognizer, terms_for

            terms = terms_for(self.settings.deny_list, org)
            self._deny_cache[org] = DenyListRecognizer(terms) if terms else None
        return self._deny_cache[org]

    def _guard_people(
        self, text: str, found: list[Detection], places: list[tuple[int, int]]
    ) -> list[Detection]:
        kept = []
        for det in found:
            if det.type == "PERSON":
                span = self.guard.clean(text, det.start, det.end, places)
                if span is None:
                    continue
                det = Detection("PERSON", span[0], span[1], det.score)
            kept.append(det)
        return kept

    def _propagate_people(self, text: str, found: list[Detection]) -> list[Detection]:
        """Also remove other occurrences of each detected name and of its name words."""
        people = [d for d in found if d.type == "PERSON"]
        if not people:
            return found
        scores: dict[str, float] = {}
        for det in people:
            surface = text[det.start : det.end]
            for term in (surface, *self.guard.name_tokens(surface)):
                scores[term] = max(scores.get(term, 0.0), det.score)
        terms = sorted(scores, key=len, reverse=True)
        pattern = regex.compile(
            r"(?<![\p{L}\p{M}\p{N}])(?:"
            + "|".join(regex.escape(t) for t in terms)
            + r")(?![\p{L}\p{M}\p{N}])"
        )
        taken = sorted((d.start, d.end) for d in found)
        extra = []
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            extra.append(Detection("PERSON", start, end, scores[match.group()]))
        return found + extra
