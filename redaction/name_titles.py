"""Words that are titles or organisation words in one name and part of the name in another.

`PersonGuard.clean` trims titles off a name's ends and releases a span holding an
organisation word. Some of those words are also names:

- a title closing a name of two or more words is its surname: "Imran Sheikh", "Hodan
  Sheikh", "Yusuf Imam", "Carmen Pastor" ("Sheikh Mohammed" keeps its title outside), and
  the surname alone is then found elsewhere in the text ("Sheikh told her");
- a country that is also a given name opens a name before a surname: "GEORGIA PAPADAKI",
  "Israel Méndez", "KENYA JOHNSON" (a country before a place or alone stays a country);
- "Lei" (a Portuguese law) is a Chinese given name after a Chinese surname: "Zhang Lei",
  "Wang Lei" are people, "Lei Maria da Penha" is a law.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

# Titles of PERSON_TITLES that are also surnames: after a given name they are the name.
SURNAME_TITLES = frozenset("sheikh shaikh haji hajji imam pastor justice".split())

# Countries that are also given names, found before a surname ("Georgia Papadaki").
GIVEN_NAME_COUNTRIES = frozenset("georgia israel kenya jordan chad india trinidad".split())

# Towns that are also given names, found before a surname ("Regina Kowalczyk", "ADELAIDE
# NKRUMAH"); only the ones that are no English word ("Reading", "Nice" are).
TOWN_GIVEN_NAMES = frozenset(
    "sofia victoria florence adelaide regina charlotte elizabeth paris lima santiago medina "
    "sydney".split()
)

# The commonest Chinese surnames in pinyin (the surname opens the name: "Zhang Lei").
CHINESE_SURNAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia
    ding wei xue ye yan lu fan fu shen zhong cui ren liao yao fang jin qiu xia tan zou shi
    xiong meng qin hou bai long duan hao kong shao mao chang wan gu lai kang yi qian niu hong
    gong tao mo du
    """.split()
)


def title_closes_name(words: Sequence[str]) -> bool:
    """The last of two or more words is a title that is also a surname, written the way the
    first word is: "Imran Sheikh", "mohammed sheikh" (a chat's lower case)."""
    if len(words) < 2:
        return False
    first, last = words[0], words[-1].rstrip(".")
    same_case = last[:1].isupper() or (first.islower() and last.islower())
    return same_case and last.casefold() in SURNAME_TITLES


def title_in_name(words: Sequence[str], index: int) -> bool:
    """The word at `index` is a title that is also a surname, after the name's first word:
    "Sheikh" of "Imran Sheikh" and of "Mohamed Sheikh Ali", so "Sheikh Ali" is found later."""
    if index == 0 or not words[index][:1].isupper():
        return False
    return title_closes_name(words[: index + 1])


def country_opens_name(words: Sequence[str], is_name_word: Callable[[str], bool]) -> bool:
    """The first word is a country that is also a given name, followed by a name word
    written the same way (capitalised or in capitals): "ISRAEL MÉNDEZ"."""
    if len(words) < 2 or words[0].casefold() not in GIVEN_NAME_COUNTRIES:
        return False
    first, second = words[0], words[1]
    same_case = first.isupper() == second.isupper() and second[:1].isupper()
    return same_case and is_name_word(second)


def org_word_is_given_name(words: Sequence[str], org_keywords: frozenset[str] | set[str]) -> bool:
    """A Chinese surname-first name whose given name is an organisation word: "Wang Lei"."""
    if not 2 <= len(words) <= 3:
        return False
    keys = [w.rstrip(".").casefold() for w in words]
    if keys[0] not in CHINESE_SURNAMES or keys[0] in org_keywords:
        return False
    return keys[-1] == "lei" and not any(k in org_keywords for k in keys[1:-1])
