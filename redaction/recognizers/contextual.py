"""Base class of our pattern recognizers: regexes plus a context check on the raw text.

Presidio's stock context enhancer compares spaCy lemmas in the five words before a match:
"born" lemmatises to "bear", and phrases such as "date of birth" never match one lemma.
Here context phrases are looked for in a window of characters around the match instead, so
a recognizer gives the same answer with or without spaCy, and can be tested without it.

Conventions for the subclasses (one file per recognizer):
- `PATTERNS`: Presidio `Pattern`s. A pattern whose regex has a named group `value` reports
  only that group's span (the rest of the match is an anchor, e.g. "Mr" before a name).
- `CONTEXT`: phrases that raise a match's score by `CONTEXT_BOOST`. A phrase matches at word
  boundaries (an optional plural "s" allowed); a trailing `*` makes it a stem ("contact*").
  Patterns that only mean something in context get a base score below the threshold.
- `validate_result(value)`: True (checksum passed: score 1.0), False (drop) or None.
- `score_match(pattern, value)`: where each pattern carries a check of its own (world_id's
  national numbers), the score of one pattern's value, or None to drop it.
- `SHARE_LIST_CUES = False` where a listed match must not take its neighbour's cue.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from redaction.recognizers.layout_context import (
    column_header,
    list_neighbours,
    looks_like_date,
    next_to_money,
)
from redaction.recognizers.literal_check import fold, literal_check
from redaction.recognizers.result import explained

CASE_SENSITIVE = regex.DOTALL | regex.MULTILINE
CASE_INSENSITIVE = CASE_SENSITIVE | regex.IGNORECASE


def context_regex(phrases: Iterable[str]) -> regex.Pattern[str] | None:
    """One case-insensitive regex finding any of the context phrases (see module doc)."""
    parts = []
    for phrase in phrases:
        if phrase.endswith("*"):
            parts.append(regex.escape(phrase[:-1]) + r"\w*")
        else:
            parts.append(regex.escape(phrase) + r"s?(?!\w)")
    if not parts:
        return None
    return regex.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", regex.IGNORECASE)


def digits(text: str) -> str:
    """The digits of `text`, in order."""
    return "".join(ch for ch in text if ch.isdigit())


class ContextPatternRecognizer(PatternRecognizer):
    """A `PatternRecognizer` whose context check reads a character window of the raw text."""

    name: str
    patterns: list[Pattern]

    CONTEXT_BOOST = 0.45
    CONTEXT_BEFORE = 40  # characters before the match searched for a context phrase
    CONTEXT_AFTER = 0  # characters after it
    # Seconds one pattern may spend on one text before `TimeoutError` (the `regex` module's
    # own bound against backtracking); the engine turns it into a refused document. The
    # factory sets it from `redaction.max_seconds_per_doc`.
    timeout: float = 10.0
    # An identifier recognizer never takes a numeric date ("14/03/2025") or an amount
    # ("250000 NGN", "USD 4000") for a number of its own.
    IDENTIFIER = False
    # A match listed right after (or before) a cued match of the same pattern shares its cue.
    SHARE_LIST_CUES = True

    def __init__(
        self,
        *,
        supported_entity: str,
        name: str,
        patterns: Sequence[Pattern],
        context: Sequence[str] = (),
        case_sensitive: bool = False,
    ) -> None:
        flags = CASE_SENSITIVE if case_sensitive else CASE_INSENSITIVE
        super().__init__(
            supported_entity=supported_entity,
            name=name,
            patterns=[copy.copy(p) for p in patterns],  # own copies: Presidio caches on them
            context=list(context),
            global_regex_flags=flags,
        )
        # Each pattern compiled once, with this recognizer's flags (a regex that does not
        # compile fails here). Presidio's `Pattern(...)` validated it when the module made it;
        # a fresh `Pattern` would compile it again, and so would Presidio's own matching
        # unless handed the compiled regex with its flags, as here.
        self._compiled = []
        for p in self.patterns:
            p.compiled_regex = regex.compile(p.regex, flags)
            p.compiled_with_flags = flags
            self._compiled.append((p, p.compiled_regex))
        # Per pattern, the literals one of which every match holds (None: run it always).
        self._checks = [literal_check(p.regex, flags) for p in self.patterns]
        self._context = context_regex(context)

    def runnable(self, text: str) -> list[tuple[Pattern, regex.Pattern[str]]]:
        """The (pattern, compiled) pairs that may match `text`, in order: a pattern whose
        required words `text` lacks cannot match it and is not run (`literal_check`)."""
        folded = fold(text)
        return [
            pair
            for pair, check in zip(self._compiled, self._checks, strict=True)
            if check is None or check.may_match(text, folded)
        ]

    def has_context(self, text: str, start: int, end: int) -> bool:
        """Whether a context phrase occurs in the window around text[start:end]."""
        if self._context is None:
            return False
        before = text[max(0, start - self.CONTEXT_BEFORE) : start]
        if self._context.search(before):
            return True
        if self.CONTEXT_AFTER and self._context.search(text[end : end + self.CONTEXT_AFTER]):
            return True
        return self.header_context(text, start)

    def header_context(self, text: str, start: int) -> bool:
        """Whether the header cell above text[start] (a '|' or tab table) holds a cue."""
        header = column_header(text, start)
        return (
            header is not None and self._context is not None and bool(self._context.search(header))
        )

    def refine_span(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Hook to adjust (or reject, with None) a matched span before validation."""
        return start, end

    def score_match(self, pattern: Pattern, value: str) -> tuple[float, bool] | None:
        """Hook: the score of a value `pattern` matched, before context, and whether a check
        passed; None drops it. By default one check for every pattern: `validate_result` True
        (1.0), None (the pattern's score) or False (dropped), and `invalidate_result` drops."""
        validation = self.validate_result(value)
        if validation is False or self.invalidate_result(value):
            return None
        return (EntityRecognizer.MAX_SCORE if validation else pattern.score), bool(validation)

    def adjust_score(self, text: str, start: int, end: int, score: float) -> float:
        """Hook to change a match's score after validation and context (0 drops it)."""
        return score

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match every pattern, validate, and raise the score when context is present."""
        return self.results(text, self.matches(text))

    def matches(self, text: str) -> list[list[Any]]:
        """Every pattern's validated matches in `text`, before scoring by context: each
        [pattern, compiled, start, end, score, validated, boosted]."""
        found: list[list[Any]] = []
        for pattern, compiled in self.runnable(text):
            use_group = "value" in compiled.groupindex
            for match in compiled.finditer(text, timeout=self.timeout):
                start, end = match.span("value") if use_group else match.span()
                span = self.refine_span(text, start, end) if end > start else None
                if span is None:
                    continue
                start, end = span
                value = text[start:end]
                if self.IDENTIFIER and (looks_like_date(value) or next_to_money(text, start, end)):
                    continue
                scored = self.score_match(pattern, value)
                if scored is None:
                    continue
                score, validated = scored
                boosted = self.has_context(text, start, end)
                found.append([pattern, compiled, start, end, score, validated, boosted])
        if self.SHARE_LIST_CUES:
            self._boost_lists(text, found)
        return found

    def results(self, text: str, found: list[list[Any]]) -> list[RecognizerResult]:
        """Presidio's results of `matches`: each score raised by its context, then adjusted."""
        entity = self.supported_entities[0]
        results: list[RecognizerResult] = []
        for pattern, compiled, start, end, score, validated, boosted in found:
            if boosted:
                score = min(EntityRecognizer.MAX_SCORE, score + self.CONTEXT_BOOST)
            score = self.adjust_score(text, start, end, score)
            if score <= 0:
                continue
            explanation = self.build_regex_explanation(
                self.name, pattern.name, pattern.regex, score, validated, compiled.flags
            )
            # Our own context check ran: the lemma enhancer must not boost it again.
            results.append(
                explained(self, entity, start, end, score, explanation, context_applied=True)
            )
        return EntityRecognizer.remove_duplicates(results)

    @staticmethod
    def _boost_lists(text: str, found: list[list[Any]]) -> None:
        """A match of one shape listed right after (or before) a cued match of the same
        pattern shares its cue: "passports A1234567 (Nepal), B7654321 (India)"."""
        changed = True
        while changed:
            changed = False
            cued = [f for f in found if f[6]]
            for item in found:
                if item[6]:
                    continue
                for other in cued:
                    if other[0] is item[0] and (
                        list_neighbours(text, other[3], item[2])
                        or list_neighbours(text, item[3], other[2])
                    ):
                        item[6] = changed = True
                        break
