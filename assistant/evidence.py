"""Citations for figures, risk and briefings: one verbatim sentence per passage, numbered.

Quotes are sentences of access-checked passages, never paraphrases, so each citation holds by
construction; list and heading markers at the start are dropped (the rest is still verbatim).
"""

from __future__ import annotations

from typing import Any

from assistant.citations import split_sentences
from assistant.extractive import pick_quotes
from retrieval.embedder import Embedder
from retrieval.search import SearchResult


def cite(
    passages: list[SearchResult], question: str, embedder: Embedder, *, prefer: str = ""
) -> list[dict[str, Any]]:
    """One verbatim sentence per passage as a numbered citation: the first sentence naming
    `prefer` if any does, else the most relevant one (one embedding call for all passages),
    else the passage's opening."""
    texts = [p.text for p in passages]
    ranked = (
        pick_quotes(
            question,
            texts,
            embedder.embed,
            max_quotes=2 * len(texts),
            max_candidates=4 * len(texts),
        )
        if texts
        else []
    )
    best: dict[int, str] = {}
    for q in ranked:
        if is_prose(q.text, passages[q.n - 1].title):
            best.setdefault(q.n, q.text)
    out = []
    for n, p in enumerate(passages, start=1):
        naming = [s for s in split_sentences(p.text) if prefer and prefer.lower() in s.lower()]
        naming.sort(key=lambda s: s.startswith("#"))  # a sentence before a heading
        quote = naming[0] if naming else best.get(n) or opening(p.text)
        quote = quote.lstrip("-*#> ").strip() or quote  # list/heading markers are not words
        out.append(p.citation(n, quote))
    return out


def opening(text: str) -> str:
    """The first full sentence of a passage that is not a heading, else its first 300 chars."""
    for sentence in split_sentences(text):
        if is_prose(sentence):
            return sentence
    return text.strip()[:300]


def is_prose(sentence: str, title: str = "") -> bool:
    """A sentence worth quoting: not the title, a heading or a short label line."""
    core = sentence.strip("*#-> ").strip()
    return len(core.split()) >= 7 and core not in title and not sentence.startswith(("#", "*", "|"))


def repeats_title(sentence: str, passage: SearchResult) -> bool:
    """A sentence that is its document's own title line ("Northshire Police Modern Slavery
    Unit - Case file"): the answer already names the source by that title, so quoting it says
    nothing. A record's title is the start of its text and the record is named by its
    reference instead, so a record's sentence never repeats its title here."""
    if "#" in passage.source_ref or not passage.title:
        return False
    core = " ".join(sentence.strip("*#-> ").split()).casefold()
    return core == " ".join(passage.title.split()).casefold()
