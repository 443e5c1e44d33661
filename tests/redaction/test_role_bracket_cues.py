"""Person cues of round 11 (issue 14): a name in brackets after a role, a name set off by
commas after a role, two names with ages, and a party in capitals after "v."."""

from __future__ import annotations

from typing import Any

import pytest

from tests.redaction.checks import check_redaction, check_unchanged


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She said her controller (Seo-yeon Park) kept her passport.", "Seo-yeon"),
        ("The cook (Marisol) warned the girls not to talk.", "Marisol"),
        ("The farm owner, Duarte, was later charged.", "Duarte"),
        ("The lookout, Quiñones, warned the others by text.", "Quiñones"),
        ("Kim, 44, and Park, 39, ran the karaoke bars.", "Park"),
        ("UNITED STATES v. DEMIR, No. 3:19-cr-0042. DEMIR ran a diner.", "DEMIR"),
    ],
)
def test_when_a_role_age_or_case_caption_marks_a_name_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    check_redaction(redactor, text, gone=gone, placeholder="<PERSON_")


@pytest.mark.parametrize(
    "text",
    [
        "The supplier (Brightwell Ltd) denied using forced labour.",
        "Shipments left Mombasa, Durban, and Lagos each week.",
        "The victims (aged 15 to 19) came from Kisumu.",
    ],
)
def test_when_the_bracket_or_comma_holds_no_person_then_the_text_stays(
    redactor: Any, text: str
) -> None:
    check_unchanged(redactor, text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("dont tell rosa i talked to u", "rosa"),
        ("ask hussein if the van still comes", "hussein"),
        ("its me luz. i lost my phone", "luz"),
    ],
)
def test_when_a_chat_passes_a_message_to_a_lower_case_name_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    check_redaction(redactor, text, gone_words=gone, placeholder="<PERSON_")


@pytest.mark.parametrize("text", ["dont tell mum", "its me again", "ask money from them"])
def test_when_a_chat_tells_no_name_then_the_text_stays(redactor: Any, text: str) -> None:
    check_unchanged(redactor, text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Subject of interest - Tesfay Gebre-Medhin (DOB unknown), linked to a flat.", "Tesfay"),
        ("Detained: Ilinca Stan (f, 26), at the depot.", "Ilinca"),
    ],
)
def test_when_a_birth_age_or_interest_cue_marks_a_name_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    check_redaction(redactor, text, gone=gone, placeholder="<PERSON_")


def test_when_a_place_has_a_birth_bracket_then_it_stays(redactor: Any) -> None:
    text = "Shipments via Durban (born of the strike) stopped."
    check_unchanged(redactor, text)
