"""Names as link values: one name written many ways meets itself; a near miss does not."""

from __future__ import annotations

import pytest

from ingest.link_names import person, person_forms
from ingest.linkkeys import LinkKeyer
from redaction.base import DocumentInput, DocumentResult, RedactedEntity, RedactionResult


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        # Titles and roles the NER takes in before a name, in other languages and cases too.
        ("Señor José Martínez", "jose martinez"),
        ("SEÑORA Ana Pop", "ana pop"),
        ("Trafficker Dritan Krasniqi", "dritan krasniqi"),
        ("Herr Jürgen Schäfer", "jurgen schafer"),
        ("Chief Emeka Nwachukwu", "emeka nwachukwu"),
        # Labels and salutations before a name, a date-of-birth label after it.
        ("Alias Elira Hoxha", "elira hoxha"),
        ("Dear Małgorzata Nowak", "malgorzata nowak"),
        ("Subject Okafor Blessing DOB", "blessing okafor"),
        ("John Smith Jr", "john jr smith"),
        # Lower-case words taken in at a capitalised name's edges.
        ("late Ionuț Popescu", "ionut popescu"),
        ("Ionuț Popescu yesterday", "ionut popescu"),
        # Name particles and given names that are also titles stay.
        ("van der Berg Jan", "berg der jan"),
        ("Justice Chukwu Okafor", "chukwu justice okafor"),
        ("ionut popescu", "ionut popescu"),
        # A title before a one-word name leaves nothing to link on, as before.
        ("Señor Martínez", "martinez senor"),
        ("Mr Popescu", None),
    ],
)
def test_when_name_taken_in_with_context_then_primary_form_is_the_name(surface, expected):
    assert person(surface) == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Jürgen Schäfer", "Juergen Schaefer"),
        ("Jürgen Schäfer", "Jurgen Schafer"),
        ("Kemal Öztürk", "Kemal Oeztuerk"),
        ("Оксана Коваленко", "Oksana Kovalenko"),
        ("Олег Шевченко", "Oleh Shevchenko"),
        ("Олег Шевченко", "Oleg Shevchenko"),
        ("Дмитрий Иванов", "Dmitriy Ivanov"),
        ("Señor José Martínez", "MARTINEZ Jose"),
        ("Ionuț Popescu's", "Popescu, Ionut"),
    ],
)
def test_when_one_name_in_two_spellings_then_a_form_is_shared(one, other):
    assert set(person_forms(one)) & set(person_forms(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Jürgen Schäfer", "Jürgen Schäfea"),  # one letter changed
        ("Agnieszka Wójcik", "Zoltán Wójcik"),  # same surname, another first name
        ("Juergen Schaefer", "Jurgen Schafer"),  # two spellings of two possible people
        ("Mihai José Dumitrescu", "Mihai Dumitrescu"),  # a middle name: maybe another man
        ("I. Popescu", "Ionuț Popescu"),  # an initial: any I. Popescu
        ("Оксана Коваленко", "Oksana Kovalenka"),
    ],
)
def test_when_names_differ_then_no_form_is_shared(one, other):
    assert not set(person_forms(one)) & set(person_forms(other))


def test_when_name_has_other_spellings_then_its_placeholder_carries_each_key() -> None:
    keyer = LinkKeyer(b"s" * 32)

    def keys(body: str, name: str) -> set[str]:
        start = body.index(name)
        entity = RedactedEntity("PERSON", start, start + len(name), "<PERSON_1>")
        result = DocumentResult(RedactionResult("(redacted)", [entity]), RedactionResult(""))
        mentions = keyer.mentions(DocumentInput(body), result)
        assert {m.placeholder for m in mentions} == {"<PERSON_1>"}
        return {m.key for m in mentions if m.type == "person"}  # full keys, not weak

    umlaut = keys("The farm belonged to Jürgen Schäfer.", "Jürgen Schäfer")
    assert len(umlaut) == 2
    assert umlaut & keys("Rent was paid to Juergen Schaefer.", "Juergen Schaefer")
    assert umlaut & keys("Rent was paid to JURGEN SCHAFER.", "JURGEN SCHAFER")
    assert not umlaut & keys("Rent was paid to Jürgen Schäfea.", "Jürgen Schäfea")


def _title_keys(body: str, title: str, name: str) -> list[str]:
    keyer = LinkKeyer(b"s" * 32)
    start = title.index(name)
    entity = RedactedEntity("PERSON", start, start + len(name), "<PERSON_2>")
    result = DocumentResult(RedactionResult("(redacted)"), RedactionResult("(t)", [entity]))
    return [m.key for m in keyer.mentions(DocumentInput(body, title), result) if m.type == "person"]


def test_when_title_cuts_a_name_short_then_the_cut_name_is_not_keyed() -> None:
    body = "Witnesses named Ionuț Popescua as the driver of the van."
    # Cut inside the near miss "Popescua", the title would read as the actor "Ionuț Popescu".
    assert _title_keys(body, body[:29], "Ionuț Popescu") == []
    assert _title_keys(body, body[:29] + "…", "Ionuț Popescu") == []


def test_when_title_holds_a_whole_name_then_it_is_keyed() -> None:
    body = "Witnesses named Ionuț Popescu as the driver of the van."
    assert len(_title_keys(body, body[:29], "Ionuț Popescu")) == 1  # cut after the name
    assert len(_title_keys(body, "Statement of Ionuț Popescu", "Ionuț Popescu")) == 1


def _person_keys(body: str, names: list[str]) -> set[str]:
    keyer = LinkKeyer(b"s" * 32)
    entities, at = [], 0
    for i, name in enumerate(names, 1):
        start = body.index(name, at)
        at = start + len(name)
        entities.append(RedactedEntity("PERSON", start, at, f"<PERSON_{i}>"))
    result = DocumentResult(RedactionResult("(redacted)", entities), RedactionResult(""))
    return {m.key for m in keyer.mentions(DocumentInput(body), result) if m.type == "person"}


def test_when_ner_splits_a_name_at_its_comma_then_the_whole_name_is_keyed() -> None:
    whole = _person_keys("She met Agnieszka Wójcik at the bus station.", ["Agnieszka Wójcik"])
    split = _person_keys("She met WÓJCIK, Agnieszka at the bus station.", ["WÓJCIK", "Agnieszka"])
    assert whole
    assert split == whole


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("The victims were Ana, Maria and Elena.", ["Ana", "Maria", "Elena"]),
        ("The victims were Ana, Maria, Elena.", ["Ana", "Maria", "Elena"]),
        ("Rooms went to Elena and Ana, Maria.", ["Elena", "Ana", "Maria"]),
        ("Ana Pop, Maria Ionescu", ["Ana Pop", "Maria Ionescu"]),  # two whole names
    ],
)
def test_when_names_are_a_list_then_no_name_is_made_of_two(body, names) -> None:
    keyer = LinkKeyer(b"s" * 32)
    made_up = {keyer.key("person", f) for f in ("ana maria", "ana elena", "elena maria")}
    made_up |= {keyer.key("person", "ana ionescu maria pop")}
    assert not _person_keys(body, names) & made_up


def test_when_a_comma_split_name_follows_a_clause_then_it_is_still_whole() -> None:
    body = "According to the victim, MARTÍNEZ, José Søren took her wages."
    split = _person_keys(body, ["MARTÍNEZ", "José Søren"])
    keyer = LinkKeyer(b"s" * 32)
    assert split == {keyer.key("person", "jose martinez soren")}
