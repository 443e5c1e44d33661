"""What a question asks about, and whether passages mention it (real spaCy parser)."""

from __future__ import annotations

import pytest

from assistant.focus import answer_kind, asks_for_one, strip_frame
from tests.assistant.focus_support import counts


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        ("Which football club sponsors the Lagos safe house?", ["football club"]),
        ("What is the annual budget of the Northshire Police unit?", ["budget"]),
        ("How many tigers were trafficked through the Mekong region?", ["tigers"]),
        ("What surrogacy cases has Harbour Light handled?", ["surrogacy cases"]),
        ("What did the audit find about pesticide residues on the fruit?", ["pesticide residues"]),
        # the kind of answer, not its topic: answered by instances, not by the word
        ("Which tactics do recruiters use to draw migrants into nail salons?", []),
        ("Which Indian cities were the kidney sellers taken to?", []),
        ("What share of returnees had their passports held?", []),
        # what a collection calls its documents is no topic either
        ("Which country profiles mention child soldiers?", []),
        # no noun asked for
        ("How were the Albanian men recruited?", []),
        ("What happened to the housemaids in Beirut?", []),
    ],
)
def test_focus_is_the_noun_phrase_the_question_word_asks_for(finder, question, phrases) -> None:
    assert [f.phrase for f in finder.focus(question)] == phrases


def test_when_no_passage_mentions_the_focus_then_it_is_reported(finder) -> None:
    passages = ["The Lagos safe house is run by Harbour Light and shelters twelve women."]
    question = "Which football club sponsors the Lagos safe house?"
    assert finder.unmentioned(question, passages) == ["football club"]
    passages.append("Lagos United football club pays the safe house rent.")
    assert finder.unmentioned(question, passages) == []


def test_when_every_focus_word_is_needed_then_half_a_phrase_is_not_enough(finder) -> None:
    passages = ["Harbour Light handled forced marriage cases and trafficking cases in Ukraine."]
    assert finder.unmentioned("What surrogacy cases has Harbour Light handled?", passages) == [
        "surrogacy cases"
    ]


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # plural / singular, and a shared stem of five letters or more
        ("How many foreigners left the Myawaddy compounds?", "Foreign nationals left Myawaddy."),
        ("Which recruitment fee did the cleaners pay?", "The cleaners paid recruitment fees."),
        # irregular plurals are found through the passage's lemmas
        ("Which woman ran the Rochdale network?", "Two women in Rochdale ran the network."),
        # a document title counts as part of its passage
        ("What fees were H-2A farmworkers charged?", "H-2A farmworkers\nThey were charged fees."),
    ],
)
def test_when_the_focus_is_worded_differently_then_it_still_counts(
    finder, question, passage
) -> None:
    assert finder.unmentioned(question, [passage]) == []


def test_when_the_focus_occurs_only_in_an_unrelated_passage_then_it_is_not_mentioned(
    finder,
) -> None:
    passages = [
        "A Stoke car wash paid wages into a bank account controlled by the gang.",
        "The Dindigul spinning mill paid wages in cash at the end of the scheme.",
    ]
    question = "Which bank did the Dindigul spinning mill use?"
    assert finder.unmentioned(question, passages) == ["bank"]


# What a question is about -------------------------------------------------------------------
FISHING = "Cambodian fishermen on a Thai trawler near Ambon said the crew were kept at sea."
COBALT = "Children as young as 10 were digging for cobalt at informal mines in Kolwezi."


@pytest.mark.parametrize(
    ("question", "passages", "corpus", "missing"),
    [
        # a topic word that no chunk the asker may see contains is not mentioned
        ("Which case involved a cruise ship crew?", [FISHING], counts(crew=9),
         ["cruise ship crew"]),
        ("Which report involved children forced to mine mica?", [COBALT], counts(children=9),
         ["mica"]),
        ("Were there any reports of forced begging?", [FISHING], counts(forced=9),
         ["forced begging"]),
        ("What do we know about adoption fraud?", [COBALT], counts(fraud=2), ["adoption fraud"]),
        ("Has anyone reported forced labour on cocoa farms?", [COBALT],
         counts(farms=5, labour=9), ["cocoa farms"]),
        # present in a passage, or somewhere the asker may see: not reported
        ("Which case involved fishermen near Ambon?", [FISHING], counts(), []),
        ("Which case involved a trawler crew?", [COBALT], counts(trawler=1, crew=3), []),
        # a rare name of the question pins the passage: the absent word is a paraphrase
        ("Which case involved deckhands near Ambon?", [FISHING], counts(ambon=1), []),
        # an absent head with a present modifier is a paraphrase ("glove maker", "glove factory")
        ("How did the glove maker keep passports?", ["The glove factory kept passports."],
         counts(glove=2, passports=9), []),
        # ... but a common modifier says nothing about its absent head
        ("Which country appointed a child labour ombudsman?", [COBALT],
         counts(child=16, labour=16, country=16), ["child labour ombudsman"]),
        # a lower-case word the parser tags as a name is no name that pins a passage
        ("Were children reported working on cashmere goat farms?", ["Children herd goats."],
         counts(children=16, goat=1, farms=16), ["cashmere goat farms"]),
        # a lone name the question's redaction kept is reported when no chunk holds it (a name
        # the sources hold is not: "Yonas" of the delivery riders' case)
        ("Which case involved Yonas?", [FISHING], counts(), ["Yonas"]),
        ("Which case involved Yonas?", [FISHING], counts(yonas=2), []),
        # times and the framing words are not topics ("is it true that": found in the chat,
        # which said "None of the sources you can see mention “true” or “ski resort”")
        ("Is it true that workers were trafficked to a trawler?", [FISHING],
         counts(trawler=1, workers=16, trafficked=16), []),
        ("Which report described raids in autumn?", ["Police raided salons."], counts(raids=3), []),
    ],
)  # fmt: skip
def test_when_a_topic_word_is_nowhere_the_asker_can_see_then_it_is_reported(
    finder, question, passages, corpus, missing
) -> None:
    assert finder.unmentioned(question, passages, corpus) == missing


PAYMENTS = "Workers were paid in cash; the boss sent their wages by bank transfer."
FISHERMEN = "Six Filipino fishermen on a scallop boat were not allowed ashore."
GARMENT = "A garment workshop in Leicester paid women £3 an hour."


@pytest.mark.parametrize(
    ("question", "passages", "corpus", "missing"),
    [
        # an app or payment service named as the means, which no visible chunk holds
        ("Were there any cases of payments made through Venmo?", [PAYMENTS],
         counts(payments=5), ["Venmo"]),
        ("Were workers paid through M-Pesa?", [PAYMENTS], counts(workers=9), ["M-Pesa"]),
        ("Which case involved recruitment via WeChat?", [PAYMENTS], counts(recruitment=9),
         ["WeChat"]),
        # ... but a means the corpus holds is no notice, nor a name that is no means
        ("Were workers paid through Facebook?", [PAYMENTS], counts(facebook=2), []),
        # a name of several words: each may occur on its own while the thing never does
        ("Which case involved payments sent through Western Union?", [PAYMENTS],
         counts(payments=5, western=4, union=3), ["Western Union"]),
        ("Were wages paid via Cash App?", [PAYMENTS], counts(wages=9, cash=9, app=2),
         ["Cash App"]),
        ("Were wages paid through Western Union?", [PAYMENTS + " Western Union took a fee."],
         counts(wages=9, western=4, union=3), []),
        ("Were wages paid through Western Union?", [PAYMENTS],
         counts(wages=9, western=4, union=3, **{'"western union"': 1}), []),
        ("Which case involved Yonas?", [PAYMENTS], counts(yonas=2), []),
        # a lone brand the question's redaction kept, named in any role, that no chunk holds
        ("Which file covers wages paid into a Monzo account?", [PAYMENTS],
         counts(wages=9, account=4), ["Monzo account"]),
        ("Which file covers wages paid into a Monzo account?", [PAYMENTS],
         counts(wages=9, account=4, monzo=1), []),
        # ... but not a short word, one written with accents, or one of a run of names
        ("Which case involved greenhouse staff near Łódź?",
         ["Greenhouse staff near Lodz had their permits kept."], counts(greenhouse=2, staff=9,
         near=9), []),
        ("What interest rate did Ram pay the moneylender?",
         ["He paid the moneylender interest of 3% a month."], counts(interest=2, moneylender=1,
         rate=9), []),
        # a compound whose words each occur, never together, with a rare modifier
        ("Which case involved drivers who were paid in gift cards?", [PAYMENTS],
         counts(drivers=4, gift=1, cards=9, paid=16), ["gift cards"]),
        ("Which case involved drivers who were paid in gift cards?",
         [PAYMENTS + " A gift of phone cards was made."], counts(drivers=4, gift=1, cards=9), []),
        # a relative clause's topic ("which case involved a victim who … X")
        ("Which case involved a victim whose cornea was removed?", [FISHERMEN], counts(victim=9), [
         "cornea"]),
        ("Which case involved a girl who was made to perform in a circus?", [FISHERMEN],
         counts(girl=9), ["circus"]),
        # paraphrases of the passage's words are no notice: deckhands for crew or fishermen,
        # sewing for garment work
        ("Which case involved deckhands who were not allowed ashore?", [FISHERMEN],
         counts(ashore=1, allowed=3), []),
        ("Which case involved women sewing in a Leicester workshop?", [GARMENT],
         counts(sewing=2, women=9, workshop=5), []),
    ],
)  # fmt: skip
def test_when_the_question_names_a_thing_no_passage_holds_then_it_is_reported(
    finder, question, passages, corpus, missing
) -> None:
    assert finder.unmentioned(question, passages, corpus) == missing


def test_when_no_corpus_is_given_then_only_the_asked_for_noun_is_checked(finder) -> None:
    assert finder.unmentioned("Which case involved a cruise ship crew?", [FISHING]) == []


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("Which case involved a cruise ship crew?", "a cruise ship crew?"),
        ("Which reports describe debt bondage?", "debt bondage?"),
        ("Were there any reports of forced begging?", "forced begging?"),
        ("Were there any cases of cuckooing?", "cuckooing?"),
        ("Has anyone reported a bitcoin ATM?", "a bitcoin ATM?"),
        ("What do we know about Operation Kestrel?", "Operation Kestrel?"),
        ("Tell me about the Foggia audit", "the Foggia audit"),
        ("Which country profile mentions sapphires?", "sapphires?"),
        # nothing to strip
        ("How were the Albanian men recruited?", "How were the Albanian men recruited?"),
        ("Which towns were the workers housed in?", "Which towns were the workers housed in?"),
    ],
)
def test_framing_openers_are_stripped_for_search(question, about) -> None:
    assert strip_frame(question) == about


@pytest.mark.parametrize(
    ("question", "kind", "one"),
    [
        ("How many people were found at the salon?", "count", False),
        ("What share of returnees had their passports held?", "count", False),
        ("How much debt was she told she owed?", "amount", False),
        ("What recruitment fee did the cleaners pay?", "amount", False),
        ("When did the raid take place?", "when", False),
        ("Where do the pickers live during the harvest?", "where", False),
        ("Which towns were the workers housed in?", "where", False),
        ("Who recruited the Albanian men?", "who", False),
        ("Which recruitment methods are reported for nail bars?", "method", False),
        ("How were the workers kept from leaving?", "method", False),
        ("Which case involved a cruise ship crew?", "", True),
        ("Which report describes karaoke bar raids?", "", True),
        ("What happened to Tigist's wages?", "", False),
    ],
)
def test_the_kind_of_answer_is_read_from_the_question(question, kind, one) -> None:
    assert (answer_kind(question), asks_for_one(question)) == (kind, one)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # the place and the telling topic words are each somewhere, never together
        ("Were Polish workers exploited in nail bars?", ["Polish workers exploited in nail bars"]),
        # a noun the place word modifies is part of the place ("the Vietnamese coast")
        ("Were women taken to the Vietnamese coast?", []),
        # together in one passage: answered
        ("Were Vietnamese women working in nail bars?", []),
        # a comparison: one place with its topic is enough
        ("How did nail bars in Vietnam differ from factories in Poland?", []),
    ],
)
def test_when_no_passage_holds_a_place_with_the_topic_then_it_is_reported(
    finder, question, missing
) -> None:
    passages = [
        "Vietnamese women worked 11 hours a day in Birmingham nail bars.",
        "Polish men were recruited from homeless shelters in Bydgoszcz for factory work.",
    ]
    corpus = counts(
        nail=5, bars=5, factories=4, workers=40, women=30, men=30, children=30, coast=2, overland=1
    )
    assert finder.unmentioned(question, passages, corpus) == missing


def test_when_a_record_holds_the_place_in_its_columns_then_the_place_counts(finder) -> None:
    # the incident's text names only a city the gazetteer lacks; its country column says Poland
    passages = ["Greenhouse workers near Lodz were charged 1,200 zloty for accommodation."]
    question = "Were greenhouse workers in Poland charged for accommodation?"
    corpus = counts(greenhouse=1, workers=40, accommodation=6)
    assert finder.unmentioned(question, passages, corpus) == ["greenhouse workers in Poland"]
    assert finder.unmentioned(question, passages, corpus, [{"PL"}]) == []


def test_when_the_passage_quotes_the_name_in_single_marks_then_it_is_mentioned(finder) -> None:
    """ "Massage parlour 'Jade Touch Spa' was visited": the closing mark is no part of "spa"
    (it was read as "spa'", and the spa was reported as not mentioned)."""
    passages = ["Massage parlour 'Jade Touch Spa' was visited by police after a bank report."]
    assert finder.unmentioned("What do we know about the Jade Touch Spa?", passages) == []
    assert finder.unmentioned("What do we know about the Jade Touch Sauna?", passages) != []
