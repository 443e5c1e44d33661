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

from redaction.person_guard import PARTICLES

_GAP = regex.compile(r"[ \t]{1,2}")
_WORD_AFTER = regex.compile(r"[ \t]{1,2}(\p{L}[\p{L}\p{M}'’-]{0,40})(?![\p{L}\p{M}\p{N}@.'’-])")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}@.'’-])(\p{L}[\p{L}\p{M}'’-]{0,40})[ \t]{1,2}$")
MAX_WORDS = 2  # words added on each side
# "OSEI, Patience (F, 23)", "Surname: KOVAC, Ana": a surname in capitals written before the
# given name and a comma, at the start of a line or a list item.
_SURNAME_FIRST = regex.compile(
    r"(?m)(?:^|(?<=[;:(•*-]\s{0,3}))(\p{Lu}[\p{Lu}\p{M}'’-]{1,40})\s?,[ \t]{1,2}$"
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

    def __init__(self, is_name_word: Callable[[str], bool]) -> None:
        self.is_name_word = is_name_word

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
                if before is None or not self._joins(before.group(1), style):
                    break
                start = before.start()
            elif self._joins(word, style):
                start = m.start()
            else:
                break
            added += 1
        # Right: "<Okafor> CHIDI", "<joão pedro> da silva".
        added = 0
        while added < MAX_WORDS:
            m = _WORD_AFTER.match(text, end, min(len(text), end + 45))
            if m is None:
                break
            word = m.group(1)
            if word.lower() in PARTICLES:
                after = _WORD_AFTER.match(text, m.end(), min(len(text), m.end() + 45))
                if after is None or not self._joins(after.group(1), style):
                    break
                end = after.end()
            elif self._joins(word, style):
                end = m.end()
            else:
                break
            added += 1
        return start, end

    def surname_first(self, text: str, start: int) -> tuple[int, int] | None:
        """The span of a surname in capitals written before this given name and a comma at
        the start of a line or list item ("OSEI, <Patience>"), else None."""
        m = _SURNAME_FIRST.search(text, max(0, start - 50), start)
        if m is None or not text[start : start + 1].isupper():
            return None
        word = m.group(1)
        return (m.start(1), m.end(1)) if self.is_name_word(word) else None
