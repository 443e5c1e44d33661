"""Organisations that spaCy tags PERSON, told by the words around them.

One-word brands and company names ("Zentrava", "Torvane", "Bluecrest") and names of two
words that end in no listed organisation word ("Arclight Payments") are tagged PERSON by the
small model. These cues mark an organisation, not a person:

- a legal form after the name: "Halvard Fisk AS", "Kessler Agrar GmbH", "Siam Pearl Sdn Bhd";
- the name ends in a word for a line of business: "Arclight Payments", "Crestline Realty";
- what only a business has, after the name: "Torvane's factory", "Ferrox's sourcing team",
  "Ferrox suppliers", "the Hai Feng fleet";
- what it is, in apposition or after a copula: "Tessaro, an Italian fashion brand", "Nordwind, the
  German cleaning company", "Vexor and Lumira are both prepaid card brands";
- what it is, before the name: "The company Drayfield", "a bar called El Faro", "a company
  calling itself Goldwave", "company name Alqamar";
- the short form of an organisation named in full in the same text: "Lindqvist Shipping
  chartered the trawler. Lindqvist later said", unless a title or given name stands before
  the word anywhere in the text ("Mr Lindqvist", "Anna Lindqvist");
- it speaks of what it owns as "its": "Quintara said it would audit its suppliers",
  "Drayfield denied that its subsidiary";
- the clause it heads speaks of it as an "it", a job is at it or an advert on it
  (`redaction.org_clause`);
- any of these at another mention of the same name in the text, a coined brand's ending
  (`redaction.org_shape`), or a well-known organisation's name (`redaction.brand_list`), each
  unless a title or given name stands before some mention ("Mr Korvane").

A real person must never be kept. Each cue is one that people rarely stand in (no trade a
person may have, "a cocoa exporter"; nothing a person owns too, "Kofi's accounts"; no
"employed by" or "worked for", which domestic workers say of people), and every cue needs a
name that no list of names knows: no word a census or world given name, and a name of one
word no census surname either. Called by `redaction.not_a_person`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from redaction import gazetteer
from redaction.brand_list import known_brand
from redaction.org_clause import clause_cue, place_of_business_cue
from redaction.org_shape import authority_shaped, brand_shaped
from redaction.person_guard import normalize

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_LEGAL_FORM = regex.compile(
    r"[ \t]*,?[ \t]*(?:AS|ASA|A/S|ApS|AB|Oy|Oyj|Sdn\.?[ \t]+Bhd\.?|Bhd\.?|Pte\.?|Pty\.?|K\.K\."
    r"|S\.p\.A\.|SpA|S\.A\.S\.|SAS|S\.A\.|N\.V\.|NV|B\.V\.|Kft\.?|Zrt\.?|s\.r\.o\.|a\.s\."
    r"|Sp\.[ \t]+z[ \t]+o\.o\.|OOO|PJSC|Tbk|S\.A\.C\.|S\.R\.L\.|EIRL|LDA|Lda\.?|Ltda\.?"
    r"|S\.L\.U\.|SE|KG|OHG|UG|GmbH|AG|Ltd\.?|Inc\.?|LLC|LLP|PLC|Plc|Co\.)(?![\p{L}\p{N}])"
)
_LEGAL_FORM_BEFORE = regex.compile(r"(?<![\p{L}])(?:PT|CV|OOO|TOO|UAB|SIA|OÜ)[ \t]+$")
# Last words of a business's name that our organisation words (gazetteer.ORG_KEYWORDS) miss.
SECTOR_TAILS = frozenset(
    """
payments pay ventures capital couriers courier express realty gloves transit cargo freight haulage
fashion fashions models modelling agro grill kitchen harvest motors electronics energy mining
seafoods poultry meats nights lounge gaming entertainment hospitality pharma tech technologies
systems tekstil textile garment knitwear knit fishing trawlers developers homes housing
printing packaging plastics steel cement brickworks tiles ceramics bakeries bakery dairy
supplies supply wholesale retail mart mall studio studios productions digital telecom aviation
coaches cabs autos tyres catering beverages brewery plantations orchards nurseries growers
organics wellness fitness casino resort resorts lodge hostel guesthouse travels holidays
cruises consultancy consulting finance credit insurance traders exports distribution
workforce labour labor jobs careers paving roofing scaffolding demolition recycling waste
minerals minerales mineração mineria minería agrícola agricola textil confecciones
""".split()
)
# What only a business has: after a possessive ("Torvane's factory") or the bare name
# ("Ferrox suppliers"). No word a person has too ("accounts", "drivers", "recruiters").
_OWN_NOUNS = (
    r"factory|factories|subsidiary|subsidiaries|suppliers?|supply[ \t]+chain|website|"
    r"headquarters|head[ \t]+office|shareholders|sourcing|brand|brands|products|warehouses?|"
    r"plants?|outlets|stores|franchises?|annual[ \t]+report|fleet|vessels|trawlers"
)
_POSSESSIVE_OWN = regex.compile(
    rf"['’]s[ \t]+(?:[\p{{Ll}}-]+[ \t]+)?(?:{_OWN_NOUNS})(?![\p{{L}}'’])"
)
_BARE_OWN = regex.compile(
    rf"[ \t]+(?:{_OWN_NOUNS}|accounts|trucks|lorries|branches|mills|plantations|shops|staff|"
    r"employees|managers|executives)(?![\p{L}'’])"
    r"|-(?:branded|made|brand)(?![\p{L}])"
)
# What an organisation is. No trade a person may follow too ("a cocoa exporter", "the
# supplier", "a contractor", "a tour operator").
_HEADS = (
    r"company|companies|firm|firms|brand|brands|agency|agencies|group|manufacturer|club|chain|"
    r"bank|retailer|wholesaler|distributor|label|subsidiary|start-?up|app|platform|charity|"
    r"ngo|organi[sz]ation|co-?operative|business|enterprise|conglomerate|hotel|restaurant|bar|"
    r"factory|farm|plantation|mill|airline|website|franchise"
)
_WHAT_IT_IS = regex.compile(
    r"(?:[ \t]*,|[ \t]+(?:is|was|are|were)(?:[ \t]+(?:both|also|now|still))?)[ \t]+"
    r"(?:(?:a|an|the|one|two|three)[ \t]+)?(?:[\p{L}\p{N}-]+[ \t]+){0,3}?"
    rf"(?:{_HEADS})(?![\p{{L}}'’-])"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:in|based|run|owned|that|which|with|from|of|registered|"
    r"whose|operating|for|on|near|at|and|where|known|used|selling|sold|making|made|called|linked))"
)
_INTRODUCED = regex.compile(
    rf"(?i:(?:the|a|an|this|that|its|their)[ \t]+(?:[\p{{L}}-]+[ \t]+)?(?:{_HEADS})"
    r"(?:[ \t]+(?:called|named|calling[ \t]+itself|known[ \t]+as|name[ \t]*:?))?"
    rf"|(?:{_HEADS})[ \t]+(?:called|named|calling[ \t]+itself|known[ \t]+as|name[ \t]*:?))"
    r"[ \t]+$"
)
# It speaks of what it owns as "its": "Quintara said it would audit its suppliers". Not "said
# it": "Okonkwo said it was late".
_ITSELF = regex.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+|later[ \t]+)?(?:said|says|denied|denies|confirmed|"
    r"stated|announced|admitted|claimed|insisted|added|explained|agreed|promised|replied|"
    r"responded)(?:[ \t]+(?:that|in[ \t]+a[ \t]+statement))?,?[ \t]+(?:it[ \t]+[\p{Ll} ]{0,40}?)?"
    rf"its[ \t]+(?:[\p{{Ll}}-]+[ \t]+)?(?:{_OWN_NOUNS}|staff|employees|workforce|name)"
    r"(?![\p{L}'’])"
)


_TITLES = frozenset(w.lower() for w in gazetteer.split(gazetteer.PERSON_TITLES))
_PREVIOUS = regex.compile(r"(\p{L}[\p{L}\p{M}'’-]*)\.?[ \t]+$")
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}'’-]")  # a mention's edges (`_mentions`)
_WORD_AFTER = regex.compile(r"[\p{L}\p{M}-]")
# Up to three Title-case words after a word, the last one kept: "Lindqvist Shipping Co.".
_TITLE_RUN = regex.compile(
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}&'’-]*){0,2}[ \t]+(\p{Lu}[\p{L}\p{M}&'’.-]*)"
)


def _unlisted(surface: str) -> bool:
    """No word a given name of the census or world lists; one word, no census surname."""
    from redaction.name_lists import surnames
    from redaction.world_names import every_given_name

    names = every_given_name()
    words = [w for w in regex.findall(r"[\p{L}\p{M}'’-]+", surface) if w[:1].isupper()]
    if not words or any(w in names or normalize(w) in names for w in words):
        return False
    # Accents folded too: the census spells "Gutiérrez" as "gutierrez".
    return len(words) > 1 or not {words[0].lower(), normalize(words[0])} & surnames()


_TITLE_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}\p{M}-]+)(?:[ \t]+(\p{Lu}[\p{Ll}\p{M}-]+))?")


def _ends_in_sector(surface: str, after: str) -> bool:
    """ "Crestline Realty", or "Arclight" before "Payments" (spaCy's span stops short)."""
    words = surface.split()
    if len(words) > 1 and words[-1].lower() in SECTOR_TAILS:
        return True
    nxt = _TITLE_AFTER.match(after)
    return nxt is not None and any(
        w is not None and w.lower() in SECTOR_TAILS for w in nxt.groups()
    )


def _given_name(word: str) -> bool:
    from redaction.world_names import every_given_name

    return word in every_given_name()


def short_form(text: str, surface: str, guard: PersonGuard) -> bool:
    """One word that opens an organisation's full name elsewhere in the text ("Lindqvist" of
    "Lindqvist Shipping"), is no given name, and never follows a title or given name."""
    if " " in surface or not surface[:1].isupper() or _given_name(surface):
        return False
    word = regex.escape(surface)
    full = False
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}'’-]){word}(?![\p{{L}}\p{{M}}-])", text):
        before = _PREVIOUS.search(text, max(0, m.start() - 30), m.start())
        prev = before.group(1) if before else ""
        if prev.lower() in _TITLES or (prev[:1].isupper() and _given_name(prev)):
            return False
        run = _TITLE_RUN.match(text, m.end())
        if run:
            last = run.group(1).rstrip(".").casefold()
            full = full or last in guard.org_keywords or last in SECTOR_TAILS
    return full


def organisation_cue(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """Whether a PERSON span is an organisation by the cues of the module docstring, here or
    at another mention of the same name in the text ("Bellmoor says it pays the minimum wage.
    Bellmoor's warehouse ..."), or by a coined brand's shape (`redaction.org_shape`), unless a
    title or given name stands before any mention."""
    surface = text[start:end]
    if short_form(text, surface, guard):
        return True
    if _cued_at(text, start, end, guard):
        return True
    if _named_as_person(text, surface):
        return False
    if known_brand(surface) and (" " in surface.strip() or not _given_name(surface)):
        return True  # "Western Union", "Maersk", "Marriott"; not "Zara", a given name too
    if authority_shaped(surface):
        return True  # "Bundespolizei", "Skatteverket": a public body, never a person
    if not _unlisted(surface):
        return False
    others = [(s, e) for s, e in _mentions(text, surface) if s != start]
    return brand_shaped(surface) or any(_cued_at(text, s, e, guard) for s, e in others)


def _mentions(text: str, surface: str) -> list[tuple[int, int]]:
    """Spans of `surface` as a whole word of `text`: no letter, mark, apostrophe or hyphen
    before it, no letter, mark or hyphen after it. Found with `str.find` and two compiled
    edge checks: a regex built for each name cost more to compile than the search."""
    out = []
    size = len(surface)
    at = text.find(surface)
    while at >= 0:
        end = at + size
        if (at == 0 or not _WORD_BEFORE.match(text, at - 1)) and not _WORD_AFTER.match(text, end):
            out.append((at, end))
            at = text.find(surface, end if size else at + 1)
        else:
            at = text.find(surface, at + 1)
    return out


def _named_as_person(text: str, surface: str) -> bool:
    """A title or given name before some mention: "Mr Korvane", "Anna Korvane"."""
    for at, _ in _mentions(text, surface):
        before = _PREVIOUS.search(text, max(0, at - 30), at)
        prev = before.group(1) if before else ""
        if prev.lower() in _TITLES or (prev[:1].isupper() and _given_name(prev)):
            return True
    return False


def _cued_at(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """The cues of the module docstring around this one mention."""
    surface = text[start:end]
    after = text[end : end + 120]
    before = text[max(0, start - 60) : start]
    if _LEGAL_FORM.match(after) or _LEGAL_FORM_BEFORE.search(before):
        return _unlisted(surface.split()[0]) or len(surface.split()) > 1
    cued = (
        _ends_in_sector(surface, after)
        or _POSSESSIVE_OWN.match(after) is not None
        or _BARE_OWN.match(after) is not None
        or _WHAT_IT_IS.match(after) is not None
        or _ITSELF.match(after) is not None
        or _INTRODUCED.search(before) is not None
        or clause_cue(text, start, end)
        or place_of_business_cue(text, start, end)
    )
    return cued and (_unlisted(surface) or _business_name(surface))


def _business_name(surface: str) -> bool:
    """A name of two words or more ending in a line of business that is no census surname,
    opened by no census given name: "Tiger Peak Ventures", "Marbella Nights" (the world list
    holds "Tiger" and "Marbella" as given names); not "Grace Kitchen" nor "Tom Lodge"."""
    from redaction.name_lists import given_names, surnames

    words = surface.split()
    if len(words) < 2 or words[-1].lower() not in SECTOR_TAILS:
        return False
    return words[-1].lower() not in surnames() and normalize(words[0]) not in given_names()
