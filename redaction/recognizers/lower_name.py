"""Names written in lower case in mixed-case text: "pls call mrs adaeze obi", "hi sami".

spaCy rarely tags a lower-case word as a name, and a line that is not all lower case is not
true-cased first (`redaction.document.truecase`). A run of lower-case words counts as a name
when:
- its first word is a given name of the lists (`redaction.world_names`: the census and the
  world list), three letters or more, and no stop word, title, country or nationality
  (`PersonGuard.is_name_word(listed=True)`: WordNet knows "maria" and "hugo" as words);
- each further word (up to four in all, joined by single spaces) is no English word, place
  or nationality; a particle ("da", "van", "bin") may join two of them ("joão pedro da
  silva");
- it has two words or more, or its one word follows a greeting or a title ("hi sami",
  "mrs adaeze"), or is no English word and follows a verb of calling or meeting or a
  relative ("tell emeka", "his wife ngozi", "sms from bilkisu"), or comes before a verb
  ("nkechi said", "fatou sleeps"), or opens a line as a speaker ("ola: ..."); a census name
  that is an English word only before a verb of speech and after no determiner ("grace
  said", not "the bill said").

Its explanation says "lower-case name run", which the engine trusts over WordNet. It scores
SCORE, just above spaCy's 0.85, so that where spaCy finds the same span ("call maria lopez")
Presidio keeps this result and its explanation, and "maria" is not trimmed as a word.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import regex

WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*")
PARTICLES = frozenset(
    "al el bin binti bint ibn abu van von de da del della di du dos das la le".split()
)
# Words after which one lower-case given name is a person ("hi sami", "mrs adaeze"), even one
# that is an English word ("mama grace", "uncle frank", "oga sunny").
CUES = frozenset("hi hello hey dear mr mrs ms miss mama auntie aunty aunt uncle oga papa".split())
# Words after which one lower-case given name that is no English word is a person.
VERB_CUES = frozenset(
    "called named call tell told ask asked met meet text texted contact contacted with wife "
    "husband brother sister son daughter cousin uncle aunt boss friend from paid pay pays sent "
    "send gave give thank thanks w".split()
)
# Verbs after which one lower-case given name that is no English word is a person ("nkechi
# said", "carlos will pick", "pilar moved us", "fatou sleeps at the shop").
VERBS_AFTER = frozenset(
    "said says told tells will wants wanted works worked sleeps slept sent sends paid pays "
    "took takes knows knew moved moves kept keeps lives lived left came comes stays stayed "
    "picks picked asked asks called calls texted texts replied has had got gets can cant "
    "wont didnt doesnt dont went goes brought brings drove drives".split()
)
# Verbs of speech after which a lower-case census name that is an English word is a person
# too ("grace said"), unless a determiner comes before it ("the bill said").
SPEECH_AFTER = frozenset("said says told tells asked asks texted replied".split())
DETERMINERS = frozenset("the a an this that my your his her our their its".split())
MAX_WORDS = 4
SCORE = 0.86
WHY = "lower-case name run (given-name list)"


class LowerCaseNames:
    """Finds lower-case name runs in a text (see the module docstring)."""

    def __init__(
        self,
        given_names: Collection[str],
        is_english: Callable[[str], bool],
        is_place: Callable[[str], bool],
        is_listed_name_word: Callable[[str], bool],
        census: Collection[str] = frozenset(),
    ) -> None:
        self.given_names = given_names
        self.census = census
        self.score = SCORE
        self.is_english = is_english
        self.is_place = is_place
        self.is_listed_name_word = is_listed_name_word

    def _name_word(self, word: str) -> bool:
        return (
            word.islower()
            and len(word) >= 2
            and word not in PARTICLES
            and not self.is_english(word)
            and not self.is_place(word)
        )

    def _first_word(self, word: str) -> bool:
        # A word only the world list knows must be no English word ("tell" is on it).
        if word not in self.census and self.is_english(word):
            return False
        return (
            len(word) >= 3
            and word not in PARTICLES
            and word in self.given_names
            and self.is_listed_name_word(word)
        )

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, why) of each lower-case name run."""
        if not any(ch.islower() for ch in text):
            return []
        words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        out = []
        i = 0
        while i < len(words):
            start, end, word = words[i]
            if not word.islower() or not (self._first_word(word) or self._speaker(text, words, i)):
                i += 1
                continue
            run = [i]
            j = i + 1
            while j < len(words) and len(run) < MAX_WORDS and _joined(text, words, j):
                nxt = words[j][2]
                if (
                    nxt in PARTICLES
                    and j + 1 < len(words)
                    and _joined(text, words, j + 1)
                    and self._name_word(words[j + 1][2])
                ):
                    run += [j, j + 1]
                    j += 2
                elif self._name_word(nxt):
                    run.append(j)
                    j += 1
                else:
                    break
            if (
                len(run) >= 2
                or (i > 0 and self._cued(text, words, i))
                or self._cued_after(text, words, i)
            ):
                out.append((start, words[run[-1]][1], WHY))
            i = run[-1] + 1
        return out

    def _cued(self, text: str, words: list[tuple[int, int, str]], i: int) -> bool:
        """Word i follows a greeting or title ("hi sami", "mrs. obi"), or is no English word
        and follows a verb of calling or a relative ("tell emeka")."""
        gap = text[words[i - 1][1] : words[i][0]]
        before = words[i - 1][2].lower()
        if gap.strip(" .") != "":
            return False
        return before in CUES or (before in VERB_CUES and self._name_word(words[i][2]))

    def _cued_after(self, text: str, words: list[tuple[int, int, str]], i: int) -> bool:
        """Word i, a lone name, opens a line as a speaker ("ola: ok", "[21:05] ola: ok"), or
        comes before a verb: any listed verb if it is no English word ("nkechi said"), a verb
        of speech if it is a census name and no determiner comes before it ("grace said")."""
        end = words[i][1]
        line_start = text.rfind("\n", 0, words[i][0]) + 1
        if i + 1 >= len(words):
            return False
        word, nxt = words[i][2], words[i + 1][2].lower()
        gap = text[end : words[i + 1][0]]
        if gap.startswith(":") and not any(ch.isalpha() for ch in text[line_start : words[i][0]]):
            return self._name_word(word) or self._speaker(text, words, i)
        if gap != " ":
            return False
        if nxt in VERBS_AFTER and self._name_word(word):
            return True
        before = words[i - 1][2].lower() if i > 0 else ""
        return nxt in SPEECH_AFTER and word in self.census and before not in DETERMINERS

    def _speaker(self, text: str, words: list[tuple[int, int, str]], i: int) -> bool:
        """Word i, a listed given name even when it is an English word ("ana", "yaw"), opens
        a line as a speaker of a chat in which another line opens with a speaker whose label
        is a given name or no English word ("bill: 300" beside "total: 900" is no chat)."""
        start, end, word = words[i]
        line_start = text.rfind("\n", 0, start) + 1
        if not text.startswith(":", end) or any(ch.isalpha() for ch in text[line_start:start]):
            return False
        if len(word) < 3 or word not in self.given_names or not self.is_listed_name_word(word):
            return False
        others = {m.group(1) for m in _SPEAKER.finditer(text) if m.start(1) != start}
        return any(o in self.given_names or self._name_word(o) for o in others)


_SPEAKER = regex.compile(r"(?m)^[^\p{L}\n]{0,20}(\p{Ll}[\p{L}\p{M}]{1,30}):")


def _joined(text: str, words: list[tuple[int, int, str]], j: int) -> bool:
    """Word j follows word j - 1 after one space."""
    return text[words[j - 1][1] : words[j][0]] == " "
