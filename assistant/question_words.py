"""The words of a question, as the focus check reads them: which nouns name the kind of answer
rather than its topic (ANSWER_TYPES), which frame a question (FRAME_WORDS), and the forms a word
is matched by in a passage ("women" / "woman", "sellers" / "sell") without parsing the passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from assistant.people_words import doing, same_people

if TYPE_CHECKING:
    from spacy.tokens import Token

# How many chunks the asker may see contain a word (capped; 0: none does).
CorpusCount = Callable[[str], int]

# Nouns that say what kind of thing the answer is, not what it is about. A question asking for
# one of these is answered by instances ("Chennai and Kolkata" for "which cities"), which
# seldom repeat the noun itself.
ANSWER_TYPES = frozenset(
    # ways and means
    "way method means tactic technique approach strategy practice pattern trick mechanism"
    " process step action measure"
    # kinds and parts
    " kind type sort form category example part role aspect feature element"
    # problems, signs and evidence
    " problem issue abuse risk concern sign warning indicator evidence finding factor reason"
    " cause condition circumstance situation case detail information thing"
    # the reports themselves: "which report involved …" asks for a report about something
    " report document story incident account file record study article source"
    # what real collections call their documents: "which country profile", "which summary"
    " profile summary entry dossier memo bulletin briefing"
    # quantities
    " share proportion percentage rate number amount sum total figure size level quantity"
    # people and organisations in general
    " people person individual organisation organization group firm company business body"
    # places and times
    " country nationality place location region area city town village district province"
    " state route destination time year month day period date season spring summer autumn"
    " winter morning evening night weekend week".split()
)


BROADER = 3  # a broader word in at most this many visible chunks may stand for a question word
MIN_PREFIX = 5  # "foreign" matches "foreigners"; shorter words must match whole


def is_topical(token: Token) -> bool:
    """A noun about the topic, not one naming the kind of answer (ANSWER_TYPES)."""
    return token.lemma_.lower() not in ANSWER_TYPES


IRREGULAR = {
    "woman": "women", "man": "men", "child": "children", "person": "people", "wife": "wives",
    "life": "lives", "knife": "knives", "thief": "thieves", "foot": "feet", "tooth": "teeth",
    "half": "halves", "shelf": "shelves",
}  # fmt: skip
IRREGULAR.update({v: k for k, v in list(IRREGULAR.items())})
# Informal and clipped words reports write out in full ("kids" for children, "exam" for
# examination): a question in everyday words must not be told its topic is missing.
INFORMAL = {
    "kid": "child", "kids": "children", "teen": "adolescent", "teens": "adolescents",
    "exam": "examination", "exams": "examinations", "info": "information",
    "govt": "government", "advert": "advertisement", "adverts": "advertisements",
}  # fmt: skip
_SUFFIX = re.compile(r"(?:ers|er|ing|ed|es|s)$")
# British and American spellings of one word ("labour" / "labor", "mobilised" / "mobilized",
# "centre" / "center", "programme" / "program", "travelled" / "traveled", "offence" /
# "offense"): real collections mix them, and so do the people asking.
_SPELLINGS = (
    (re.compile(r"(?<=\w\w)our(?=s|ers?|ed|ing|ite|ites|ly|$)"), "or"),
    (re.compile(r"(?<=\w\w\w)or(?=s|ers?|ed|ing|$)"), "our"),
    (re.compile(r"(?<=\w\w\w)is(?=(?:e|es|ed|ing|ation|ations)$)"), "iz"),
    (re.compile(r"(?<=\w\w\w)iz(?=(?:e|es|ed|ing|ation|ations)$)"), "is"),
    (re.compile(r"(?<=\w\w)ys(?=(?:e|es|ed|ing)$)"), "yz"),
    (re.compile(r"(?<=\w\w\w)tre(?=s?$)"), "ter"),
    (re.compile(r"(?<=\w\w\w)ter(?=s?$)"), "tre"),
    (re.compile(r"(?<=\w\w\w)gramme(?=s?$)"), "gram"),
    (re.compile(r"(?<=\w\w\w)gram(?=s?$)"), "gramme"),
    (re.compile(r"(?<=\w\w\w)ll(?=(?:ed|ing|er|ers)$)"), "l"),
    (re.compile(r"(?<=\w[fc])ence(?=s?$)"), "ense"),
    (re.compile(r"(?<=\w\w)ogue(?=s?$)"), "og"),
)


def spellings(word: str) -> set[str]:
    """The other spellings of a lower-case word ("misdemeanours" -> "misdemeanors")."""
    return {pattern.sub(other, word) for pattern, other in _SPELLINGS} - {word}


def word_forms(token: Token) -> frozenset[str]:
    """A word as written, its lemma, its full and other spellings ("kids" / "children",
    "labour" / "labor"), an irregular plural or singular ("women" / "woman",
    "fishermen" / "fisherman") and its root without a common suffix ("sellers" / "sell"), so
    passages are matched without parsing them."""
    forms = {token.lower_, token.lemma_.lower()}
    forms |= {INFORMAL[f] for f in forms if f in INFORMAL}
    forms |= {v for f in list(forms) for v in spellings(f)}
    for f in list(forms):
        if f in IRREGULAR:
            forms.add(IRREGULAR[f])
        elif f.endswith(("man", "men")) and len(f) > 5:
            forms |= {f[:-3] + "man", f[:-3] + "men"}
        root = _SUFFIX.sub("", f)
        if len(root) >= 4 and root != f:
            forms.add(root)
        if not f.endswith("s"):  # "fee" / "fees": passages are not lemmatised
            forms |= {f + "s", f + "es"}
    return frozenset(forms)


def match_forms(token: Token, corpus: CorpusCount | None = None) -> frozenset[str]:
    """`word_forms`, and for a word no chunk the asker may see holds (`corpus`), the other
    names a passage may use for it (assistant/word_relations.py): WordNet's same-sense words
    ("marijuana" / "cannabis") and its one-step-broader words that few visible chunks hold
    (BROADER: "hawkers" / "vendors", "deckhands" / "seaman"); a broader word many chunks hold
    ("person", "farm", "workplace") would vouch for any tiger, vineyard or bakery. Never
    another word of the question itself ("insurance policy" is not "insurance insurance").

    Only a word the collection never uses is looked up: where the sources use the word itself,
    passages that lack it are not about it ("fines", "translators"). Always added: the other
    names of the same people ("staff" / "workers", "minors" / "girls") and, for a noun, what
    a doer does ("miners" / "mining"; assistant/people_words.py). For matching passages
    only: how many chunks hold a word is still counted by its own forms."""
    forms = word_forms(token)
    own = {w for t in token.doc if t.i != token.i for w in (t.lower_, t.lemma_.lower())}
    # people named otherwise ("staff" / "workers", "minors" / "girls") and what a doer does
    # ("miners" / "mining"), whether or not the collection uses the word itself
    said = same_people(forms) - own
    if token.pos_ == "NOUN":
        said |= {d for f in forms for d in doing(f)}
    if corpus is None or any(corpus(f) > 0 for f in forms if len(f) >= 3):
        return forms | said
    from assistant.word_relations import token_other_names

    same, broader = token_other_names(token)
    other = same | {b for b in broader if 0 < corpus(b) <= BROADER}
    return forms | said | (other - own)


def found_in(forms: Iterable[str], passage_words: set[str]) -> bool:
    for form in forms:
        if form in passage_words:
            return True
        if len(form) >= MIN_PREFIX and any(
            (w.startswith(form) or (len(w) >= MIN_PREFIX and form.startswith(w)))
            for w in passage_words
        ):
            return True
    return False


# Words that frame a question rather than say what it is about: "which case involved …",
# "were there any reports of …", "has anyone reported …", "what do we know about …", "is it
# true that …" (never "None of the sources mention “true”").
FRAME_WORDS = frozenset(
    "involve report happen know describe mention say tell find do have be get make take use"
    " occur record show include relate concern exist see anyone anything anybody someone"
    " something any there document story incident account file record study audit source"
    " question answer talk discuss true".split()
)
# Where in a period or a thing ("by the end of 2013"): no topic of its own.
POSITIONS = frozenset("end beginning start middle".split())
RARE = 3  # a word in at most this many visible chunks is a rare, telling word
COMMON = 16  # a word in this many visible chunks or more tells nothing about a passage


def is_content(token: Token) -> bool:
    return (
        token.is_alpha
        and len(token) >= 3
        and not token.is_stop
        and token.lemma_.lower() not in FRAME_WORDS
        and token.lemma_.lower() not in POSITIONS
        and is_topical(token)
    )
