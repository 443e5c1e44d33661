"""Names in other scripts read in Latin letters (`ingest.link_scripts`), the consonant
skeleton weak key (`ingest.link_sounds`) and diminutives (`ingest.link_spellings`)."""

from __future__ import annotations

import pytest

from ingest.link_names import person_forms
from ingest.link_scripts import _icu, name_reading
from ingest.link_sounds import skeleton, sound_form
from ingest.link_weak import weak_forms

needs_icu = pytest.mark.skipif(_icu() is None, reason="the system's ICU library is missing")


@needs_icu
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("გიორგი ბერიძე", "Giorgi Beridze"),
        ("Արամ Պետրոսյան", "Aram Petrosyan"),
        ("周建国", "Zhou Jianguo"),
        ("王 小明", "Wang Xiaoming"),
        ("김민서", "Kim Minseo"),
        ("सुनीता यादव", "Sunita Yadav"),
        ("बिष्णु तामाङ", "Bishnu Tamang"),
        ("タナカ ユキ", "Tanaka Yuki"),
        ("สมศักดิ์ ศรีสุข", "Smsak Srisukh"),
    ],
)
def test_when_a_name_is_in_another_script_then_it_is_read_in_latin_letters(
    written: str, read: str
) -> None:
    assert name_reading(written) == read


def test_when_a_name_is_latin_cyrillic_or_greek_then_icu_does_not_read_it() -> None:
    assert name_reading("Giorgi Beridze") is None
    assert name_reading("Александр Волков") is None
    assert name_reading("Δημήτριος Παπαδάκης") is None


@needs_icu
def test_when_a_name_in_another_script_is_read_then_it_meets_the_latin_name() -> None:
    assert set(person_forms("გიორგი ბერიძე")) & set(person_forms("Giorgi Beridze"))
    assert set(person_forms("周建国")) & set(person_forms("ZHOU Jianguo"))
    assert set(person_forms("劉志軍")) & set(person_forms("Liu Zhijun"))
    assert set(person_forms("सुनीता यादव")) & set(person_forms("YADAV Sunita"))
    # one letter off stays another name
    assert not set(person_forms("Արամ Պետրոսյան")) & set(person_forms("Arman Petrosyan"))


def test_when_romanisations_differ_then_the_skeleton_is_one() -> None:
    assert skeleton("petrosyan") == skeleton("petrosian") == "ftrsn"
    assert skeleton("qureshi") == skeleton("kureishi")
    assert sound_form(["liu", "zhijun"]) == sound_form(["liu", "chihchun"])
    assert sound_form(["vladimir", "bondarenko"]) == sound_form(["volodymyr", "bondarenko"])
    assert sound_form(["arman", "petrosyan"]) != sound_form(["aram", "petrosyan"])
    assert sound_form(["li", "wu"]) is None  # too few consonants to say anything


@needs_icu
def test_when_a_name_is_in_a_script_without_vowels_then_only_its_skeleton_meets() -> None:
    arabic = weak_forms("عمران قریشی")
    assert sound_form(["imran", "qureshi"]) in arabic
    assert not set(person_forms("عمران قریشی")) & set(person_forms("Imran Qureshi"))


def test_when_the_skeleton_is_keyed_then_it_is_weak_and_marked() -> None:
    forms = weak_forms("Aram Petrosian")
    assert "~ftrsn rm" in forms
    assert "~ftrsn rm" in weak_forms("PETROSYAN Aram")
    assert not any(f.startswith("~") for f in person_forms("Aram Petrosian"))


@pytest.mark.parametrize(
    ("nickname", "full"),
    [
        ("Gosho Dimitrov", "Georgi Dimitrov"),
        ("Manolo Ortega", "Manuel Ortega"),
        ("Vova Bondarenko", "Volodymyr Bondarenko"),
        ("Vladimir Bondarenko", "Volodymyr Bondarenko"),
        ("Yossi Mizrahi", "Yosef Mizrahi"),
        ("Evgenia Sokolova", "Yevgeniya Sokolova"),
    ],
)
def test_when_a_diminutive_of_one_name_is_written_then_it_meets_the_full_name(
    nickname: str, full: str
) -> None:
    assert set(person_forms(nickname)) & set(person_forms(full))


def test_when_a_diminutive_stands_for_two_names_then_it_meets_each_only_weakly() -> None:
    assert not set(person_forms("Sasha Morozov")) & set(person_forms("Aleksandr Morozov"))
    assert "aleksandr morozov" in weak_forms("Sasha Morozov")
    assert "aleksandr morozov" in weak_forms("MOROZOV Aleksandr")
    assert "aleksandra morozov" in weak_forms("Sasha Morozov")
    assert "aleksei morozov" not in weak_forms("Sasha Morozov")
