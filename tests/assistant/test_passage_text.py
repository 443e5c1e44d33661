"""The passages are lower-cased and squashed once per answer, however many names are looked up."""

from __future__ import annotations

import assistant.absent_phrases as absent_phrases
from assistant.absent_phrases import PassageText, said_in

PASSAGES = ["Workers at Sparkle Hand Car Wash lived in a caravan.", "Caring Hands Homecare, Kochi"]


def test_when_many_names_are_looked_up_then_each_passage_is_squashed_once(monkeypatch) -> None:
    calls: list[str] = []
    real = absent_phrases.squash

    def counted(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(absent_phrases, "squash", counted)
    text = PassageText(PASSAGES)
    names = ["Sparkle Hand Carwash", "Caring Hands Home Care", "Golden Crown Recruitment"]
    assert [said_in(n, text) for n in names] == [True, True, False]
    squashed_passages = [c for c in calls if c in (p.lower() for p in PASSAGES)]
    assert len(squashed_passages) == len(PASSAGES)


def test_when_given_plain_passages_or_passage_text_then_said_in_agrees() -> None:
    for name in ["sparkle hand car wash", "Caring Hands Home Care", "Kochi", "Leeds"]:
        assert said_in(name, PASSAGES) == said_in(name, PassageText(PASSAGES))
