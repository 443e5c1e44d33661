"""The word lists the known-names pass ships (`ingest.known_words`, written by
tools/build_known_words.py) agree with the redactor's live checks, and the pass reads them
without spaCy or the redactor."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap

import pytest

from ingest import known_words
from redaction.person_guard import PersonGuard

# Inflected, hyphenated, stop words, names and places: what the pass asks about its hits.
SAMPLE = [
    "called", "girls", "taken", "stopped", "running", "women", "non-state", "food-aid",
    "the", "was", "Paid", "deposit", "Forced", "Labor", "popescu", "ionut", "krasniqi",
    "Hoxha", "Bujar", "mae", "sot", "baker", "reyes", "will", "Rose",
]  # fmt: skip


@pytest.mark.parametrize(
    ("word", "english"),
    [("called", True), ("girls", True), ("non-state", True), ("the", True), ("popescu", False)],
)
def test_when_a_word_is_asked_then_the_shipped_lists_judge_it_as_the_guard_does(
    word, english
) -> None:
    assert known_words.is_english(word) is english


def test_when_the_organisation_words_are_read_then_they_are_the_guards() -> None:
    assert known_words.org_words() == frozenset(PersonGuard().org_keywords)
    assert known_words.is_org_word("Bank")
    assert not known_words.is_org_word("Popescu")


def test_when_the_pass_checks_a_hit_then_no_spacy_and_no_redactor_are_loaded() -> None:
    script = textwrap.dedent(
        """
        import sys
        from ingest.known_pass import finder_for
        from ingest.linkkeys import LinkKeyer
        finder = finder_for(LinkKeyer(b"k" * 32))()
        text = "transfer ref IONUT POPESCU deposit. Paid to Meridian Bank by Forced Labor."
        keys = {finder.key(form) for form in ("ionut popescu", "bank meridian", "forced labor")}
        found = finder.find(text, keys)
        assert [text[r.start : r.end] for r in found] == ["IONUT POPESCU"], found
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "presidio_analyzer"))
        print(",".join(loaded))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == ""


@pytest.mark.slow
def test_when_the_redactor_is_built_then_its_words_are_the_shipped_ones(redactor) -> None:
    guard = redactor.guard
    assert known_words.english_words() == guard.english_words
    assert known_words.stop_words() == guard.stop_words
    assert len(known_words.english_words()) == 88_185
    words = random.Random(19).sample(sorted(guard.english_words), 300)
    for word in SAMPLE + words + [w + "s" for w in words] + [w + "ed" for w in words]:
        assert known_words.is_english(word) == guard.is_english(word), word
