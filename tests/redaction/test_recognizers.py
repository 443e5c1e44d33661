"""Pattern-level tests: each recognizer alone, exact spans, no spaCy."""

from __future__ import annotations

import pytest

from redaction.recognizers.bank_account import BankAccountRecognizer
from redaction.recognizers.credit_card import LuhnCardRecognizer
from redaction.recognizers.crypto_wallet import CryptoWalletRecognizer
from redaction.recognizers.date_of_birth import DateOfBirthRecognizer
from redaction.recognizers.deny_list import DenyListRecognizer, terms_for
from redaction.recognizers.driving_licence import DrivingLicenceRecognizer
from redaction.recognizers.email import OfflineEmailRecognizer
from redaction.recognizers.iban import IbanMod97Recognizer
from redaction.recognizers.national_id import NationalIdRecognizer
from redaction.recognizers.passport import PassportRecognizer
from redaction.recognizers.person_cue import PersonCueRecognizer
from redaction.recognizers.phone_regex import PhoneRegexRecognizer
from redaction.recognizers.profile_url import ProfileUrlRecognizer
from redaction.recognizers.social_handle import SocialHandleRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from redaction.recognizers.vehicle_plate import VehiclePlateRecognizer
from tests.redaction.helpers import spans, where

# (text, values that must be found exactly; nothing else may be found)
PHONE = [
    ("Her mobile was +234 803 555 0142.", ["+234 803 555 0142"]),
    ("Call +44 (0) 7700 900123 today", ["+44 (0) 7700 900123"]),
    ("tel. 07700 900384, not later", ["07700 900384"]),
    ("UK mobile 07911123456 seen twice", ["07911123456"]),
    ("phone number 0721 234 567", ["0721 234 567"]),
    ("reached at 0917-555-0199", ["0917-555-0199"]),
    ("WhatsApp 0044 7911 123456", ["0044 7911 123456"]),
    ("the invalid-per-libphonenumber +1 555 0100 999", ["+1 555 0100 999"]),
    ("Case 2021/0457 was opened in 2019", []),
    ("paid £48,200 and €1,200", []),
    ("a national number 0121 496 0011 with no cue", ["0121 496 0011"]),  # 10 digits, grouped
    ("a short national number 0121 496 with no cue", []),
    ("on 01-02-2003 and 12.05.2021", []),
    ("(415) 555-0132 or 001-234-567-8901x123", ["(415) 555-0132", "001-234-567-8901x123"]),
    ("IP 81.2.69.160", []),
]
EMAIL = [
    ("Contact: ionut.popescu93@yahoo.com, tel.", ["ionut.popescu93@yahoo.com"]),
    ("write to recruit.berlin24@proton.me.", ["recruit.berlin24@proton.me"]),
    ("an @handle is not an e-mail", []),
]
ADDRESS = [
    ("kept at Flat 3, 27 Stanley Road, Manchester M8 0AE.", ["Flat 3, 27 Stanley Road", "M8 0AE"]),
    ("a farm at 42 Mill Lane, Bradford BD5 7QH in 2022", ["42 Mill Lane", "BD5 7QH"]),
    ("the office at 221 West 34th Street, New York", ["221 West 34th Street"]),
    ("held at 55 Green Lanes, Harringay", ["55 Green Lanes"]),
    ("Address: Strada Florilor 14, Iasi", ["Strada Florilor 14"]),
    ("Rruga e Kavajës 45, Tirana", ["Rruga e Kavajës 45"]),
    ("lives at Hauptstraße 12 in Berlin", ["Hauptstraße 12"]),
    ("paid for 18 months in 3 Cities", []),
    ("Birmingham and Manchester", []),
]
DOB = [
    ("Ionut Popescu, born 14/02/1993, recruited", ["14/02/1993"]),
    ("the survivor, DOB 03/07/2001, was", ["03/07/2001"]),
    ("born on 5 May 1998, was offered", ["5 May 1998"]),
    ("date of birth 14.08.1996, worked", ["14.08.1996"]),
    ("b. March 3, 1990 in Lagos", ["March 3, 1990"]),
    ("On 12 June 2021 she was moved", []),
    ("arrived on 03/07/2021 in Dover", []),
    ("in March 2022 he travelled", []),
]
PASSPORT = [
    ("Her passport number is 09876543 and", ["09876543"]),
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
HANDLE = [
    ("used the handle @dritan_krasniqi88 and", ["@dritan_krasniqi88"]),
    ("the Instagram name @besnik.g_official.", ["@besnik.g_official"]),
    ("mail jo@example.com please", []),
]
PROFILE = [
    ("ads: facebook.com/jobs.uk.easy.money, and", ["facebook.com/jobs.uk.easy.money"]),
    (
        "see https://www.instagram.com/elira.shehu_ today",
        ["https://www.instagram.com/elira.shehu_"],
    ),
    ("join t.me/londonworkfast.", ["t.me/londonworkfast"]),
    ("WhatsApp was wa.me/351912345678 and", ["wa.me/351912345678"]),
    ("account tiktok.com/@aga_w_uk was", ["tiktok.com/@aga_w_uk"]),
    ("read https://www.gov.uk/modern-slavery first", []),
]
PLATE = [
    ("a silver Ford registration LD19 XKT.", ["LD19 XKT"]),
    ("the lorry plate was BX67 RTA.", ["BX67 RTA"]),
    ("seen near KX21LMN at night", ["KX21LMN"]),
    ("reg B 123 ABC on a Romanian car", ["B 123 ABC"]),
    ("code AB99 CDE is not a UK plate", []),  # 99 is no age identifier
    ("room B 123 ABC", []),
]
PERSON_CUE = [
    ("Call Grace Obi on +44 7700 900123", ["Grace Obi"]),
    # Two particles between name words: the whole name, not its first half.
    ("Kind regards,\nMaría José de la Cruz\nCase Worker", ["María José de la Cruz"]),
    ("a man called Pieter van der Berg who", ["Pieter van der Berg"]),
    # "They call": a naming verb; a nickname keeps its article.
    ("the man they call el Chino takes girls", ["el Chino"]),
    ("everyone calls her la Guera", []),  # a pronoun between: left to the pronoun pattern
    ("a woman known as la Guera runs it", ["la Guera"]),
    # A possessive kin noun, then a name (with a comma: a stop after the name).
    ("Mercy's husband Lucky took my phone", ["Mercy", "Lucky"]),
    ("Choque's wife, Rosa, sewed", ["Choque", "Rosa"]),
    ("his younger brother Kwame Mensah drove", ["Kwame Mensah"]),
    # A name opening a sentence, then an apposition naming a person's kind.
    ("We waited. Blessing, another girl, told me", ["Blessing"]),
    ("Adelaide, their aunt, had paid", ["Adelaide"]),
    ("Paris, the capital, was", []),
    # A person noun, a comma and a name set off by a stop.
    ("at the border a man, Honest, took our phones", ["Honest"]),
    ("One worker, Precious, told reporters", ["Precious"]),
    ("a young girl, Florence, works", ["Florence"]),
    ("The suspects: Haddad, Ortega and Mwangi.", ["Haddad", "Ortega", "Mwangi"]),
    ("Our partners: Oxfam and Unicef.", []),  # organisations may be partners
    ("Ngozi Obi (Nigerian) was found", ["Ngozi Obi"]),
    ("He stayed with Tomasz's kids", ["Tomasz"]),
    ("I NEED TO SPEAK WITH MRS. OKONKWO", ["OKONKWO"]),
    ("please contact Tran Van Duc at the shop", ["Tran Van Duc"]),
    ("Call Centre staff were trained", []),
    ("was told by Madam Joy that", ["Joy"]),
    ("a man called Le Van Nam who", ["Le Van Nam"]),
    ("known to staff as 'Hoa', aged 15", ["Hoa"]),
    ("The suspect James Whitmore rented", ["James Whitmore"]),
    ("Her controller, Florin Stanciu, drove", ["Florin Stanciu"]),
    ("Layla Mansour, Syrian, born", ["Layla Mansour"]),
    ("Sita Gurung, 19, from Kathmandu", ["Sita Gurung"]),
    ("Precious Igbinovia told the caseworker", ["Precious Igbinovia"]),
    ("Name: Ana Paula Ferreira", ["Ana Paula Ferreira"]),
    ("the victim was found in London", []),
    ("workers from Vietnam said", []),
]


def _check(recognizer: object, text: str, expected: list[str]) -> None:
    assert spans(recognizer, text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), PHONE)
def test_when_text_has_phone_shapes_then_phone_regex_finds_exact_spans(text, expected):
    _check(PhoneRegexRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), EMAIL)
def test_when_text_has_email_then_email_recognizer_finds_it_offline(text, expected):
    _check(OfflineEmailRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), ADDRESS)
def test_when_text_has_street_lines_then_address_spans_exclude_the_city(text, expected):
    _check(StreetAddressRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), DOB)
def test_when_date_follows_a_birth_cue_then_only_that_date_is_found(text, expected):
    _check(DateOfBirthRecognizer(), text, expected)


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


@pytest.mark.parametrize(("text", "expected"), HANDLE)
def test_when_at_handle_then_social_handle_found(text, expected):
    _check(SocialHandleRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), PROFILE)
def test_when_platform_link_then_profile_url_found(text, expected):
    _check(ProfileUrlRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), PLATE)
def test_when_uk_plate_or_vehicle_cue_then_plate_found(text, expected):
    _check(VehiclePlateRecognizer(), text, expected)


@pytest.mark.parametrize(("text", "expected"), PERSON_CUE)
def test_when_a_cue_introduces_a_name_then_the_name_alone_is_found(text, expected):
    _check(PersonCueRecognizer(), text, expected)


def test_when_deny_list_terms_then_whole_words_found_case_insensitively():
    recognizer = DenyListRecognizer(["Safe House 7", "Operation Lotus"])
    text = "Moved to safe house 7 under OPERATION LOTUS; not Operation Lotuses."
    assert spans(recognizer, text) == where(text, "safe house 7", "OPERATION LOTUS")


@pytest.mark.parametrize(
    ("org", "expected"),
    [(None, ["everyone"]), ("acme", ["everyone", "acme-only"]), ("other", ["everyone"])],
)
def test_when_org_given_then_deny_terms_are_star_plus_that_org(org, expected):
    assert terms_for({"*": ["everyone"], "acme": ["acme-only"]}, org) == expected


POSTCODE = [
    # Six to eight digits before a known city (Colombia, Brazil, Argentina, Russia).
    ("Address: Carrera 7 # 12-40, 201169 Cali.", ["201169"]),
    ("Rua Augusta 88, 23138318 Rio de Janeiro", ["23138318"]),
    ("She paid 250000 Naira to an agent in Lagos.", []),
    ("The flat was at 12 rue des Lilas, 69003 Lyon, France.", ["69003"]),
    ("Brooklyn, NY 11218 in 2019", ["11218"]),
    ("ul. Piotrkowska 104, 90-006 Łódź", ["90-006"]),
    ("Musterstraße 12\n10115 Berlin", ["10115"]),
    ("Kerkstraat 12, 1012 AB Amsterdam", ["1012 AB"]),
    ("In 2019 Madrid police raided it", []),  # a year before a city
    ("They paid 12000 Dollars", []),
    ("Strada Lipscani 5\nBucharest, 030031", ["030031"]),
    ("Calle 5, Guadalajara, JAL 44100? Thanks", ["44100"]),
    ("In Dhaka 50000 workers struck", []),  # a count after a city
    ("Lagos, 2019 was hard", []),  # a year after a city
]
UNITS = [
    ("Letters went to PO Box 4471, Nairobi", ["PO Box 4471"]),
    ("Send to P.O. Box 2281, Accra", ["P.O. Box 2281"]),
    ("Calle de Alcalá 154, 3º izq., 28009", ["Calle de Alcalá 154", "3º izq."]),
    ("1420 Maple Avenue, Suite 3, Springfield", ["1420 Maple Avenue", "Suite 3"]),
    ("The flat was at 12 rue des Lilas, Lyon", ["12 rue des Lilas"]),
    ("write to p.o.box 331, Kisumu", ["p.o.box 331"]),
    ("CAIXA POSTAL 1234, Recife", ["CAIXA POSTAL 1234"]),
    ("Pf. 55, Graz", ["Pf. 55"]),
    ("Address: Blumengasse 5, Top 12, Wien", ["Blumengasse 5", "Top 12"]),
    ("Take Bus 99 home; BP 500 rose", []),  # unit words away from an address
    ("He lives at Ulica talcev 7, Ljubljana", ["Ulica talcev 7"]),
    ("Trg mladih 3, Zagreb", ["Trg mladih 3"]),
    ("The title refers to avenue de Duvanel street in Lausanne.", ["avenue de Duvanel"]),
    ("a place where 12 girls slept", []),
    ("sent via courier 2 times", []),
]


@pytest.mark.parametrize(("text", "values"), POSTCODE)
def test_when_postcode_beside_place_or_state_then_only_it_is_found(text, values):
    from redaction.recognizers.postcode import PostcodeRecognizer

    assert spans(PostcodeRecognizer(), text) == where(text, *values)


@pytest.mark.parametrize(("text", "values"), UNITS)
def test_when_unit_box_or_continental_street_then_found(text, values):
    assert spans(StreetAddressRecognizer(), text) == where(text, *values)


BLOCKS = [
    ("We will meet at Rock Biotech Ltd, 512 Skovharestræde, Aalborg", ["512 Skovharestræde"]),
    ("Address:\nAuneflata 9, Trondheim", ["Auneflata 9"]),
    ("| Lio Bär\n| 5 Steinerstrasse\n| Wohnung 32\n| Basel\n| Switzerland 5529",
     ["Lio Bär", "5 Steinerstrasse", "Wohnung 32", "5529"]),
    ("The company has 3 founders, 12 Workers and 2 offices in Leeds.", []),
    ("In 2019, 40 Romanian workers, Leeds", []),
    ("She paid 250,000 rupees, Kathmandu", []),
    ("The shop's address is Vrbik 12, Zagreb", ["Vrbik 12"]),
    ("Where do you live? In Kamenjak 9", ["Kamenjak 9"]),
    ("Where does he live? He lives in Phase 2.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), BLOCKS)
def test_when_address_pieces_sit_together_then_street_code_and_name_line_found(text, values):
    from redaction.recognizers.address_block import AddressBlockRecognizer

    english = {"workers", "company", "founders", "offices", "has", "and", "the", "rupees", "paid"}
    english |= {"phase", "shop", "where", "does", "live", "lives"}
    recognizer = AddressBlockRecognizer(is_english=lambda w: w.lower() in english)
    found = recognizer.analyze(text, ["STREET_ADDRESS", "PERSON"], None)
    assert sorted((r.start, r.end) for r in found) == where(text, *values)


# Unit and floor lines beside a street line, tails and house numbers around a street line,
# pieces that start after "?" or ":", and lower-case street words after an address cue.
BLOCKS_ROUND5 = [
    ("Jens Holm | Skovvej 12 | 2. th. | Odense | Denmark 5000",
     ["Jens Holm", "Skovvej 12", "2. th", "5000"]),
    ("Anna Gruber | Hauptstraße 12 | Top 45 | Vienna | Austria 1010",
     ["Anna Gruber", "Hauptstraße 12", "Top 45", "1010"]),
    ("Bahnhofstrasse 4 | Hinterhaus, 3. OG | Cologne | Germany 50667",
     ["Bahnhofstrasse 4", "Hinterhaus", "3. OG", "50667"]),
    ("Suspect address: Str. Mihai Eminescu nr. 5, sc. B, et. 2, ap. 11, 700000 Iasi",
     ["Str. Mihai Eminescu nr. 5", "sc. B", "et. 2", "ap. 11", "700000"]),
    ("They lived at Prospekt Mira 56, kv. 140, Moscow.", ["Prospekt Mira 56", "kv. 140"]),
    ("Welfare check at Ul. Pomorska 41 m. 12, 90-224 Łódź, Poland.",
     ["Ul. Pomorska 41", "m. 12", "90-224"]),
    ("Not at my address. Can you please validate the following? Mezi Lysinami 14 | 70200 Ostrava",
     ["Mezi Lysinami 14", "70200"]),
    ("The address of the firm is avenue Babey 24 | Sion", ["avenue Babey 24"]),
    ("480 terchovská |  p.o.box 097 |  nitra", ["480 terchovská"]),
    ("Take Bus 99 home; BP 500 rose", []),  # unit words with no street line near
    ("[12:03] Bogdan: new girl arrives tomorrow from Chisinau", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), BLOCKS_ROUND5)
def test_when_unit_lines_and_street_tails_sit_beside_a_street_then_they_are_found(text, values):
    from redaction.recognizers.address_block import AddressBlockRecognizer
    from redaction.recognizers.street_address import StreetAddressRecognizer

    english = {"the", "firm", "address", "of", "is", "can", "you", "please", "validate", "take"}
    english |= {"following", "check", "at", "welfare", "they", "lived", "home", "rose", "bus"}
    english |= {"new", "girl", "arrives", "tomorrow", "from", "suspect", "not", "my"}
    recognizer = AddressBlockRecognizer(is_english=lambda w: w.lower() in english)
    found = recognizer.analyze(text, ["STREET_ADDRESS", "PERSON"], None)
    found += StreetAddressRecognizer().analyze(text, ["STREET_ADDRESS"], None)
    got = {(r.start, r.end) for r in found if r.score >= 0.4}
    assert got >= set(where(text, *values))
    if not values:
        assert got == set()


STREET_FORMS = [
    ("BILLING: 92 AARON-WALCHER-STRASSE, GRAZ", ["92 AARON-WALCHER-STRASSE"]),
    ("Gordon-Textor-Ring 2/5, Hamburg", ["Gordon-Textor-Ring 2/5"]),
    ("The address is 3-41 Calle 82, Bogotá", ["3-41 Calle 82"]),
    ("H.No. 717 Pacheco Nagar, Pune", ["H.No. 717 Pacheco Nagar"]),
    ("at 00 Jesus Intersection, Boise", ["00 Jesus Intersection"]),
    ("Weg 5 people went", []),
    ("Send it to rue Lepic, Paris", ["rue Lepic"]),
    ("Her room is on Strada Lipscani\nBucharest", ["Strada Lipscani"]),
    ("Rákóczi utca 12, Szeged", ["Rákóczi utca 12"]),
    ("at 7. Kossuth utca, Pécs", ["7. Kossuth utca"]),
    ("new address: 14 birch lane, york", ["14 birch lane"]),
    ("call about flat 12b today", ["flat 12b"]),
    ("took 3 buses all the way home", []),
    ("the Straße was empty, a rue of it", []),
    ("The club was on Kauppakatu street in Oulu.", ["Kauppakatu"]),
    ("They met on Calea Victoriei St. at noon", ["Calea Victoriei"]),
    ("She slept on the street near the station.", []),
    # prose, not a street's name: a lower-case phrase joined by "and"
    ("Children work in agriculture and street vending.", []),
    ("He worked in construction and road building.", []),
    ("send it to 14 Camino 9, Quito", ["14 Camino 9"]),
    ("address: Nr. 42 Strada Florilor, Cluj", ["Nr. 42 Strada Florilor"]),
    ("Số 5/12 đường Trần Phú, Hà Nội", ["Số 5/12 đường Trần Phú"]),
    ("ở 12/4 Hẻm 81 Lê Lợi Phường 3", ["12/4 Hẻm 81 Lê Lợi"]),
    ("7 Plaza de la Luna, Sevilla", ["7 Plaza de la Luna"]),
]


@pytest.mark.parametrize(("text", "values"), STREET_FORMS)
def test_when_street_written_in_other_countries_forms_then_found(text, values):
    found = spans(StreetAddressRecognizer(), text)
    merged = [s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found)]
    assert merged == where(text, *values)


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
