"""Lone given names the NER model misses: "Fabiana is ...", "Lara's kid", "told Beatrice".

A capitalised word counts as a person when all of these hold:
- a public list of given names knows it (`redaction.name_lists`: the 1990 US census lists);
- spaCy's tagger calls it a proper noun here, and NER puts it in no longer entity of
  another kind ("Lara" of "Lara Croft Studios"; spaCy calls many lone names ORG or GPE);
- our lists know it as no place, nationality, title, role, organisation word, month or day;
- it stands where a person does: before a verb or a possessive ("Fabiana is", "Lara's"),
  after a verb or a preposition people follow ("gave Beatrice", "with Lara"), or joined by
  "and"/"or" to another name.

A capitalised word no list knows counts too, with a lower score, when it is no English word
either, spaCy puts it in no entity, and it stands in the strongest of those places (before a
verb or a possessive, after "told", "with", "hi", "met"...), unless it follows a proper noun
and "and" ("between Boston and Spalding has"). And a listed given name beside a surname in
capitals is a person with it: "BALAN Cristina".
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult

from redaction.recognizers.caps_surname import caps_surname_runs
from redaction.recognizers.name_shapes import comma_name_runs, given_initial_runs, initials_runs
from redaction.recognizers.result import explained

PATTERNS: list = []  # a word list and the tagger, not patterns
CONTEXT: list[str] = []

PROPER = frozenset({"NNP", "NNPS"})
OTHER_ENTITIES = frozenset(
    {"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
# Words before a person ("with Lara", "told Beatrice", "hi Ana").
BEFORE = frozenset(
    "with and or to by for from told tell tells asked ask asks called call calls named meet met "
    "saw see gave give paid pay sent send texted text messaged contacted contact visited visit "
    "married introduced brought helped thanked thank hi hello hey dear between like than about "
    "against behind beside whom".split()
)
# Words after a person ("Lara and ...", "Fabiana who ...").
AFTER = frozenset("and or who whom whose".split())
# Where a capitalised word no list knows counts as a person: the strongest places only.
UNLISTED_POSITIONS = {"possessive", "before a verb"} | {
    f"after {w!r}" for w in "with told tell asked hi hello hey dear meet met married".split()
}
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


class GivenNameRecognizer(LocalRecognizer):
    """PERSON for a listed given name in a person's place (see the module docstring)."""

    ENTITIES = ["PERSON"]
    name: str

    def __init__(
        self,
        given_names: Collection[str],
        is_name_word: Callable[[str], bool],
        is_surname: Callable[[str], bool],
        score: float = 0.6,
        lower_case: Any = None,
        census_surnames: Collection[str] = frozenset(),
    ) -> None:
        self.census_surnames = census_surnames
        self.given_names = given_names
        self.is_name_word = is_name_word
        self.is_surname = is_surname
        self.score = score
        self.lower_case = lower_case  # a `LowerCaseNames`, or None
        super().__init__(supported_entities=self.ENTITIES, name="given_name")

    def load(self) -> None:
        """Nothing to load: the list arrives built, the Doc in the NLP artifacts."""

    def listed(self, token: Any) -> bool:
        """A listed given name in Title case, tagged a proper noun."""
        word = token.text
        return (
            _proper_title_word(token)
            and word.lower() in self.given_names
            and self.is_name_word(word)
        )

    def unlisted(self, token: Any) -> bool:
        """A Title-case proper noun no list knows: no English word, place, nationality,
        title, role or organisation word, outside any entity or a whole one of its own."""
        word = token.text
        return (
            _proper_title_word(token)
            and token.ent_type_ != "PERSON"
            and word.lower() not in self.given_names
            and self.is_surname(word)
            and not token.ent_type_  # spacy_person judges lone entities (ORG, GPE...)
        )

    def candidate(self, token: Any) -> bool:
        """A listed given name outside a longer entity of another kind."""
        return (
            token.ent_type_ != "PERSON"  # spaCy's own recognizer reports those
            and self.listed(token)
            and (token.ent_type_ not in OTHER_ENTITIES or _inside(token, token.i, token.i + 1))
        )

    def title_name(self, token: Any) -> bool:
        """A Title-case proper noun that spaCy calls a person, or that is no English word,
        place, nationality, title, role or organisation word ("Zoltán", "Chidi")."""
        word = token.text
        return _proper_title_word(token) and (token.ent_type_ == "PERSON" or self.is_surname(word))

    def surname_first(self, doc: Any, i: int) -> tuple[int, int] | None:
        """ "BALAN Cristina", "HORVÁTH Zoltán", "Cristina BALAN": a given name (listed, a
        person to spaCy, or a name word no list knows) beside a surname in capitals (the
        style of police and court forms), as token bounds. spaCy often takes only the
        Title-case half, or neither."""
        token = doc[i]
        if not (self.listed(token) or self.title_name(token)):
            return None
        for j, (start, end) in ((i - 1, (i - 1, i + 1)), (i + 1, (i, i + 2))):
            if not 0 <= j < len(doc):
                continue
            other = doc[j]
            if (
                len(other.text) >= 3
                and other.text.isalpha()
                and other.text.isupper()
                and other.tag_.startswith("NN")  # the tagger reads many as NNS ("HORVÁTH")
                and other.ent_type_ in OTHER_ENTITIES | {""}
                and _inside(token, start, end)
                and self.is_surname(other.text)
            ):
                return start, end
        return None

    @staticmethod
    def position(doc: Any, i: int) -> str | None:
        """Why the token at `i` stands where a person does, or None."""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        prev = doc[i - 1] if i > 0 else None
        if nxt is not None:
            if nxt.text in POSSESSIVE or nxt.tag_ == "POS":
                return "possessive"
            if nxt.tag_.startswith("VB") or nxt.tag_ == "MD":
                return "before a verb"
            if nxt.lower_ in AFTER:
                return "joined to more"
        if prev is not None:
            if prev.lower_ in BEFORE:
                return f"after {prev.lower_!r}"
            if prev.tag_.startswith("VB"):
                return "after a verb"
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """One result per listed given name in a person's place."""
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            return []
        results = []
        if self.lower_case is not None:
            found = self.lower_case.find(text)
            results += [self._result(s, e, why, self.lower_case.score) for s, e, why in found]
        for s, e in caps_surname_runs(text, self.given_names, self.is_surname):
            results.append(self._result(s, e, "SURNAME in capitals + given names"))
        for s, e in comma_name_runs(text, self.given_names, self.is_surname):
            results.append(self._result(s, e, "SURNAME in capitals, given name"))
        for s, e in initials_runs(text, self.is_surname, self.census_surnames):
            results.append(self._result(s, e, "hyphenated initials + surname"))
        for s, e in given_initial_runs(text, self.given_names, self.is_name_word):
            results.append(self._result(s, e, "given name + initial at a sentence's end"))
        for token in doc:
            if not _proper_title_word(token):
                continue  # what every test below asks first: most words end here, cheaply
            pair = self.surname_first(doc, token.i)
            if pair is not None:
                span = doc[pair[0] : pair[1]]
                results.append(self._result(span.start_char, span.end_char, "name + SURNAME"))
                continue
            if self.unlisted(token):
                why = self.position(doc, token.i)
                if why in UNLISTED_POSITIONS and not _listed_with_proper_noun(doc, token.i):
                    end = token.idx + len(token)
                    results.append(self._result(token.idx, end, f"unlisted name, {why}", 0.5))
                continue
            if not self.candidate(token):
                continue
            why = self.position(doc, token.i)
            if why is not None:
                end = token.idx + len(token)
                results.append(self._result(token.idx, end, f"listed given name, {why}"))
        return results

    def _result(
        self, start: int, end: int, why: str, score: float | None = None
    ) -> RecognizerResult:
        return explained(self, "PERSON", start, end, self.score if score is None else score, why)


def _proper_title_word(token: Any) -> bool:
    """A word of three letters or more in Title case, tagged a proper noun ("Zoltán")."""
    word = token.text
    return (
        len(word) >= 3
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and token.tag_ in PROPER
    )


def _inside(token: Any, start: int, end: int) -> bool:
    """No entity of the Doc crosses out of tokens [start, end) where it overlaps them:
    spaCy calls many lone names ORG or GPE ("Fabiana is ...", "given Beatrice"), but a word
    of a longer entity ("Lara" of "Lara Croft Studios") stays that entity's."""
    return all(
        e.end <= start or e.start >= end or (start <= e.start and e.end <= end)
        for e in token.doc.ents
    )


def _listed_with_proper_noun(doc: Any, i: int) -> bool:
    """ "between Boston and Spalding": the token follows "and"/"or"/"," after a proper noun."""
    return (
        i >= 2
        and doc[i - 1].lower_ in ("and", "or", ",")
        and doc[i - 2].tag_ in PROPER
        and doc[i - 2].ent_type_ != "PERSON"
    )
