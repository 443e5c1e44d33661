"""A name before a word that only ends a firm's name ("manpower", "sdn bhd") is the firm's,
in lower-case chat too; a name before a word a person's name also stands before still goes
(issue 14: organisations kept)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "ramesh: bro i paid 1200 to al safa manpower in kathmandu and they hold my passport",
            ["al safa manpower"],
            ["ramesh"],
        ),
        (
            "lina: they moved us to johor bahru, the boss works with mega jaya sdn bhd",
            ["mega jaya sdn bhd"],
            ["lina"],
        ),
        # a person's name before a fee, a verb or a service word stays removed
        ("ramesh: i paid ahmed recruitment fee of 900 in kathmandu yesterday", [], ["ahmed"]),
        ("Maria travels to Lagos every month with her cousin.", [], ["Maria"]),
    ],
)
def test_when_a_name_runs_into_a_firm_ending_then_the_firm_stays_and_people_go(
    redactor, text, kept, gone
):
    out = redactor.redact(text).text
    assert all(k in out for k in kept), out
    assert not [g for g in gone if g in out], out
