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
  said", not "the bill said"); a given name that is an English word after a verb of calling,
  telling or meeting when a small word or a stop follows it ("i told rose to wait", "met
  grace at the market", "pls call joy before 6"; not "sales rose to", "with joy");
- a two-word label opens a chat line ("mary ann: hi", "li na: boss say") in a chat whose
  other lines open with speakers, its first word a listed given name or a Chinese surname
  and its second no English word, a name of the lists, or the label of two lines or more
  ("ana pop:").

Its explanation says "lower-case name run", which the engine trusts over WordNet. It scores
SCORE, just above spaCy's 0.85, so that where spaCy finds the same span ("call maria lopez")
Presidio keeps this result and its explanation, and "maria" is not trimmed as a word.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import regex

from redaction.gazetteer import LABEL_WORDS
from redaction.name_titles import CHINESE_SURNAMES

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
# Given names that are English words, and the verbs and small words between which one of them
# is a person in a chat ("i told rose to wait", "met grace at", "ask mercy if").
WORD_NAMES = frozenset(
    """
    rose grace joy hope faith mercy precious patience blessing comfort charity favour gift
    lucky memory princess wisdom destiny treasure promise glory peace ruby pearl lily daisy
    iris violet amber hazel ivy jade holly dawn sunny
    """.split()
)
WORD_NAME_VERBS = frozenset(
    "tell told ask asked call called met meet saw see text texted message contact".split()
)
WORD_NAME_NEXT = frozenset(
    """
    to at before after if that she he they and yesterday today tonight tomorrow now later
    again pls please i u we the about when where
    """.split()
)
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
            if self._pair_speaker(text, words, i):  # "mary ann: hi", "li na: ok"
                out.append((start, words[i + 1][1], WHY))
                i += 2
                continue
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
                or (len(run) == 1 and self._word_name(text, words, i))
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

    def _word_name(self, text: str, words: list[tuple[int, int, str]], i: int) -> bool:
        """Word i, a given name that is an English word, follows a verb of calling, telling or
        meeting and comes before a small word or a stop: "i told rose to wait"."""
        word = words[i][2]
        if word not in WORD_NAMES or i == 0 or words[i - 1][2].lower() not in WORD_NAME_VERBS:
            return False
        if text[words[i - 1][1] : words[i][0]] != " ":
            return False
        after = text[words[i][1] :]
        if after == "" or after[:1] in "\n.,!?;:":
            return True
        return (
            after[:1] == " "
            and i + 1 < len(words)
            and words[i + 1][0] == words[i][1] + 1
            and words[i + 1][2].lower() in WORD_NAME_NEXT
        )

    def _pair_speaker(self, text: str, words: list[tuple[int, int, str]], i: int) -> bool:
        """Words i and i + 1, in lower case, are a chat line's speaker label ("mary ann:")."""
        if i + 1 >= len(words):
            return False
        (start, _, first), (_, end, second) = words[i], words[i + 1]
        # in lower case, or true-cased by the engine ("Li Na:", "Ana pop:")
        if not all(w[1:].islower() for w in (first, second)) or not text.startswith(":", end):
            return False
        first, second = first.lower(), second.lower()
        line_start = text.rfind("\n", 0, start) + 1
        if any(ch.isalpha() for ch in text[line_start:start]) or not _joined(text, words, i + 1):
            return False
        label = f"{first} {second}"
        labels = [m.group(1).lower() for m in _SPEAKER_PAIR.finditer(text)]
        if sum(1 for lab in labels if lab != label) == 0:
            return False  # no other speaker: a form's field ("total due:")
        listed = first in self.given_names and self.is_listed_name_word(first)
        opens = listed or first in CHINESE_SURNAMES
        # "ana pop:" in a chat of speakers: a given name then any word but a label's
        seconds = (
            not self.is_english(second)
            or second in self.given_names
            or labels.count(label) >= 2
            or (listed and len(second) >= 3 and second not in LABEL_WORDS)
        )
        return opens and seconds and len(first) >= 2 and len(second) >= 2

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
# A chat line's speaker label of one or two words: "ola:", "mary ann:", "Li Na:".
_SPEAKER_PAIR = regex.compile(
    r"(?m)^[^\p{L}\n]{0,20}(\p{L}[\p{Ll}\p{M}]{1,30}(?: \p{L}[\p{Ll}\p{M}]{1,30})?):"
)


def _joined(text: str, words: list[tuple[int, int, str]], j: int) -> bool:
    """Word j follows word j - 1 after one space."""
    return text[words[j - 1][1] : words[j][0]] == " "
