"""Pattern-level tests: each recognizer alone, exact spans, no spaCy."""

from __future__ import annotations

import pytest

from redaction.recognizers.deny_list import DenyListRecognizer, terms_for
from redaction.recognizers.email import OfflineEmailRecognizer
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
    # a UK plate in lower case and a Polish plate, after a cue (round 13)
    ("vehicle reg: yd19 kxm (silver Astra) seen", ["yd19 kxm"]),
    ("Registration PO 7K3M2 (Poznań) was logged", ["PO 7K3M2"]),
    ("she said yd19 kxm was a code", []),
    ("Indian DL MH12 20110012345 on file", []),
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
    ("The club was on Kauppakatu street in Oulu.", ["Kauppakatu street"]),
    ("They met on Calea Victoriei St. at noon", ["Calea Victoriei St."]),
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
