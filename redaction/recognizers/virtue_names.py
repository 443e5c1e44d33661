"""Given names that are English words, common in West and Southern Africa: "I spoke to
Blessing", "after Precious, a friend", "met Mercy and Comfort", "Patience said".

spaCy reads "Blessing" and "Patience" as nouns, and the guard takes a capitalised English word
for a word. Written in Title case where a noun would be in lower case, one of these words
names a person. `person_cue` reports the pattern below ("virtue name") when the word
- stands inside a sentence after a lower-case word, a comma, a bracket or a colon, and no
  article, "of", "for" or other capitalised word comes right before it ("Sisters of Mercy",
  "the Comfort Inn", "Women for Peace", "prayed for Victory"), or opens a sentence before a
  verb of speech or action ("Gift paid"), or opens a chat line as its speaker ("Blessing: did
  you call");
- is not followed by a capitalised word, "for", "of" or "&" ("Mercy Corps", "Hope for
  Justice", "Peace Corps"), which makes it part of an organisation's or a place's name.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

VIRTUE_NAMES = (
    "Blessing|Blessings|Precious|Patience|Mercy|Comfort|Gift|Favour|Favor|Lucky|Innocent"
    "|Godspower|Goodluck|Memory|Loveness|Princess|Charity|Wisdom|Destiny|Marvellous|Joy"
    "|Faith|Peace|Happiness|Testimony|Treasure|Promise|Prosper|Fortune|Miracle|Glory"
    "|Praise|Victory|Purity|Divine|Goodness|Hope"
)
_VERBS = (
    "said|says|told|tells|paid|pays|drove|drives|took|takes|collected|collects|brought"
    "|kept|keeps|sent|sends|called|calls|asked|asks|gave|gives|met|came|went|left|lives"
    "|lived|works|worked|recruited|arranged|owns|owned|ran|runs|sold|bought|booked|texted"
)
_INSIDE = (
    r"(?<=[\p{Ll}\d,;:(\"“'‘][ \t]{1,3})"
    r"(?<!(?i:\b(?:the|a|an|of|for|our|this|that))[ \t]{1,3})"
)
_SENTENCE_START = r"(?:(?<=[.!?][ \t]{1,3})|^)"
_AFTER = r"(?![ \t]+(?:\p{Lu}|for\b|of\b|&))(?![\p{L}\p{M}])"
PATTERN = Pattern(
    "virtue name",
    rf"(?:{_INSIDE}(?P<value>{VIRTUE_NAMES}){_AFTER}"
    rf"|{_SENTENCE_START}(?P<value>{VIRTUE_NAMES})(?=[ \t]+(?:{_VERBS})\b)"
    rf"|(?<=^[^\p{{L}}\n]{{0,20}})(?P<value>{VIRTUE_NAMES})(?=:[ \t]))",
    0.6,
)
