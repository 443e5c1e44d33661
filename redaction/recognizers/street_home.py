"""A home's street named without a house number: "the house on Gladstone Street", "she lives
in Mill Lane", "number 33 on Paradise Street". Prose patterns (they open no address block);
`redaction.recognizers.street_address` adds them to its own.
"""

from __future__ import annotations

from redaction.recognizers.street_world import ProsePattern

# A capitalised word of a street's name ("Gladstone", "O'Neill", "Saint-Denis").
NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’-]{1,30}"

# A street named with no house number, where a home is on it: "the house on Gladstone
# Street", "she lives in Mill Lane", "number 33 on Paradise Street".
_HOME_CUE = (
    r"(?<![\p{L}])(?i:house|flat|home|property|premises|basement|bedsit|rooms?|address"
    r"|lives?|lived|living|stays?|stayed|staying|resides?|resided|residing|sleeps?|slept)"
)
_HOME_STREET_TYPES = (
    "Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Crescent|Terrace|Grove|Gardens|Court"
    "|Mews|Row|Walk|Parade"
)
_HOME_STREET = (
    rf"{_HOME_CUE}[ \t]+(?:on|in|at|off)[ \t]+(?:the[ \t]+)?"
    rf"(?P<value>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}[ \t]+(?:{_HOME_STREET_TYPES})\.?)"
    r"(?![\p{L}\p{M}])"
)
_NUMBER_ON_STREET = (
    r"(?<![\p{L}])(?P<value>(?i:number|no\.?)[ \t]*\d{1,4}[a-zA-Z]?[ \t]+(?:on|in)[ \t]+"
    rf"(?:the[ \t]+)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}[ \t]+(?:{_HOME_STREET_TYPES}))"
    r"(?![\p{L}\p{M}])"
)
# The same typed in lower case in a chat: "she lives on albany road now". One or two words
# and a street word that is no adjective or plural ("rooms close to", "tea gardens"); words
# that describe a road rather than name it ("main road", "a dirt road") are no name.
_NOT_A_NAME = (
    r"the|a|an|this|that|my|his|her|their|our|your|same|other|next|one|every|each|main|high"
    r"|ring|back|side|dirt|busy|long|old|new|big|small|quiet|private|public|bypass|coast"
    r"|express|toll|slip|access|service|tarmac|gravel|mud|paved"
)
_LOWER_WORD = rf"(?!(?:{_NOT_A_NAME})(?![\p{{L}}]))\p{{Ll}}[\p{{Ll}}\p{{M}}'’-]{{2,30}}"
_HOME_STREET_LOWER = (
    rf"{_HOME_CUE}[ \t]+(?:on|in|at|off)[ \t]+"
    rf"(?P<value>{_LOWER_WORD}(?:[ \t]+{_LOWER_WORD})?[ \t]+"
    r"(?:street|road|avenue|lane|crescent|terrace))"
    r"(?![\p{L}\p{M}])"
)
HOME_PATTERNS = [
    ProsePattern("a home's street, no number", _HOME_STREET, 0.6),
    ProsePattern("number N on a street", _NUMBER_ON_STREET, 0.65),
    ProsePattern("a home's street in lower case, no number", _HOME_STREET_LOWER, 0.6),
]
