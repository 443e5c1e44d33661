"""Names in their own script inside a Latin-script text, places in their own script that stay,
and Korean names with a hyphened given name (issue 14, script21)."""

from __future__ import annotations

import pytest

from redaction.other_scripts import other_script_people, own_script_places
from tests.redaction.checks import check_redaction


def _found(redactor, text: str) -> list[str]:
    return [text[d.start : d.end] for d in other_script_people(text, [], redactor.guard)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Remand list, court 4: حسن الزين, remanded.", ["حسن الزين"]),  # Arabic
        ("She signed as زهرا کریمی at the agency.", ["زهرا کریمی"]),  # Persian
        ("Sender 李建华, amount held.", ["李建华"]),  # Han, no space
        ("He gave his name as 정민호.", ["정민호"]),  # Hangul
        ("[03/04 21:10] ゆうこ: where is the car", ["ゆうこ"]),  # kana, a chat sender
        ("Subscriber: अनिल शर्मा, number active.", ["अनिल शर्मा"]),  # Devanagari
        ("The broker, সেলিনা বেগম, took the fee.", ["সেলিনা বেগম"]),  # Bengali
        ("Owner கணேசன் refused to attend.", ["கணேசன்"]),  # Tamil
        ("Suspect วิชัย ศรีสุข ran the bar.", ["วิชัย ศรีสุข"]),  # Thai
        ("A mother, ស្រី ពៅ, reported it.", ["ស្រី ពៅ"]),  # Khmer
        ("Cook: အောင်ကို, deckhand.", ["အောင်ကို"]),  # Burmese
        ("Paid by ሰላም ገብሩ from Beirut.", ["ሰላም ገብሩ"]),  # Ge'ez
        ("Driver დავით ლომიძე stopped at the border.", ["დავით ლომიძე"]),  # Georgian
    ],
)
def test_when_a_name_in_another_script_stands_in_a_latin_text_then_it_is_found(
    redactor, text, names
):
    assert _found(redactor, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Flights were booked to 日本 for hostess work.",  # a country in its own language
        "The stamp read 대한민국 and the date.",
        "The route ran from Seoul (서울) to the coast.",  # a region in its own language
        "They met in Cairo (القاهرة) in May.",  # a gloss of the place named before it
        "Nurlan Abenov and Нурсултан Абенов",  # Cyrillic is left to the other rules
        "Ο Γιώργος Παπαδόπουλος",  # Greek too
        "Address: 東京都新宿区歌舞伎町一丁目",  # a long Han run is no name
        "لا أعرف أين هي، قال لي Ahmed",  # the text is not mostly Latin
    ],
)
def test_when_a_run_of_another_script_is_a_known_place_or_no_name_then_it_stays(redactor, text):
    assert _found(redactor, text) == []


def test_when_a_sentence_in_another_script_is_quoted_then_it_goes_too(redactor):
    # Quoted speech may hold a name; a run is read in pieces of up to five words.
    quoted = "أنا لا أعرف أين هي الآن يا أحمد"
    text = f"In the statement taken at the shelter on Monday she wrote: {quoted}"
    assert "".join(_found(redactor, text)).replace(" ", "") == quoted.replace(" ", "")


def test_when_the_place_list_is_read_then_it_holds_own_script_countries_and_regions():
    places = own_script_places()
    assert {"日本", "대한민국", "مصر", "ኢትዮጵያ", "საქართველო", "भारत", "서울", "東京"} <= places
    assert not any(p.isascii() for p in places)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bus manifest row 9 | Han Ji-woo | seat 22", ["Han Ji-woo"]),
        ("Driver: LEE Dong-hyun. Passenger: Song Ye-jin.", ["LEE Dong-hyun", "Song Ye-jin"]),
        ("post by Kim Ha-eun in the group", ["Kim Ha-eun"]),
        ("An Ex-wife of the owner said so.", []),  # an English prefix
        ("Smith Co-owner", []),  # no Korean surname
        ("Han Ji-woo-style", []),  # a longer compound
    ],
)
def test_when_a_korean_surname_precedes_a_hyphened_given_name_then_the_whole_is_found(
    redactor, text, names
):
    assert _found(redactor, text) == names


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Bail list, Court 2: عمر حداد, remanded. Interpreter (Arabic) present in Leeds.",
            ["Arabic", "Leeds"],
            ["عمر", "حداد"],
        ),
        (
            "Tickets to Seoul (서울) were bought by Park Min-seo; she gave her name as 한지민.",
            ["Seoul", "서울"],
            ["Park", "Min-seo", "한지민", "-seo"],
        ),
        (
            "Transfer from ሜሮን ተስፋዬ in Beirut to Addis Ababa, agent in Ethiopia (ኢትዮጵያ).",
            ["Beirut", "Addis Ababa", "Ethiopia", "ኢትዮጵያ"],
            ["ሜሮን", "ተስፋዬ"],
        ),
    ],
)
def test_when_a_report_is_redacted_then_own_script_names_go_and_places_stay(
    redactor, text, kept, gone
):
    check_redaction(redactor, text, kept=kept, gone=gone, placeholder="<PERSON_")


@pytest.mark.parametrize(
    "text",
    [
        "x" * 60_000 + "\u0301" * 30_000 + "ب",  # a long run of marks
        "Latin text " * 5_000 + "ب\u0651\u064e " * 3_000,  # letters and marks, many runs
        "Kim Ji-" * 20_000,  # a Korean name cut again and again
    ],
)
def test_when_a_huge_input_is_read_then_the_rules_take_linear_time(redactor, text):
    import time

    start = time.monotonic()
    other_script_people(text, [], redactor.guard)
    assert time.monotonic() - start < 2.0
