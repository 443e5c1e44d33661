"""The relevance gate: keyword rule, score arithmetic, the labelled sample, and real MiniLM."""

from __future__ import annotations

import json

import pytest

from ingest.relevance import DEFAULT_THRESHOLD, KEYWORDS, RelevanceGate, label_descriptions
from tests.conftest import REPO
from tests.fakes.embedder import HashingEmbedder

SAMPLE = REPO / "demo/eval/relevance.jsonl"


def sample() -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture
def gate() -> RelevanceGate:
    return RelevanceGate(HashingEmbedder(), threshold=0.5, keyword_weight=0.5)


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("Police investigate Human Trafficking ring", ("human trafficking",)),
        ("Men held in forced\nlabour on a farm", ("forced labour",)),
        ("Customs seize cocaine in drug trafficking bust", ()),
        ("Ivory seized in wildlife trafficking case", ()),
        ("The human resources team hires staff", ()),
        ("Labour market statistics show unemployment falling", ()),
        ("Debt bondage and forced labour in brick kilns", ("forced labour", "debt bondage")),
        ("A superhuman trafficking-free day", ()),  # whole words only
    ],
)
def test_when_text_scanned_then_only_specific_trafficking_phrases_hit(gate, text, hits) -> None:
    assert gate.keyword_hits(text) == hits


def test_when_keywords_hit_then_score_is_similarity_plus_capped_bonus(gate) -> None:
    text = "human trafficking, forced labour, debt bondage and modern slavery"
    verdict = gate.assess("Report", text)
    assert len(verdict.keywords) == 4
    assert verdict.score == pytest.approx(verdict.similarity + 0.5 * 2, abs=1e-3)
    assert verdict.relevant


def test_when_no_keyword_and_low_similarity_then_not_relevant(gate) -> None:
    verdict = gate.assess("Fashion week opens", "Designers showed recycled fabrics on the runway.")
    assert not verdict.relevant
    assert verdict.keywords == ()
    assert "not relevant" in verdict.explain()


def test_when_verdict_explained_then_label_and_keywords_are_named(gate) -> None:
    verdict = gate.assess("Court case", "A man was convicted of human trafficking.")
    line = verdict.explain()
    assert verdict.label in line
    assert "human trafficking" in line
    assert line.startswith(f"score {verdict.score:.3f}")


def test_when_only_the_start_of_a_long_text_matters_then_late_keywords_are_ignored(gate) -> None:
    late = "Weather report. " * 100 + "human trafficking"
    assert gate.assess("Weather", late).keywords == ()


def test_when_items_assessed_then_labels_are_embedded_once(gate) -> None:
    gate.assess_many([("a", "b"), ("c", "d")])
    gate.assess("e", "f")
    assert gate.embedder.calls == 3  # labels once, then one batch per call


def test_when_gate_given_no_items_then_no_verdicts(gate) -> None:
    assert gate.assess_many([]) == []


def test_when_labels_listed_then_every_taxonomy_type_is_described() -> None:
    keys = [k for k, _ in label_descriptions()]
    assert "type:forced_labour" in keys
    assert "means:debt_bondage" in keys
    assert len(keys) == len(set(keys))


def test_when_sample_read_then_it_is_large_balanced_and_has_hard_negatives() -> None:
    items = sample()
    assert len(items) >= 80
    assert 0.3 < sum(r["relevant"] for r in items) / len(items) < 0.7
    negatives = " ".join(r["title"].lower() for r in items if not r["relevant"])
    for hard in (
        "human resources",
        "drug trafficking",
        "wildlife trafficking",
        "labour market statistics",
        "fashion week",
    ):
        assert hard in negatives
    assert all(set(r) == {"title", "text", "relevant"} for r in items)


def test_when_keywords_listed_then_none_is_ambiguous() -> None:
    assert "trafficking" not in KEYWORDS
    assert "labour" not in KEYWORDS


@pytest.mark.slow
def test_when_real_minilm_gate_scores_the_sample_then_precision_and_recall_hold(tmp_path) -> None:
    from core.settings import EmbeddingSettings
    from retrieval.embedder import build_embedder

    embedder = build_embedder(EmbeddingSettings(), models_dir=tmp_path)
    items = sample()
    verdicts = RelevanceGate(embedder, DEFAULT_THRESHOLD).assess_many(
        [(r["title"], r["text"]) for r in items]
    )
    pairs = [(v.relevant, r["relevant"]) for v, r in zip(verdicts, items, strict=True)]
    tp = sum(p and g for p, g in pairs)
    precision = tp / sum(p for p, _ in pairs)
    recall = tp / sum(g for _, g in pairs)
    assert precision >= 0.9
    assert recall >= 0.85
