"""A text repeated within a batch (a one-line file's title, a metadata value on every row) is
analysed once, and every part that repeats it gets exactly what analysing it again gives."""

from __future__ import annotations

from typing import Any

import pytest

import redaction.engine as engine_module
from redaction.base import DocumentInput
from redaction.detections import Detection
from redaction.document import Part, people_rule
from redaction.part_reuse import copy_detections, first_of_same

LINE = "Grace Tamang was recruited in Benin City by Priya Popescu, reached on +44 7700 900159."


def _part(text: str, role: str = "body", key: str | None = None, people: bool = False) -> Part:
    return Part(0, role, key, 0, text, people=people)


def test_when_texts_repeat_then_each_points_at_its_first_occurrence() -> None:
    parts = [_part("a b"), _part("a b", "title"), _part(" "), _part(" ", "title"), _part("c")]
    assert first_of_same(parts, people_rule) == [0, 0, 2, 3, 4]


def test_when_people_rules_differ_then_the_same_text_is_not_shared() -> None:
    parts = [
        _part("Ana Lopez", "meta", "city"),
        _part("Ana Lopez", "meta", "victim", people=True),
        _part("Ana Lopez", "meta", "victim_name", people=True),  # another column's rule
        _part("Ana Lopez", "meta", "victim", people=True),
    ]
    assert first_of_same(parts, people_rule) == [0, 1, 2, 1]


def test_when_detections_are_copied_then_equal_but_not_shared() -> None:
    found = [Detection("PERSON", 0, 5, 0.85, "spacy")]
    copied = copy_detections(found)
    assert copied == found
    assert copied[0] is not found[0]


def _rows(results: list[Any]) -> list[Any]:
    def one(r: Any) -> Any:
        return (r.text, [(e.type, e.start, e.end, e.replacement, e.rule) for e in r.entities])

    return [
        (one(d.body), one(d.title), {k: one(v) for k, v in d.meta.items()}, d.error)
        for d in results
    ]


@pytest.mark.slow
def test_when_parts_repeat_then_results_match_analysing_each(redactor, monkeypatch) -> None:
    docs = [
        DocumentInput(LINE, LINE, {"state": "Texas", "caller": "Ana Lopez"}),
        DocumentInput("Mr Haddad met the girls in Beirut.", LINE, {"state": "Texas"}),
        DocumentInput(LINE, "Haddad", {"city": "Ana Lopez", "caller": "Ana Lopez"}),
    ]
    analysed: list[str] = []
    analyze = redactor.analyzer.analyze

    def counting(*args: Any, **kwargs: Any) -> Any:
        analysed.append(kwargs["text"])
        return analyze(*args, **kwargs)

    monkeypatch.setattr(redactor.analyzer, "analyze", counting)
    shared = _rows(redactor.redact_documents(docs))
    assert analysed.count(LINE) == 1
    assert analysed.count("Texas") == 1
    assert analysed.count("Ana Lopez") == 2  # a people column and a plain one are not shared

    analysed.clear()
    monkeypatch.setattr(engine_module, "first_of_same", lambda parts, rule: list(range(len(parts))))
    each = _rows(redactor.redact_documents(docs))
    assert analysed.count(LINE) == 4
    assert shared == each
    assert shared[0][0][0] == shared[0][1][0]  # a one-line file: title and body alike
    assert "Grace" not in shared[0][0][0]
    assert shared[2][2]["caller"][0].startswith("<PERSON_")  # the column's people go


@pytest.mark.slow
def test_when_the_first_copy_was_never_analysed_then_the_repeat_is_analysed(
    make_redactor,
) -> None:
    redactor = make_redactor(max_seconds_per_doc=0.5)
    slow = DocumentInput("+1 (2) " * 3_000, LINE)  # times out before its title is analysed
    repeat = DocumentInput(LINE, "a title")
    results = redactor.redact_documents([slow, repeat])
    assert results[0].error == "could not be redacted within 0.5 s"
    assert results[1].error is None
    assert _rows(results[1:]) == _rows(redactor.redact_documents([repeat]))
    assert "Popescu" not in results[1].body.text
