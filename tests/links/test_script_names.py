"""Names in their own script (`ingest.link_names`): a Chinese or Korean name written with
or without a space meets itself, a name in Devanagari, Bengali or Thai keeps its vowel signs,
and a run of those scripts that opens with no listed surname is never keyed."""

from __future__ import annotations

import pytest

from ingest.link_names import person_forms, unspaced_form


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("王小明", "王 小明"),
        ("張偉", "張 偉"),
        ("한지우", "한 지우"),
        ("김민준", "김민준"),
        ("राम शर्मा", "राम शर्मा"),
        ("সুমন আহমেদ", "সুমন আহমেদ"),
        ("สมชาย ใจดี", "สมชาย ใจดี"),
    ],
)
def test_when_one_person_is_written_in_own_script_then_a_form_is_shared(one, other):
    assert set(person_forms(one)) & set(person_forms(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("王小明", "王小红"),  # one character of the given name apart
        ("한지우", "한지원"),
        ("राम शर्मा", "श्याम शर्मा"),  # another given name
        ("राम शर्मा", "रमा शर्मा"),  # the vowel signs tell "Ram" and "Rama" apart
    ],
)
def test_when_two_people_in_own_script_then_no_form_is_shared(one, other):
    assert not set(person_forms(one)) & set(person_forms(other))


@pytest.mark.parametrize(
    "value",
    ["签证", "护照号码", "비자", "王", "王小明先生好", "王 小 明"],
)
def test_when_a_run_is_no_name_then_it_has_no_unspaced_form(value):
    # a word, a place, one character, a run too long or in three parts: nothing to link on
    assert unspaced_form(value) is None


def test_when_latin_name_then_its_forms_are_unchanged():
    assert person_forms("Ram Sharma") == ["ram sharma"]
    assert person_forms("Jürgen Schäfer") == ["jurgen schafer", "juergen schaefer"]
