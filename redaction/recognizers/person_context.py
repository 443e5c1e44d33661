"""People the small NER model misses, found by the words around them.

- a surname alone as the subject of something only people do: "Ortega recruited three
  girls", "Delgado and Brennan advertised jobs", "Kowalczyk pleaded guilty";
- speaker labels of a transcript: "Nicole: he took my passport";
- a chat message opened by a name and a lower-case pronoun: "Nadia im in Marseille now";
- a word with an ending only family names have, anywhere: "from Karimov to Aliyev";
- form fields whose value is a person, in any case: "last name: oyelaran";
- names written in lower case after a contact verb: "call maria lopez tomorrow".

Each candidate word must be no English word (spaCy's lemma index and stop words): "Police
said", "Interviewer:" and "call him tomorrow" stay. A subject inside an entity spaCy calls
an organisation or a place is left to the person guard's judgement of spaCy itself.

The subject of a person verb is the exception to both: a Title-case word that WordNet knows
only as a noun and a name list holds ("Reyes", "Cortes", "Hussein": WordNet's proper nouns)
is taken for a name, and a one-word organisation or place of spaCy's that a name list holds
("Sokolov laundered", "Cortes's claim") is still judged by the guard.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult

from redaction.gazetteer import LABEL_WORDS, LOCATIVES, PERSON_TITLES, PERSON_VERBS, split
from redaction.recognizers.contextual import ContextPatternRecognizer
from redaction.recognizers.person_cue import FORM_LABELS

_WORD_CHARS = r"[\p{L}\p{M}'’-]"
_CAP = rf"\p{{Lu}}{_WORD_CHARS}{{1,40}}"
_LOWER = rf"\p{{Ll}}{_WORD_CHARS}{{1,40}}"
_ANY = rf"\p{{L}}{_WORD_CHARS}{{0,40}}"
_START = r"(?<![\p{L}\p{M}\p{N}'’.-])"
# A chat log's time stamp before a speaker label: "[12:04] Vlad:", "21:07 - Ana:".
_STAMP = (
    r"(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?"
    r"[ \t]*[-–]?[ \t]*)?"
)
_VERBS = "|".join(sorted(split(PERSON_VERBS), key=len, reverse=True))
_FORM = (
    "name|full name|surname|first name|given names?|forename|aka|contact|from|to|cc|" + FORM_LABELS
)
_CONTACT = (
    r"call|calls|called|contact|text|texted|phone|ring|message|ask for|asked for|tell|told"
    r"|meet|met|see|saw|pay|paid|visit|named|called|name is|name's"
)

_SURNAME_ENDINGS = (
    "enko", "ovich", "evich", "ović", "ovic", "ević", "evic", "escu", "eanu", "shvili",
    "adze", "owski", "ewski", "ovsky", "evsky", "inski", "ynski", "oglu", "oğlu", "ov", "ev",
    "yan",
)  # fmt: skip
# Endings of family names for the "family-name ending" rule: those of _SURNAME_ENDINGS but
# "-yan" (it ends English words and given names: "Bryan"), and Polish, Baltic and Czech forms
# ("Wiśniewska", "Žukauskas", "Nováková"). Not "-ova"/"-eva": invented brands end so too
# ("Shopnova").
_ENDINGS = "|".join(
    [e for e in _SURNAME_ENDINGS if e != "yan"]
    + ["owska", "ewska", "wicz", "czyk", "auskas", "ienė", "aitė", "ová"]
)
# (name, regex, score, mode): mode says how the value's words are checked (see _refine).
RULES = [
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
        rf"(?m)^[ \t]*{_STAMP}(?P<value>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*:(?=[ \t\"“'‘])",
        0.55,
        "label",
    ),
    (
        "speaker of a transcript",
        rf"(?m)^[ \t]*{_STAMP}(?P<value>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*:(?=[ \t\"“'‘])",
        0.55,
        "transcript",
    ),
    (  # "... passports. [14/03 22:14] AUNG KYAW MOE: the van ...": a chat line run into prose
        "speaker after a chat time stamp",
        rf"\[(?=[^\]\n]*\d:\d\d)[\d/. ,:-]{{4,20}}\][ \t]*"
        rf"(?P<value>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]*:(?=[ \t\"“'‘])",
        0.55,
        "label",
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
        # "Funds moved from Karimov to ...", "the flat of Wiśniewska": a word with an ending
        # only family names have, in any position (the guard releases towns: "Rostov").
        "family-name ending",
        rf"{_START}(?P<value>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{2,30}}(?:{_ENDINGS}))(?![\p{{L}}\p{{M}}-])",
        0.5,
        "ending",
    ),
    (
        # "Nadia im in Marseille now", "Dimitri i sent the money": a chat message opened by
        # the name of whom it is sent to, then a pronoun in lower case (no comma).
        "chat vocative",
        rf"(?m)^[ \t]*{_STAMP}(?P<value>{_CAP})(?=[ \t]+(?:i|im|i'm|u|we|she|he|they|pls)"
        rf"[ \t])",
        0.5,
        "label",
    ),
    (
        "name with a middle initial",
        rf"{_START}(?P<value>{_CAP}[ \t]+\p{{Lu}}\.[ \t]*{_CAP})(?![\p{{L}}.])",
        0.6,
        "initial",
    ),
    (
        "lower-case name after a title",
        # not after an article or possessive: "the madam phoned", "her sir sent" are roles
        rf"(?<![\p{{L}}])(?<!(?i:the|a|an|his|her|their|our|my|your|this|that)[ \t]+)"
        rf"(?i:mr|mrs|ms|miss|mx|dr|madam|sir)\.?[ \t]+"
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
    (
        "lower-case chat name",
        # "dont tell ana", "ask hussein if", "its me luz.": one word after an order to pass a
        # message on, or a chat's self-introduction, then the line's end or a small word
        rf"(?<![\p{{L}}])(?:(?i:tell|ask|text|message)|(?i:its|it's|it’s|this is)[ \t]+me)[ \t]+"
        rf"(?P<value>{_ANY})(?=[ \t]*(?:$|[\n.,!?]|(?i:i|to|if|when|that|and|about|u|you"
        rf"|we|is|are|was|the)(?![\p{{L}}])))",
        0.9,  # above spaCy's 0.85, so the cue is the rule kept for the span
        "chat",
    ),
]

PATTERNS = [Pattern(name, regex, score) for name, regex, score, _ in RULES]
_LABEL_LINE = regex.compile(
    rf"(?m)^[ \t]*{_STAMP}(?P<label>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*:(?=[ \t\"“'‘])"
)
CONTEXT: list[str] = []
_MODES = {name: mode for name, _, _, mode in RULES}
_TITLE_WORDS = frozenset(split(PERSON_TITLES))
_COMMON = frozenset(
    "the a an and or but to of in on at for with from by is was are were has had have will "
    "would can could said says told asked please thanks thank you he she they we it who".split()
)
# Endings only family names have ("Shevchenko", "Sokolov", "Popescu", "Jovanović"), for
# surnames of origins the census list misses.
_ADVERBS = frozenset(
    "then later also again repeatedly personally never himself herself allegedly".split()
)
_NEXT = regex.compile(r"(?:['’]s)?[ \t]+(\p{L}+)")
_PREVIOUS = regex.compile(r"(?:(\p{L}+)|[,;])[ \t]*$")
_NOT_A_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW"})


class PersonContextRecognizer(ContextPatternRecognizer):
    """PERSON from the words around a name (see the module docstring)."""

    def __init__(
        self,
        is_english: Callable[[str], bool],
        given_names: frozenset[str] = frozenset(),
        common_given_names: frozenset[str] = frozenset(),
        name_nouns: frozenset[str] = frozenset(),
        surnames: frozenset[str] = frozenset(),
    ) -> None:
        self.is_english = is_english
        # lower-case given names: every list's, and the census's common ones (the wide list
        # also holds English words such as "trigger" that a form uses as field labels)
        self.given_names = given_names
        self.common_given_names = common_given_names
        # nouns-only WordNet words a name list holds (`redaction.factory.listed_name_nouns`)
        self.name_nouns = name_nouns
        self.surnames = surnames
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

    @staticmethod
    def _transcript_labels(text: str) -> Counter[str]:
        """How often each "Label:" opens a line (two or more such lines make a transcript)."""
        if ":" not in text:
            return Counter()
        return Counter(m.group("label") for m in _LABEL_LINE.finditer(text))

    def _form_label(self, label: str, labels: Counter[str]) -> bool:
        """A label of English words that opens one line only is a form's field ("Prepared:",
        "Assessment:", "Trigger:"), not a speaker: speakers take turns, so their labels recur.
        A label that is no English word ("Nicole:") is a name even when it speaks once; so is
        a common given name ("Carol:"), and, in a conversation (some label recurs), a name
        any list knows ("Yaw:")."""
        conversation = any(n >= 2 for n in labels.values())
        names = self.given_names if conversation else self.common_given_names
        return labels[label] < 2 and all(
            self._english(w) and w.lower() not in names for w in label.split()
        )

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
        elif mode == "form":  # the field's value, minus trailing English words
            while words and self._english(text[words[-1][0] : words[-1][1]]):
                words.pop()
            if any(self._english(text[s:e]) for s, e in words):
                return None
        elif mode == "ending":  # no English word ("Improv", "Libyan" stay)
            if self._english(text[start:end]):
                return None
        elif mode == "initial":  # "Adelgunde B. Kitzmann": the initial vouches for both
            if any(text[s:e].lower() in _COMMON | _TITLE_WORDS for s, e in words):
                return None
        elif mode == "transcript":  # a speaker unless the label is a form's or a role's
            if any(text[s:e].lower().strip("'’") in LABEL_WORDS for s, e in words):
                return None
        elif mode == "chat":  # a name WordNet knows only as a noun, or no English word
            word = text[start:end].lower()
            listed = word in self.name_nouns or word in self.common_given_names
            if not listed or (self._english(word) and word not in self.name_nouns):
                return None
        elif mode == "all":  # a subject: no English word, or a name WordNet knows as a noun
            if any(self._english(text[s:e]) and not self._listed_noun(text[s:e]) for s, e in words):
                return None
        elif any(  # "label": "DOB:", "KYC:" are fields, not speakers
            self._english(text[s:e]) or text[s:e].lower() in LABEL_WORDS for s, e in words
        ):
            return None
        if not words:
            return None
        return words[0][0], words[-1][1]

    def _listed_noun(self, word: str) -> bool:
        """A Title-case word WordNet knows only as a noun and a name list holds, or one
        with a family name's ending."""
        key = word.strip("'’-.")
        if not key[:1].isupper() or key.isupper():
            return False
        lower = key.lower()
        return lower in self.name_nouns or (len(lower) >= 5 and lower.endswith(_SURNAME_ENDINGS))

    def _listed_name(self, word: str) -> bool:
        return self._listed_noun(word) or (
            not self._english(word)
            and (word.lower() in self.given_names or word.lower() in self.surnames)
        )

    def _proper_where_english(self, doc: Any, text: str, start: int, end: int) -> bool:
        """Each English word of the subject ("Reyes", taken for a name as a listed noun) is
        one spaCy's tagger reads as a proper noun here: "Minors worked" and "Money sent"
        are nouns (NNS, NN), "Reyes kept" is NNP."""
        english = [t for t in regex.finditer(r"\S+", text[start:end]) if self._english(t.group())]
        if not english:
            return True
        if doc is None:
            return False
        tags = {t.idx - start: t.tag_ for t in doc if start <= t.idx < end}
        return all(tags.get(m.start()) in ("NNP", "NNPS") for m in english)

    def _inside_non_person_entity(self, doc: Any, text: str, start: int, end: int) -> bool:
        """Inside an organisation or place of spaCy's, unless that entity is this one word
        and a name list holds it (spaCy calls many lone surnames ORG or GPE)."""
        if doc is None:
            return False
        for e in doc.ents:
            if e.label_ in _NOT_A_PERSON_LABELS and e.start_char <= start and end <= e.end_char:
                lone = len(e) == 1 and e.label_ in ("ORG", "GPE") and (e.start_char, e.end_char)
                if (
                    lone == (start, end)
                    and self._listed_name(text[start:end])
                    and self._acts(text, start, end)
                ):
                    continue
                return True
        return False

    @staticmethod
    def _acts(text: str, start: int, end: int) -> bool:
        """A verb right after the word (no comma, no adverb: "Mendoza, then", "Sikasso
        later" are a route's towns) and no place word or comma before it ("then Mendoza")."""
        after = _NEXT.match(text, end)
        before = _PREVIOUS.search(text, max(0, start - 30), start)
        if after is None or after.group(1).lower() in _ADVERBS:
            return False
        if before is None:
            return True
        return before.group(1) is not None and before.group(1).lower() not in (LOCATIVES | _ADVERBS)

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
        labels = self._transcript_labels(text)
        transcript = labels.total() >= 2
        for pattern, compiled in self.runnable(text):
            mode = _MODES[pattern.name]
            if mode == "transcript" and not transcript:
                continue
            for match in compiled.finditer(text, timeout=self.timeout):
                span = self._refine(text, *match.span("value"), mode)
                if span is None:
                    continue
                if mode == "transcript" and self._form_label(text[span[0] : span[1]], labels):
                    continue
                if mode == "all" and self._inside_non_person_entity(doc, text, *span):
                    continue
                if mode == "all" and not self._proper_where_english(doc, text, *span):
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
