"""Given names that are English words, where a name's shape says they are names.

`PersonGuard.clean` trims stop words, months and days off a name's ends, and `NameExtent`
grows a name only over words that are no English word. Two shapes hold such a word inside a
name all the same:

- a month, a day or a modal verb that is also a given name ("Will", "May", "June", "April",
  "August", "Sunday", "Monday", "Friday"; Arabic "Said"; not Turkish "Can", which opens "Can
  Tho", a town) opening a name before a name word written the same way: "Will Osei", "May
  Lin", "JUNE OKAFOR", "Sunday Adeyemi".
  Not after a word that makes it a date ("on Sunday Okafor", "in May Lin moved", "by June
  Adeyemi had", "the 4th of May"), and not before a name word that is a place ("June
  Lagos");
- the given name closing a Vietnamese name after its middle name "Van" or "Thi": "Nguyen Van
  An", "Tran Van Long", "LE VAN SON", "Nguyen Thi Hang", "Nguyen Thi Bay", written the way
  the middle name is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from core.gazetteer import fold

# Given names that are also a month, a day or a modal verb.
CALENDAR_GIVEN = frozenset("will may june april august sunday monday friday said".split())
# Words after which a month or a day is a date, not a name ("on Sunday", "since May").
_DATE_WORDS = frozenset(
    """
    on in by since until till from last next every this that each early late mid before
    after during through between since per to the a
    """.split()
)
_WORD_BEFORE = regex.compile(r"([\p{L}\d]+)[^\p{L}\d\n]{0,3}$")
# "the 4th of May", "3 of June": "of" after a number makes the month a date ("on behalf of
# May Lin", "IN THE NAME OF AUGUST BERG" do not).
_NUMBER_OF = regex.compile(r"\d(?:st|nd|rd|th)?[ \t]+(?i:of)[ \t]+$")

# Middle names of Vietnamese names, before the given name that closes them.
VIETNAMESE_MIDDLE = frozenset("van thi văn thị".split())
# Vietnamese given names that close a name after its middle name; many are English words
# ("An", "Long", "Son", "Hung", "Hang", "Bay", "Tin", "Ban", "Lam", "Tam").
VIETNAMESE_LAST_GIVEN = frozenset(
    """
    an anh ban bao bay binh chi cuong dai dan dao dat diep dung duc duong giang ha hai hang
    hanh hao hau hien hieu hoa hoan hoang hong hue hung huong huy khang khanh khoa kim lam
    lan le len linh loan loc long luan ly mai manh minh my nam nga ngan nghia ngoc nguyet
    nhan nhi nhung phat phong phu phuc phuong quan quang quoc quy quyen sang son tai tam tan
    thang thanh thao thinh tho thu thuy tien tin toan trang tri trinh trong truc trung tu tuan
    tung tuyet uyen van viet vinh vu xuan yen
    """.split()
)


def _same_case(first: str, second: str) -> bool:
    """Both capitalised in Title case, or both in capitals."""
    if first.isupper() != second.isupper():
        return False
    return first[:1].isupper() and second[:1].isupper()


def calendar_opens_name(
    word: str, next_word: str, is_name_word: Callable[[str], bool], before: str = ""
) -> bool:
    """`word` ("Will", "May", "JUNE") opens a name before `next_word`, a name word written
    the same way; `before` is the text before `word` (a date word there makes it a date)."""
    if word.casefold() not in CALENDAR_GIVEN or not _same_case(word, next_word):
        return False
    if _NUMBER_OF.search(before[-40:]):
        return False
    m = _WORD_BEFORE.search(before[-40:])
    if m is not None and (m.group(1).casefold() in _DATE_WORDS or m.group(1).isdigit()):
        return False
    return is_name_word(next_word)


def calendar_opens_words(
    words: Sequence[str], is_name_word: Callable[[str], bool], before: str = ""
) -> bool:
    """The first of two or more words opens the name as `calendar_opens_name` says."""
    return len(words) >= 2 and calendar_opens_name(words[0], words[1], is_name_word, before)


def vietnamese_given_closes(words: Sequence[str]) -> bool:
    """The last of three or more words is a Vietnamese given name after the middle name
    "Van" or "Thi", written the same way: "Nguyen Van An", "PHAM VAN HUNG"."""
    if len(words) < 3:
        return False
    last, middle = words[-1].rstrip("."), words[-2]
    if middle.casefold() not in VIETNAMESE_MIDDLE or not _same_case(middle, last):
        return False
    if last.isupper() != words[0].isupper():
        return False
    return fold_vietnamese(last) in VIETNAMESE_LAST_GIVEN


def fold_vietnamese(word: str) -> str:
    """The word without its marks, in lower case ("Hưng" -> "hung", "Đức" -> "duc"): the
    gazetteer's fold, with "đ", a letter of its own that no decomposition turns into "d"."""
    return fold(word.replace("đ", "d").replace("Đ", "D"))
