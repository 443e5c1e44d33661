"""Names that a go-between's role and a comma introduce (issue 14, person15):
`redaction.recognizers.person_cue` "person noun, name" ("an agent, Ganesan.", "a native
doctor, Ogiemwonyi.")."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("They were brought to Kuala Lumpur by an agent, Ganesan.", ["Ganesan"], ["Kuala Lumpur"]),
        (
            "She swore an oath before a native doctor, Ogiemwonyi. They left Benin City.",
            ["Ogiemwonyi"],
            ["Benin City"],
        ),
        # a business after a role and a comma stays; so does a town after "the driver, to"
        ("Paid through the agent, Al Noor Recruitment Ltd.", [], ["Al Noor Recruitment Ltd"]),
        ("The driver, to Leeds, went fast.", [], ["Leeds"]),
    ],
)
def test_when_a_role_and_a_comma_introduce_a_name_then_it_goes(
    redactor: Any, text: str, gone: list[str], kept: list[str]
) -> None:
    out = redactor.redact(text).text
    assert not [g for g in gone if g in out], out
    assert all(k in out for k in kept), out
