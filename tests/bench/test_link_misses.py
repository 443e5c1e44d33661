"""The links bench's split of missed name pairs into redaction's side and keying's side."""

from __future__ import annotations

from bench.link_misses import keying_causes, miss_causes, name_words


def test_when_name_value_ids_read_then_folded_words_of_two_letters_or_more() -> None:
    assert name_words({"name:Ionuț Elira|Popescu", "phone:1"}) == {"ionut", "elira", "popescu"}


def test_when_a_name_word_is_left_in_stored_text_then_the_miss_is_redaction_s() -> None:
    planted = {"a": {"ionut", "popescu"}, "b": {"ionut", "popescu"}, "c": {"ionut", "popescu"}}
    stored = {
        "a": "The man was called <PERSON_1>.",
        "b": "POPESCU <PERSON_1> drove the van.",  # only the given name was removed
        "c": "Calls came from <PHONE_NUMBER_1>; <PERSON_1> answered.",
    }
    causes = miss_causes([("a", "b"), ("a", "c")], planted, stored)
    assert causes == {"missed": 2, "redaction": 1, "keying": 1}


def test_when_a_written_name_has_a_title_then_the_title_is_no_name_word() -> None:
    # "Mr <PERSON_1>" left in the text is no leak of the name.
    assert name_words({"name:Mr Kwame Mensah", "name:Dr. A. Diallo"}) == {
        "kwame",
        "mensah",
        "diallo",
    }


def test_when_tuning_set_2_is_generated_then_a_name_is_a_variant_and_a_miss_a_distractor() -> None:
    from bench.link_corpus import generate, truth_pairs
    from bench.link_people import PEOPLE, TUNING_2

    docs = generate(TUNING_2, len(PEOPLE), seed=3, base=750, people=PEOPLE)
    person = PEOPLE[0]
    mine = [d for d in docs if d.values.get("name") == {f"name:{person.given}|{person.family}"}]
    assert mine
    for d in mine:
        (written,) = d.values["written"]
        assert written.removeprefix("name:") in person.variants
        assert written.removeprefix("name:") in d.text
    miss = next(d for d in docs if d.name == f"{docs[0].name.split('-')[0]}-0-miss.txt")
    (value,) = miss.values["name"]
    assert value.removeprefix("name:").rstrip("|") in person.distractors
    # The distractor is its own value: it is never truly linked to the person's reports.
    paired = {x for pair in truth_pairs(docs, {"name"}) if miss.name in pair for x in pair}
    assert not paired & {d.name for d in mine}


def test_when_tuning_set_3_is_generated_then_names_are_variants_and_misses_distractors() -> None:
    from bench.link_corpus import generate, truth_pairs
    from bench.link_tuning3 import PEOPLE_T3, TUNING_3

    assert all(len(p.variants) >= 4 and len(p.distractors) >= 2 for p in PEOPLE_T3)
    assert not {v for p in PEOPLE_T3 for v in p.variants} & {
        d for p in PEOPLE_T3 for d in p.distractors
    }
    docs = generate(TUNING_3, len(PEOPLE_T3), seed=5, base=1250, people=PEOPLE_T3)
    for person in PEOPLE_T3:
        mine = [d for d in docs if d.values.get("name") == {f"name:{person.given}|{person.family}"}]
        for d in mine:
            (written,) = d.values["written"]
            assert written.removeprefix("name:") in person.variants
            assert written.removeprefix("name:") in d.text
    misses = [d for d in docs if d.name.endswith("-miss.txt")]
    assert len(misses) == len(PEOPLE_T3)
    mine = {d.name for d in docs if "written" in d.values}
    for miss in misses:
        paired = {x for pair in truth_pairs(docs, {"name"}) if miss.name in pair for x in pair}
        assert not paired & mine


def test_when_misses_are_described_then_each_side_shows_its_written_name() -> None:
    from bench.link_corpus import Doc
    from bench.link_misses import describe

    docs = [
        Doc("a", 0, "", {"name": {"name:X|Y"}, "written": {"name:Kim Min-jun"}}),
        Doc("b", 1, "", {"name": {"name:X|Y"}, "written": {"name:Minjun Kim"}}),
    ]
    text = describe("tuning 3", [("a", "b")], [], docs, {"a": "<PERSON_1> paid.", "b": "Kim"})
    assert "Kim Min-jun" in text
    assert "Minjun Kim" in text
    assert "<PERSON_1> paid." in text


def test_when_keying_misses_are_split_then_each_pair_is_counted_by_what_its_reports_hold() -> None:
    planted = {d: {"nkechi", "adebayo"} for d in "abcdefg"}
    stored = {d: "Signed: <PERSON_1>." for d in "abcdef"} | {"g": "Signed: Nkechi Adebayo."}
    keys = {
        "a": {("person_weak", "w1")},
        "b": {("person_weak", "w1"), ("person", "s1")},
        "c": {("person", "s2")},
        "d": {("person", "s3")},
        "e": set(),
        "f": {("person", "s1")},
        "g": set(),
    }
    missed = [("a", "b"), ("c", "d"), ("e", "f"), ("f", "g")]
    assert keying_causes(missed, planted, stored, keys) == {
        "no key": 1,
        "weak only": 1,
        "apart": 1,
    }
