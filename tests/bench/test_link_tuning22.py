"""Tuning set 22 of the links bench (`bench/link_tuning22.py`): its shape, and that it runs
only when asked for by name."""

from __future__ import annotations

from bench.link_corpus import generate, truth_pairs
from bench.link_tuning22 import PEOPLE_T22, TUNING_22


def test_when_tuning_22_is_read_then_each_person_has_four_variants_and_two_others() -> None:
    assert len(PEOPLE_T22) == 20
    for person in PEOPLE_T22:
        assert len(person.variants) == 4
        assert len(person.distractors) == 2
        assert not set(person.variants) & set(person.distractors)


def test_when_tuning_22_is_generated_then_every_sentence_has_one_slot_and_names_link() -> None:
    for sentence in TUNING_22["sentences"]:
        assert sum(sentence.count("{" + k + "}") for k in ("phone", "iban", "email", "name")) == 1
    docs = generate(TUNING_22, 60, 17 + 12, base=3000, people=PEOPLE_T22)
    written = {w for d in docs for w in d.values.get("written", set())}
    assert "name:გიორგი ბერიძე" in written or "name:Gia Beridze" in written
    assert truth_pairs(docs, {"name"})


def test_when_the_links_bench_runs_without_a_set_then_tuning_22_is_not_in_it() -> None:
    import inspect

    from bench import links

    source = inspect.getsource(links.quality)
    assert 'only == "tuning 22"' in source
    assert "TUNING_22" not in source.split("sets = {", 1)[1].split("}", 1)[0]
