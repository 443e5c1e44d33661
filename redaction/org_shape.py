"""Brand names known by their shape: invented words with an ending that brands use and names
almost never do ("Provexa", "Nordavia", "Kestrix", "Wavecash", "Shelterlink", "Remitly").

spaCy tags such a word PERSON when it is the subject of a verb people also do ("Provexa will
pay", "Nordavia recruits through an agency"). The endings were chosen against the surnames of
Faker's 111 locales that no census or world name list holds (12,690): the endings below match
5 of them ("Saldivia", "Jorlink"), where "-ora", "-ane", "-ia" and "-ly" in general match
dozens ("Kiogora", "Traore", "Bataglia", "Ganguly"), so those are left out.

`redaction.org_cues` asks of such a word what it asks of any cue: that it is one word no list
of names knows, and that no title or given name stands before it anywhere in the text.
"""

from __future__ import annotations

import regex

# Endings of coined brand names. "-ex" not after "nn" ("Menthonnex"); "-ix" not after "o"
# ("Delcroix", "Boix"); "-ly" only after a consonant that Irish and Indian surnames in "-ly"
# do not end in ("Remitly", "Bookly"; not "Brannelly", "Ganguly", "Cranly").
_BRAND_ENDING = regex.compile(
    r"(?:exa|(?<!nn)ex|(?<!o)ix|ox|ax|ify|via|ique|tech|soft|link|cash|pay|hub|[bcdfkmptvxz]ly)$"
)
_COINED = regex.compile(r"\p{Lu}\p{Ll}{3,}")
# Public bodies of Germanic languages, written as one compound word: "Bundespolizei",
# "Skatteverket", "Arbeitsamt", "Landgericht", "Utlendingsdirektoratet", "Arbeidstilsynet".
_AUTHORITY_ENDING = regex.compile(
    r"(?:polizei|polisen|politiet|verket|ministerium|behörde|gericht|\p{Ll}{4}amt|direktoratet"
    r"|tilsynet|styrelsen|myndigheten|inspektionen|anwaltschaft)$"
)


def brand_shaped(word: str) -> bool:
    """One Title-case word of five letters or more with a coined brand's ending."""
    return _COINED.fullmatch(word) is not None and _BRAND_ENDING.search(word.lower()) is not None


def authority_shaped(word: str) -> bool:
    """One Title-case compound word that names a public body by its ending ("Bundespolizei",
    "Skatteverket", "Finanzamt"); no census or world surname ends so."""
    return _COINED.fullmatch(word) is not None and (
        _AUTHORITY_ENDING.search(word.lower()) is not None
    )
