"""A person a question names, looked up among the names removed from visible reports only."""

from __future__ import annotations

from core.access import Level, Principal
from core.db import Database
from core.mentions import Mention
from core.records import Document, Organisation
from ingest.linkkeys import LinkKeyer
from lens.named_people import NamedPeople

KEYER = LinkKeyer(b"s" * 32)


def hub(tmp_path, docs: dict[str, tuple[int, int, bool, str]]) -> NamedPeople:
    """docs: id -> (org id, level, org_only, the name its text held, keyed as ingest keys)."""
    db = Database(f"sqlite:///{tmp_path / 'lens.db'}")
    db.create_schema()
    people = NamedPeople(db, KEYER)
    with db.session() as s:
        s.add(Organisation(id=1, name="Org A", sector="ngo"))
        s.add(Organisation(id=2, name="Org B", sector="finance"))
    with db.session() as s:
        for doc_id, (org, level, org_only, name) in docs.items():
            s.add(
                Document(
                    id=doc_id, org_id=org, title=doc_id, kind="case_file", level=level,
                    org_only=org_only, source_ref=doc_id, content_hash="h", year=2025,
                )
            )  # fmt: skip
            s.flush()
            key = people.keys(name)[0]
            s.add(Mention(doc_id=doc_id, placeholder="<PERSON_1>", type="person", key=key))
    return people


def analyst(org: int, clearance: int) -> Principal:
    return Principal(7, "u", org, "Org", Level(clearance), "analyst")


def test_when_a_visible_report_names_the_person_then_known(tmp_path):
    people = hub(tmp_path, {"a": (1, 0, False, "Dmitri Volkov")})
    assert people.known("Dmitri Volkov", analyst(2, 0)) is True
    assert people.known("VOLKOV Dmitri", analyst(2, 0)) is True  # keyed as ingest keys it


def test_when_no_report_names_the_person_then_not_known(tmp_path):
    people = hub(tmp_path, {"a": (1, 0, False, "Dmitri Volkov")})
    assert people.known("Marisol Ortega", analyst(1, 3)) is False


def test_when_only_a_hidden_report_names_the_person_then_not_known(tmp_path):
    people = hub(
        tmp_path,
        {"secret": (1, 3, False, "Dmitri Volkov"), "own": (1, 0, True, "Marisol Ortega")},
    )
    assert people.known("Dmitri Volkov", analyst(1, 2)) is False  # above their level
    assert people.known("Dmitri Volkov", analyst(1, 3)) is True
    assert people.known("Marisol Ortega", analyst(2, 3)) is False  # another org's own report
    assert people.known("Marisol Ortega", analyst(1, 0)) is True


def test_when_the_name_is_one_word_then_nothing_is_said(tmp_path):
    people = hub(tmp_path, {"a": (1, 0, False, "Dmitri Volkov")})
    assert people.known("Dmitri", analyst(1, 3)) is None


def test_when_people_are_not_keyed_then_nothing_is_said(tmp_path):
    people = hub(tmp_path, {"a": (1, 0, False, "Dmitri Volkov")})
    people.keyer = LinkKeyer(b"s" * 32, people=False)
    assert people.known("Marisol Ortega", analyst(1, 3)) is None
