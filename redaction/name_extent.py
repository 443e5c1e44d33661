"""A name found in part is removed whole: a PERSON span grows over the name words beside it.

The NER model and the cue rules often find one word of a name and not its neighbour
("Ionut <PERSON>", "<PERSON> CHIDI", "hugo <PERSON>", "<PERSON> da silva"), and the word left
behind identifies the person as well as the one removed. A word joins the span when it is
written the way the span is (Title case beside Title case, capitals beside capitals, lower
case beside lower case), stands next to it with only spaces between, and is no English word,
place, nationality, title, role, month or stop word. A particle ("da", "bin", "van") joins
only when a name word follows it on the far side. The person guard judges the grown span
afterwards, as it judged the found one.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from redaction import gazetteer
from redaction.given_words import calendar_opens_name, vietnamese_given_closes
from redaction.name_fragments import name_before
from redaction.name_lists import surnames
from redaction.name_tails import (
    accented_given_before,
    given_after_comma,
    hyphen_after,
    hyphen_before,
    particle_chain_after,
)
from redaction.name_titles import (
    GIVEN_NAME_COUNTRIES,
    TOWN_GIVEN_NAMES,
    family_closes_name,
    opening_title_word,
)
from redaction.person_guard import PARTICLES
from redaction.recognizers.street_address import STREET_TYPES

_GAP = regex.compile(r"[ \t]{1,2}")
# A full stop may end the word when it ends a sentence ("met Ionut Dragomir."), not when a
# word or number follows it ("dragomir.ionut@", "Dragomir.5").
_WORD_AFTER = regex.compile(
    r"[ \t]{1,2}(\p{L}[\p{L}\p{M}'’-]{0,40})(?![\p{L}\p{M}\p{N}@'’-])(?!\.[\p{L}\p{N}@])"
)
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}@.'’-])(\p{L}[\p{L}\p{M}'’-]{0,40})[ \t]{1,2}$")
MAX_WORDS = 2  # words added on each side
# A nickname in quote marks between a given name and a surname: 'Alejandro "Alex" Torres'.
_NICKNAME = regex.compile(r"[ \t]{1,2}[\"“‘'](\p{Lu}[\p{L}\p{M}'’-]{0,30})[\"”’']")
# "OSEI, Patience (F, 23)", "Surname: KOVAC, Ana": a surname in capitals written before the
# given name and a comma, at the start of a line or a list item.
_SURNAME_FIRST = regex.compile(
    r"(?m)(?:^|(?<=[;:(•*-]\s{0,3}))(\p{Lu}[\p{Lu}\p{M}'’-]{1,40})\s?,[ \t]{1,2}$"
)


# Vietnamese middle names: the family name before them ("Do", "Le", "Ho", "Vu") is often an
# English word, so the usual test for a name word would leave it behind.
_VIETNAMESE_MIDDLE = frozenset("thi thị van văn".split())
_FOLLOWED_BY_LOWER = regex.compile(r"(?:[ \t]{1,2}\p{Ll}|[,.;:!?)]|$)")
_NOT_SURNAMES = frozenset(
    w.casefold()
    for w in (
        STREET_TYPES.split("|")
        + gazetteer.split(gazetteer.VENUE_NOUNS)
        + sorted(gazetteer.PLACE_NOUNS)
        + "Police Court Office Officer Team Family Group Gang Brothers Sisters".split()
    )
)
_FUNCTION_WORDS = frozenset("the a an and or but of in on at to by for with from as so if".split())


def _is_title(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


_TOWN_LOCATIVES = gazetteer.LOCATIVES - {"of", "and", "or"}


def _town_given_name(text: str, m: regex.Match[str], style: str) -> bool:
    """A given name that is also a town or country ("Regina", "ADELAIDE", "Trinidad"), written
    the way the found name after it is, with no locative word before it: "from Regina
    Kowalczyk" may be a town and a person."""
    word = m.group(1)
    if style not in ("title", "upper") or _style(word) != style:
        return False
    if word.casefold() not in TOWN_GIVEN_NAMES | GIVEN_NAME_COUNTRIES:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 45), m.start())
    # "statement of Regina Kowalczyk", "Ana and Regina Kowalczyk": a person's, not a place's
    return before is None or before.group(1).casefold() not in _TOWN_LOCATIVES


def _vietnamese_family(word: str, span: str, style: str) -> bool:
    """A short Title-case word before a span opening with a Vietnamese middle name."""
    first = span.split()[0] if span.split() else ""
    return (
        style == "title"
        and first.casefold() in _VIETNAMESE_MIDDLE
        and len(span.split()) >= 2
        and _is_title(word)
        and 2 <= len(word) <= 5
        and word.casefold() not in _FUNCTION_WORDS
    )


def _style(word: str) -> str:
    if word.isupper():
        return "upper"
    if word.islower():
        return "lower"
    if word[:1].isupper() and word[1:].islower():
        return "title"
    return "mixed"


class NameExtent:
    """Grows PERSON spans over the name words beside them (see the module docstring)."""

    def __init__(
        self,
        is_name_word: Callable[[str], bool],
        is_name_word_listed: Callable[[str], bool] | None = None,
    ) -> None:
        self.is_name_word = is_name_word
        self.is_name_word_listed = is_name_word_listed or is_name_word

    def _joins(self, word: str, style: str) -> bool:
        if len(word) < 2 or word.endswith(("'s", "’s")):
            return False
        mine = _style(word)
        if style == "title":
            ok = mine in ("title", "mixed") and word[:1].isupper()
        else:
            ok = mine == style
        if style == "lower" and len(word) < 3:
            return False
        return ok and self.is_name_word(word)

    def extend(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The span grown over the name words beside it (unchanged when there are none)."""
        words = text[start:end].split()
        if not words:
            return start, end
        styles = {_style(w.strip(".,'’")) for w in words if w.strip(".,'’")}
        styles = {"title" if s == "mixed" else s for s in styles}  # "Al-Qahtani", "McKay"
        particle = _WORD_BEFORE.search(text, max(0, start - 45), start)
        if (
            particle is not None
            and words[0].isupper()
            and particle.group(1).isupper()
            and particle.group(1).lower() in PARTICLES
        ):
            start = particle.start()  # "EL <AMRANI Youssef>": a surname's particle in capitals
        if len(styles) != 1:
            return start, end
        style = styles.pop()
        # Left: "Ionut <Dragomir>", "Faisal bin <Khalid>".
        added = 0
        while added < MAX_WORDS:
            m = _WORD_BEFORE.search(text, max(0, start - 45), start)
            if m is None:
                break
            word = m.group(1)
            if word.lower() in PARTICLES:
                before = _WORD_BEFORE.search(text, max(0, m.start() - 45), m.start())
                if before is not None and self._joins(before.group(1), style):
                    start = before.start()
                elif style == "title" and len(word) >= 2:
                    # "Dos <Reis> kept ...", "his partner la <Guera>": the name's own particle,
                    # and a particle before it ("the subject, de la <Cruz>")
                    start = m.start()
                    if before is not None and before.group(1).lower() in PARTICLES:
                        start = before.start()
                    break
                else:
                    break
            elif self._joins(word, style):
                start = m.start()
            elif added == 0 and _town_given_name(text, m, style):
                start = m.start()  # "Regina <Kowalczyk>", "ADELAIDE <NKRUMAH>"
            elif added == 0 and accented_given_before(text, start, style):
                start = m.start()  # "Jesús <Tzoc Batz>": folded, an English word
            elif added == 0 and _vietnamese_family(word, text[start:end], style):
                start = m.start()  # "Do <Thi Hoa>", "Le <Van Tam>"
            elif added == 0 and opening_title_word(word, words[0], self._surname_or_word):
                start = m.start()  # "Pan <Jianguo>", "Justice <Boateng>", "Lei <Zhang>"
            elif added == 0 and calendar_opens_name(
                word, words[0], self._surname_or_word, text[: m.start()]
            ):
                start = m.start()  # "Will <Osei>", "May <Lin>", "SUNDAY <ADEYEMI>"
            else:
                break
            added += 1
        # Right: "<Okafor> CHIDI", "<joão pedro> da silva".
        added = 0
        nickname = _NICKNAME.match(text, end)
        if nickname is not None:  # '<Alejandro> "Alex" Torres': over the nickname to the surname
            m = _WORD_AFTER.match(text, nickname.end(), min(len(text), nickname.end() + 45))
            if m is not None and (
                self._joins(m.group(1), style) or self._surname_after(text, start, end, m, style)
            ):
                end = m.end()
        while added < MAX_WORDS:
            m = _WORD_AFTER.match(text, end, min(len(text), end + 45))
            if m is None:
                break
            word = m.group(1)
            chain = particle_chain_after(text, end, style, *self._tests)
            if chain is not None:  # "<Rosalia> dela Cruz", "<María> de la Cruz"
                end = chain
                break
            if word.lower() in PARTICLES:
                after = _WORD_AFTER.match(text, m.end(), min(len(text), m.end() + 45))
                if after is None or not self._joins(after.group(1), style):
                    break
                end = after.end()
            elif self._joins(word, style):
                end = m.end()
            elif added == 0 and self._surname_after(text, start, end, m, style):
                end = m.end()  # "<Cheikh> Fall for ...": a surname that is also a word
                break
            elif added == 0 and style == "title" and family_closes_name([*words, word]):
                end = m.end()  # "<Minh> Do left", "<Van Hung> Do"
                break
            elif added == 0 and vietnamese_given_closes([*words, word]):
                end = m.end()  # "<Nguyen Van> An", "<TRAN VAN> LONG"
                break
            else:
                break
            added += 1
        return self._tails(text, start, end, style)

    @property
    def _tests(self) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
        return self.is_name_word, self.is_name_word_listed

    def _tails(self, text: str, start: int, end: int, style: str) -> tuple[int, int]:
        """Hyphened halves of a double surname and a given name after a surname in capitals
        and a comma (`redaction.name_tails`)."""
        before = hyphen_before(text, start, style, *self._tests)
        after = hyphen_after(text, end, style, *self._tests)
        if after is None and style == "upper":
            after = given_after_comma(text, start, end, *self._tests)
        return (start if before is None else before), (end if after is None else after)

    def _surname_after(
        self, text: str, start: int, end: int, m: regex.Match[str], style: str
    ) -> bool:
        """A Title-case census surname right after a one-word Title-case name, followed by a
        lower-case word or a comma/full stop (not by more capitalised words, nor a number:
        "Maria Park Road 5"), which is no street, place or venue word."""
        word = m.group(1)
        if style != "title" or len(text[start:end].split()) != 1 or not _is_title(word):
            return False
        key = word.casefold()
        if key in _NOT_SURNAMES or not self.is_name_word_listed(word):
            return False
        if not _FOLLOWED_BY_LOWER.match(text, m.end()):
            return False
        return key in surnames()

    def _surname_or_word(self, word: str) -> bool:
        """A name word, or a census surname WordNet also knows ("Don <Mitchell>")."""
        return self.is_name_word(word) or (
            self._census_surname(word.casefold()) and self.is_name_word_listed(word)
        )

    @staticmethod
    def _census_surname(key: str) -> bool:
        return key in surnames() and key not in _NOT_SURNAMES

    def surname_first(self, text: str, start: int) -> tuple[int, int] | None:
        """The span of a surname in capitals written before this given name and a comma at
        the start of a line or list item ("OSEI, <Patience>"), else None."""
        m = _SURNAME_FIRST.search(text, max(0, start - 50), start)
        if m is None or not text[start : start + 1].isupper():  # elsewhere in a line
            return name_before(
                text, start, self.is_name_word, self.is_name_word_listed, self._census_surname
            )
        word = m.group(1)
        # in this form shape a census surname counts even when it reads as an English word
        # (WordNet takes "TORRES" for a plural of "torr")
        key = word.casefold()
        listed = key in surnames() and key not in _NOT_SURNAMES and self.is_name_word_listed(word)
        return (m.start(1), m.end(1)) if listed or self.is_name_word(word) else None
