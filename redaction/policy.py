"""The redaction policy's version: which code and which settings scrubbed a document.

Stored with every document, so `lens check` can list documents scrubbed by an older policy
and `lens rescrub` can bring them up to date. `POLICY_CODE` is raised whenever a change to
the recognizers or the engine removes more (or less) from the same text.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.settings import RedactionSettings

# 1: the policy before document-level redaction (documents stored before the column existed).
# 2: document-level redaction, context recognizers, phones by region, postcodes (issue 14).
# 3: names removed whole, unit lines, longer postcodes, more street forms (issue 14 round 5).
# 4: listed given names, surname-first capitals, chat-log speakers, streets named in prose
#    (issue 14 round 6).
# 5: spans that their neighbours show to be no person (places, operations, organisations),
#    streets of workplaces named without a number; lower-case name runs from a world
#    given-name list ("call maria lopez") (issue 14 round 7).
# 6: form-style names ("KRASNIQA Dritan Dušan"); towns of several words from GeoNames and
#    "-men" plurals are no person; names the tagger calls common nouns, "OSEI, <given>",
#    "Ionescu's" after "to"; more street, unit and postcode forms of many countries
#    (Eircodes, US state names, units before a street, codes after their label); places
#    listed after a place preposition and names inside Romance-language organisation names
#    are kept; national IDs, accounts, passports, licences and plates of many countries by
#    shape and check digit, with table headers and list neighbours as cues; no date or
#    amount is an identifier (issue 14 round 8).
# 7: places of several words, goods in lists and organisations named by their kind, their
#    country or a listed neighbour are no people (issue 14 round 9, keep9).
# 8: organisations by cues around an unlisted name (legal forms, business words, "X's
#    factory", "the company X") and one-word GeoNames towns after a place word are no people
#    (issue 14 round 10, keep10).
# 9: names by their cues (role + bracket, "(DOB", "v. DEMIR", lists pulled in by a person),
#    people columns of tables written in a text, goods in a bracketed list kept; organisations
#    kept by the clause they head, brand endings and a list of well-known ones; street, unit and
#    PO-box shapes of about 45 more countries (issue 14 rounds 11 and 12).
# 10: dates of birth in more shapes and languages, years after a birth cue; passports in lower
#    case, dashed or read out, Pakistan's CNIC, more plates; names after ranks and titles, role
#    labels, bulleted lists and sign-offs; postcodes beside listed towns; streets after place
#    prepositions (issue 14 round 13).
# 11: dates of birth after a name in rows and lists, and those lists' other people; identifiers
#    in capitals kept whole by true-casing, more ID and plate cues; a home's street without a
#    house number; names after kin words and naming verbs of other languages, lone lower-case
#    given names, chat vocatives, family-name endings (issue 14 round 14).
# 12: a name's part repeated inside an organisation's name is no longer spread into it, and
#    names opening with an organisation word of another language are kept (issue 14 round
#    15, keeps15).
# 13: national IDs of about 20 more countries by cue, dotted groups, lower-case CURP and
#    Egyptian structure; plates after a vehicle earlier in the sentence and plate words of
#    other languages; romanised Ukrainian streets, "Gg.", "kv." and chained unit items
#    (issue 14 round 15, ids15).
# 14: lower-case chat speakers whose names are English words ("ana:", "yaw:") beside another
#    named speaker (issue 14 round 15, person15).
# 15: surname-comma-given lines of forms and lists with the given name in capitals or
#    unlisted after a line's opening ("OKEKE, CHIDI", "1. OYELARAN, Folake") (issue 14 round
#    16, person16).
# 16: names opening with the trade a Spanish, Portuguese or Italian business names itself by
#    ("Frutas del Valle", "Naviera Atlántida") are organisations, kept (issue 14 round 16,
#    keeps16).
# 17: a street after a preposition goes with its street word, stands, erfs, Japanese blocks
#    before a ward, a home's street in lower case; postcodes before lower-case towns, Indian
#    PINs with a space, lower-case Canadian codes, Ghanaian digital addresses (issue 14 round
#    16, addr16).
# 18: street, unit and box lines of national forms ("House # 12, Street # 5", "Mz. B Lt. 14",
#    "RT 03/RW 11", "123. Sok. No:5 D:3", "os. Piastów 12/34", "U Hřbitova 71", "..., RD 6"),
#    Faker's street suffixes of more countries, street lines in capitals after true-casing
#    (issue 14 round 18, street18).
# 19: titles that are surnames stay in the name ("Imran Sheikh"), countries that are given
#    names open one ("GEORGIA PAPADAKI"), "Lei" after a Chinese surname is a given name, "Me,"
#    opens a list of people, given names that are English words ("I spoke to Blessing"),
#    lower-case kin words before a name ("mama grace"), a town that is a given name before a
#    found name ("Regina Kowalczyk") (issue 14 round 18, person18).
# 20: a virtue word after "for" is no given name ("Women for Peace", "prayed for Victory")
#    (issue 14 round 18, review).
# 21: text of other languages: country names as other languages write them ("Rumänien"),
#    public bodies by a compound ending ("Bundespolizei"), organisation openers of more
#    languages ("Casa", "Stichting", "Jabatan"), spaCy spans cut at function words ("Männer
#    aus Serbien") (issue 14 round 19, keeps19).
# 22: titles that also open names stay in them ("Pan Jianguo", "Don Mitchell", "Justice
#    Boateng"), "Lei" before a Chinese surname ("Lei Zhang"), a Vietnamese family name after a
#    given name ("Minh Do", then "Do" alone), lower-case English-word names after a verb of
#    telling or meeting ("i told rose to wait"), two-word chat speakers ("li na:", "ana pop:")
#    (issue 14 round 19, person19).
# 23: a name part that is also a stop word stays where a negation or pronoun follows it ("Do
#    not contact him" after "Minh Do") (issue 14 round 19, review).
# 24: a span holding a company's legal form is no person ("Kotka Wood Oy", "PT Sinar Abadi");
#    a listed one-word town only spaCy tagged stays ("Siliguri remains") (issue 14, keeps20).
# 25: a listed town of several words only spaCy tagged stays ("San Pedro Sula", "Mae Sot")
#    (issue 14, keeps20).
# 26: 45 more well-known organisations on the brand list ("Europol", "Vodafone", "Royal Mail")
#    (issue 14, keeps20).
# 27: a month, day or modal that is a given name opens a name ("Will Osei", "May Lin"), a
#    Vietnamese given name closes one after "Van"/"Thi" ("Nguyen Van An"), "PP" is a passport
#    cue (issue 14 round 20, redact20).
# 28: phones with an area code in brackets and longer groups, Hungarian "(06)55/561-8761",
#    spaced North American numbers (issue 14 round 20, redact20).
# (keeps20 and redact20 both bumped from 23; renumbered at their merge.)
# 29: a body opened by an article of another language ("La Policía Nacional", "Der Zoll") and
#    a name in quote marks after "programme"/"project"/"Operation" are no person; 87 more
#    aid bodies and public bodies on the brand list ("Payoke", "Solwodi", "Doras"); "La
#    Strada" is no street line (issue 14 round 21, keeps21).
# 30: names in capitals after a label and a colon ("DEFENDANT: KEVIN BROWN"), census surnames
#    in capitals after a found name in capitals ("<GARY> LONG") and alone elsewhere in
#    capitals (issue 14 round 21, redact21).
# (keeps21 and redact21 both bumped from 28; renumbered at their merge.)
# 31: names in their own script inside a Latin-script text (Arabic, Han, Hangul, Devanagari,
#    Ge'ez...), unless a country or region in that language or a bracketed gloss of a place;
#    Korean names with a hyphened given name ("Han Ji-woo") (issue 14, script21).
# 32: name parts beside a found name ("<X>-Laurent", "<X> de la Cruz", "<X> dela Cruz",
#    "Jesús <X>", "<TZUL BATZ>, Jesús"), Cyrillic or Greek names in a Latin text, "Md. <name>",
#    a chat speaker after a time stamp inside a line (issue 17, links22b).
# 33: numbers of any grouping after a phone cue ("5123 7215", "984-1232964", "called him at
#    555-0186"; not a year or money) and trailer lots ("Lot 22") (issue 14 round 22, atrest22).
# (links22b and atrest22 both bumped from 31; renumbered at their merge.)
# 34: a passport, national ID, driving licence or plate number right after its own label
#    in many languages ("Paszport nr FE 418273", "CPR-nr. 120489-1742", "nr rej. BC 4827
#    HT", "Kennzeichen B-KM 4821"); a passport, plate or licence number of the same shape
#    as a cued one in the same text (a manifest's or fleet list's column) (issue 14,
#    ids22; it bumped from 31 too: renumbered at its merge).
POLICY_CODE = 34


def policy_version(settings: RedactionSettings) -> str:
    """`<code>.<hash of the settings that change what is removed>`, e.g. "2.1f3a9c0e"."""
    relevant = {
        "spacy_model": settings.ner_model or settings.spacy_model,
        "score_threshold": settings.score_threshold,
        "remove": sorted(settings.remove),
        "recognizers": dict(sorted(settings.recognizers.items())),
        "deny_list": {k: sorted(v) for k, v in sorted(settings.deny_list.items())},
        "allow_list": sorted(settings.allow_list),
    }
    if settings.second_ner_model:
        # Only when set, so the default policy's version (and every stored document's) stays.
        relevant["second_ner_model"] = settings.second_ner_model
    digest = hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()
    return f"{POLICY_CODE}.{digest[:8]}"
