"""The literal pre-check of pattern recognizers skips a regex only where it cannot match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from redaction.recognizers.contextual import ContextPatternRecognizer
from redaction.recognizers.literal_check import fold, literal_check
from redaction.recognizers.street_address import StreetAddressRecognizer

ROOT = Path(__file__).resolve().parents[2]
EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize(
    ("pattern", "flags", "folded", "exact"),
    [
        # A lookbehind adds nothing; the cue words are needed; a longer form holds a shorter.
        (r"(?<!\w)(?i:victim|survivor|victims)[ \t]+\p{Lu}", 0, ("survivor", "victim"), ()),
        (r"\bStreet\b|\bRoad\b", 0, (), ("Road", "Street")),
        (r"(?:foo)?bar\d", 0, (), ("bar",)),
        (r"(?:ab){2,3}\d", regex.IGNORECASE, ("ab",), ()),
        # The longest shortest literal wins among requirements that all hold.
        (r"(?i:ask|asked)\s+Told", 0, (), ("Told",)),
        (r"(?i)straße", 0, ("straße",), ()),
        # What a positive lookbehind or lookahead needs, the text holds.
        (r"(?<=(?<!\w)(?i:zip|post ?code):? )\d{5}", 0, ("post", "zip"), ()),
        (r"\d{3}(?= Main St)", 0, (), (" Main St",)),
    ],
)
def test_when_a_pattern_needs_words_then_the_check_names_them(pattern, flags, folded, exact):
    check = literal_check(pattern, flags)
    assert check is not None
    assert check.folded == tuple(fold(w) for w in folded)
    assert check.exact == exact


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!zip )\d{5}",  # only a negative lookbehind holds a word
        r"\d{5}(?!\s*road)",
        r"(?:ab){0,2}\d",  # the word is optional
        r"(?:road|\d+)x?",  # one branch needs no word
        r"(?fi)straße",  # full case folding: "ss" may match "ß"
        r"\p{Lu}\p{Ll}+",
    ],
)
def test_when_no_word_is_needed_then_there_is_no_check(pattern):
    assert literal_check(pattern, 0) is None


@pytest.mark.parametrize("char", [*"abcdefghijklmnopqrstuvwxyzß", "é", "ẹ", "ı", "İ", "k", "s"])
def test_when_regex_matches_a_letter_in_another_case_then_both_fold_alike(char):
    literal_check(regex.escape(char), regex.IGNORECASE)  # registers the letter's class
    same = regex.findall("(?i)" + regex.escape(char), EVERY_CHARACTER)
    assert len(same) >= 1
    assert {fold(c) for c in same} == {fold(char)}


def test_when_a_text_lacks_the_street_words_then_those_patterns_are_not_run():
    recognizer = StreetAddressRecognizer()
    names = {p.name for p, _ in recognizer._compiled}
    plain = {p.name for p, _ in recognizer.runnable("She was moved to Lyon in 2019.")}
    assert "street word + name" in names
    assert "street word + name" not in plain
    # Any case, and a dotted capital I that `regex` takes for "i".
    for text in ("She lived at 12 RUE DE LA PAIX, Lyon.", "12 AVENİDA PAULISTA"):
        assert "street word + name" in {p.name for p, _ in recognizer.runnable(text)}, text


def _tuning_texts() -> list[str]:
    paths = [
        ROOT / "demo/eval/pii_sample.jsonl",
        ROOT / "demo/eval/pii/generated_tuning.jsonl",
        *sorted((ROOT / "demo/eval/pii").glob("tuning_*.jsonl")),
    ]
    texts = []
    for path in paths:
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    return texts


@pytest.mark.slow
def test_when_a_pattern_matches_a_tuning_text_then_its_check_lets_it_run(redactor):
    recognizers = [
        r for r in redactor.analyzer.registry.recognizers if isinstance(r, ContextPatternRecognizer)
    ]
    checked = sum(c is not None for r in recognizers for c in r._checks)
    assert checked >= 40
    for text in _tuning_texts():
        for variant in (text, text.upper(), text.lower(), text.replace("i", "İ")):
            for recognizer in recognizers:
                runnable = {id(c) for _, c in recognizer.runnable(variant)}
                for pattern, compiled in recognizer._compiled:
                    if id(compiled) not in runnable:
                        assert compiled.search(variant) is None, (recognizer.name, pattern.name)


@pytest.mark.slow
def test_when_the_policy_folds_a_letter_then_every_case_regex_matches_folds_alike(redactor):
    letters = {
        ch
        for r in redactor.analyzer.registry.recognizers
        if isinstance(r, ContextPatternRecognizer)
        for c in r._checks
        if c is not None
        for w in c.folded
        for ch in w
    }
    for char in sorted(letters):
        same = regex.findall("(?i)" + regex.escape(char), EVERY_CHARACTER)
        assert {fold(c) for c in same} == {fold(char)}, char
