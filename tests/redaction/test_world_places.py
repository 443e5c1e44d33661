"""Towns of several words that our short lists miss, and goods in a list, stay; people beside
them still go; and plural nouns such as "women" are English words, not the tail of a lower-case
name (issue 14).

Both cases come from the demo corpus, where "Three young women from Kampong Cham" became
"Three <PERSON_1> from <PERSON_2>". Integration tests: the real spaCy model and Presidio.
"""

from __future__ import annotations

import pytest

from redaction.world_places import multiword_places, person_free_places, world_places
from tests.redaction.checks import check_redaction


def test_the_shipped_list_holds_towns_of_several_words_only():
    places = world_places()
    assert {"kampong cham", "siem reap", "benin city"} <= places
    assert all(len(p.split()) >= 2 for p in places)


def test_a_place_that_opens_with_a_given_name_is_left_out():
    kept = multiword_places({"pedro", "carlos"})
    assert "pedro juan caballero" not in kept
    assert "carlos chagas" not in kept
    assert "kampong cham" in kept
    assert "pedro juan caballero" not in person_free_places()


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Three young women from Kampong Cham were stopped at Phnom Penh airport.",
            ["young women", "Kampong Cham"],
            [],
        ),
        ("Sok Dara took the fishermen to Siem Reap by bus.", ["fishermen", "Siem Reap"], ["Dara"]),
        ("Ask young Mercy Adjei, she drove the women there.", ["women"], ["Mercy", "Adjei"]),
        ("The broker, Pedro Juan Caballero, paid the fee.", [], ["Caballero"]),
    ],
)
def test_when_a_world_town_or_a_plural_noun_is_named_then_it_stays(redactor, text, kept, gone):
    check_redaction(redactor, text, kept=kept, gone=gone)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Goods listed for Pakistan: Bricks (child labor); Glass Bangles (child labor); "
            "Surgical Instruments (child labor).",
            ["Bricks", "Glass Bangles", "Surgical Instruments"],
            [],
        ),
        ("Goods listed for El Salvador: Coffee; Fireworks; Shellfish.", ["Fireworks"], []),
        # census surnames, given names and name words that are English words stay people
        (
            "Mr Smith and Baker met Grace Hope. Evans, Jones and Williams met Adams.",
            [],
            ["Smith", "Baker", "Grace", "Evans", "Jones", "Williams", "Adams"],
        ),
    ],
)
def test_when_goods_are_listed_then_they_stay_and_surnames_still_go(redactor, text, kept, gone):
    check_redaction(redactor, text, kept=kept, gone=gone)
