"""Other ways one name is written (`ingest.link_spellings`, round 11): nicknames, abbreviated
given names, Greek script, syllables joined or apart, quoted nicknames, initials, South
Asian middle names; and the near misses that must stay apart."""

from __future__ import annotations

import pytest

from ingest.link_names import person_forms
from ingest.link_spellings import greek, initials, rewrites
from ingest.link_weak import weak_forms


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kim Min-jun", "KIM Minjun"),  # a hyphen between syllables, or none
        ("Mr Kim Min Jun", "Min-jun Kim"),  # syllables apart
        ("Wang Xiao Ming", "Xiaoming Wang"),
        ("Wang Xiao-ming", "WANG Xiaoming"),  # the lower-case half is the name's
        ("Tesfay Gebre-Medhin", "GEBREMEDHIN Tesfay"),
        ("Tesfai Gebremedhin", "Tesfay Gebremedhin"),  # transliterations
        ("Khaled Al Qahtani", "Khalid Al-Qahtani"),
        ("Paco Morales", "Francisco Morales"),  # a diminutive
        ("Katya Ivanova", "Yekaterina Ivanova"),
        ("Bill Hughes-Whitfield", "William Hughes Whitfield"),
        ("Fritz von Weber", "Friedrich Weber"),
        ("Giuseppe 'Peppe' Esposito", "Peppe Esposito"),  # a quoted nickname
        ("Giuseppe 'Peppe' Esposito", "ESPOSITO Giuseppe"),
        ("Fco. Javier Morales", "MORALES, Francisco Javier"),  # an abbreviated given name
        ("REYES, Ma. Cristina", "Maria Cristina Reyes"),
        ("Ma Cristina Reyes", "Maria Cristina Reyes"),
        ("Δημήτριος Παπαδάκης", "Dimitris Papadakis"),  # Greek script, a Greek diminutive
        ("Sgt Friedrich von Weber", "Friedrich Weber"),  # a rank
        ("Rajesh Kumar Sharma", "Rajesh Sharma"),  # a South Asian middle name
        ("R. K. Sharma", "R.K. Sharma"),  # the same initials
        ("PHAM Thi Lan", "Ms Lan Phạm"),  # the Vietnamese "Thị" left out
    ],
)
def test_when_one_person_is_written_two_ways_then_a_strong_form_is_shared(one, other):
    assert set(person_forms(one)) & set(person_forms(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kim Min-jun", "Kim Min-jung"),
        ("Wang Xiaoming", "Wang Xiaomin"),
        ("Ram Bahadur Thapa", "Ram Bahadur Tamang"),  # "Bahadur" is no surname
        ("Rajesh Kumar Sharma", "Rajesh Kumar Verma"),
        ("Francisco Javier Morales", "Francisca Morales"),
        ("Giuseppe Esposito", "Giuseppina Esposito"),
        ("Ma Long", "Maria Long"),  # "Ma" alone is a family name
        ("R. K. Sharma", "Rajesh Kumar Sharma"),  # initials meet only the same initials
        ("Nagy Gábor", "Nagy Gabriella"),
        ("Dimitrios Papadakis", "Dimitra Papadaki"),
        ("Phạm Thị Lan", "Phạm Thị Hoa"),
    ],
)
def test_when_two_people_are_near_misses_then_no_strong_form_is_shared(one, other):
    assert not set(person_forms(one)) & set(person_forms(other))


def test_when_a_name_has_two_words_then_its_other_order_s_initial_is_a_weak_form() -> None:
    assert "g nagy" in weak_forms("Nagy Gábor")
    assert set(weak_forms("Nagy Gábor")) & set(weak_forms("G. Nagy"))
    assert "bahadur ram" not in weak_forms("Ram Bahadur Thapa")  # a middle name, no surname


def test_when_a_name_is_rewritten_then_each_other_way_is_listed() -> None:
    assert rewrites("Fco. Javier Morales") == ["Francisco Javier Morales"]
    assert rewrites("Giuseppe 'Peppe' Esposito")[:2] == ["Giuseppe Esposito", "Peppe Esposito"]
    assert "Wang Xiaoming" in rewrites("Wang Xiao Ming")
    # a particle is not joined as a hyphenated name is, but glued as one word ("Alhashimi")
    assert rewrites("Mohammed Al-Hashimi") == ["Mohammed Alhashimi"]
    assert rewrites("Mohammed bin Salem Al-Harbi")[:1] == ["Mohammed Al-Harbi"]
    assert rewrites("Seán O'Brien") == ["Seán Obrien"]
    assert rewrites("Alberto Ruiz") == []  # "Al" only as a word of its own
    assert rewrites("Ionuț Popescu") == []


def test_when_greek_or_initials_are_read_then_latin_letters_come_out() -> None:
    assert greek("δημητριος παπαδακης") == "dimitrios papadakis"
    assert initials("R. K. Sharma") == "rk sharma"
    assert initials("N. Adebayo") is None  # one initial: a weak key only
    assert initials("Rajesh Sharma") is None


def _surfaced(text: str, parts: list[str]) -> list[str]:
    from ingest.linkkeys import _surfaces
    from redaction.base import RedactedEntity

    entities, at = [], 0
    for i, part in enumerate(parts):
        start = text.index(part, at)
        at = start + len(part)
        entities.append(RedactedEntity("PERSON", start, at, f"<PERSON_{i + 1}>"))
    return [surface for _, surface in _surfaces(text, entities)]


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        ("Officers spoke to R. K. Sharma at", ["K. Sharma"], ["R. K. Sharma"]),
        (
            "Suspect 2: REYES, Ma. Cristina, male",
            ["REYES", "Ma", "Cristina"],
            ["REYES, Ma. Cristina"] * 3,
        ),
        ("Subject - Fco. Javier Morales", ["Fco", "Javier Morales"], ["Fco. Javier Morales"] * 2),
        ("A woman, MOREAU Jean-Luc, translated", ["MOREAU", "Jean-Luc"], ["MOREAU Jean-Luc"] * 2),
        (
            "Regards,\nOLIVEIRA, Luiz Fernando\n",
            ["OLIVEIRA", "Luiz Fernando"],
            ["OLIVEIRA, Luiz Fernando"] * 2,
        ),
        ("Ana, Maria and Elena", ["Ana", "Maria", "Elena"], ["Ana", "Maria", "Elena"]),  # a list
        ("Dr. Sharma called", ["Sharma"], ["Sharma"]),  # a title is no initial
    ],
)
def test_when_the_redactor_found_a_name_in_parts_then_it_is_keyed_whole(text, parts, expected):
    assert _surfaced(text, parts) == expected
