"""People found by spaCy's NER, including names that the small model files elsewhere.

en_core_web_sm often labels a two- or three-word name that is not English as ORG or LOC
("Ionut Popescu", "Bikash Shrestha"). A multi-word span whose words are all capitalised,
none of them an organisation word, and whose last word is not in spaCy's English lemma
index is treated as a person, with a lower score (GPE/LOC only when no "in"/"from"/"to"
stands before it). A PERSON span is widened over proper nouns right beside it ("Ana" of
"Ana Paula Ferreira" when spaCy found only "Paula Ferreira").
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult

from redaction.recognizers.result import explained

PATTERNS: list = []  # NER, not patterns
CONTEXT: list[str] = []

PERSON_LABELS = frozenset({"PERSON", "PER"})
NAME_SHAPED_LABELS = frozenset({"ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
LONE_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "PRODUCT"})
LOCATIVES = frozenset("in from to at near via into across through towards outside".split())
# The explanation of a lower-case name widened over its other words; the engine trusts it
# over WordNet (which knows "maria" and "hugo" as words).
LOWER_CASE_RUN = "spaCy NER, lower-case name run"
JOINING_WORDS = frozenset("to and with from for by".split())
PARTICLES = frozenset(
    "al el bin binti bint ibn abu van von de da del della di du dos la le".split()
)
# Prepositions, articles and conjunctions of other languages (English ones are spaCy's stop
# words): a name holds none of them, other than its particles below.
FUNCTION_WORDS = frozenset(
    """
aus bei nach mit für und oder zum vom im am ins beim gegen seit über unter zwischen
em na no nos nas com para pelo pela ao aos e ou entre sobre y o en con por sin desde hasta
hacia al à au aux dans sur avec et chez pour sans vers les des dal dalla nel nella
per tra fra ed och med från till hos av vid mellan og fra til ved w z ze na od przez dla pod
przy oraz i și din cu pe ve ile için và ở sa ng kay ni dan ke dari untuk pada
""".split()
)
# Lower-case words inside a name: its particles, in more languages.
NAME_JOINERS = PARTICLES | frozenset(
    "do das der den ter ten zu zur af av ben ould ap dela dei degli delle lo los las".split()
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
        known_place: Callable[[str], bool] | None = None,
        lone_name_score: float = 0.45,
        is_english: Callable[[str], bool] | None = None,
    ) -> None:
        self.english_words = english_words
        self.is_english = is_english
        self.org_keywords = org_keywords
        self.known_place = known_place
        self.lone_name_score = lone_name_score
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

    def lone_name(self, doc: Any, ent: Any) -> bool:
        """A single capitalised word spaCy calls a place, a group or an organisation that no
        list knows, that is no English word, and that stands where a place would not: not
        after "in/from/to...", not alone on an address line, not before ", <Country>"."""
        if len(ent) != 1 or ent.label_ not in LONE_LABELS or self.known_place is None:
            return False
        token = ent[0]
        word = token.text
        if not token.is_title or len(word) < 3 or token.like_num or "." in word:
            return False
        key = word.lower()
        if key in self.english_words or key in self.org_keywords or self.known_place(word):
            return False
        # "took us to Ionescu's farm": a possessive marks an owner, so the word before
        # ("to", "and") says nothing of a place; a known place was refused above.
        possessive = ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s")
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if not possessive and before in LOCATIVES | {"of", "at", "and", ","}:
            return False
        if ent.start > 0 and doc[ent.start - 1].like_num:
            return False  # "06556 Hamburg": a town after its postcode
        line_start = doc.text.rfind("\n", 0, token.idx) + 1
        line_end = doc.text.find("\n", token.idx)
        line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
        if line.strip(" \t|?•*-:,.") == word:
            return False  # a town alone on an address line
        nxt = doc[ent.end : ent.end + 2]
        return not (len(nxt) == 2 and nxt[0].text == "," and self.known_place(nxt[1].text))

    def _name_shaped(self, doc: Any, ent: Any) -> bool:
        if ent.label_ in NAME_SHAPED_LABELS and len(ent) > 1:
            return self.looks_like_name(ent)
        if ent.label_ in PLACE_LABELS:
            after_locative = ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVES
            return not after_locative and self.looks_like_name(ent)
        return False

    def _lower_name(self, token: Any) -> bool:
        """A lower-case word beside a lower-case name that is part of it: no stop word and
        no English word ("christoffersen" of "marianne christoffersen")."""
        text = token.text
        return (
            len(text) >= 3
            and text.isalpha()
            and text.islower()
            and not token.is_stop
            and text not in self.english_words
            # Inflected forms ("girls", "taken"): the guard's check when given (the pipeline
            # may run without its lemmatizer), else spaCy's lemma.
            and not (
                self.is_english(text)
                if self.is_english is not None
                else token.lemma_.lower() in self.english_words
            )
        )

    def _untagged_name(self, token: Any) -> bool:
        """A Title-case word the tagger calls a common noun ("Sipho" as NNS) that is no
        English word: the tag is wrong, not the PERSON label ("Supplier" is English)."""
        text = token.text
        if not (len(text) >= 3 and text.isalpha() and text.istitle()):
            return False
        doc = token.doc
        beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(t.like_num for t in beside):
            return False  # "06700 Cuauhtémoc": a town beside its postcode, no person
        if text.lower() in self.english_words:
            return False
        return self.is_english is not None and not self.is_english(text)

    @staticmethod
    def _lower_case_name(span: Any) -> bool:
        """Two or more words, each a noun or proper noun and no stop word, the last a proper
        noun, lower-case ones of three letters or more: "maria lopez", not "said mai"."""
        words = [t for t in span if not t.is_punct]
        return (
            len(words) >= 2
            and all(t.is_alpha and not t.is_stop and t.tag_ in ("NN", "NNP", "NNPS") for t in words)
            and all(len(t) >= 3 for t in words if t.text.islower())  # not "et al"
            and words[-1].tag_ in ("NNP", "NNPS")
        )

    def _result(
        self, start: int, end: int, score: float, explanation: str = "spaCy NER"
    ) -> RecognizerResult:
        return explained(self, "PERSON", start, end, score, explanation)

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
        for ent in self._split_joined(doc):
            start, end = ent.start, ent.end
            if ent.label_ in PERSON_LABELS:
                untagged = len(ent) == 1 and ent[0].tag_ not in ("NNP", "NNPS")
                if untagged and not self._untagged_name(ent[0]):
                    continue  # "Supplier", "Crew said", "# Children ...": tagged as nouns
                score = self.score
                while start > 0 and self._is_bare_proper_noun(doc[start - 1]):
                    start -= 1
                while end < len(doc) and self._is_bare_proper_noun(doc[end]):
                    end += 1
                if any(t.text.islower() for t in doc[start:end]):
                    # "marianne christoffersen" of which spaCy found one word, "maria lopez"
                    # whose given name WordNet knows as a word: the lower-case words of a name
                    # count (the person guard otherwise drops lower-case English words).
                    first, last = start, end
                    lower = doc[start].text.islower() and doc[end - 1].text.islower()
                    while (
                        lower
                        and first > 0
                        and start - first < 2
                        and self._lower_name(doc[first - 1])
                    ):
                        first -= 1
                    while (
                        lower and last < len(doc) and last - end < 2 and self._lower_name(doc[last])
                    ):
                        last += 1
                    if (first, last) != (start, end) or self._lower_case_name(doc[start:end]):
                        results.append(
                            self._result(
                                doc[first].idx,
                                doc[last - 1].idx + len(doc[last - 1]),
                                score,
                                LOWER_CASE_RUN,
                            )
                        )
                        continue
                # "Gentian and Klodian Meta": a lone proper noun joined to a name by "and".
                if start >= 2 and doc[start - 1].lower_ == "and":
                    first = doc[start - 2]
                    if first.tag_ == "NNP" and first.is_title:
                        end_char = first.idx + len(first)
                        results.append(self._result(first.idx, end_char, self.name_shaped_score))
                # "Thornton and Tomescu were ...": a lone surname joined after a name.
                joined = self._joined_after(doc, end)
                if joined is not None:
                    results.append(
                        self._result(
                            joined.idx,
                            joined.idx + len(joined),
                            self.name_shaped_score,
                            "spaCy NER, a name joined to this one by and/or",
                        )
                    )
            elif self._name_shaped(doc, ent):
                score = self.name_shaped_score
            elif self.lone_name(doc, ent):
                score = self.lone_name_score
            else:
                continue
            for first, last in self._cut_at_small_words(doc, self._pieces(doc, start, end)):
                results.append(
                    self._result(doc[first].idx, doc[last - 1].idx + len(doc[last - 1]), score)
                )
        return results

    def _joined_after(self, doc: Any, end: int) -> Any:
        """The lone proper noun after "<name> and|or", when no list knows it as a place and
        it is no English word and no organisation word; else None."""
        if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "or"):
            return None
        token = doc[end + 1]
        after = doc[end + 2] if end + 2 < len(doc) else None
        if after is not None and (after.tag_ in ("NNP", "NNPS") or after.is_title):
            return None  # "Ana and Maria Lopez", "Ion and Partners Ltd": more than one word
        word = token.text
        if not (token.tag_ == "NNP" and token.is_title and word.isalpha() and len(word) >= 3):
            return None
        if token.ent_type_ and token.ent_type_ not in LONE_LABELS | PERSON_LABELS:
            return None
        key = word.lower()
        english = self.is_english(word) if self.is_english is not None else False
        known = self.known_place(word) if self.known_place is not None else False
        if english or known or key in self.english_words or key in self.org_keywords:
            return None
        return token

    @staticmethod
    def _split_joined(doc: Any) -> list[Any]:
        """The entities, with a non-person one cut at the small words inside it: spaCy's
        larger model reads "said Vicenta to Adela" as one ORG; each name is judged alone."""
        from spacy.tokens import Span

        out = []
        for ent in doc.ents:
            joins = [t.i for t in ent if t.lower_ in JOINING_WORDS]
            if ent.label_ in PERSON_LABELS or not joins:
                out.append(ent)
                continue
            first = ent.start
            for i in [*joins, ent.end]:
                if i > first:
                    out.append(Span(doc, first, i, label=ent.label_))
                first = i + 1
        return out

    @staticmethod
    def _cut_at_small_words(doc: Any, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Each piece cut at the lower-case function words inside it (stop words, prepositions
        and conjunctions of other languages) that join no name: on text in
        another language spaCy runs nouns, prepositions and places into one "person"
        ("Männer aus Serbien", "Lepe y Almonte"); each run of capitalised words is judged
        alone. A name keeps its particles ("Maria dos Santos") and its hyphened parts
        ("Jong-su"); an all lower-case piece is left whole (a chat name, "maria lopez")."""
        out = []
        for first, last in pieces:
            tokens = doc[first:last]
            if not any(t.text[:1].isupper() for t in tokens):
                out.append((first, last))
                continue
            start = first
            for i in range(first, last + 1):
                token = doc[i] if i < last else None
                spaced = token is not None and token.i > 0 and bool(doc[token.i - 1].whitespace_)
                if token is not None and not (
                    spaced
                    and token.text.islower()
                    and (token.is_stop or token.lower_ in FUNCTION_WORDS)
                    and token.lower_ not in NAME_JOINERS
                ):
                    continue
                if i > start:
                    out.append((start, i))
                start = i + 1
        return out

    @staticmethod
    def _pieces(doc: Any, start: int, end: int) -> list[tuple[int, int]]:
        """The token runs of an entity between line breaks and numbers: spaCy often runs a
        name into the address lines after it ("Jameel Ghutayf P.O. Box 335 94 Klouzková
        Ostrava"), and a person never spans lines or holds a number. Each run is judged on
        its own (the town on the next line is then a place, not part of a person)."""
        pieces, first = [], start
        for i in range(start, end + 1):
            token = doc[i] if i < end else None
            breaks = token is None or (
                "\n" in token.whitespace_ or "\n" in token.text or token.like_num
            )
            if not breaks:
                continue
            last = i if token is None or token.like_num or not token.text.strip() else i + 1
            if last > first:
                pieces.append((first, last))
            first = i + 1
        if len(pieces) > 1:  # "HO" of "PEBBLEBROOK HO 6.3 SRS": no name left in a short scrap
            pieces = [(a, b) for a, b in pieces if b - a > 1 or len(doc[a].text) > 3]
        return pieces
