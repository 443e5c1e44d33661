"""Quotes that answer: the asked-for kind first, one lead source, grouped and named, and an
opening sentence that says only what the quotes and the extracted facts both show."""

from __future__ import annotations

import pytest

from assistant.evidence import repeats_title
from assistant.extractive import Quote, by_source, pick_quotes, render_quotes
from assistant.opening import opening_sentence, source_name
from retrieval.search import SearchResult
from tests.fakes.embedder import HashingEmbedder

EMBED = HashingEmbedder().embed


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "How many workers were found at the salon?",
            "Officers found seven workers at the salon in the flat upstairs.",
        ),
        (
            "Which recruitment methods were used on the salon workers?",
            "Recruiters promised salon jobs through Facebook adverts and village relatives.",
        ),
        (
            "When were the salon workers found by officers?",
            "The salon workers were found by officers in September 2023 after a tip-off.",
        ),
    ],
)
def test_when_a_sentence_holds_what_is_asked_for_then_it_leads(question, answer) -> None:
    distractor = "The salon workers described long hours, low pay and a locked back door."
    passages = [f"{distractor} {answer}"]
    assert pick_quotes(question, passages, EMBED)[0].text == answer


def test_when_a_heading_names_the_topic_then_its_sentences_count_it() -> None:
    passage = (
        "## Recruitment tactics\n\nTactics included promises of salon jobs and Facebook pages "
        "advertising work in Europe.\n\n## Sectors\n\nOf the case records, most involved nail "
        "bars and some involved restaurants or takeaways."
    )
    quotes = pick_quotes("Which recruitment tactics are reported?", [passage], EMBED)
    assert quotes[0].text.startswith("Tactics included")


def test_when_a_report_covers_more_of_the_question_then_its_figure_leads() -> None:
    passages = [
        "Most construction workers from Nepal received lower wages than they were promised.",
        "Brokers promised kidney sellers from Nepal 500,000 rupees for a kidney. Kidney sellers "
        "received far less than they were promised.",
    ]
    quotes = pick_quotes(
        "How much did Nepali kidney sellers receive compared with what they were promised?",
        passages,
        EMBED,
        sources=["qatar", "kidney"],
    )
    assert quotes[0].n == 2


DOCS = {1: "a", 2: "a", 3: "b", 4: "c"}


def test_when_one_case_is_asked_for_then_only_the_lead_source_is_quoted() -> None:
    quotes = [Quote(3, "b1", 0.6), Quote(1, "a1", 0.58), Quote(3, "b2", 0.5), Quote(4, "c", 0.4)]
    assert [q.text for q in by_source(quotes, DOCS.get, one=True)] == ["b1", "b2"]


def test_when_other_sources_are_near_the_lead_then_they_follow_grouped() -> None:
    quotes = [Quote(1, "a1", 0.6), Quote(3, "b1", 0.55), Quote(2, "a2", 0.52), Quote(4, "c", 0.3)]
    # c is far below the lead; a's second quote joins a's first, before b
    assert [q.text for q in by_source(quotes, DOCS.get)] == ["a1", "a2", "b1"]


def _passage(n: int, doc: str, ref: str, title: str = "") -> SearchResult:
    return SearchResult(n, doc, ref, f"{doc}-c{n}", 1.0, 1, "Harbour Light", "survivor_story",
                        "text", title, 2023)  # fmt: skip


def test_quotes_are_grouped_under_the_name_of_their_source() -> None:
    p = [_passage(1, "d1", "linh.txt", "Survivor account: nail bar"), _passage(2, "d2", "x.csv#7")]
    names = {1: source_name(p[0]), 2: source_name(p[1])}
    text = render_quotes([Quote(1, "One.", 1), Quote(1, "Two.", 1), Quote(2, "Three.", 1)], names)
    assert text.count("**Survivor account: nail bar (Harbour Light, survivor story, 2023)**") == 1
    assert "**x.csv#7 (Harbour Light, survivor story, 2023)**" in text  # records: their reference
    assert text.index("One.") < text.index("Two.") < text.index("x.csv#7") < text.index("Three.")


def test_the_opening_names_only_labels_both_quoted_and_extracted() -> None:
    passages = [_passage(1, "d1", "a.txt"), _passage(2, "d2", "b.txt")]
    quotes = [
        Quote(1, "She was told she owed a debt of 9,000 pounds for the journey.", 1),
        Quote(2, "The broker promised a job and she was deceived about the pay.", 1),
    ]
    facts = {("d1", "means", "debt_bondage"), ("d1", "means", "deception")}
    text = opening_sentence(quotes, passages, lambda docs: facts)
    # debt bondage: quoted in [1] and extracted from d1; deception: quoted only in [2], whose
    # report was not labelled with it, so it is not claimed
    assert text == "2 reports you can see describe debt bondage [1]. Quoted [1][2]:"


def test_when_no_label_is_both_quoted_and_extracted_then_the_opening_only_counts() -> None:
    passages = [_passage(1, "d1", "a.txt")]
    quotes = [Quote(1, "Officers visited four salons.", 1)]
    assert opening_sentence(quotes, passages, lambda docs: set()) == (
        "Quoted from 1 report you can see [1]:"
    )


def test_when_the_asked_kind_is_qualified_then_its_topic_leads() -> None:
    """ "Which recruitment methods …": the research's recruitment tactics, not a nail bar
    indicator that merely shares the question's other words."""
    passages = [
        "Assessment: indicators of labour exploitation in nail bars employing Vietnamese "
        "workers include unexplained cash.",
        "## Recruitment tactics\n\nRecruiters are usually relatives from the same commune. "
        "Tactics included promises of salon jobs and Facebook pages advertising work.",
    ]
    # as retrieved: every passage is about Vietnamese nail bar workers in the UK
    passages += [f"Vietnamese workers in UK nail bars said they worked {h} hours." for h in (9, 11)]
    question = "Which recruitment methods are reported for Vietnamese workers in UK nail bars?"
    sources = ["flag", "research", "raid", "story"]
    assert pick_quotes(question, passages, EMBED, sources=sources)[0].n == 2


def test_when_a_sentence_is_its_documents_title_then_it_repeats_the_source_name() -> None:
    title = "Northshire Police Modern Slavery Unit - Case file"
    case_file = _passage(1, "d1", "kestrel.txt", title)
    record = _passage(2, "d2", "incidents.csv#INC-0012", "Three young women from Kampong Cham")
    assert repeats_title("Northshire Police  Modern Slavery Unit - Case file", case_file)
    assert not repeats_title("Operation Kestrel: Polish workers in food processing", case_file)
    # a record is named by its reference: its opening sentence is its title and still counts
    assert not repeats_title("Three young women from Kampong Cham", record)


def test_when_a_quote_is_a_markdown_list_item_then_it_renders_as_plain_words() -> None:
    text = render_quotes([Quote(1, "- **Debt bondage.** 29 crew said they owed brokers.", 1)])
    assert "“Debt bondage. 29 crew said they owed brokers.” [1]" in text


def test_when_the_question_asks_how_people_were_recruited_then_means_lead_the_opening() -> None:
    """ "Which recruitment methods … in nail bars?": the deception quoted leads; beauty
    services, which the question itself names, is not repeated back."""
    passages = [_passage(1, "d1", "a.txt"), _passage(2, "d2", "b.txt")]
    quotes = [
        Quote(1, "Her recruiter advertises nail technician jobs in nail salons on TikTok.", 1),
        Quote(2, "Tactics included false promises of salon or restaurant jobs.", 1),
    ]
    facts = {
        ("d1", "sector", "beauty_services"),
        ("d2", "sector", "beauty_services"),
        ("d2", "sector", "hospitality"),
        ("d2", "means", "deception"),
    }
    question = "Which recruitment methods are reported for Vietnamese workers in UK nail bars?"
    text = opening_sentence(quotes, passages, lambda docs: facts, question)
    assert text.startswith("2 reports you can see describe deception [2]")
    assert "beauty services" not in text


def test_when_the_question_names_every_quoted_label_then_they_are_still_said() -> None:
    passages = [_passage(1, "d1", "a.txt")]
    quotes = [Quote(1, "She was told she owed a debt of 9,000 pounds.", 1)]
    facts = {("d1", "means", "debt_bondage")}
    text = opening_sentence(quotes, passages, lambda docs: facts, "Any debt bondage cases?")
    assert text == "1 report you can see describes debt bondage [1]. Quoted [1]:"


def test_when_asked_how_and_only_sectors_are_quoted_then_the_opening_only_counts() -> None:
    passages = [_passage(1, "d1", "a.txt")]
    quotes = [Quote(1, "Recruiters offered restaurant jobs to people from the same commune.", 1)]
    facts = {("d1", "sector", "hospitality")}
    question = "Which recruitment methods are reported for Vietnamese workers?"
    text = opening_sentence(quotes, passages, lambda docs: facts, question)
    assert text == "Quoted from 1 report you can see [1]:"


def test_when_the_question_names_a_sector_then_other_sectors_are_not_said() -> None:
    """ "Thai fishing": a bank flag quoted beside the trawler audit also names construction and
    care; those industries answer nothing about fishing, so only the other facets are said."""
    passages = [_passage(1, "d1", "audit.txt"), _passage(2, "d2", "flag.csv#F-1")]
    quotes = [
        Quote(1, "Crew on the fishing trawler were held in debt bondage for a recruitment fee.", 1),
        Quote(2, "Payments from construction firms and care homes to the same fishing agent.", 1),
    ]
    facts = {
        ("d1", "sector", "fishing"),
        ("d1", "means", "debt_bondage"),
        ("d2", "sector", "construction"),
        ("d2", "sector", "care"),
    }
    question = "What is reported about Thai fishing boats?"
    text = opening_sentence(quotes, passages, lambda docs: facts, question)
    assert text == "2 reports you can see describe debt bondage [1]. Quoted [1][2]:"


def test_when_the_question_names_a_sector_and_only_sectors_are_quoted_then_it_only_counts() -> None:
    passages = [_passage(1, "d1", "flag.csv#F-1")]
    quotes = [Quote(1, "Payments from construction firms to the same fishing agent.", 1)]
    facts = {("d1", "sector", "construction"), ("d1", "sector", "fishing")}
    text = opening_sentence(quotes, passages, lambda docs: facts, "Thai fishing boats?")
    assert text == "Quoted from 1 report you can see [1]:"
