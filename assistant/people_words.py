"""Words that name the same people, and the action a doer's noun names.

A question counts or names people in its own words: "how many staff", "how many minors", "the
fishers", "food couriers". The report says "workers", "two girls aged 15 and 16", "crew
members", "delivering food". These words are common in any collection, so the WordNet lookup
(assistant/word_relations.py, only for words the collection never uses) does not reach them,
and a passage that answers would be reported as not mentioning what the question asks about.

Each group below is one kind of people named several ways; a question's word in a group is
matched by any other word of it. The groups are narrow on purpose: "workers" and "children" are
different groups ("child workers" still needs both).
"""

from __future__ import annotations

GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(line.split())
    for line in (
        # people employed
        "worker workers staff staffer staffers personnel employee employees labourer labourers"
        " laborer laborers workforce",
        # people under 18
        "child children minor minors juvenile juveniles youngster youngsters adolescent"
        " adolescents teenager teenagers teen teens kid kids girl girls boy boys under-18"
        " under-18s underage youth youths",
        # people who fish or crew a boat
        "fisher fishers fisherman fishermen crew crews crewman crewmen seaman seamen deckhand"
        " deckhands",
        # people who deliver
        "courier couriers rider riders deliverer deliverers",
    )
)
_GROUP_OF = {word: group for group in GROUPS for word in group}


def same_people(words: set[str] | frozenset[str]) -> frozenset[str]:
    """The other words of the groups `words` (lower case) belong to, or nothing."""
    out: set[str] = set()
    for word in words:
        out |= _GROUP_OF.get(word, frozenset())
    return frozenset(out - set(words))


def doing(word: str) -> frozenset[str]:
    """What a doer's noun does, as a passage writes it: "miners" / "mining", "pickers" /
    "picking", "fighters" / "fighting" (the root without -er is often too short to match by
    prefix: "min")."""
    for ending in ("ers", "er"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return frozenset({word[: -len(ending)] + "ing"})
    return frozenset()
