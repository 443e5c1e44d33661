"""Pattern-level tests of the identifier recognizers (documents, accounts, cards, wallets):
each alone, exact spans, no spaCy."""

from __future__ import annotations

import pytest

from redaction.recognizers.bank_account import BankAccountRecognizer
from redaction.recognizers.credit_card import LuhnCardRecognizer
from redaction.recognizers.crypto_wallet import CryptoWalletRecognizer
from redaction.recognizers.driving_licence import DrivingLicenceRecognizer
from redaction.recognizers.iban import IbanMod97Recognizer
from redaction.recognizers.national_id import NationalIdRecognizer
from redaction.recognizers.passport import PassportRecognizer
from redaction.recognizers.phone_regex import PhoneRegexRecognizer
from tests.redaction.helpers import spans, where

# (text, values that must be found exactly; nothing else may be found)
PASSPORT = [
    ("Her passport number is 09876543 and", ["09876543"]),
    # lower case, a dash, one digit at a time, "PP#" and "travel doc" cues (round 13)
    ("passport no. ab1234567 was held", ["ab1234567"]),
    ("kept the passports of both men: P-5829104 and P-5829177.", ["P-5829104", "P-5829177"]),
    ("Her passport, number 5 1 2 8 8 4 3 7 1, was never returned.", ["5 1 2 8 8 4 3 7 1"]),
    ("PP#: X4829105 (Nigerian), seized", ["X4829105"]),
    ("Travel doc: EK 482913 (UA).", ["EK 482913"]),
    ("Flat 3 then 1 2 3 4 5 6 7 people came", []),
    ("confiscated her passport P4567892A and", ["P4567892A"]),
    ("Her Syrian passport No. N012345678 was taken", ["N012345678"]),
    ("kept her passport B 1234567.", ["B 1234567"]),
    ("Albanian passport BE1234567 belonging to", ["BE1234567"]),
    (
        "MRZ: P<GBRSMITH<<JOHN<PAUL<<<<<<<<<<<<<<<<<<<<<",
        ["P<GBRSMITH<<JOHN<PAUL<<<<<<<<<<<<<<<<<<<<<"],
    ),
    (
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ["L898902C36UTO7408122F1204159ZE184226B<<<<<10"],
    ),
    ("L898902C46UTO7408122F1204159ZE184226B<<<<<10", []),  # wrong check digit
    ("reference 09876543 in the file", []),
]
NATIONAL_ID = [
    ("National Insurance number is QQ 12 34 56 C.", ["QQ 12 34 56 C"]),
    ("CNIC 35202-1234567-1 belongs to the broker", ["35202-1234567-1"]),
    ("NI AB123456C on file", ["AB123456C"]),
    ("identity card showed CNP 2980312400121.", ["2980312400121"]),
    ("a card read 2980312400121 only", ["2980312400121"]),  # CNP checksum holds
    ("Thai ID 1-1019-00421-35-3 found", ["1-1019-00421-35-3"]),
    ("Her Spanish DNI 12345678Z was found", ["12345678Z"]),
    ("a code 12345678Z on a box", ["12345678Z"]),  # DNI letter checks out
    ("(NIN) is 12345678901.", ["12345678901"]),
    ("her Lebanese ID number LB 4829 1736 was", ["LB 4829 1736"]),
    ("residence permit, QID 28763412345, was held", ["28763412345"]),
    ("a box of 12345678901 screws", []),
    ("ID 12 on the door", []),
    # Myanmar NRC: its shape alone is enough, with or without a cue.
    ("registration card number is 10/MLM(N)078914, and", ["10/MLM(N)078914"]),
    ("Myanmar ID 10/MLM(N)123456, phone", ["10/MLM(N)123456"]),
    ("his card 12/OUKAMA(N)123456 was kept", ["12/OUKAMA(N)123456"]),
    ("a card 5/MaYaNa(E)654321 and", ["5/MaYaNa(E)654321"]),
    ("NRC 14 / PTN (P) 001122 held", ["14 / PTN (P) 001122"]),
    ("a pass 7/TAGANA(T)000777.", ["7/TAGANA(T)000777"]),
    ("the NRC 1/YKN(C)123456 and", ["1/YKN(C)123456"]),
    ("state 15/MLM(N)078914 is no NRC", []),  # there are only 14 states and regions
    ("ratio 10/MLM(X)078914 unknown letter", []),
    ("a code 10/MLM(N)07891 too short", []),
    ("on 10/12/2021 (N) 078914 later", []),
]
LICENCE = [
    ("His driving licence number is NOWAK753116TM9IJ and", ["NOWAK753116TM9IJ"]),
    ("a licence MORGA753116SM9IJ 35", ["MORGA753116SM9IJ 35"]),
    ("driver's license no. D1234567 issued", ["D1234567"]),
    ("a code D1234567 elsewhere", []),
]
IBAN = [
    ("into IBAN GB29 NWBK 6016 1331 9268 19 and sent", ["GB29 NWBK 6016 1331 9268 19"]),
    ("to DE89370400440532013000 in Germany", ["DE89370400440532013000"]),
    ("RO34 BTRL 0130 1205 N193 02XX and", ["RO34 BTRL 0130 1205 N193 02XX"]),
    ("GB29 NWBK 6016 1331 9268 19 TO a friend", ["GB29 NWBK 6016 1331 9268 19"]),
    ("bank transfer to GB28 NWBK 6016 1331 9268 19", ["GB28 NWBK 6016 1331 9268 19"]),
    ("GB28 NWBK 6016 1331 9268 19 in a list", []),  # bad checksum, no banking cue
    # Lower case or irregular spacing (found stored raw by the links bench): mod-97 decides.
    ("paid into gb29 nwbk 6016 1331 9268 19 and", ["gb29 nwbk 6016 1331 9268 19"]),
    ("paid into GB29NWBK6 0161331926819 by", ["GB29NWBK6 0161331926819"]),
    ("sent GB29 NWBK 60161331 926819 twice", ["GB29 NWBK 60161331 926819"]),
    ("de89 3704 0044 0532 0130 00 in Germany", ["de89 3704 0044 0532 0130 00"]),
    ("paid gb28 nwbk 6016 1331 9268 19 and", []),  # loose shape, bad checksum: not an IBAN
    ("we paid ab12 cash to a man in 2019", []),
]
CARD = [
    ("card 4532 0151 1283 0366 was used", ["4532 0151 1283 0366"]),
    ("second card 4916-4821-6001-1230.", ["4916-4821-6001-1230"]),
    ("Amex 3714 496353 98431 on file", ["3714 496353 98431"]),
    ("number 4532015112830366", ["4532015112830366"]),
    ("card 4532 0151 1283 0367 typed", ["4532 0151 1283 0367"]),  # Luhn fails, cue present
    ("ref 4532 0151 1283 0367 typed", []),  # Luhn fails, no cue
    ("ref 1111 1111 1111 1111", []),
]
BANK = [
    ("account number 31926819, sort code 60-16-13.", ["31926819", "60-16-13"]),
    ("Barclays account 12345670, sort code 20-45-77,", ["12345670", "20-45-77"]),
    ("NUBAN 0123456789 at GTBank", ["0123456789"]),
    ("on 12-03-21 they met", []),
    ("case 31926819 closed", []),
]
CRYPTO = [
    (
        "the address bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq and",
        ["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"],
    ),
    ("to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa.", ["1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"]),
    ("and 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.", ["3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"]),
    (
        "wallet 0x742d35Cc6634C0532925a3b844Bc454e4438f44e,",
        ["0x742d35Cc6634C0532925a3b844Bc454e4438f44e"],
    ),
    ("USDT to TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9 were", ["TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9"]),
    ("to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb.", []),  # checksum fails
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx", []),  # bech32 checksum fails
]


def _check(recognizer: object, text: str, expected: list[str]) -> None:
    assert spans(recognizer, text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), PASSPORT)
def test_when_passport_cue_or_valid_mrz_then_passport_found(text, expected):
    _check(PassportRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), NATIONAL_ID)
def test_when_id_cue_or_checksum_then_national_id_found(text, expected):
    _check(NationalIdRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), LICENCE)
def test_when_uk_format_or_licence_cue_then_licence_found(text, expected):
    _check(DrivingLicenceRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), IBAN)
def test_when_iban_passes_mod97_or_has_cue_then_iban_found(text, expected):
    _check(IbanMod97Recognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), CARD)
def test_when_card_passes_luhn_or_has_cue_then_card_found(text, expected):
    _check(LuhnCardRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), BANK)
def test_when_banking_cue_precedes_digits_then_account_found(text, expected):
    _check(BankAccountRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), CRYPTO)
def test_when_wallet_checksum_holds_then_crypto_found(text, expected):
    _check(CryptoWalletRecognizer(), text, expected)


@pytest.mark.parametrize(
    ("recognizer", "text", "values"),
    [
        (LuhnCardRecognizer, "What points on credit card 675934480335 ?", ["675934480335"]),
        (LuhnCardRecognizer, "the last amount for cc 4157283849275 on", ["4157283849275"]),
        (LuhnCardRecognizer, "order 675934480335 shipped", []),  # no card cue
        (IbanMod97Recognizer, "to this iban gb16khql5160760484679", ["gb16khql5160760484679"]),
        (IbanMod97Recognizer, "to this iban gb17khql5160760484679", ["gb17khql5160760484679"]),
        (IbanMod97Recognizer, "order gb17khql5160760484679 sent", []),  # no cue, no checksum
        (IbanMod97Recognizer, "iban gb29nwbk60161331926819 please", ["gb29nwbk60161331926819"]),
        (PhoneRegexRecognizer, "378314367-Office,33698441427-Fax", ["378314367", "33698441427"]),
        (PhoneRegexRecognizer, "tel 669 402 600 today", ["669 402 600"]),
        (PhoneRegexRecognizer, "order 378314367 shipped", []),
    ],
)
def test_when_a_cue_names_card_iban_or_phone_then_checksum_failures_still_go(
    recognizer, text, values
):
    assert spans(recognizer(), text) == where(text, *values)
