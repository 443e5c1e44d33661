"""Form fields whose value is a place or an organisation, and the labels of form fields.

Forms, manifests, intake sheets and border notes give a bare value after a label, with no
sentence for the NER to judge by, and the small model takes many of those values for people:

    Place of birth: Cluj-Napoca          Port of loading: Chattogram
    Employer: Transilvania Agro Prod     Carrier: Naviera Atlántida
    Lugar de nacimiento: Tegucigalpa     VESSEL: OCEAN PEARL  FLAG: PANAMA

- A span inside the value of a place field ("Place of birth", "Port of discharge", "Town",
  "Destination", "Lieu de naissance", ...) is a place, never a person.
- A span inside the value of an organisation field ("Employer", "Carrier", "Consignee",
  "Recruiting agency", "Empresa", ...) is an organisation when no word of it is a given name
  of any list and a one-word value is no census surname (`org_cues.unlisted`), and no title
  stands before it: "Employer: Mrs Haddad" and "Employer: Khalid Mansour" stay people.
- A span that is (part of) such a label, or a label of a field any form has ("Nationality:",
  "Nombre:", "Domicilio:"), or the head of "Port of loading" or "Bill of lading", is no person;
  otherwise "Port" is found as a name and taken out of "Port Klang" too.
- A name of two or more words that opens with a word naming what an organisation is, as
  names do in Romance and other languages ("Agropecuaria San Miguel", "Naviera Atlántida",
  "Policía Nacional", "Kibbutz Ein Harod", "Công ty Minh Phát").

A field's label opens a line, or follows "|", ";", a bullet, a full stop or two spaces; its
value runs to the end of the line, a "|", ";", "(", two spaces or the next label. Called by
`redaction.not_a_person`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_OF_PLACE = (
    r"birth|origin|residence|issue|issuance|work|employment|recruitment|departure|arrival|"
    r"destination|entry|exit|loading|discharge|embarkation|disembarkation|registry|"
    r"registration|transit|call|incident|exploitation|rescue|interception|deployment|"
    r"interview|arrest|delivery|receipt|shipment|stay"
)
_PLACE_LABEL = (
    r"(?:place|city|town|village|country|province|region|state|district|county|"
    rf"municipality|port|point|airport|location|area|site)[ \t]+of[ \t]+(?:{_OF_PLACE})"
    r"|(?:last|next|home|final|previous|loading|discharge|departure|arrival|destination|"
    r"transit|entry|exit|nearest|origin|registry|home)[ \t]+(?:port|city|town|country|airport|"
    r"point|village|province|region)"
    r"|port|ports|hometown|home[ \t]+town|birthplace|birth[ \t]+place|city|town|village|"
    r"origin|destination|location|site|work[ \t]?site|place|region|province|district|county|"
    r"municipality|route|transit|residence|city/town|town/city|city[ \t]+or[ \t]+town|"
    r"lugar[ \t]+de[ \t]+(?:nacimiento|origen|residencia|trabajo|destino|los[ \t]+hechos)|"
    r"ciudad|municipio|provincia|departamento|país|pais|procedencia|destino|origen|"
    r"lieu[ \t]+de[ \t]+(?:naissance|résidence|travail|destination)|ville|commune|pays|"
    r"provenance|geburtsort|wohnort|herkunft|herkunftsland|stadt|ort|local[ \t]+de[ \t]+"
    r"(?:nascimento|trabalho|origem)|naturalidade|cidade|localidade|miejsce[ \t]+urodzenia|"
    r"miejscowość|locul[ \t]+nașterii|localitate|oraș"
)
_ORG_LABEL = (
    r"employer|employer'?s[ \t]+name|employing[ \t]+(?:company|firm)|company|company[ \t]+name|"
    r"business|business[ \t]+name|firm|agency|agency[ \t]+name|"
    r"(?:recruiting|recruitment|manpower|placement|travel|employment|staffing|sending|"
    r"receiving|referring|licensed)[ \t]+(?:agency|company|organi[sz]ation)|"
    r"carrier|shipper|consignee|consignor|exporter|importer|manufacturer|factory|"
    r"vessel[ \t]+operator|shipping[ \t]+line|airline|bank|issuing[ \t]+bank|"
    r"beneficiary[ \t]+bank|sending[ \t]+bank|receiving[ \t]+bank|"
    r"hotel|workplace|place[ \t]+of[ \t]+work|organi[sz]ation|ngo|"
    r"sponsor(?:ing)?[ \t]+company|plantation|farm|mine|brand|buyer[ \t]+company|"
    r"empresa|empleador|empregador|employeur|entreprise|société|arbeitgeber|unternehmen|"
    r"agencia|agência|agence|pracodawca|angajator|banco|banque"
)
# Labels of fields whose value is no place or organisation but that the NER takes for names
# ("Nationality:", "Nombre:", "Domicilio:"): the label itself is no person.
_OTHER_LABEL = (
    r"nationality|citizenship|nacionalidad|nationalité|staatsangehörigkeit|nacionalidade|"
    r"nombre|nombres|apellido|apellidos|nom|prénom|vorname|nachname|nome|sobrenome|"
    r"domicilio|dirección|direccion|adresse|anschrift|endereço|morada|address|"
    r"sex|gender|sexo|sexe|occupation|profession|ocupación|profesión|beruf|job|"
    r"fecha|date|datum|data|edad|âge|alter|idade|age|passport|pasaporte|passeport|reisepass|"
    r"teléfono|telefono|téléphone|telefon|phone|mobile|remarks|notes|observaciones|status|"
    r"goods|cargo|commodity|vessel|ship|voyage|flight|cause|charge|offence|offense"
)
_FIELD = regex.compile(
    r"(?:^|(?<=[\n|;•])|(?<=[ \t]{2})|(?<=[.][ \t]))[ \t*·-]*"
    rf"(?P<label>(?i:{_PLACE_LABEL}|{_ORG_LABEL}|{_OTHER_LABEL}))"
    r"[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?[:：][ \t]*"
)
_PLACE_ONLY = regex.compile(rf"(?i:{_PLACE_LABEL})")
_ORG_ONLY = regex.compile(rf"(?i:{_ORG_LABEL})")
# Where a value stops: the line's end, a cell or clause mark, a bracket, a full stop, two
# spaces, the next label ("VESSEL: OCEAN PEARL  FLAG: PANAMA"; "Town: Kayes Region: ..."), or
# a lower-case word that joins no name ("Destination: Doha with Ana Lima" stops at "with").
_VALUE_END = regex.compile(
    r"[\n|;(]|[.!?](?:[ \t]|$)|[ \t]{2,}|[ \t]\p{Lu}[\p{L}\p{M}' ]{0,25}[:：]"
    r"|[ \t](?!(?:de|del|do|da|dos|das|di|du|des|la|le|of|the|and|y|e|am|an|der|sur|upon)"
    r"(?![\p{L}\p{M}]))\p{Ll}"
)
_DIGIT = regex.compile(r"\d")
# A person's place named by its owner: "Okafor compound", "Ferreira residence".
_PERSONS_PLACE = regex.compile(
    r"[ \t]+(?i:compound|farm|residence|house|home|household|family|estate|premises|property|"
    r"plot|homestead|shop|flat|apartment|land|villa|mansion|quarters|yard|office|place)"
    r"(?![\p{L}])"
)
# Items of a value set apart ("Kayes - Mariam Diarra"), not a hyphenated name ("Cluj-Napoca").
_INNER_SEPARATOR = regex.compile(r"[,;/–—]|[ \t]-|-[ \t]")
# A household, not a business: "Employer: Al-Mansouri family"; Arabic family-name particles.
_HOUSEHOLD_AFTER = regex.compile(r"[ \t]+(?i:family|household|home|residence|house)(?![\p{L}])")
_PARTICLE = regex.compile(r"(?<![\p{L}])(?i:al|el|bin|ibn|abu|bint)[- ]")
# "Port of loading", "Bill of lading", "Place of birth" without a colon.
_OF_HEADS = frozenset("port place city town country point airport bill date".split())
_OF_AFTER = regex.compile(rf"[ \t]+of[ \t]+(?i:{_OF_PLACE}|lading)(?![\p{{L}}])")
# Words that open an organisation's name in many languages ("Naviera Atlántida"); not those
# that open businesses named after their owners ("Cabinet Ndiaye", "Pension Huber",
# "Établissements Diop", "Atelier", "Groupe", "Gasthof", "Azienda", "Bodegas"). Words of
# `redaction.gazetteer.ORG_KEYWORDS` need no place here: the guard already releases a span
# holding one.
OPENERS = frozenset(
    """
agropecuaria agroindustrial agrícola agricola agroindustria naviera turismo autonoleggio
maquiladora constructora construtora inmobiliaria imobiliária comercial comercializadora
distribuidora inversiones servicios industrias confecciones transportadora autotransportes
fábrica fabrica colegio escuela restaurante discoteca policía polícia polizia fiscalía
procuraduría tribunal juzgado caja kibbutz moshav yayasan koperasi perusahaan pabrik
stowarzyszenie fundacja spółdzielnia asociația fundația stichting vereniging gesellschaft motel
hostal pousada
""".split()
)
_OPENER_PAIRS = frozenset(("công ty", "xí nghiệp"))
# Endings of coined organisation names with no English word: "Vietcombank", "Zeepay".
_ORG_ENDINGS = ("bank", "pay", "cash", "remit", "trans", "group", "air", "tel", "com")
_TITLE_WORD_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}\p{M}]+)")
_SAINTS = frozenset("san santa santo são sao saint sainte st st. sankt".split())


@lru_cache(maxsize=16)
def _fields(text: str) -> tuple[tuple[int, int, int, str], ...]:
    """Each field: label start, value start, value end, kind ("place", "org", "other")."""
    out = []
    for m in _FIELD.finditer(text):
        label = m.group("label")
        if _PLACE_ONLY.fullmatch(label):
            kind = "place"
        elif _ORG_ONLY.fullmatch(label):
            kind = "org"
        else:
            kind = "other"
        stop = _VALUE_END.search(text, m.end())
        out.append((m.start("label"), m.end(), stop.start() if stop else len(text), kind))
    return tuple(out)


def field_value_kind(text: str, start: int, end: int) -> str | None:
    """ "label" when the span lies in a field's label; "place" or "org" when it opens the
    value of a place or organisation field; "later place" when it stands later in a place
    field's value ("Sylhet, Bangladesh"; "Kayes - Mariam Diarra", "Farm of Okello" too: the
    caller asks whether it is a known place); else None. A value with a digit before the
    span is an address ("Site: 915 Paul Kruger Street"), whose street names may be people's."""
    if ":" in text or "：" in text:
        for label_start, value_start, value_end, kind in _fields(text):
            if label_start <= start and end <= value_start:
                return "label"
            if kind == "other" or not (value_start <= start and end <= value_end):
                continue
            if start == value_start:
                return kind
            if kind == "place" and not _DIGIT.search(text, value_start, start):
                return "later place"
            return None
    word = text[start:end]
    if word.casefold() in _OF_HEADS and _OF_AFTER.match(text, end):
        return "label"
    return None


def _has_given_name(surface: str) -> bool:
    from redaction.world_names import every_given_name

    names = every_given_name()
    return any(w.casefold() in names for w in regex.findall(r"\p{L}[\p{L}\p{M}'’-]*", surface))


def _owners_name(word: str, guard: PersonGuard | None) -> bool:
    """A census surname that is no English word ("Pérez"; not "General", "Verde")."""
    from redaction.name_lists import surnames
    from redaction.person_guard import normalize

    family = surnames()
    if word.casefold() not in family and normalize(word) not in family:
        return False
    return guard is None or not guard.is_english(word)


def opens_with_organisation_word(
    text: str, start: int, end: int, guard: PersonGuard | None = None
) -> bool:
    """ "Agropecuaria San Miguel", "Policía Nacional": two or more words, the first one a
    word that opens organisations' names, written with a capital."""
    words = text[start:end].split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    # Vietnamese "Công ty" (company) and "Xí nghiệp" (works): "Công" alone opens names too.
    if " ".join(words[:2]).casefold() in _OPENER_PAIRS:
        return True  # "Công ty Minh Phát": company names take given-name words
    if words[0].casefold() not in OPENERS:
        return False
    # "la Policía Nacional Juan Pérez": a person named after the organisation stays one (a
    # saint's name is a place's: "Agropecuaria San Miguel").
    from redaction.name_lists import given_names

    names = given_names()
    if len(words) == 2 and _owners_name(words[1], guard):
        return False  # "Comercial Pérez": a business named after its owner, who may be here
    for prev, word in zip(words, words[1:], strict=False):
        if word.strip(".,").casefold() in names and prev.casefold() not in _SAINTS:
            return False
    # "la Policía Nacional Juan Pérez": spaCy's next span is the person, which the name's
    # extent joins to this one only while this one is taken for a person.
    after = _TITLE_WORD_AFTER.match(text, end)
    return after is None or after.group(1).casefold() not in names


def form_field_not_a_person(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """Whether the span is a form's label, a place field's value, an organisation field's
    value that no list of names knows and that holds an English word ("Golden Coast Cocoa";
    not "Nomvula Dlamini", whom no list may know either), or an organisation named by its
    opening word."""
    from redaction.org_cues import unlisted
    from redaction.person_titles import after_title

    if opens_with_organisation_word(text, start, end, guard):
        return True
    kind = field_value_kind(text, start, end)
    if kind == "label":
        return True
    if kind in ("place", "later place") and (
        text[end : end + 2] in ("'s", "’s") or _PERSONS_PLACE.match(text, end)
    ):
        return False  # "Location: Ali's car wash", "Site: Kamau farm": a person's place
    if kind == "place" and not _INNER_SEPARATOR.search(text, start, end):
        # "Destination: Tomás Ferreira in Lisbon": a given name and no known place
        return guard.is_known_place(text[start:end]) or not _has_given_name(text[start:end])
    if kind in ("place", "later place"):  # "Kayes - Mariam Diarra" taken as one span
        return guard.is_known_place(text[start:end])
    if kind == "org":
        surface = text[start:end]
        if (
            after_title(text, start)
            or _HOUSEHOLD_AFTER.match(text, end)
            or _PARTICLE.search(surface)
        ):
            return False
        words = regex.findall(r"\p{L}[\p{L}\p{M}'’-]*", surface)
        english = any(guard.is_english(w) for w in words)
        return unlisted(surface) and (english or surface.casefold().endswith(_ORG_ENDINGS))
    return False


__all__ = ["OPENERS", "field_value_kind", "form_field_not_a_person", "opens_with_organisation_word"]
