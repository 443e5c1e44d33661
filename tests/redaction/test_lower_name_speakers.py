"""Lower-case chat speakers whose names are English words (issue 14, person15):
`redaction.recognizers.lower_name.LowerCaseNames` takes "ana:" and "yaw:" as people when
another line of the text opens with a speaker whose label is a given name too."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.recognizers.lower_name import LowerCaseNames

ENGLISH = frozenset("ana yaw bill note total the van ok same is from at left".split())


def finder() -> LowerCaseNames:
    return LowerCaseNames(
        frozenset({"ana", "yaw", "kwame", "bill", "rosa"}),
        is_english=lambda w: w.lower() in ENGLISH,
        is_place=lambda w: False,
        is_listed_name_word=lambda w: w.lower() not in {"the", "note", "total"},
        census=frozenset({"bill", "rosa"}),
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ana: the van is here\nkwame: ok", ["ana", "kwame"]),
        ("kwame: they took it\nyaw: same", ["kwame", "yaw"]),
        ("[21:04] ana: ok\n[21:05] rosa: same", ["ana", "rosa"]),
        # no other speaker, or other labels that are no names: a form, not a chat
        ("ana: the van is here", []),
        ("note: the van left at 6\nbill: 300\ntotal: 900", []),
        # a label after other words on its line is no speaker
        ("the van left ana: ok\nkwame: ok", ["kwame"]),
    ],
)
def test_when_a_chat_speaker_label_is_a_listed_name_that_is_an_english_word_then_it_is_found(
    text: str, names: list[str]
) -> None:
    assert [text[s:e] for s, e, _ in finder().find(text)] == names


def test_when_a_lower_case_chat_has_speakers_named_by_english_words_then_they_go(
    redactor: Any,
) -> None:
    text = "ana: boss said we go to Puerto Vallarta tmrw\nyaw: ok\nana: the van is here"
    out = redactor.redact(text).text
    assert "ana:" not in out, out
    assert "yaw:" not in out, out
    assert "Puerto Vallarta" in out, out


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("ana: ok", 0, 3, True),
        ("yaw: ok\n[21:05] ana: ok", 16, 19, True),
        ("i will: ok", 2, 6, False),
        ("ana said ok", 0, 3, False),
    ],
)
def test_when_a_word_opens_its_line_before_a_colon_then_it_is_a_speaker(
    text: str, start: int, end: int, expected: bool
) -> None:
    from redaction.document import is_speaker

    assert is_speaker(text, start, end) is expected
