"""Court-summary identifiers (issue 14's at-rest target): handles without their "@",
cashtags and quoted profile names, local and national numbers after a phone cue, trailer
lots; exact spans, no spaCy."""

from __future__ import annotations

import pytest

from redaction.recognizers.phone_regex import PhoneRegexRecognizer
from redaction.recognizers.social_handle import SocialHandleRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from tests.redaction.helpers import spans, where

# (text, values that must be found exactly; nothing else may be found)
HANDLES = [
    ("and the Instagram user flaco.vip.lv. Morales rented", ["flaco.vip.lv"]),
    ("sent buyers to the Snapchat user kk_atl_vip.", ["kk_atl_vip"]),
    ("booked through a WeChat account named jg_spa_888 and", ["jg_spa_888"]),
    ("ads with the KakaoTalk ID sjkim0415. She owned", ["sjkim0415"]),
    ("wrote to the women on VK as irina.sok.agency and called", ["irina.sok.agency"]),
    ("advertised in a Facebook group as paulo.limpeza and", ["paulo.limpeza"]),
    ("His Instagram user name was jcb_recruteur and", ["jcb_recruteur"]),
    ("His username was babydoll_xo and his email", ["babydoll_xo"]),
    ("On Facebook he was one man; on Kik, tonyrico22.", ["tonyrico22"]),
    ('where his profile was "Bri_Adventures". He', ["Bri_Adventures"]),
    ('posting on Facebook as "Rafa Empleos", and', ["Rafa Empleos"]),
    ("She charged rent through Cash App ($marisolcl77) and", ["$marisolcl77"]),
    ("collected payments on Venmo under @Dayana-Castillo-7 and", ["@Dayana-Castillo-7"]),
    ("her Instagram @joão_silva92 and", ["@joão_silva92"]),
    ("IG: sweetlife, snap: kira.bee", ["sweetlife", "kira.bee"]),
    ("telegram: boss says the van is late", []),
    # Look-alikes that stay: words, times, money, an e-mail, a cashtag with no cue.
    ("met Arben on Instagram. Arben said", []),
    ("recruiter: 06 61 23 45 67, WhatsApp only.", []),
    ("Horvath handles payments. Source", []),
    ("the Instagram user posted again on Facebook as well", []),
    ("call on WhatsApp at 10am, or on Telegram at 9pm", []),
    ("paid $4,000 and $1.2 million to him", []),
    ("she wrote from Instagram as jo.doe@gmail.com", []),
    ("the code $ABC12 was printed on the label", []),
]
PHONES = [
    ("Victims called him at 555-0186 when they arrived.", ["555-0186"]),
    ("her cell phone, 555.0147, was seized", ["555.0147"]),
    ("(312) 555-0186 was on the flyer", ["(312) 555-0186"]),
    ("His cell phone, 5123 7215, was seized", ["5123 7215"]),
    ("Agents traced the WhatsApp number 984-1232964 to him", ["984-1232964"]),
    ("Workers were told to call 7 1122500 if they wanted", ["7 1122500"]),
    ("The girls were texted from 6 71 23 51 51 every night", ["6 71 23 51 51"]),
    ("victims said he answered at 71 127 862 and nowhere else", ["71 127 862"]),
    # A year, a date or money after a cue; no phone cue: a reference, a range, a count.
    ("called in 2014 2015 and again", []),
    ("called on 12 05 2021 to say", []),
    ("he called about 1 500 000 pesos", []),
    ("he called about $1 500 000", []),
    ("Case 555-0186 was opened in 2019", []),
    ("pages 123-4567 of the report", []),
]
UNITS = [
    ("kept them in trailers at 515 Old Lee Hwy, Lot 22, and", ["515 Old Lee Hwy", "Lot 22"]),
    ("a mobile home, Trailer 7, behind the farm", ["Trailer 7"]),
    ("a parking lot 12 miles away", []),
]


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_when_a_local_number_follows_a_phone_cue_then_phone_regex_finds_it(text, expected):
    assert spans(PhoneRegexRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_when_a_trailer_lot_follows_a_street_then_it_is_removed_as_a_unit(text, expected):
    assert spans(StreetAddressRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), HANDLES)
def test_when_a_platform_names_a_handle_then_social_handle_finds_it_whole(text, expected):
    assert spans(SocialHandleRecognizer(), text) == where(text, *expected)
