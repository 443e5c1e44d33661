"""Normal forms: one value written many ways gets one form; near misses do not."""

from __future__ import annotations

import pytest

from ingest.link_normalise import normalise, valid


@pytest.mark.parametrize(
    ("link_type", "surface", "regions", "expected"),
    [
        ("phone", "+44 7700 900123", ("GB",), "+447700900123"),
        ("phone", "07700 900123", ("GB",), "+447700900123"),
        ("phone", "0044 7700900123", ("GB",), "+447700900123"),
        ("phone", "+44 (0) 7700 900123", ("GB",), "+447700900123"),
        ("phone", "07700-900-123", ("GB",), "+447700900123"),
        ("phone", "07700 900124", ("GB",), "+447700900124"),
        ("phone", "0721 234 567", ("RO",), "+40721234567"),
        # a reserved UK number in a report about the Netherlands is still read as British
        ("phone", "07700 900999", ("NL",), "+447700900999"),
        ("phone", "07700 900999", ("DE",), "+447700900999"),  # not the German 07700 landline
        ("phone", "+40 721 234 567", ("GB",), "+40721234567"),
        ("phone", "12-34", ("GB",), None),
        ("phone", "+44 (0)7700 900", ("GB",), None),  # cut short by a recognizer
        ("email", "Maria.Rossi@Example.ORG", (), "maria.rossi@example.org"),
        ("email", "mailto:maria.rossi@example.org", (), "maria.rossi@example.org"),
        ("account", "GB29 NWBK 6016 1331 9268 19", (), "GB29NWBK60161331926819"),
        ("account", "gb29nwbk60161331926819", (), "GB29NWBK60161331926819"),
        ("account", "4111-1111-1111-1111", (), "4111111111111111"),
        ("account", "31926819", (), "31926819"),
        # A UK sort code names a bank branch, which every customer there shares: no link.
        ("account", "20-00-00", (), None),
        ("account", "60 16 13", (), None),
        ("document_no", "p 1234-567 8", (), "P12345678"),
        ("plate", "ab12 cde", (), "AB12CDE"),
        (
            "wallet",
            "0xAbC1230000000000000000000000000000000001",
            (),
            "0xabc1230000000000000000000000000000000001",
        ),
        ("wallet", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", (), "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"),
        ("handle", "@Maria_R", (), "maria_r"),
        ("handle", "https://www.instagram.com/maria_r/", (), "maria_r"),
        ("person", "Ştefan Ionuţ", (), "ionut stefan"),
        ("person", "IONUT Stefan", (), "ionut stefan"),
        ("person", "Stefan, Ionut", (), "ionut stefan"),
        ("person", "Mr Nguyễn Thị Mai", (), "mai nguyen thi"),
        ("person", "Aylin Yıldız", (), "aylin yildiz"),
        ("person", "Łukasz Zieliński", (), "lukasz zielinski"),
        ("person", "Contact Ana Pop", (), "ana pop"),
        ("person", "Mai", (), None),
        ("person", "Ana Popa", (), "ana popa"),
    ],
)
def test_when_value_normalised_then_form_is_expected(link_type, surface, regions, expected):
    assert normalise(link_type, surface, regions) == expected


@pytest.mark.parametrize(
    ("entity_type", "normal", "expected"),
    [
        ("IBAN_CODE", "GB29NWBK60161331926819", True),
        ("IBAN_CODE", "GB29NWBK601613319268", False),  # cut off (a truncated title)
        ("CREDIT_CARD", "4111111111111111", True),
        ("CREDIT_CARD", "4111111111111112", False),
        ("PHONE_NUMBER", "+447700900123", True),
    ],
)
def test_when_checksum_checked_then_cut_off_values_fail(entity_type, normal, expected):
    assert valid(entity_type, normal) is expected
