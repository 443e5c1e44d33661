"""People the small NER model misses, found by the words around them.

- a surname alone as the subject of something only people do: "Ortega recruited three
  girls", "Delgado and Brennan advertised jobs", "Kowalczyk pleaded guilty";
- speaker labels of a transcript: "Nicole: he took my passport";
- form fields whose value is a person, in any case: "last name: oyelaran";
- names written in lower case after a contact verb: "call maria lopez tomorrow".

Each candidate word must be no English word (spaCy's lemma index and stop words): "Police
said", "Interviewer:" and "call him tomorrow" stay. A subject inside an entity spaCy calls
an organisation or a place is left to the person guard's judgement of spaCy itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult

from redaction.gazetteer import LABEL_WORDS, ORG_KEYWORDS, PERSON_TITLES, PERSON_VERBS, split
from redaction.recognizers.contextual import ContextPatternRecognizer
from redaction.recognizers.person_cue import FORM_LABELS

_WORD_CHARS = r"[\p{L}\p{M}'’-]"
_CAP = rf"\p{{Lu}}{_WORD_CHARS}{{1,40}}"
_LOWER = rf"\p{{Ll}}{_WORD_CHARS}{{1,40}}"
_ANY = rf"\p{{L}}{_WORD_CHARS}{{0,40}}"
_START = r"(?<![\p{L}\p{M}\p{N}'’.-])"
_UPPER = r"\p{Lu}[\p{Lu}\p{M}'’-]{1,30}"
_GIVEN = r"\p{Lu}(?=[\p{L}\p{M}'’-]{0,30}\p{Ll})[\p{L}\p{M}'’-]{1,30}"
_VERBS = "|".join(sorted(split(PERSON_VERBS), key=len, reverse=True))
_FORM = (
    "name|full name|surname|first name|given names?|forename|aka|contact|from|to|cc|" + FORM_LABELS
)
_CONTACT = (
    r"call|calls|called|contact|text|texted|phone|ring|message|ask for|asked for|tell|told"
    r"|meet|met|see|saw|pay|paid|visit|named|called|name is|name's"
)

# (name, regex, score, mode): mode says how the value's words are checked (see _refine).
RULES = [
    (
        # Ukrainian and other Slavic surnames after a given name: "Oleksandr Shevchenko".
        "given name + Slavic surname",
        rf"{_START}(?P<value>{_CAP}[ \t]+\p{{Lu}}\p{{Ll}}{{1,20}}"
        rf"(?:enko|chuk|czuk|iuk|yuk|ychuk|ovych|evych|ovich|evich|skyi|skyy|sky|ska|ski|cki"
        rf"|tska|tskyi|shyn|yshyn|iak|yak|ovski|evski|owski|ewski))"
        # not a name that heads a place or a body ("Taras Shevchenko National University")
        rf"(?![\p{{L}}\p{{M}}\p{{N}}'’-]|[ \t]+\p{{Lu}})",
        0.6,
        "slavic",
    ),
    (
        # Police and passport style: "HORVÁTH Zoltán", "NGUYEN Van Tuan".
        "surname in capitals + given name",
        rf"{_START}(?P<value>{_UPPER}(?:[ \t]+{_UPPER})?(?:[ \t]+{_GIVEN}){{1,3}})"
        rf"(?![\p{{L}}\p{{M}}\p{{N}}'’-])",
        0.6,
        "caps",
    ),
    (
        "subject + person verb",
        rf"{_START}(?P<value>{_CAP}(?:[ \t]+{_CAP})?)(?:['’]s)?,?[ \t]+"
        rf"(?:and[ \t]+{_CAP}[ \t]+)?(?:{_VERBS})(?![\p{{L}}])",
        0.55,
        "all",
    ),
    (
        "subject and subject + person verb",
        rf"{_START}(?P<value>{_CAP})[ \t]+and[ \t]+{_CAP}[ \t]+(?:{_VERBS})(?![\p{{L}}])",
        0.5,
        "all",
    ),
    (
        "speaker label",
        rf"(?m)^[ \t]*(?P<value>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*:(?=[ \t\"“'‘])",
        0.55,
        "label",
    ),
    (
        "speaker of a transcript",
        rf"(?m)^[ \t]*(?P<value>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*:(?=[ \t\"“'‘])",
        0.55,
        "transcript",
    ),
    (
        "spoken to (said to, shouted at)",
        rf"(?<![\p{{L}}])(?:said|says|asked|asks|shouted|yelled|whispered|replied|screamed|wrote"
        rf"|explained|lied|spoke|talked|turned|smiled|nodded|waved|winked|pointed)"
        rf"(?:[ \t]+{_CAP}(?:[ \t]+{_CAP})?)?[ \t]+(?:to|at|towards)[ \t]+"
        rf"(?P<value>{_CAP}(?:[ \t]+{_CAP})?)(?![\p{{L}}])",
        0.55,
        "label",
    ),
    (
        "vocative",
        rf"(?:(?<=[,][ \t]+)(?P<value>{_CAP})(?=[ \t]*[?!])|(?:^|(?<=[.!?\n][ \t]+))"
        rf"(?P<value>{_CAP})(?=,[ \t]+(?i:can|could|would|will|do|did|are|is|have|please|i|you"
        rf"|we|listen|look|come|wait|thanks|thank|remember|where|what|why|how|when)\b))",
        0.5,
        "label",
    ),
    (
        "lower-case name after a title",
        rf"(?<![\p{{L}}])(?i:mr|mrs|ms|miss|mx|dr|madam|sir)\.?[ \t]+"
        rf"(?P<value>{_LOWER}(?:[ \t]+{_LOWER})?)",
        0.9,  # above spaCy's 0.85, so the cue is the rule kept for the span
        "cue",
    ),
    (
        "form field (any case)",
        rf"(?m)(?:^|[;|])[ \t]*(?i:{_FORM})[ \t]*[:=][ \t]*"
        rf"(?P<value>{_ANY}(?:[ \t]+{_ANY}){{0,3}})[ \t]*$",
        0.6,
        "form",
    ),
    (
        "lower-case name after contact verb",
        rf"(?<![\p{{L}}])(?i:{_CONTACT})[ \t]+(?:(?i:him|her|them|me)[ \t]+)?"
        rf"(?P<value>{_LOWER}(?:[ \t]+{_LOWER}){{0,2}})",
        0.5,
        "leading",
    ),
]

PATTERNS = [Pattern(name, regex, score) for name, regex, score, _ in RULES]
_LABEL_LINE = regex.compile(rf"(?m)^[ \t]*{_CAP}(?:[ \t]+{_CAP})?[ \t]*:(?=[ \t\"“'‘])")
CONTEXT: list[str] = []
_MODES = {name: mode for name, _, _, mode in RULES}
_TITLE_WORDS = frozenset(split(PERSON_TITLES))
_COMMON = frozenset(
    "the a an and or but to of in on at for with from by is was are were has had have will "
    "would can could said says told asked please thanks thank you he she they we it who".split()
)
# Bodies written in capitals before a capitalised word ("NGO Caritas", "ECPAT Taiwan").
_ACRONYMS = frozenset(
    "NGO NGOS UN EU UK US USA UAE IOM ILO UNODC UNICEF UNHCR UNDP UNFPA UNESCO OSCE OHCHR NCA "
    "FBI ICE DHS HSI CBP IJM ECPAT INTERPOL EUROPOL FRONTEX EUROJUST ASEAN NATO WHO HMRC CPS "
    "GLAA IMF OECD WTO AU ECOWAS SADC IRS DOJ DOL NYPD LAPD OCWAR RAF "
    # legal forms written before a company's name ("PT Maju Jaya", "SARL Dupont", "OOO Vega")
    "PT CV UD SARL SAS SASU EURL SNC SA SPA SRL SL SAU AG GMBH KG OHG BV NV OOO ZAO OAO PAO "
    "TOV JSC OJSC PJSC LLC LLP LTD PLC INC CO CORP JV".split()
)
# Country and region adjectives that end like a Slavic surname ("Poczta Polska").
_PLACE_ADJECTIVES = frozenset(
    "polska polski polskie ceska cesky ceske česká český slovenska slovensky slovenská "
    "slovenský russkaya russky ruska ruski ukrainska ukrainsky ukrainskyi hrvatska hrvatski "
    "srpska srpski bosanska bosanski makedonska makedonski balgarska balgarski slaska slaski "
    "śląska śląski warszawska warszawski krakowska krakowski gdanska gdański gdańska "
    "kyivska kyivskyi lvivska lvivskyi odeska odeskyi".split()
)
_ORG_WORDS = frozenset(w.lower() for w in split(ORG_KEYWORDS))
_HEADINGS = frozenset(
    "report reports director office today news please urgent note notes case summary update "
    "subject date re fw fwd warning alert statement interview team staff officers officer".split()
)
_NOT_A_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW"})


class PersonContextRecognizer(ContextPatternRecognizer):
    """PERSON from the words around a name (see the module docstring)."""

    def __init__(
        self,
        is_english: Callable[[str], bool],
        is_place: Callable[[str], bool] = lambda word: False,
    ) -> None:
        self.is_english = is_english
        self.is_place = is_place
        super().__init__(
            supported_entity="PERSON",
            name="person_context",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )

    def _english(self, word: str) -> bool:
        key = word.strip("'’-.")
        return len(key) < 2 or key.lower() in _TITLE_WORDS or self.is_english(word)

    def _caps_surname(self, word: str) -> bool:
        """A surname in capitals, not an acronym or a place ("UNODC", "ILO", "UK")."""
        key = word.strip("'’-")
        if len(key) < 2 or key in _ACRONYMS or (len(key) > 2 and self.is_place(key)):
            return False  # two letters: country codes are in _ACRONYMS, "LI" and "WU" are names
        if key.lower() in _TITLE_WORDS or key.lower() in _COMMON:
            return False
        return any(ch in "aeiouy" for ch in unicodedata.normalize("NFKD", key.lower()))

    def _common(self, word: str) -> bool:
        """A word that ends no name: a stop word, a title, an organisation word."""
        key = word.lower().strip("'’-.")
        return key in _COMMON or key in _TITLE_WORDS or key in _ORG_WORDS or key in _HEADINGS

    @staticmethod
    def _transcript_labels(text: str) -> int:
        """How many lines open with a "Label:" (two or more make a transcript)."""
        return len(_LABEL_LINE.findall(text)) if ":" in text else 0

    def _refine(self, text: str, start: int, end: int, mode: str) -> tuple[int, int] | None:
        words: list[tuple[int, int]] = []
        pos = start
        for word in text[start:end].split():
            at = text.index(word, pos)
            words.append((at, at + len(word)))
            pos = at + len(word)
        if mode == "cue":  # a title vouches for the words after it, up to a common word
            kept = []
            for s, e in words:
                key = text[s:e].lower().strip("'’-.")
                if len(key) < 2 or key in _TITLE_WORDS or key in _COMMON:
                    break
                kept.append((s, e))
            words = kept
        elif mode == "leading":  # keep the words before the first English one
            kept = []
            for s, e in words:
                if self._english(text[s:e]):
                    break
                kept.append((s, e))
            words = kept
        elif mode in ("caps", "slavic"):  # surname in capitals, or a Slavic surname
            caps = [(s, e) for s, e in words if text[s:e].isupper()]
            if any(not self._caps_surname(text[s:e]) for s, e in caps):
                return None
            given = words[len(caps) :]  # minus trailing common words ("UNODC Report")
            while given and self._common(text[given[-1][0] : given[-1][1]]):
                given.pop()
            if not given or self.is_place(text[given[-1][0] : given[-1][1]]):  # "IOM Bangkok"
                return None
            if any(self._common(text[s:e]) for s, e in given):  # "Bank Polski", "SARL Café"
                return None
            if text[given[-1][0] : given[-1][1]].lower() in _PLACE_ADJECTIVES:
                return None
            words = caps + given
            # "CASE NOTES Monday": every word English. The word list holds many names
            # ("ivan", "maria"), so one word outside it is enough.
            if mode == "caps" and all(self.is_english(text[s:e]) for s, e in words):
                return None
        elif mode == "form":  # the field's value, minus trailing English words
            while words and self._english(text[words[-1][0] : words[-1][1]]):
                words.pop()
            if any(self._english(text[s:e]) for s, e in words):
                return None
        elif mode == "transcript":  # a speaker unless the label is a form's or a role's
            if any(text[s:e].lower().strip("'’") in LABEL_WORDS for s, e in words):
                return None
        elif any(self._english(text[s:e]) for s, e in words):  # "all" and "label"
            return None
        if not words:
            return None
        return words[0][0], words[-1][1]

    @staticmethod
    def _inside_non_person_entity(doc: Any, start: int, end: int) -> bool:
        if doc is None:
            return False
        return any(
            e.label_ in _NOT_A_PERSON_LABELS and e.start_char <= start and end <= e.end_char
            for e in doc.ents
        )

    @staticmethod
    def _caps_word_is_an_entity(doc: Any, text: str, start: int, end: int) -> bool:
        """spaCy calls the capitals alone an organisation or a place ("UNODC", "VIETNAM")."""
        if doc is None:
            return False
        words = text[start:end].split()
        caps_end = start + len(" ".join(w for w in words if w.isupper()))
        return any(
            e.label_ in _NOT_A_PERSON_LABELS and e.start_char <= start < e.end_char <= caps_end
            for e in doc.ents
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match every rule, check the value's words, and skip spaCy's organisations."""
        doc = getattr(nlp_artifacts, "tokens", None)
        results: list[RecognizerResult] = []
        transcript = self._transcript_labels(text) >= 2
        for pattern, compiled in self._compiled:
            mode = _MODES[pattern.name]
            if mode == "transcript" and not transcript:
                continue
            for match in compiled.finditer(text, timeout=self.timeout):
                span = self._refine(text, *match.span("value"), mode)
                if span is None:
                    continue
                if mode == "all" and self._inside_non_person_entity(doc, *span):
                    continue
                if mode == "caps" and self._caps_word_is_an_entity(doc, text, *span):
                    continue
                explanation = self.build_regex_explanation(
                    self.name, pattern.name, pattern.regex, pattern.score, False, compiled.flags
                )
                results.append(
                    RecognizerResult(
                        entity_type="PERSON",
                        start=span[0],
                        end=span[1],
                        score=pattern.score,
                        analysis_explanation=explanation,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                        },
                    )
                )
        return EntityRecognizer.remove_duplicates(results)
