"""Cues that a name is an organisation, read from the clause it heads or the words before it.

Brands and companies with no legal form and no business word ("Korvane pays its pickers",
"Kavora says it fired him", "jobs at Brisamar", "the advert on Jobzilo") are tagged PERSON
by the small model. These cues are ones people rarely stand in:

- the name opens a sentence or clause whose next words speak of "its" own things, with no person,
  pronoun of a person, Title-case word or determiner between ("Korvane pays its pickers",
  "Calloway said its suppliers", "Vantiq says drivers on its app"; not "Ortega sold the car
  and its papers", where "its" is the car's);
- the name opens a clause and then says "it" did what employers do ("Kavora says it fired
  him", "Castellan said it would compensate workers"; not "Okonkwo said it was too late",
  nor "it paid well", which a job does);
- a job is at it ("worked at Brisamar", "jobs at Brisamar"; not "worked at Ortega's");
- something is advertised, booked, sold or found on it ("the advert on Jobzilo", "booked on
  Stayzo"; not "on Ortega's page").

Each is checked by `redaction.org_cues`, which also asks that no list of names knows the word.
"""

from __future__ import annotations

import regex

# Where a sentence or clause opens: the start of the text or a line, or after ".", ";", ":".
# Not after "that" or "after": "Marenco denied that Gutiérrez acted on its behalf", where
# "its" is Marenco's.
_CLAUSE_OPEN = regex.compile(r"(?:^|\n[ \t]*|[.;!?:][\"'’”)]?[ \t]+)$")
# The clause after the name up to "its": its own words only. No person, pronoun, Title-case
# word, determiner (whose noun "its" may point back to) or clause mark between.
_ITS_CLAUSE = regex.compile(
    r"[ \t]+(?:(?!(?i:he|she|his|her|him|hers|they|them|their|i|we|you|the|a|an|this|these|those"
    r"|my|our|your|its|it)\b)\p{Ll}[\p{Ll}'’-]*,?[ \t]+){1,6}its[ \t]+\p{Ll}"
)
_EMPLOYER_VERBS = (
    r"fire[sd]?|hire[sd]?|employs?|employed|recruit(?:s|ed)?|audit(?:s|ed)?|check(?:s|ed)?|"
    r"suspend(?:s|ed)?|compensate[sd]?|never[ \t]+met|dismiss(?:es|ed)?|terminate[sd]?|"
    r"investigate[sd]?|sack(?:s|ed)?|cut[ \t]+ties|refund(?:s|ed)?|reimburse[sd]?|repaid|repay"
)
_IT_DID = regex.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+|later[ \t]+)?(?:said|says|denied|denies|confirmed|"
    r"stated|states|announced|admitted|admits|claimed|claims|insisted|insists|added|explained|"
    r"agreed|promised|replied|responded)(?:[ \t]+that)?,?[ \t]+it[ \t]+"
    r"(?:(?:has|had|have|will|would|also|then|now|never|always|already|did[ \t]+not|does[ \t]+not"
    r"|had[ \t]+not|has[ \t]+not|would[ \t]+not|will[ \t]+not|no[ \t]+longer|not)[ \t]+){0,2}"
    rf"(?:{_EMPLOYER_VERBS})(?![\p{{L}}])"
)
# "worked at Brisamar", "promised them jobs at Brisamar"; never "worked at Ortega's".
_JOB_AT = regex.compile(
    r"(?i:\b(?:work|works|worked|working|job|jobs|shifts?|employed|employment|placed|hired)"
    r"(?:[ \t]+\p{Ll}+)?[ \t]+at)[ \t]+$"
)
# "the advert on Jobzilo", "advertised on Vibely", "booked the room on Stayzo".
_LISTED_ON = regex.compile(
    r"(?i:\b(?:advert|adverts|advertised|ads?|listing|listed|posted|booked|sold|bought|profile"
    r"|account|messaged|chatted|recruited|found)(?:[ \t]+[\p{Ll}-]+){0,3}[ \t]+on)[ \t]+$"
)
_POSSESSIVE = regex.compile(r"['’]s(?![\p{L}])")


def clause_cue(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] heads a clause that speaks of it as an "it"."""
    if not _CLAUSE_OPEN.search(text, max(0, start - 40), start):
        return False
    after = text[end : end + 160]
    return _ITS_CLAUSE.match(after) is not None or _IT_DID.match(after) is not None


def place_of_business_cue(text: str, start: int, end: int) -> bool:
    """Whether a job is at the name, or something is advertised, booked or sold on it."""
    if _POSSESSIVE.match(text, end):
        return False
    before = text[max(0, start - 60) : start]
    return _JOB_AT.search(before) is not None or _LISTED_ON.search(before) is not None
