"""People found by spaCy's NER, including names that the small model files elsewhere.

en_core_web_sm often labels a two- or three-word name that is not English as ORG or LOC
("Ionut Popescu", "Bikash Shrestha"). A multi-word span whose words are all capitalised,
none of them an organisation word, and whose last word is not in spaCy's English lemma
index is treated as a person, with a lower score (GPE/LOC only when no "in"/"from"/"to"
stands before it). A PERSON span is widened over proper nouns right beside it ("Ana" of
"Ana Paula Ferreira" when spaCy found only "Paula Ferreira").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

PATTERNS: list = []  # NER, not patterns
CONTEXT: list[str] = []

PERSON_LABELS = frozenset({"PERSON", "PER"})
NAME_SHAPED_LABELS = frozenset({"ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
LOCATIVES = frozenset("in from to at near via into across through towards outside".split())
PARTICLES = frozenset(
    "al el bin binti bint ibn abu van von de da del della di du dos la le".split()
)


class SpacyPersonRecognizer(LocalRecognizer):
    """PERSON from the spaCy Doc in the NLP artifacts (0.85; name-shaped ORG spans 0.5)."""

    ENTITIES = ["PERSON"]
    name: str

    def __init__(
        self,
        english_words: Collection[str],
        org_keywords: Collection[str],
        score: float = 0.85,
        name_shaped_score: float = 0.5,
    ) -> None:
        self.english_words = english_words
        self.org_keywords = org_keywords
        self.score = score
        self.name_shaped_score = name_shaped_score
        super().__init__(supported_entities=self.ENTITIES, name="spacy_person")

    def load(self) -> None:
        """Nothing to load: the Doc arrives in the NLP artifacts."""

    def looks_like_name(self, span: Any) -> bool:
        """Two to four capitalised words, no organisation word, last word not English."""
        words = [t for t in span if not t.is_punct]
        if not 2 <= len(words) <= 4:
            return False
        for token in words:
            lower = token.text.lower()
            if lower in PARTICLES:
                continue
            if not token.is_title or token.like_num or lower.rstrip(".") in self.org_keywords:
                return False
        return words[-1].text.lower() not in self.english_words

    def _name_shaped(self, doc: Any, ent: Any) -> bool:
        if ent.label_ in NAME_SHAPED_LABELS:
            return self.looks_like_name(ent)
        if ent.label_ in PLACE_LABELS:
            after_locative = ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVES
            return not after_locative and self.looks_like_name(ent)
        return False

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON",
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(
                recognizer=self.name, original_score=score, textual_explanation="spaCy NER"
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    @staticmethod
    def _is_bare_proper_noun(token: Any) -> bool:
        """A capitalised proper noun outside any entity (spaCy's tagger says NNP)."""
        return token.tag_ == "NNP" and token.is_title and not token.ent_type_

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """One result per PERSON entity (and per name-shaped ORG) in the Doc."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        results = []
        doc = nlp_artifacts.tokens
        for ent in doc.ents:
            start, end = ent.start, ent.end
            if ent.label_ in PERSON_LABELS:
                if len(ent) == 1 and ent[0].tag_ not in ("NNP", "NNPS"):
                    continue  # "Supplier", "Crew said", "# Children ...": tagged as nouns
                score = self.score
                while start > 0 and self._is_bare_proper_noun(doc[start - 1]):
                    start -= 1
                while end < len(doc) and self._is_bare_proper_noun(doc[end]):
                    end += 1
                # "Gentian and Klodian Meta": a lone proper noun joined to a name by "and".
                if start >= 2 and doc[start - 1].lower_ == "and":
                    first = doc[start - 2]
                    if first.tag_ == "NNP" and first.is_title:
                        end_char = first.idx + len(first)
                        results.append(self._result(first.idx, end_char, self.name_shaped_score))
            elif self._name_shaped(doc, ent):
                score = self.name_shaped_score
            else:
                continue
            results.append(
                self._result(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), score)
            )
        return results
