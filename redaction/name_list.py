"""A name in a list of names is a name: the items beside found people in one enumeration.

spaCy finds most names of "Workers interviewed: Aung Kyaw Min, Thida Win, Zaw Lin Htet and
Soe Soe" and drops one ("Thida Win": "Win" is an English word), and the one left behind names a
person as well as the others. An item of one to four Title-case words joins the people when

- it stands in an enumeration (items joined by commas, semicolons, "and", "or", "&") of three
  or more items of which at least two are people already (a "Me" opening the list counts:
  "Me, Ion and Vasile went"), or
- it stands in such an enumeration beside one person, no item names a known place, and one
  of its words is no English word ("Arrested: Berisha, Gashi, Shala"), or
- it is joined to a person by "and", "or" or "&" ("Sofia and Inês"), and one of its words is
  no English word;

and the person guard lets it through (no place, nationality, organisation word, title, ...),
no word of it is a known place, and it is not a number, a date or a stop word, nor a word in
capitals beside names that are not ("Barclays and HSBC"). Two items
joined by a comma alone ("Erjon Shehu, Tirana") are a name and its town or role, never a list.
Lines of a bulleted or numbered list beside a line that holds a person are
`redaction.bullet_lists`'s.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from redaction.bullet_lists import bullet_mates
from redaction.person_guard import PersonGuard, normalize

# What joins two items of one list, and whether it is a conjunction.
_SEP_AFTER = regex.compile(r"[ \t]*(?:(,|;)[ \t]*(?:(and|or|&)[ \t]+)?|[ \t]+(and|or|&)[ \t]+)")
_SEP_BEFORE = regex.compile(r"(?:(,|;)[ \t]*(?:(and|or|&)[ \t]+)?|[ \t]+(and|or|&)[ \t]+)$")
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’-]*"
# An item (in quote marks or not: 'and "Toni"'): one to four Title-case words (an initial
# may close it: "Maricel A"), then the end of the item (a separator, the end of a sentence,
# a bracket or the line's end) or a lower-case word ("Moussa and Ndeye left").
_ITEM_AFTER = regex.compile(
    rf"[\"'‘“]?({_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|\p{{Lu}}\.?)){{0,3}})"
    r"(?=[\"'’”]?(?:[ \t]*(?:[,;.:)\n]|and\b|or\b|&|$)|[ \t]+\p{Ll}))"
)
_ITEM_BEFORE = regex.compile(
    rf"(?:^|(?<=[\s(:\"'‘“]))({_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|\p{{Lu}}\.?)){{0,3}})"
    r"[\"'’”]?$"
)
MAX_ITEMS = 12


class NameList:
    """Finds the unfound items of lists of people (see the module docstring)."""

    def __init__(self, guard: PersonGuard) -> None:
        self.guard = guard

    def _item_ok(self, text: str, start: int, end: int, strict: bool, capitals: bool) -> bool:
        words = text[start:end].split()
        if not capitals and any(len(w) >= 2 and w.isupper() for w in words):
            return False  # "Barclays and HSBC": an acronym beside Title-case names
        initial = len(words) > 1 and len(words[-1].rstrip(".")) == 1  # "Maricel A"
        if initial:
            words = words[:-1]
            end = start + len(text[start:end].rstrip(".")[:-1].rstrip())
        if any(
            self.guard.is_known_place(w) or normalize(w) in self.guard.stop_words for w in words
        ):
            return False
        if strict and all(self.guard.is_english(w.rstrip(".")) for w in words):
            return False
        return self.guard.clean(text, start, end) == (start, end)

    def _has_place(self, text: str, items: list[tuple[int, int, bool, bool]]) -> bool:
        return any(self.guard.is_known_place(w) for s, e, _, _ in items for w in text[s:e].split())

    def _chain(
        self, text: str, people: list[tuple[int, int]], first: tuple[int, int]
    ) -> list[tuple[int, int, bool, bool]]:
        """The list `first` stands in: (start, end, is a person, joined to the item before it
        by a conjunction), in text order."""
        starts = {s: e for s, e in people}
        ends = {e: s for s, e in people}
        items = [(first[0], first[1], True, False)]
        # Rightwards.
        end = first[1]
        while len(items) < MAX_ITEMS:
            sep = _SEP_AFTER.match(text, end)
            if sep is None:
                break
            conj = bool(sep.group(2) or sep.group(3))
            s = sep.end()
            if s in starts:
                items.append((s, starts[s], True, conj))
                end = starts[s]
                continue
            item = _ITEM_AFTER.match(text, s)
            if item is None:
                break
            items.append(
                (item.start(1), item.start(1) + len(item.group(1).rstrip("'’")), False, conj)
            )
            end = item.end(1)
        # Leftwards.
        start = first[0]
        while len(items) < MAX_ITEMS:
            sep = _SEP_BEFORE.search(text, max(0, start - 12), start)
            if sep is None:
                break
            conj = bool(sep.group(2) or sep.group(3))
            e = sep.start()
            head = items[0]
            items[0] = (head[0], head[1], head[2], conj)
            if e in ends:
                items.insert(0, (ends[e], e, True, False))
                start = ends[e]
                continue
            item = _ITEM_BEFORE.search(text, max(0, e - 80), e)
            if item is None:
                items[0] = head
                break
            end_ = item.start(1) + len(item.group(1).rstrip("'’"))  # "'Toni'," quoted
            items.insert(0, (item.start(1), end_, False, False))
            start = item.start(1)
        return items

    def mates(self, text: str, people: Collection[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of list items beside the `people` spans that are people too."""
        found = sorted(set(people))
        new: set[tuple[int, int]] = set()
        for span in found:
            items = self._chain(text, found, span)
            # "Me, Ion and Vasile went": the speaker opening the list is one of its people.
            n_people = sum(1 for it in items if it[2] or _is_me(text, it))
            for i, (s, e, is_person, conj) in enumerate(items):
                if is_person or (s, e) in new or _is_me(text, items[i]):
                    continue
                listed = len(items) >= 3 and n_people >= 2
                # "Arrested: Berisha, Gashi, Shala": one person in a list of three or more
                # vouches for the items that are no English word (the strict check), unless
                # an item is a known place ("..., Ikeja, Lagos": an address's towns)
                beside_one = len(items) >= 3 and not self._has_place(text, items)
                joined = (conj and items[i - 1][2]) if i > 0 else False
                if i + 1 < len(items) and items[i + 1][3] and items[i + 1][2]:
                    joined = True
                if not (listed or joined or beside_one):
                    continue
                capitals = all(text[a:b].isupper() for a, b, person, _ in items if person)
                if self._item_ok(text, s, e, strict=not listed, capitals=capitals):
                    new.add((s, e))
        return sorted(new | set(bullet_mates(text, found, self.guard)))


def _is_me(text: str, item: tuple[int, int, bool, bool]) -> bool:
    """The item is the speaker ("Me, Grace, and Tendai were put in one room")."""
    return text[item[0] : item[1]] == "Me"
