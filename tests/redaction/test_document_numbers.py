"""Identity-card numbers through the whole redactor: removed, typed NATIONAL_ID, and linked
as document_no."""

from __future__ import annotations

import pytest

from ingest.link_normalise import LINK_TYPES

NRC = [
    (
        "Aung's Myanmar national registration card number is 10/MLM(N)078914, and he",
        "10/MLM(N)078914",
    ),
    ("Crew member (Myanmar ID 10/MLM(N)123456, phone +95 9 421 234 567)", "10/MLM(N)123456"),
    ("His NRC 12/OUKAMA(N)123456 was kept by the broker.", "12/OUKAMA(N)123456"),
]


@pytest.mark.parametrize(("text", "value"), NRC)
def test_when_myanmar_nrc_in_text_then_redacted_as_national_id(redactor, text, value):
    result = redactor.redact(text)
    assert value not in result.text
    assert "MLM" not in result.text
    assert "OUKAMA" not in result.text
    assert "<NATIONAL_ID_1>" in result.text


def test_when_national_id_found_then_it_links_as_a_document_number():
    assert LINK_TYPES["NATIONAL_ID"] == "document_no"


def test_when_state_number_out_of_range_then_text_kept(redactor):
    text = "Form 15/MLM(N)078914 is no card, nor is 10/12/2021 (N) 078914."
    assert "<NATIONAL_ID" not in redactor.redact(text).text
