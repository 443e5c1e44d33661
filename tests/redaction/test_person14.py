"""Names after kin words and forms of address of other languages, and after naming verbs of
other languages (redaction.recognizers.person_cue "address word + name" and "naming verb +
name"; issue 14, person14)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.redaction.checks import check_redaction, check_unchanged


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("My abuela Dolores did not know about the coyotes.", "Dolores"),
        ("Ma tante Aminata m'a dit que le passeur était parti.", "Aminata"),
        ("She told Ma'am Cherry at the agency.", "Cherry"),
        ("Chị Mai nói rằng anh ấy giữ hộ chiếu.", "Mai"),
        ("Si Tita Baby ang nagdala sa akin.", "Baby"),
        ("Xhaxhai Bujar më çoi në qytet.", "Bujar"),
        ("Тётя Галина сказала, что нужно ехать.", "Галина"),
    ],
)
def test_when_a_kin_word_of_another_language_stands_before_a_name_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    check_redaction(redactor, text, gone=gone, placeholder="<PERSON_")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Le passeur s'appelait Ibrahima, il avait une voiture.", "Ibrahima"),
        ("Bu Wulan bilang agen bernama Hendra menahan paspor kami.", "Hendra"),
        ("Lời khai: Tôi tên là Nguyễn Thị Lan.", "Lan"),
    ],
)
def test_when_a_naming_verb_of_another_language_stands_before_a_name_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    check_redaction(redactor, text, gone=gone, placeholder="<PERSON_")


def test_when_a_cleaner_is_named_in_brackets_then_the_name_goes(redactor: Any) -> None:
    text = "Police spoke to the manager and the cleaner (Lalita) on 4 June."
    check_redaction(redactor, text, gone="Lalita", kept="4 June")


def test_when_an_address_word_is_also_a_given_name_then_the_whole_name_still_goes(
    redactor: Any,
) -> None:
    # "Lola", "Tito" and "Oma" are on the address-word list and are given names too: they are
    # no titles, so the guard does not trim them off the name.
    text = "Lola Martinez paid Tito Ramos and Oma Okafor in Madrid."
    gone = ("Lola", "Martinez", "Tito", "Ramos", "Oma", "Okafor")
    check_redaction(redactor, text, gone=gone, kept="Madrid")


def test_when_a_kin_word_precedes_a_name_then_the_town_after_it_stays(redactor: Any) -> None:
    check_redaction(
        redactor, "Meine Tante Ilse hat mich nach Graz gebracht.", gone="Ilse", kept="Graz"
    )


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("ok so Quikrent wants a deposit, adaeze will send the money tmrw", "adaeze"),
        ("Bookly says no room so fatou sleeps at the shop", "fatou"),
        ("nkechi said Luxora needs two girls for Saturday", "nkechi"),
    ],
)
def test_when_a_lower_case_given_name_comes_before_a_verb_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    check_redaction(redactor, text, gone_words=gone, placeholder="<PERSON_")


def test_when_a_determiner_comes_before_an_english_word_name_and_a_verb_then_it_stays(
    redactor: Any,
) -> None:
    text = "In March the bill said nothing about the wages."
    check_unchanged(redactor, text)


def test_when_a_lower_case_name_word_is_an_english_word_before_a_verb_then_it_stays(
    redactor: Any,
) -> None:
    text = "The Lagos office will call. The van will leave at noon."
    check_unchanged(redactor, text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Nadia im in Marseille now, they said Provexa will pay", "Nadia"),
        ("Dimitri i sent the money through Wavelink, collect it", "Dimitri"),
        ("[21:04] Efua she is working at the salon in Kumasi", "Efua"),
    ],
)
def test_when_a_chat_message_opens_with_a_name_and_a_lower_case_pronoun_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    check_redaction(redactor, text, gone=gone, placeholder="<PERSON_")


def test_when_a_chat_message_opens_with_an_english_word_or_town_then_it_stays(
    redactor: Any,
) -> None:
    for text in ("Yesterday i went to Lagos", "Marseille we arrived at night"):
        check_unchanged(redactor, text)


def test_when_a_surname_with_a_family_name_ending_stands_after_a_preposition_then_it_goes(
    redactor: Any,
) -> None:
    text = "Funds moved from Karimov to a company in Dubai, then on to Aliyev."
    check_redaction(redactor, text, gone=["Karimov", "Aliyev"], kept="Dubai")


def test_when_a_town_or_brand_has_a_family_name_ending_then_it_stays(redactor: Any) -> None:
    for text in (
        "The ship sailed from Rostov to Geneva via Pskov.",
        "She paid the deposit to Shopnova on Monday.",
    ):
        check_unchanged(redactor, text)
