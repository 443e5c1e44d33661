"""What a redaction kept and removed, checked in one place for the tests of the real redactor.

Each failure names the text, the values that broke the expectation and the output, so a
case from a table reads on its own (pytest does not rewrite the asserts of this module).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Values = str | Sequence[str]


def _values(values: Values) -> tuple[str, ...]:
    return (values,) if isinstance(values, str) else tuple(values)


def check_output(
    text: str,
    out: str,
    *,
    kept: Values = (),
    gone: Values = (),
    gone_words: Values = (),
    placeholder: str | None = None,
) -> None:
    """`out`, the redaction of `text`, holds every value of `kept` and none of `gone`; no
    white-space word of it is one of `gone_words` (for lower-case names, which can stand
    inside other words); with `placeholder` ("<PERSON_"), that placeholder is in it."""
    words = out.split()
    problems = [f"value to keep {v!r} is missing" for v in _values(kept) if v not in out]
    problems += [f"value to remove {v!r} is left" for v in _values(gone) if v in out]
    problems += [f"word to remove {v!r} is left" for v in _values(gone_words) if v in words]
    if placeholder is not None and placeholder not in out:
        problems.append(f"no {placeholder!r} placeholder")
    assert not problems, f"{'; '.join(problems)}\n  text:   {text!r}\n  output: {out!r}"


def check_redaction(
    redactor: Any,
    text: str,
    *,
    kept: Values = (),
    gone: Values = (),
    gone_words: Values = (),
    placeholder: str | None = None,
) -> str:
    """Redact `text` with `redactor` and check the output as `check_output` does; returns it
    for the checks a test adds."""
    out: str = redactor.redact(text).text
    check_output(text, out, kept=kept, gone=gone, gone_words=gone_words, placeholder=placeholder)
    return out


def check_unchanged(redactor: Any, text: str) -> None:
    """`text` holds nothing to remove: the redaction gives it back as it was."""
    out = redactor.redact(text).text
    assert out == text, f"text changed\n  text:   {text!r}\n  output: {out!r}"


def span_of(text: str, value: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) of the `nth` occurrence (from 0) of `value` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return start, start + len(value)


def people_found(redactor: Any, text: str) -> list[str]:
    """The PERSON spans the redactor finds in `text`, as written there, in order."""
    return [text[e.start : e.end] for e in redactor.redact(text).entities if e.type == "PERSON"]
