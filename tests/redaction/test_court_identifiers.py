"""Court-summary identifiers (issue 14's at-rest target): handles without their "@",
cashtags and quoted profile names; exact spans, no spaCy."""

from __future__ import annotations

import pytest

from redaction.recognizers.social_handle import SocialHandleRecognizer
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
    ("where his profile was \"Bri_Adventures\". He", ["Bri_Adventures"]),
    ("posting on Facebook as \"Rafa Empleos\", and", ["Rafa Empleos"]),
    ("She charged rent through Cash App ($marisolcl77) and", ["$marisolcl77"]),
    ("collected payments on Venmo under @Dayana-Castillo-7 and", ["@Dayana-Castillo-7"]),
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


@pytest.mark.parametrize(("text", "expected"), HANDLES)
def test_when_a_platform_names_a_handle_then_social_handle_finds_it_whole(text, expected):
    assert spans(SocialHandleRecognizer(), text) == where(text, *expected)
