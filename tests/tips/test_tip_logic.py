"""The tip service's logic without models: receipts, language, urgency, near-duplicates,
the stand-in for NER in languages without a model, and the door's guards."""

from __future__ import annotations

import logging
import math
import time

import pytest

from lens.report_form.guards import CsrfGuard, NoClientAddress, RateLimiter
from lens.services.tip_signals import (
    clean_text,
    detect_language,
    jaccard,
    mask_capitalised,
    mask_caseless,
    mask_number_runs,
    new_receipt,
    shingles,
    urgency,
)


def test_when_receipts_made_then_128_random_bits_each_and_distinct() -> None:
    codes = {new_receipt() for _ in range(2000)}
    assert len(codes) == 2000
    letters = next(iter(codes)).replace("-", "")
    assert len(letters) == 26
    assert math.log2(32) * len(letters) >= 128


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There are ten men living in the garage behind the car wash.", "en"),
        ("Ma voisine travaille dans un salon de manucure sans être payée.", "fr"),
        ("Hay muchas mujeres trabajando en el bar sin pago y no pueden salir.", "es"),
        ("Auf der Baustelle arbeiten Männer, die nicht nach Hause gehen dürfen.", "de"),
        ("В квартире живут десять женщин", "ru"),
        ("12345", "und"),
    ],
)
def test_when_text_given_then_language_detected(text, lang) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "place", "when", "score", "reasons"),
    [
        ("They are locked in the basement right now.", False, "", 0.5, ["danger now"]),
        ("Two girls of 14 serve at the bar.", False, "", 0.3, ["minors"]),
        ("Workers arrive by van.", True, "every night", 0.2, ["location and time"]),
        ("Workers arrive by van at 22:30.", True, "", 0.2, ["location and time"]),
        ("Workers arrive by van.", False, "every night", 0.0, []),
        (
            "A 16-year-old is beaten and cannot leave, tonight.",
            True,
            "",
            1.0,
            ["danger now", "minors", "location and time"],
        ),
    ],
)
def test_when_tip_scored_then_urgency_adds_danger_minors_and_place_with_time(
    text, place, when, score, reasons
) -> None:
    assert urgency(text, place=place, when=when) == (score, reasons)


def test_when_texts_differ_by_a_word_then_near_duplicate_and_unrelated_not() -> None:
    a = shingles("Girls are brought every Friday night to the parlour on King Street.")
    b = shingles("Girls are brought every Saturday night to the parlour on King Street.")
    c = shingles("A farm near the river employs men without pay or papers.")
    assert jaccard(a, b) >= 0.5 > jaccard(a, c)


def test_when_capitalised_words_mid_sentence_then_masked_but_places_and_starts_kept() -> None:
    text, n = mask_capitalised("Ma voisine Marie Dubois vit à Lyon. Le patron garde tout.")
    assert text == "Ma voisine <NAME?> <NAME?> vit à Lyon. Le patron garde tout."
    assert n == 2


def test_when_csrf_token_forged_stale_or_unbound_then_refused() -> None:
    guard, other = CsrfGuard(), CsrfGuard()
    token, nonce = guard.issue()
    assert guard.check(token, nonce)
    assert not guard.check(token, None)  # no cookie
    assert not guard.check(token, "x" * 24)  # another form's cookie
    assert not guard.check(other.issue(nonce)[0], nonce)  # signed with another key
    assert not guard.check(None, nonce)
    stamp, n, sig = token.split(".")
    assert not guard.check(f"{int(stamp) - 3 * 3600}.{n}.{sig}", nonce)  # tampered time
    old = CsrfGuard(max_age=0)
    stale, nonce2 = old.issue()
    time.sleep(1.1)
    assert not old.check(stale, nonce2)


def test_when_client_over_limit_then_refused_and_forgotten_after_window() -> None:
    limiter = RateLimiter(limit=2, window=0.5)
    assert [limiter.allow("203.0.113.7") for _ in range(3)] == [True, True, False]
    assert limiter.allow("198.51.100.1")  # another client is not affected
    assert all(b"203.0.113.7" not in key for key in limiter._hits)
    time.sleep(0.6)
    assert limiter.allow("203.0.113.7")


def test_when_access_log_line_for_report_then_no_address_and_no_query() -> None:
    f = NoClientAddress("/report")
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("203.0.113.9:5123", "GET", "/report/follow-up?receipt=abc", "1.1", 200),
        None,
    )
    assert f.filter(record)
    line = record.getMessage()
    assert "203.0.113.9" not in line
    assert "abc" not in line
    assert "/report/follow-up" in line
    other = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("203.0.113.9:5123", "GET", "/api/v1/health", "1.1", 200),
        None,
    )
    f.filter(other)
    assert "203.0.113.9" in other.getMessage()  # other routes are not this filter's business


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Llame al 612 345 678.", "Llame al <PHONE_NUMBER?>."),
        ("Ring +48 601-234-567 now", "Ring <PHONE_NUMBER?> now"),
        ("Tel. (0)6.12.34.56.78", "Tel. <PHONE_NUMBER?>"),
        ("Since 12/03/2024 at 22:30", "Since 12/03/2024 at 22:30"),
        ("About 250 people in 2023", "About 250 people in 2023"),
        ("Call <PHONE_NUMBER_1> today", "Call <PHONE_NUMBER_1> today"),
    ],
)
def test_when_digit_runs_in_tip_then_phone_like_ones_masked_and_dates_kept(text, masked) -> None:
    assert mask_number_runs(text)[0] == masked


def test_when_text_in_a_caseless_script_then_every_word_masked() -> None:
    text, n = mask_caseless("Ahmed كان محتجزا في 12 Rue X, 北京 王伟 在工厂")
    assert text == "Ahmed <WORD?> <WORD?> <WORD?> 12 Rue X, <WORD?> <WORD?> <WORD?>"
    assert n == 6


def test_when_many_addresses_flood_then_limiter_memory_stays_bounded() -> None:
    limiter = RateLimiter(limit=5, window=60, max_clients=100)
    allowed = [limiter.allow(f"198.51.100.{n % 250}:{n}") for n in range(300)]
    assert len(limiter) == 100
    assert allowed[:100] == [True] * 100
    assert not any(allowed[100:])


def test_when_tip_holds_terminal_escapes_or_bidi_overrides_then_removed() -> None:
    hostile = "Farm\x1b]0;pwned\x07 near\x1b[2J Hull\r\nabc\u202eevil\u202c\x00 ok\tend"
    assert clean_text(hostile) == "Farm]0;pwned near[2J Hull\nabcevil ok\tend"
