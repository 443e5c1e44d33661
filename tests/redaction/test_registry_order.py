"""The recognizers run in the order the policy adds them, on every run (`--explain` is stable).

Presidio's registry hands out recognizers for a list of entities from a set, in an order set
by their memory addresses; two recognizers finding the same span with the same score then
left a different rule named in `lens redact --explain` from run to run.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import Pattern, PatternRecognizer

from redaction.nlp import OrderedRegistry


def _recognizer(name: str) -> PatternRecognizer:
    return PatternRecognizer(
        supported_entity="CODE", name=name, patterns=[Pattern(name, r"\bX-\d+\b", 0.5)]
    )


def test_when_recognizers_are_asked_for_by_entity_then_they_come_in_the_order_added() -> None:
    registry = OrderedRegistry(supported_languages=["en"])
    names = [f"rule_{n:02d}" for n in range(40)]
    for name in names:
        registry.add_recognizer(_recognizer(name))
    got = registry.get_recognizers(language="en", entities=["CODE"])
    assert [r.name for r in got] == names


def test_when_ad_hoc_recognizers_are_added_then_they_follow_the_registry_ones() -> None:
    registry = OrderedRegistry(supported_languages=["en"])
    registry.add_recognizer(_recognizer("first"))
    extra = _recognizer("ad_hoc")
    got = registry.get_recognizers(language="en", entities=["CODE"], ad_hoc_recognizers=[extra])
    assert [r.name for r in got] == ["first", "ad_hoc"]


def test_when_the_policy_is_built_then_its_analyzer_runs_recognizers_in_policy_order(
    redactor: Any,
) -> None:
    registry = redactor.analyzer.registry
    assert isinstance(registry, OrderedRegistry)
    got = registry.get_recognizers(language="en", entities=redactor.entities)
    assert [r.name for r in got] == [
        r.name for r in registry.recognizers if set(r.supported_entities) & set(redactor.entities)
    ]
