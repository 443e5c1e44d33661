"""Other names a passage may use for a question's word: WordNet's synonyms and broader terms.

A question asks about "deckhands", "marijuana" or "rubbish tips"; the report says "seaman",
"cannabis" and "garbage dumps". The focus check (assistant/focus.py) must not then say the
sources never mention what the question asks about. The table (assistant/data/
word_relations.tsv.gz, built once from WordNet 3.0 by tools/build_word_relations.py) gives,
for a word in one part of speech and its most frequent senses, the words of the same sense
(`same`) and of the sense one step broader (`broader`; never for animals, plants and foods:
"salmon" is not answered by a passage about fish). A second table (data/narrower_words.tsv.gz)
gives a noun's narrower words, for the kind a question asks for ("which relative": "aunt").

Only words the question's parse gives a part of speech are looked up in that part ("mushroom"
the noun has no broader term here; "mushroom" the verb, "to grow", is not consulted).
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTS = {"NOUN": "n", "PROPN": "n", "VERB": "v", "ADJ": "a"}


@functools.cache
def _table() -> dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]]:
    """The bundled table, read once per process on first use (about 65k words)."""
    data = resources.files("assistant").joinpath("data/word_relations.tsv.gz")
    table = {}
    for line in gzip.decompress(data.read_bytes()).decode().splitlines():
        word, part, same, broader = line.split("\t")
        table[word, part] = (frozenset(same.split()), frozenset(broader.split()))
    return table


def other_names(
    words: set[str] | frozenset[str], part: str
) -> tuple[frozenset[str], frozenset[str]]:
    """The same-sense and the one-step-broader words of `words` (lower case) as `part` ("n",
    "v", "a"), each with its plural ("drug" / "drugs"): passages are not lemmatised."""
    table = _table()
    same: set[str] = set()
    broader: set[str] = set()
    for word in words:
        s, b = table.get((word, part), (frozenset(), frozenset()))
        same |= s
        broader |= b
    return _plurals(same, part), _plurals(broader - same, part)


def _plurals(words: set[str], part: str) -> frozenset[str]:
    return frozenset(words | {w + "s" for w in words if part == "n" and not w.endswith("s")})


def token_other_names(token: Token) -> tuple[frozenset[str], frozenset[str]]:
    """`other_names` of a parsed token, as written and as its lemma, in its part of speech."""
    part = PARTS.get(token.pos_)
    if part is None:
        return frozenset(), frozenset()
    return other_names({token.lower_, token.lemma_.lower()}, part)


@functools.cache
def _narrower_table() -> dict[str, str]:
    """Noun -> its narrower words as one space-separated string (split on use: most nouns are
    never asked for), read once per process on first use (about 13k nouns)."""
    data = resources.files("assistant").joinpath("data/narrower_words.tsv.gz")
    lines = gzip.decompress(data.read_bytes()).decode().splitlines()
    return dict(line.split("\t", 1) for line in lines)


@functools.cache
def narrower(word: str) -> frozenset[str]:
    """The kinds and instances WordNet files under a noun (lower case), down to a few steps
    ("relative" -> "aunt", "vehicle" -> "lorry", "drug" -> "heroin"), each with its plural
    ("aunts", "lorries"): a passage naming one answers "which relative", "what vehicle"."""
    words = _narrower_table().get(word, "").split()
    return (
        frozenset(words) | {_plural(w) for w in words} | {w + "es" for w in words if w[-1] == "o"}
    )


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"  # "lorries", "ferries"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def token_narrower(token: Token) -> frozenset[str]:
    """`narrower` of a parsed noun, as written and as its lemma ("relatives" / "relative")."""
    if token.pos_ != "NOUN":
        return frozenset()
    return narrower(token.lower_) | narrower(token.lemma_.lower())
