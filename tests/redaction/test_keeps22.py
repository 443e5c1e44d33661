"""Aid bodies told by what only a body has, parts of listed names, institutions named after a
saint or a sovereign (issue 14, keeps22). People of the same names still go.
"""

from __future__ import annotations

import pytest

from tests.redaction.checks import check_redaction


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        (
            "The victims were supported by Ruhama, whose caseworkers gave evidence. You, "
            "Declan Furlong, kept their passports.",
            "Ruhama",
            "Declan Furlong",
        ),
        (
            "First responder: Hestia. Referred to Hestia by the police after a raid in "
            "Slough. Contact the Hestia helpline. Victim: Mirela Dobre.",
            "Hestia",
            "Mirela Dobre",
        ),
        (
            "Client moved into a Hagar shelter in Phnom Penh. The Hagar counsellor says she "
            "sleeps better. Social worker Sreymom Chea visits on Friday.",
            "Hagar",
            "Sreymom Chea",
        ),
        (
            "Register entry. Rahab (charity no. 1123456). Trustees: Deborah Fisk, Emmanuel "
            "Osei. Rahab's drop-in is open on Tuesdays.",
            "Rahab",
            ["Deborah Fisk", "Emmanuel Osei"],
        ),
        (
            "Partners: Salvation Army, Migrant Help, Hestia. Officer: Sgt Paul Everett.",
            "Hestia",
            "Paul Everett",
        ),
    ],
)
def test_when_a_body_has_what_only_a_body_has_then_it_stays(redactor, text, kept, removed):
    check_redaction(redactor, text, kept=kept, gone=removed)


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # people who bear a body's name: no cue, a surname after it, a chat speaker
        ("Name of child: Hestia Morgan, 15. Men gave Hestia gifts in Blackpool.", "Hestia"),
        ("The defendant Hagar Tesfaye recruited two cousins. Hagar told the court so.", "Hagar"),
        ("Ruhama: are u still at the flat. me: yes. Ruhama: the car comes at 6", "Ruhama"),
        ("Hestia Morgan's caseworkers met her twice. Hestia is 15.", "Hestia"),
        ("Ms Hestia called; the Hestia helpline was busy.", "Hestia"),
        ("I referred to Hestia as my aunt when we met Joy.", "Hestia"),
        ("Maria's helpline number was given to the girls.", "Maria"),
    ],
)
def test_when_a_person_bears_a_body_name_then_the_person_goes(redactor, text, removed):
    check_redaction(redactor, text, gone=removed)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("DSL Helen Barraclough called Barnardo's and the NSPCC.", "Barnardo's"),
        ("Stop the Traffik leaflets were given to staff.", "Stop the Traffik"),
        ("PI: Dr Oonagh Kerrigan, Queen's University Belfast.", "Queen's University Belfast"),
    ],
)
def test_when_a_span_is_part_of_a_listed_or_institution_name_then_it_stays(redactor, text, kept):
    check_redaction(redactor, text, kept=kept, gone=("Helen Barraclough", "Oonagh Kerrigan"))
