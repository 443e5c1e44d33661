"""Rule-based enrichment: exact facts for small redacted-style texts, one rule per case."""

from __future__ import annotations

import time
from datetime import date

import pytest

from core.gazetteer import lookup_country
from core.taxonomy import FACT_KINDS, keys
from ingest.enrich import Facts, extract_facts


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Workers from Nigeria were later found in Niger.", ["NE", "NG"]),
        ("She crossed the desert in Niger before reaching Libya.", ["LY", "NE"]),
        ("The Nigerien authorities were informed.", ["NE"]),
        ("Victims came from the Niger Delta.", ["NG"]),
        ("He was born in Viet Nam.", ["VN"]),
        ("Cocoa from the Ivory Coast and Côte d'Ivoire.", ["CI"]),
        ("Returnees from Burma and Myanmar.", ["MM"]),
        ("Fighting in South Sudan continued.", ["SS"]),
        ("Trawlers licensed in Equatorial Guinea.", ["GQ"]),
        ("Crew from Papua New Guinea.", ["PG"]),
        ("Children taken to the Dominican Republic.", ["DO"]),
        ("Migrants reached the U.K. and the USA.", ["GB", "US"]),
        ("Filipinos and Thais were on board.", ["PH", "TH"]),
        ("She bought nail polish and worked on turkey farms.", []),
        ("Tell us what happened, she said.", []),
        ("She was promised US$250 a month.", []),
        ("Fees of 1,500 US dollars were charged.", []),
        ("The trawler fished in the Indian Ocean.", []),
        ("The interpreter spoke Vietnamese during the interview.", []),
        ("A grand jury in Atlanta, Georgia, indicted two men.", ["US"]),
        ("Police in Tbilisi, Georgia, arrested two men.", ["GE"]),
        ("Women were recruited in Georgia.", ["GE"]),
        ("Staff met survivors in Latin America.", []),
    ],
)
def test_when_text_names_places_then_countries_are_iso_codes(text, countries):
    assert extract_facts(text).countries == countries


@pytest.mark.parametrize(
    ("text", "cities", "countries"),
    [
        ("Police raided a brothel in Leeds.", ["Leeds"], ["GB"]),
        ("She was sold to a karaoke bar in Saigon.", ["Ho Chi Minh City"], ["VN"]),
        ("Girls from Benin City were taken to Palermo.", ["Benin City", "Palermo"], ["IT", "NG"]),
        ("He worked on a boat out of Samut Sakhon.", ["Samut Sakhon"], ["TH"]),
        ("Workers were housed in Kent.", [], ["GB"]),
    ],
)
def test_when_a_city_is_named_then_it_implies_its_country(text, cities, countries):
    facts = extract_facts(text)
    assert (facts.cities, facts.countries) == (cities, countries)


@pytest.mark.parametrize(
    ("text", "origin", "destination", "transit", "routes"),
    [
        ("Vietnamese nationals were trafficked to the UK.", ["VN"], ["GB"], [], ["VN>GB"]),
        (
            "<PERSON_1> was recruited in Kathmandu and taken to Qatar.",
            ["NP"],
            ["QA"],
            [],
            ["NP>QA"],
        ),
        ("She was taken by road through Libya to Italy.", [], ["IT"], ["LY"], []),
        (
            "Young people from Vietnam, China and Kenya were taken to Cambodia.",
            ["CN", "KE", "VN"],
            ["KH"],
            [],
            ["CN>KH", "KE>KH", "VN>KH"],
        ),
        ("A boy from London was found in a flat in Aberdeen.", ["GB"], ["GB"], [], []),
        ("She flew to Moscow, then travelled by lorry to the UK.", [], ["GB"], ["RU"], []),
        ("Police in the UK found four Albanian men at the site.", ["AL"], ["GB"], [], ["AL>GB"]),
        (
            "Mexican and Guatemalan farmworkers were brought to the United States.",
            ["GT", "MX"],
            ["US"],
            [],
            ["GT>US", "MX>US"],
        ),
        ("<PERSON_1> left Manila for Riyadh in 2017.", ["PH"], ["SA"], [], ["PH>SA"]),
        (
            "She was repatriated to Ethiopia after working in Lebanon.",
            ["ET"],
            ["LB"],
            [],
            ["ET>LB"],
        ),
        ("A British man was convicted of trafficking women in Spain.", [], ["ES"], [], []),
    ],
)
def test_when_movement_phrases_surround_places_then_roles_and_routes_follow(
    text, origin, destination, transit, routes
):
    facts = extract_facts(text)
    assert (facts.origin, facts.destination, facts.transit, facts.routes) == (
        origin,
        destination,
        transit,
        routes,
    )


@pytest.mark.parametrize(
    ("text", "types", "sectors", "means"),
    [
        (
            "She was forced into prostitution in a brothel.",
            ["sexual_exploitation"],
            ["sex_industry"],
            [],
        ),
        (
            "He was locked in a house converted into a cannabis farm.",
            ["forced_criminality"],
            [],
            ["restricted_movement"],
        ),
        (
            "The employer kept their passports and they owed a debt of £20,000.",
            [],
            [],
            ["debt_bondage", "document_confiscation"],
        ),
        (
            "Workers on the farm were not paid and could not leave.",
            ["forced_labour"],
            ["agriculture"],
            ["restricted_movement", "withheld_wages"],
        ),
        (
            "A 16-year-old girl was made to work as a housemaid.",
            ["child_exploitation", "domestic_servitude"],
            ["domestic_work"],
            [],
        ),
        (
            "She was promised a job in a hotel but was made to work in a nail bar.",
            ["forced_labour"],
            ["beauty_services"],
            ["deception"],
        ),
        (
            "The garment factory deducted fees from wages.",
            ["forced_labour"],
            ["textiles"],
            ["withheld_wages"],
        ),
        (
            "Auditors found no evidence of forced labour at the garment factory.",
            [],
            ["textiles"],
            [],
        ),
        (
            "He crossed the Channel in a small boat and was held in a warehouse.",
            [],
            [],
            ["restricted_movement"],
        ),
        (
            "Her employer took her passport and her phone.",
            [],
            [],
            ["document_confiscation", "isolation"],
        ),
        (
            "They were told their families would be killed if they went to the police.",
            [],
            [],
            ["threats"],
        ),
    ],
)
def test_when_cue_phrases_appear_then_taxonomy_labels_are_found(text, types, sectors, means):
    facts = extract_facts(text)
    assert (facts.types, facts.sectors, facts.means) == (types, sectors, means)


@pytest.mark.parametrize(
    ("text", "means"),
    [
        ("We found no evidence of debt bondage.", []),
        ("There was no indication that passports were taken.", []),
        ("Workers said they were threatened but not beaten.", ["threats"]),
        ("The employer denied confiscating passports.", []),
        ("Nobody reported being locked in.", []),
        ("She was not sexually abused, but she was beaten.", ["physical_violence"]),
        ("Workers held their own identity documents.", []),
        (
            "The report found no evidence of debt bondage but documented beatings.",
            ["physical_violence"],
        ),
    ],
)
def test_when_a_cue_is_negated_in_its_clause_then_it_does_not_count(text, means):
    assert extract_facts(text).means == means


@pytest.mark.parametrize(
    ("text", "doc_date", "years"),
    [
        ("In 2019 she paid £2,000 to a broker.", None, [2019]),
        ("Incident INC-2021-0457 was logged.", None, []),
        ("He was paid 2000 dollars for the year.", None, []),
        ("A fee of £2000 was charged.", None, []),
        ("She was born 3 March 1994 in Ha Tinh.", None, []),
        ("The Modern Slavery Act 2015 applies.", None, []),
        ("Between 2012 and 2015 the gang operated.", None, [2012, 2015]),
        ("Records from 1989 and 2036 were excluded.", None, []),
        ("She called the helpline last month.", date(2020, 5, 1), [2020]),
        ("In 2015 she was rescued.", "2023-11-20", [2015, 2023]),
    ],
)
def test_when_numbers_look_like_years_then_only_event_years_are_kept(text, doc_date, years):
    assert extract_facts(text, doc_date=doc_date).years == years


@pytest.mark.parametrize(
    ("meta", "facet", "expected"),
    [
        ({"sector": "agriculture"}, "sectors", ["agriculture"]),
        ({"sector": "Domestic work"}, "sectors", ["domestic_work"]),
        ({"sector": "ngo"}, "sectors", []),
        (
            {"typology": "Forced labour; Sexual exploitation"},
            "types",
            ["forced_labour", "sexual_exploitation"],
        ),
        ({"means": ["debt_bondage", "threats"]}, "means", ["debt_bondage", "threats"]),
        ({"country": "United Kingdom"}, "countries", ["GB"]),
        ({"nationality": "VNM"}, "origin", ["VN"]),
        ({"country_of_exploitation": "Thailand"}, "destination", ["TH"]),
    ],
)
def test_when_meta_columns_name_labels_then_they_are_added(meta, facet, expected):
    assert getattr(extract_facts("A short report.", meta=meta), facet) == expected


def test_when_facts_are_turned_into_rows_then_kinds_and_values_are_fact_ready():
    facts = extract_facts(
        "In 2021 Vietnamese nationals were trafficked to a nail bar in Birmingham, where their "
        "passports were taken."
    )
    assert facts.rows() == [
        ("country", "GB"),
        ("country", "VN"),
        ("origin", "VN"),
        ("destination", "GB"),
        ("city", "Birmingham"),
        ("type", "forced_labour"),
        ("sector", "beauty_services"),
        ("means", "document_confiscation"),
        ("year", "2021"),
        ("route", "VN>GB"),
    ]
    assert {kind for kind, _ in facts.rows()} <= set(FACT_KINDS)


def test_when_any_text_is_enriched_then_labels_are_taxonomy_keys():
    facts = extract_facts(
        "Nepali men paid recruitment fees, were beaten on construction sites in Doha, and "
        "their wages were withheld; some were aged 17."
    )
    assert set(facts.types) <= set(keys("type"))
    assert set(facts.sectors) <= set(keys("sector"))
    assert set(facts.means) <= set(keys("means"))


def test_when_text_is_empty_then_facts_are_empty():
    assert extract_facts("") == Facts()


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("GB", "GB"),
        ("GBR", "GB"),
        ("uk", "GB"),
        ("Viet Nam", "VN"),
        ("Vietnamese", "VN"),
        ("Lagos", "NG"),
        ("nowhere", None),
        ("", None),
    ],
)
def test_when_a_meta_value_names_a_country_then_it_resolves_to_alpha2(value, code):
    assert lookup_country(value) == code


def test_when_a_kilobyte_document_is_enriched_then_it_takes_milliseconds():
    text = (
        "<PERSON_1>, aged 16, was recruited in Ha Tinh and taken through China and Russia to "
        "the UK, where she owed £28,000 and worked in a nail bar in Birmingham. "
    ) * 6
    extract_facts(text)  # builds the gazetteer and patterns once
    started = time.perf_counter()
    for _ in range(20):
        extract_facts(text)
    per_doc_ms = (time.perf_counter() - started) * 1000 / 20
    assert per_doc_ms < 25  # the bench measures ~2-3 ms/KB; this bound only catches blow-ups
