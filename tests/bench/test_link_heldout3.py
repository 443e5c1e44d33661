"""Held-out set 3 of the links bench builds as `bench/links.py` runs it (no texts printed)."""

from __future__ import annotations

import re

from bench.link_corpus import Doc, fmt_phone, generate, truth_pairs
from bench.link_heldout3 import HELDOUT_3, PEOPLE_3

N_ACTORS, SEED, BASE = 60, 17 + 4, 1000  # as bench/links.py generates "held-out 3"


def built() -> list[Doc]:
    return generate(HELDOUT_3, N_ACTORS, SEED, base=BASE, people=PEOPLE_3)


def national(text: str) -> str:
    """A UK number's national digits, whichever way it is written."""
    digits = re.sub(r"\D", "", text)
    for prefix in ("0044", "44", "0"):
        if digits.startswith(prefix):
            digits = digits[len(prefix) :]
            break
    return digits.removeprefix("0")  # "+44 (0)161 ..."


def test_when_people_3_read_then_each_has_variants_and_distractors_of_no_one_else() -> None:
    assert len(PEOPLE_3) == 20
    variants = [v for p in PEOPLE_3 for v in p.variants]
    distractors = [d for p in PEOPLE_3 for d in p.distractors]
    assert all(len(p.variants) >= 4 and len(p.distractors) >= 2 for p in PEOPLE_3)
    assert len(set(variants)) == len(variants)
    assert not set(variants) & set(distractors)
    assert len({(p.given, p.family) for p in PEOPLE_3}) == len(PEOPLE_3)


def test_when_held_out_3_is_generated_then_counts_match_the_actors() -> None:
    docs = built()
    misses = [d for d in docs if d.name.endswith("-miss.txt")]
    assert len(misses) == N_ACTORS
    assert 2 * N_ACTORS <= len(docs) - len(misses) <= 3 * N_ACTORS
    assert len({d.name for d in docs}) == len(docs)


def test_when_held_out_3_is_generated_then_every_variant_s_report_is_in_a_true_pair() -> None:
    docs = built()
    paired = {x for pair in truth_pairs(docs, {"name"}) for x in pair}
    written = [d for d in docs if "written" in d.values]
    assert len(written) >= N_ACTORS
    by_key = {f"name:{p.given}|{p.family}": p for p in PEOPLE_3}
    for d in written:
        (key,) = d.values["name"]
        (variant,) = d.values["written"]
        assert variant.removeprefix("name:") in by_key[key].variants
        assert variant.removeprefix("name:") in d.text
        assert d.name in paired
    used = {v.removeprefix("name:") for d in written for v in d.values["written"]}
    assert len(used) >= 3 * len(PEOPLE_3)  # most variants are written somewhere


def test_when_held_out_3_is_generated_then_a_distractor_never_pairs_with_its_person() -> None:
    docs = built()
    pairs = truth_pairs(docs, {"name"})
    for i in range(N_ACTORS):
        person = PEOPLE_3[i % len(PEOPLE_3)]
        miss = next(d for d in docs if d.name == f"{SEED}-{i}-miss.txt")
        (value,) = miss.values["name"]
        distractor = value.removeprefix("name:").rstrip("|")
        assert distractor in person.distractors
        assert distractor in miss.text
        key = {f"name:{person.given}|{person.family}"}
        theirs = {d.name for d in docs if d.values.get("name") == key}
        assert not {x for p in pairs if miss.name in p for x in p} & theirs


def test_when_phones_of_held_out_3_are_written_then_each_format_is_one_distinct_number() -> None:
    numbers = set()
    for i in range(N_ACTORS):
        for digits in (f"{BASE + 3 * i}", f"{BASE + 3 * i + 1}"):  # the actor, its near miss
            seen = {national(fmt_phone(shape, ("900", digits))) for shape in HELDOUT_3["phone"]}
            (number,) = seen
            assert number.startswith("1614960")
            assert len(number) == 10
            numbers.add(number)
    assert len(numbers) == 2 * N_ACTORS
