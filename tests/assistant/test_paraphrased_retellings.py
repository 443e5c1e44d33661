"""Answerable questions that retell a passage in other words must not be told "not mentioned"
(issue 15, round 13): a record's city column meets a question's city, a passage in the
question's place holding its other telling words vouches for the pair, and a passage holding
nearly all of a question's telling words makes its one absent word a paraphrase."""

from __future__ import annotations

import pytest

from assistant.passage_places import document_cities, passage_cities
from core.db import Database
from core.records import Document, Fact, Organisation
from retrieval.search import SearchResult
from tests.assistant.focus_support import counts

DERELICT = (
    "Nine Romanian men were found living in a derelict building while working as labourers on "
    "building sites. Their gangmaster held their identity cards."
)
ZLOTY = (
    "Twelve Ukrainian and Belarusian drivers said a logistics firm deducted fines of 500 zloty "
    "from their wages and held their passports."
)


def _db(tmp_path) -> Database:
    db = Database(f"sqlite:///{tmp_path / 'lens.db'}")
    db.create_schema()
    with db.session() as s:
        s.add(Organisation(id=1, name="Org A", sector="ngo"))
    with db.session() as s:
        for doc_id, meta in (("row", {"city": "Newcastle", "country": "United Kingdom"}),
                             ("text", {}), ("blank", {"city": "  "})):  # fmt: skip
            s.add(Document(id=doc_id, org_id=1, title=doc_id, kind="incident_report", level=0,
                           source_ref=doc_id, content_hash="h", meta=meta))  # fmt: skip
            s.flush()
        s.add(Fact(doc_id="text", kind="city", value="Leeds"))
    return db


def test_when_a_record_keeps_its_city_in_a_column_then_the_passage_is_in_that_city(
    tmp_path,
) -> None:
    cities = document_cities(_db(tmp_path), ["row", "text", "blank"])
    assert cities == {"row": {"Newcastle"}, "text": {"Leeds"}, "blank": set()}
    result = SearchResult(1, "row", "row", "row-c0", 1.0, 1, "org", "case", DERELICT)
    assert passage_cities([result], cities) == [{"newcastle"}]


def test_when_no_documents_are_asked_for_then_no_cities_are_read(tmp_path) -> None:
    assert document_cities(_db(tmp_path), []) == {}


@pytest.mark.parametrize(
    ("cities", "missing"),
    [
        # the row's city column says Newcastle: its text retells the question
        ([{"newcastle"}], []),
        # without it, no passage is in Newcastle
        ([set()], ["Romanian labourers living in a building in Newcastle"]),
    ],
)
def test_when_a_city_is_only_in_the_record_then_the_question_is_still_met(
    finder, cities, missing
) -> None:
    question = "Were Romanian labourers living in a building in Newcastle?"
    corpus = counts(romanian=3, labourers=9, living=12, building=4)
    assert finder.unmentioned(question, [DERELICT], corpus, [{"GB", "RO"}], cities) == missing


def test_when_a_passage_holds_nearly_all_telling_words_then_an_absent_word_is_a_paraphrase(
    finder,
) -> None:
    corpus = counts(ukrainian=2, drivers=6, fined=4, deducted=9, wages=15, passports=15)
    question = "Which case involved Ukrainian drivers fined by a courier company?"
    assert finder.unmentioned(question, [ZLOTY], corpus, [{"PL", "UA"}]) == []


@pytest.mark.parametrize(
    ("question", "corpus", "missing"),
    [
        # one telling word besides the absent one says too little to vouch
        ("Which case involved drivers on an oil rig?", counts(drivers=6, oil=2), ["oil rig"]),
        # the passage holds too few of the question's telling words
        ("Which case involved Ukrainian cooks fined by a courier company in a bakery?",
         counts(ukrainian=2, cooks=3, fined=4, bakery=2), ["courier company"]),
    ],
)  # fmt: skip
def test_when_a_passage_holds_few_telling_words_then_the_absent_word_is_still_reported(
    finder, question, corpus, missing
) -> None:
    assert finder.unmentioned(question, [ZLOTY], corpus, [{"PL", "UA"}]) == missing


CONFINED = "Vietnamese women were confined and beaten in a nail bar."


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # "salon" is not "nail bar", but the passage in the place holds "confined" and "beaten"
        ("Were Vietnamese women confined and beaten in a salon?", []),
        # one telling word is not enough to vouch
        ("Were Vietnamese women confined in a salon?", ["Vietnamese women confined in a salon"]),
    ],
)
def test_when_a_passage_in_the_place_holds_two_telling_words_then_the_pair_is_met(
    finder, question, missing
) -> None:
    corpus = counts(confined=2, beaten=3, salon=3, women=30, nail=5, bar=5)
    assert finder.unmentioned(question, [CONFINED], corpus, [{"VN"}]) == missing
