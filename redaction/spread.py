"""Whole-document consistency: a value found anywhere in a document goes everywhere in it.

A name found in any part (body segment, title, metadata value) is removed from every part,
with its part-names in any case ("Dragomir" after "Ionut Dragomir"), except where a lower-case
word is an English one ("will" is not "Will") or the word sits inside an organisation's name
("Jessica Recruitment Services"); other values of five characters or more repeat as found.
Each person span is then grown over the name words beside it. Split out of
`redaction.engine`, which calls `DocumentSpread.spread` once per document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from redaction.caps_names import caps_surname, in_place_name
from redaction.detections import PLACEHOLDER, Detection, overlaps
from redaction.document import Part, is_speaker
from redaction.name_extent import NameExtent
from redaction.org_names import within_org_name

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard


class DocumentSpread:
    """Spreads a document's found values to all its parts and grows person spans."""

    def __init__(self, guard: PersonGuard, max_seconds: float) -> None:
        self.guard = guard
        self.max_seconds = max_seconds
        self.extent = NameExtent(guard.is_name_word, lambda w: guard.is_name_word(w, listed=True))

    def spread(self, parts: list[Part]) -> list[list[Detection]]:
        """Each part's own detections plus every other occurrence, in any part, of a value
        found anywhere in the document: names (and their part-names, in any case; not where
        the lower-case word is an English one) and other values of five characters or more."""
        terms: dict[str, tuple[str, float, str]] = {}  # casefolded term -> type, score, rule
        caps_terms: set[str] = set()  # English-word surnames of names in capitals

        def add(term: str, etype: str, score: float, rule: str) -> None:
            key = term.casefold()
            if len(key) >= 2 and (key not in terms or terms[key][1] < score):
                terms[key] = (etype, score, rule)

        for part in parts:
            for det in part.found:
                surface = part.text[det.start : det.end]
                if det.type == "PERSON":
                    add(surface, "PERSON", det.score, det.rule)
                    if any(ch in surface for ch in ":/\n") or (
                        len(surface.split()) >= 3 and self.all_english(surface)
                    ):
                        continue  # "Forced Labor: Diamonds" is a heading, not a name to spread
                    recased = surface.islower() or surface.isupper()
                    tokens = self.guard.name_tokens(surface.title() if recased else surface)
                    for n, token in enumerate(tokens):
                        # "GARY LONG ... LONG ALSO OWNS": the surname closing a name in
                        # capitals goes alone too when the census lists it
                        closing = n == len(tokens) - 1 and n > 0 and surface.isupper()
                        if not (recased and self.guard.is_english(token)):
                            add(token, "PERSON", det.score, det.rule)
                        elif closing and caps_surname(token, self.guard):
                            add(token, "PERSON", det.score, det.rule)
                            caps_terms.add(token.casefold())
                elif len(surface) >= 5 and not PLACEHOLDER.fullmatch(surface):
                    add(surface, det.type, det.score, det.rule)
        if not terms:
            return [self.grow_names(p.text, list(p.found)) for p in parts]
        pattern = regex.compile(
            r"(?<![\p{L}\p{M}\p{N}])(?:"
            + "|".join(regex.escape(t) for t in sorted(terms, key=len, reverse=True))
            + r")(?![\p{L}\p{M}\p{N}])",
            regex.IGNORECASE,
        )
        out = []
        g = self.guard
        for part in parts:
            own = list(part.found)
            taken = sorted((d.start, d.end) for d in own)
            for match in pattern.finditer(part.text, timeout=self.max_seconds):
                start, end = match.span()
                if overlaps(start, end, taken):
                    continue
                etype, score, rule = terms[(word := match.group()).casefold()]
                # "will" is not "Will" unless it opens a chat line as a speaker ("ana:");
                # "Jessica" of "Jessica Recruitment Services" is no person
                english = word.islower() and self.guard.is_english(word)
                english = english and not is_speaker(part.text, start, end)
                if etype == "PERSON" and (
                    english
                    or within_org_name(part.text, start, end)
                    or (
                        word.casefold() in caps_terms  # only as written: "LONG", not "Long"
                        and (not word.isupper() or in_place_name(part.text, start, end, g))
                    )
                    or auxiliary(word, part.text, end, self.guard.stop_words)
                ):
                    continue
                own.append(
                    Detection(
                        etype, start, end, score, f"document: repeats a value found by {rule}"
                    )
                )
            out.append(self.grow_names(part.text, own))
        return out

    def grow_names(self, text: str, found: list[Detection]) -> list[Detection]:
        """Each PERSON span grown over the name words beside it ("Ionut <Dragomir>")."""
        grown = []
        for det in found:
            if det.type == "PERSON":
                start, end = self.extent.extend(text, det.start, det.end)
                if (start, end) != (det.start, det.end):
                    det = Detection("PERSON", start, end, det.score, det.rule + " + name extent")
                surname = self.extent.surname_first(text, start)
                if surname is not None:
                    grown.append(Detection("PERSON", *surname, det.score, det.rule + " + surname"))
            grown.append(det)
        return grown

    def all_english(self, surface: str) -> bool:
        """Every word an English one, and none an English word that is also a name."""
        from redaction.gazetteer import NAME_WORDS

        words = regex.findall(r"\p{L}[\p{L}\p{M}'’-]*", surface)
        return bool(words) and all(
            self.guard.is_english(w) and w.lower() not in NAME_WORDS for w in words
        )


# What follows a name part that is also a stop word when it is used as that word: "Do not
# contact him", "Will you sign", "May I ask" (after "Minh Do", "Will Osei", "May Lin" were found).
_AUXILIARY_NEXT = regex.compile(r"\s+(?:not|n't|you|we|they|i|he|she|it|so)\b", regex.IGNORECASE)


def auxiliary(word: str, text: str, end: int, stop_words: frozenset[str]) -> bool:
    """`word`, a name part that is also a stop word ("Do", "Will", "May"), is used as that
    word here: a negation or a pronoun follows it ("Do not contact him")."""
    return word.casefold() in stop_words and bool(_AUXILIARY_NEXT.match(text, end))
