"""Names in capitals right after a role word with no colon ("ENFORCEMENT AGENT DEAN WOODS
NOTED") (issue 14, redact22): `redaction.caps_names.role_runs`."""

from __future__ import annotations

import pytest

from redaction.caps_names import role_runs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ENFORCEMENT AGENT DEAN WOODS NOTED 11 MATTRESSES.", ["DEAN WOODS"]),
        ("SENIOR CARER DONNA RAY ON CALL", ["DONNA RAY"]),
        ("LEIETAKER ODD MOEN OPPGA AT 8 PERSONER BODDE DER.", ["ODD MOEN"]),
        ("CLEANING CREW LEAD DEAN WOODS (FROM AGENCY)", ["DEAN WOODS"]),
        ("DUTY SOLICITOR HELEN MARSH INFORMED.", ["HELEN MARSH"]),
        ("DRIVER MARK SAID NO.", []),  # a given name alone, then a verb
        ("THE DRIVER GRACE PERIOD ENDED.", []),  # "PERIOD" is no name
        ("SECURITY GUARD JOHN LEWIS LTD", []),  # an organisation word
        ("Support worker Karen Hill attended.", []),  # Title case: spaCy's work
        ("OFFICER:JAMES HOLT", []),  # a label: the label rule's work
    ],
)
def test_when_a_role_word_precedes_a_name_in_capitals_then_the_run_is_found(redactor, text, names):
    found = [text[s:e] for s, e in role_runs(text, redactor.guard)]
    assert found == names


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("ENFORCEMENT AGENT DEAN WOODS NOTED 11 MATTRESSES IN TWO ROOMS.", ["DEAN", "WOODS"]),
        ("NIGHT SHIFT: SENIOR CARER DONNA RAY ON CALL", ["DONNA", "RAY"]),
    ],
)
def test_when_a_name_in_capitals_follows_a_role_then_it_is_redacted(redactor, text, gone):
    out = redactor.redact(text).text
    assert not [g for g in gone if g in out.split()], out
