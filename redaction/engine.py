"""The Presidio redactor: one spaCy pass per part, our recognizers, one policy per document.

A document is its body (in segments), its title and its metadata values (`redaction.document`).
Per part: spaCy (through `nlp.pipe` in batches, on true-cased text where a line is all
capitals or all lower case) -> Presidio's analyzer restricted to the entity types in
`settings.remove` -> the organisation's deny list -> people of a people column -> the person
guard (releases places, nationalities, businesses). Then per document: every name found in
any part (and its part-names, in any case) and every other value found is removed from every
part (`redaction.spread`) -> overlap resolution -> numbered placeholders shared by all
parts. Built by `redaction.factory.build_redactor`; nothing here loads a model or imports
Presidio at import time.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

import regex

from redaction.base import DocumentInput, DocumentResult, RedactedEntity, RedactionResult
from redaction.birth_rows import birth_row_detections
from redaction.caps_names import caps_people
from redaction.detections import (
    PLACEHOLDER,
    Detection,
    RedactionTimeout,
    place_spans,
    placeholders_in,
    resolve_overlaps,
    rule_of,
    splice,
)
from redaction.document import Part, document_parts, people_rule, people_spans, truecase
from redaction.other_scripts import other_script_people
from redaction.part_reuse import copy_detections, first_of_same
from redaction.pseudonyms import Pseudonymizer
from redaction.text_tables import table_people
from redaction.town_alone import lone_town, several_word_town
from redaction.unread_names import unread_people

if TYPE_CHECKING:
    from spacy.language import Language

    from core.settings import RedactionSettings
    from redaction.person_guard import PersonGuard


_LOWER_CASE_CUES = (
    "lower-case name after a title",
    "form field (any case)",
    "lower-case name run",
    "lower-case chat name",
)
# Cues too weak to take a capitalised English word for a name on their own ("DC Comics").
_WEAK = "role + name|of/by + name|name, age|police rank + name|role + colon + name|that + names"
_WEAK_CUES = tuple(f"person_cue: {cue}" for cue in _WEAK.split("|"))
_SPACY_ONLY = "spacy_person: spaCy NER"  # the rule of a span no cue of ours backs


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
        english_words: Collection[str] = frozenset(),
    ) -> None:
        self.settings = settings
        self.analyzer = analyzer
        self.anonymizer = anonymizer
        self.guard = guard
        self.entities = entities
        self.batch_size = batch_size
        self.english_words = english_words
        self._deny_list_enabled = deny_list_enabled
        self._deny_cache: dict[str | None, Any] = {}
        self._dates = next(  # keeps the full dates of its last analysis, for birth rows
            (r for r in analyzer.registry.recognizers if r.name == "date_of_birth"), None
        )
        self._allowed: regex.Pattern[str] | None = None
        self.allow(settings.allow_list)
        from redaction.name_list import NameList
        from redaction.spread import DocumentSpread

        self.spread = DocumentSpread(guard, settings.max_seconds_per_doc)
        self.name_list = NameList(guard)

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
    def policy_version(self) -> str:
        """The version of this policy, stored with each document it scrubs."""
        from redaction.policy import policy_version

        return policy_version(self.settings)

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (loaded once), for callers that need tokens or sentences."""
        return self.analyzer.nlp_engine.get_nlp("en")

    # Redactor protocol -------------------------------------------------------------------
    def redact(self, text: str, *, org: str | None = None) -> RedactionResult:
        """Redact one text; `org` selects that organisation's extra deny-list terms."""
        return self.redact_many([text], org=org)[0]

    def redact_many(self, texts: list[str], *, org: str | None = None) -> list[RedactionResult]:
        """Redact a batch of independent texts; spaCy runs once over all of them."""
        results = self.redact_documents([DocumentInput(t) for t in texts], org=org)
        for r in results:
            if r.error is not None:
                raise RedactionTimeout(f"This text {r.error}")
        return [r.body for r in results]

    def redact_documents(
        self, docs: list[DocumentInput], *, org: str | None = None
    ) -> list[DocumentResult]:
        """Redact whole documents: a value found in any part goes from every part, with one
        placeholder per value across the body, the title and the metadata."""
        parts = document_parts(docs)
        failed: dict[int, str] = {}
        limits = [self.time_limit(d) for d in docs]
        spent = [0.0] * len(docs)  # seconds of spaCy and recognizer time per document

        same = first_of_same(parts, people_rule)  # a repeated text is analysed once
        detected: set[int] = set()

        def nlp_inputs() -> Any:
            # Read lazily by nlp.pipe: a failed document's rest and a repeated text are skipped.
            for i, part in enumerate(parts):
                skip = part.doc in failed or not part.text.strip() or same[i] != i
                yield "" if skip else self._nlp_text(part)

        outputs = iter(
            self.analyzer.nlp_engine.process_batch(
                nlp_inputs(), language="en", batch_size=self.batch_size
            )
        )
        # nlp.pipe works in mini-batches of `batch_size` parts: each mini-batch's spaCy time
        # is shared among its parts by length, so a huge document cannot make the small
        # documents beside it look slow.
        for first in range(0, len(parts), self.batch_size):
            chunk = range(first, min(len(parts), first + self.batch_size))
            t0 = time.monotonic()
            done = [next(outputs) for _ in chunk]
            nlp_seconds = time.monotonic() - t0
            total = sum(len(text) for text, _ in done) or 1
            for i, (nlp_text, artifacts) in zip(chunk, done, strict=True):
                part = parts[i]
                spent[part.doc] += nlp_seconds * len(nlp_text) / total
                if part.doc in failed or not part.text.strip():
                    continue
                if same[i] in detected:
                    part.found = copy_detections(parts[same[i]].found)
                    detected.add(i)
                    continue
                limit = limits[part.doc]
                t1 = time.monotonic()
                try:
                    if same[i] != i:  # its twin was not analysed (its document failed first)
                        nlp_text, artifacts = self._nlp_alone(part)
                    part.found = self._detect(part, nlp_text, artifacts, org)
                    detected.add(i)
                except TimeoutError:
                    failed[part.doc] = f"could not be redacted within {limit:.3g} s"
                spent[part.doc] += time.monotonic() - t1
                if part.doc not in failed and spent[part.doc] > limit:
                    failed[part.doc] = f"could not be redacted within {limit:.3g} s"
        by_doc: dict[int, list[Part]] = {}
        for part in parts:
            by_doc.setdefault(part.doc, []).append(part)
        out = []
        for i, d in enumerate(docs):
            if i in failed:
                empty = RedactionResult("")
                out.append(DocumentResult(empty, empty, {}, error=failed[i]))
            else:
                out.append(self._finish(d, by_doc.get(i, [])))
        return out

    def time_limit(self, doc: DocumentInput) -> float:
        """Seconds this document may take: `max_seconds_per_doc` per 100,000 characters."""
        size = len(doc.body) + len(doc.title) + sum(len(v) for v in doc.meta.values())
        return self.settings.max_seconds_per_doc * max(1.0, size / 100_000)

    # Steps -------------------------------------------------------------------------------
    def _nlp_text(self, part: Part) -> str:
        return truecase(part.text, self.guard.is_english)

    def _nlp_alone(self, part: Part) -> tuple[str, Any]:
        text = self._nlp_text(part)
        return next(iter(self.analyzer.nlp_engine.process_batch([text], language="en")))

    def _detect(
        self, part: Part, nlp_text: str, artifacts: Any, org: str | None
    ) -> list[Detection]:
        """What the recognizers, the deny list and a people column find in one part."""
        found: list[Detection] = []
        if self.entities:
            for r in self.analyzer.analyze(
                text=nlp_text,
                language="en",
                entities=self.entities,
                nlp_artifacts=artifacts,
                score_threshold=self.settings.score_threshold,
                return_decision_process=True,  # keeps each result's rule for --explain
            ):
                found.append(Detection(r.entity_type, r.start, r.end, r.score, rule_of(r)))
        text = part.text
        deny = self._deny_recognizer(org)
        if deny is not None:
            for r in deny.analyze(text, ["DENY_LIST"]):
                found.append(Detection("DENY_LIST", r.start, r.end, r.score, "deny_list"))
        places = place_spans(artifacts)
        found = self._guard_people(nlp_text, found, places)
        if "PERSON" in self.entities:
            found = table_people(text, found, self.guard)
            found = caps_people(text, found, self.guard, places)  # on the text as written
            found += other_script_people(text, found, self.guard)  # "عمر حداد", "Han Ji-woo"
            found += unread_people(text, found, self.guard)  # "Нурсултан Абенов", "Md. Rafiqul"
        found += [  # "Aung Kyaw Min, Thida Win, Zaw Lin Htet": the list's unfound names
            Detection("PERSON", s, e, 0.6, "name list: an item beside people in a list")
            for s, e in self.name_list.mates(
                nlp_text, [(d.start, d.end) for d in found if d.type == "PERSON"]
            )
        ]
        if self._dates is not None:  # "Reyes, Joel, FIL, 04/09/1987", the analysis's dates
            dates = self._dates.full_dates(nlp_text)
            found += birth_row_detections(nlp_text, found, self.guard, dates)
        rule = people_rule(part)
        if rule is not None and "PERSON" in self.entities:
            found += [
                Detection("PERSON", s, e, 1.0, rule) for s, e in people_spans(text, self.guard)
            ]
        return found

    def _finish(self, doc: DocumentInput, parts: list[Part]) -> DocumentResult:
        """Spread what was found over every part; number it once for the whole document."""
        per_part = self.spread.spread(parts)
        names = Pseudonymizer(placeholders_in([p.text for p in parts]))
        done: list[RedactionResult] = []
        for part, found in zip(parts, per_part, strict=True):
            if "<" in part.text:  # placeholders of an earlier redaction stay as they are
                kept = [m.span() for m in PLACEHOLDER.finditer(part.text)]
                found = [d for d in found if not any(s < d.end and d.start < e for s, e in kept)]
            if self._allowed is not None:
                allowed = [m.span() for m in self._allowed.finditer(part.text)]
                found = [
                    d
                    for d in found
                    if d.type != "PERSON"
                    or not any(a <= d.start and d.end <= b for a, b in allowed)
                ]
            done.append(splice(part.text, resolve_overlaps(found), names))
        body_texts, body_entities = [], []
        title = RedactionResult(doc.title)
        meta: dict[str, RedactionResult] = {}
        for part, result in zip(parts, done, strict=True):
            if part.role == "body":
                body_texts.append(result.text)
                body_entities += [
                    RedactedEntity(
                        e.type,
                        e.start + part.offset,
                        e.end + part.offset,
                        e.replacement,
                        e.rule,
                        e.score,
                    )
                    for e in result.entities
                ]
            elif part.role == "title":
                title = result
            else:
                meta[part.key or ""] = result
        body = RedactionResult("".join(body_texts) if body_texts else doc.body, body_entities)
        return DocumentResult(body, title, meta)

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
                # A cue that names a person in lower case ("ms. benjamin", "name: ana") is
                # trusted over WordNet, which knows "benjamin" and "maria" as words.
                cued = any(cue in det.rule for cue in _LOWER_CASE_CUES)
                span = self.guard.clean(text, det.start, det.end, places, known_person=cued)
                if span is not None:  # "Ionut <Dragomir>": the name's other words go too
                    grown = self.spread.extent.extend(text, *span)
                    if grown != span:  # unless the grown span is no person ("... Ltd")
                        span = self.guard.clean(text, *grown, places, known_person=cued) or span
                if span is None:
                    continue
                if det.rule == _SPACY_ONLY and (
                    lone_town(text, *span, self.guard) or several_word_town(text, *span)
                ):
                    continue  # "Siliguri remains the transit point": spaCy's tag, no cue
                weak = det.rule.startswith(_WEAK_CUES)
                if weak and self.spread.all_english(text[span[0] : span[1]]):
                    continue  # "child Labor", "worker Survey": a role before a common noun
                det = Detection("PERSON", span[0], span[1], det.score, det.rule)
            kept.append(det)
        return kept
