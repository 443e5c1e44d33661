"""People found by a second, independent spaCy NER model: a second opinion where the first
model is weak.

The two English models disagree most on lone names of non-English origin and on names that
are also words ("Lucky", "Nomvula", "Hope Ekanem"): each finds some the other misses. Only
the second model's NER component runs (no tagger, parser or lemmatizer). Its PERSON spans
go through the same person guard, name lists and whole-document propagation as the first
model's (the engine guards every PERSON result, whatever its recognizer).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult

from redaction.recognizers.result import explained

WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")
PATTERNS: list = []  # NER, not patterns
CONTEXT: list[str] = []
PERSON_LABELS = frozenset({"PERSON", "PER"})
# Where the first model names the words otherwise, its reading wins: a nationality, or a
# place or building of two words or more. A single word it calls a place ("Nomvula") and a
# foreign two-word name it calls an organisation ("Rasa Petrauskiene") are where the first
# model is weak on names, so there the second opinion stands.
FIRST_SAYS_NATIONALITY = frozenset({"NORP"})
FIRST_SAYS_NAMED_THING = frozenset({"GPE", "LOC", "FAC"})


class SecondNerPersonRecognizer(LocalRecognizer):
    """PERSON spans of a second spaCy pipeline run on the text itself (default score 0.6)."""

    ENTITIES = ["PERSON"]

    def __init__(self, nlp: Any, known_place: Callable[[str], bool], score: float = 0.6) -> None:
        self.nlp = nlp
        self.known_place = known_place
        self.score = score
        super().__init__(supported_entities=self.ENTITIES, name="second_ner")

    def load(self) -> None:
        """Nothing to load: the pipeline is built once by the factory and passed in."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """One result per PERSON entity of the second model, cut at line breaks."""
        if not text.strip():
            return []
        first = nlp_artifacts.tokens if nlp_artifacts is not None else None
        results = []
        for ent in self.nlp(text).ents:
            if ent.label_ not in PERSON_LABELS:
                continue
            # A person never spans lines ("Name\nStreet 4"): keep the first line's words.
            first_line = ent.text.split("\n", 1)[0].rstrip()
            if len(first_line.strip()) < 2:
                continue
            start = ent.start_char
            end = start + len(first_line)
            if self._overruled(first, start, end) or any(
                self.known_place(w) for w in WORD.findall(first_line)
            ):
                continue  # "Berlin Hesse", "Ecobank Mali": a known place is no name's part
            results.append(
                explained(
                    self,
                    "PERSON",
                    start,
                    end,
                    self.score,
                    "second spaCy NER model",
                )
            )
        return results

    @staticmethod
    def _overruled(first: Any, start: int, end: int) -> bool:
        """The first model's Doc labels these characters a nationality, or a place of two
        words or more; or a number stands right before them ("33001671 La Plata": a town
        after its postcode)."""
        if first is None:
            return False
        before = first.text[:start].rstrip().rsplit(None, 1)
        if before and before[-1].isdigit():
            return True
        for ent in first.ents:
            if ent.end_char <= start or end <= ent.start_char:
                continue
            if ent.label_ in FIRST_SAYS_NATIONALITY:
                return True
            if ent.label_ in FIRST_SAYS_NAMED_THING and len(ent) > 1:
                return True
        return False
