"""Follow-up rewriting: the standalone question carries the earlier subject, in the user's words."""

from assistant.conversation import is_follow_up, standalone_question


def test_when_follow_up_then_previous_subject_is_carried():
    out = standalone_question("And in Thailand?", ["Which reports mention fishing crews?"])
    assert out.startswith("And in Thailand?")
    assert "fishing" in out
    assert "crews" in out


def test_when_follow_up_rewritten_then_every_word_was_typed_by_the_user():
    """A "not mentioned" notice is built from the standalone question; a label word such as
    "context" would be reported as a term the sources lack, though no one asked about it."""
    typed = "Tell me more about them"
    previous = "What does the report say about vosoleru?"
    out = standalone_question(typed, [previous])
    words = {w.strip("()?.,").lower() for w in out.split()}
    said = {w.strip("()?.,").lower() for w in f"{typed} {previous}".split()}
    assert words <= said, words - said


def test_when_question_stands_alone_then_it_is_unchanged():
    q = "Which recruitment methods are reported for Vietnamese workers in UK nail bars?"
    assert not is_follow_up(q)
    assert standalone_question(q, ["Earlier question about Romania?"]) == q
