"""The chat's wording (ui/formatting.py): pure functions, no Chainlit."""

from __future__ import annotations

from ui.formatting import action_label


def test_when_a_title_is_short_then_the_label_holds_it_whole() -> None:
    assert action_label("Linked", "Police note", "Police C") == "Linked: Police note (Police C)"


def test_when_a_title_is_long_then_it_is_cut_at_a_word_and_the_org_stays() -> None:
    title = (
        "Retired customer <PERSON_1> transferred £84,000 to a crypto exchange in 14 payments;"
        " USDT sent to <CRYPTO_1>. Typical…"
    )
    label = action_label("Linked", title, "Meridian Bank")
    assert label == (
        "Linked: Retired customer <PERSON_1> transferred £84,000 to a crypto… (Meridian Bank)"
    )
    assert len(label) < 100


def test_when_a_long_title_has_no_space_then_it_is_cut_at_the_width() -> None:
    label = action_label("Links of", "x" * 200, "NGO", width=10)
    assert label == "Links of: xxxxxxxxxx… (NGO)"
