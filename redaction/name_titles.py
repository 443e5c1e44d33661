"""Words that are titles or organisation words in one name and part of the name in another.

`PersonGuard.clean` trims titles off a name's ends and releases a span holding an
organisation word. Some of those words are also names:

- a title closing a name of two or more words is its surname: "Imran Sheikh", "Hodan
  Sheikh", "Yusuf Imam", "Carmen Pastor" ("Sheikh Mohammed" keeps its title outside), and
  the surname alone is then found elsewhere in the text ("Sheikh told her");
- a country that is also a given name opens a name before a surname: "GEORGIA PAPADAKI",
  "Israel Méndez", "KENYA JOHNSON" (a country before a place or alone stays a country);
- "Lei" (a Portuguese law) is a Chinese given name after a Chinese surname: "Zhang Lei",
  "Wang Lei" are people, "Lei Maria da Penha" is a law; so it is before one: "Lei Zhang";
- a title that is also a name opens a name before a name word written the same way: "Pan
  Jianguo" (a Chinese surname; Polish "Mr"), "Don Whitaker", "Justice Boateng" (given names);
  the title is kept in the name, and "Pan", a surname there, is found alone later;
- a Vietnamese family name that is an English or stop word closes a name after a Vietnamese
  given name: "Minh Do", "Van Hung Do" (then "Do was seen" alone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from redaction.world_names import fold

# Titles of PERSON_TITLES that are also surnames: after a given name they are the name.
SURNAME_TITLES = frozenset("sheikh shaikh haji hajji imam pastor justice".split())

# Titles of PERSON_TITLES that also open names: "Pan Wei", "Don Mitchell", "Justice Owusu".
OPENING_TITLES = frozenset("pan don justice".split())
# ... of which these are surnames when they open a name, so found alone later ("Pan said").
OPENING_SURNAMES = frozenset({"pan"})

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


# Vietnamese family names that are English or stop words, and the given names they close in
# Western order ("Minh Do", "Van Hung Do", "Thu Le").
VIETNAMESE_FAMILY = frozenset("do le ho vu ly ha".split())
VIETNAMESE_GIVEN = frozenset(
    """
    minh anh hung van thi lan hoa tuan duc nam linh thanh trang huong mai hai quang hieu dung
    phuong ngoc thu hoang khanh son tam binh cuong dat huy khoa phong vinh thao yen nga hang
    loan trung tien kim hanh hien quyen nhung thuy
    """.split()
)


def family_closes_name(words: Sequence[str]) -> bool:
    """The last of two or more words is a Vietnamese family name in Title case after a
    Title-case Vietnamese given name: "Minh Do", "Van Hung Do"."""
    if len(words) < 2:
        return False
    last, before = words[-1].rstrip("."), words[-2]
    title = last[:1].isupper() and last[1:].islower() and before[:1].isupper()
    return title and last.casefold() in VIETNAMESE_FAMILY and fold(before) in VIETNAMESE_GIVEN


def chinese_name(words: Sequence[str]) -> bool:
    """Two or three words, a Chinese surname and one-syllable given names ("Li Na", "li na",
    "Wang Xiao Ming"), which the guard would otherwise read as place words."""
    if not 2 <= len(words) <= 3 or words[0].casefold() not in CHINESE_SURNAMES:
        return False
    return all(w.isalpha() and len(w) <= 6 for w in words[1:])


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


def title_opens_name(words: Sequence[str], is_name_word: Callable[[str], bool]) -> bool:
    """The first of two or more words is a title that also opens names ("Pan", "Don",
    "Justice"), followed by a name word written the same way: "Pan Jianguo", "JUSTICE ADJEI"
    ("Justice Department" stays a title and a word)."""
    if len(words) < 2 or words[0].rstrip(".").casefold() not in OPENING_TITLES:
        return False
    first, second = words[0], words[1]
    same_case = first.isupper() == second.isupper() and first[:1].isupper()
    return same_case and second[:1].isupper() and is_name_word(second)


def opening_title_word(word: str, next_word: str, is_name_word: Callable[[str], bool]) -> bool:
    """`word` right before a found name opening with `next_word` opens that name: a title that
    also opens names ("Don <Whitaker>"), or "Lei" before a Chinese surname ("Lei <Zhang>")."""
    if word.casefold() == "lei":
        same_case = word.isupper() == next_word.isupper() and word[:1].isupper()
        return same_case and next_word.casefold() in CHINESE_SURNAMES
    return title_opens_name([word, next_word], is_name_word)


def country_opens_name(words: Sequence[str], is_name_word: Callable[[str], bool]) -> bool:
    """The first word is a country that is also a given name, followed by a name word
    written the same way (capitalised or in capitals): "ISRAEL MÉNDEZ"."""
    if len(words) < 2 or words[0].casefold() not in GIVEN_NAME_COUNTRIES:
        return False
    first, second = words[0], words[1]
    same_case = first.isupper() == second.isupper() and second[:1].isupper()
    return same_case and is_name_word(second)


def org_word_is_given_name(words: Sequence[str], org_keywords: frozenset[str] | set[str]) -> bool:
    """A Chinese name whose given name is an organisation word: "Wang Lei", "Lei Zhang"."""
    if not 2 <= len(words) <= 3:
        return False
    keys = [w.rstrip(".").casefold() for w in words]
    if len(keys) == 2 and keys[0] == "lei" and keys[1] not in org_keywords:
        return keys[1] in CHINESE_SURNAMES
    if keys[0] not in CHINESE_SURNAMES or keys[0] in org_keywords:
        return False
    return keys[-1] == "lei" and not any(k in org_keywords for k in keys[1:-1])
