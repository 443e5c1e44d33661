"""Names of organisations that hold a word also found as a person's name.

Two shapes the keep sets showed lost:

- a part of a person's name repeated inside an organisation's name later or earlier in the
  text: "Aisha Bello ... Ahmadu Bello University", "Jessica Recruitment Services ... Jessica
  Lim", "Marcus & Sons Manpower ... Marcus Hill". The document-level step spreads "Bello",
  "Jessica" and "Marcus" to every mention; a mention that runs on, across Title-case words or
  "&"/"and", into a word that only ends an organisation's name ("University", "Services",
  "Manpower") is the organisation's, not the person's (`within_org_name`);
- a name that opens with what it is, as organisations do in Romance and other languages:
  "Universidad de Buenos Aires", "Audiencia Nacional", "Iglesia Evangélica Pentecostal",
  "Masjid Jamek", "Landgericht Berlin" (`opens_with_organisation_word`; `ORG_OPENERS` also
  serves `redaction.not_a_person.inside_organisation_name` for a name after such a word).

Neither keeps a word that a title stands before ("Mr. Priya ... Priya Recruitment Services":
a title marks a person wherever it stands), and the English words that follow a name in
ordinary sentences ("Court", "Office", "Unit", "Farm", "Market", "Law") end no name here.
"""

from __future__ import annotations

import regex

from redaction import gazetteer

# Words that open an organisation's name in Romance and other languages (English names end
# with the word: "Safe Harbour Trust"), and the trades businesses name themselves by there
# ("Frutas del Valle", "Naviera Atlántida"). No English word: "Hospital Director Jane Doe".
ORG_OPENERS = frozenset(
    """
ministério ministerio ministero ministère cooperativa fazenda finca hacienda fundación fundação
fondazione fondation associazione asociación associação instituto istituto comité comitato
agencia agência agenzia agence grupo gruppo groupe empresa sociedad società société hotel hôtel
hostal pousada banco banca banque caritas cáritas polizia policía polícia syndicat sindicato
sindacato tribunale juzgado fiscalía procuradoria defensoria secretaría secretaria prefeitura
ayuntamiento comune municipalidad consulado embajada embaixada universidad universidade
università transportes
iglesia igreja église chiesa parroquia paróquia paroisse parrocchia mezquita mosquée moschea
masjid gereja audiencia corte cour hôpital ospedale clínica escuela escola école colegio liceo
universitas universiteit universität université landgericht amtsgericht oberlandesgericht
agropecuaria agropecuária agrícola agricola agroindustrial naviera turismo autonoleggio
maquiladora frutas fresas huertas minera mineração minerales constructora construtora
inmobiliaria distribuidora comercializadora industrias indústrias confecciones confecções
pesquera ganadera avícola hortícola textil têxtil transportadora servicios serviços
casa maison stichting amicale corporación corporação defensoría cancillería procuraduría
fiscalia jabatan kementerian kilang syarikat yayasan persatuan pertubuhan cellule inspección
inspeção dirección direção fundacja stowarzyszenie asociația fundația organización organização
federación federação confederación hogar albergue polis polisi policja policie politie
politiet polizei polisen guardia
""".split()
)
# The English organisation words that end a name and never follow a person's name in an
# ordinary sentence.
_ENDING_WORDS = frozenset(w.casefold() for w in gazetteer.split(gazetteer.ORG_KEYWORDS)) - set(
    """
unit office project plan plano program programme programa law act ley lei watch aid relief
rights nations market store stores shop works wash bar club spa online media network red rede
sistema survey protocol database system handbook policy strategy roadmap convention decree
regulation código política bolsa army force court farm farms mill centre center cafe café
produce packing canning union trust society international partners associates police
""".split()
)
_TITLES = frozenset(w.casefold() for w in gazetteer.split(gazetteer.PERSON_TITLES))
# The next word after a span: a Title-case word, "&" or "and".
_NEXT = regex.compile(r"[ \t]+(&|and|\p{Lu}[\p{L}\p{M}'’.-]*)(?![\p{L}\p{M}])")
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}\p{M}'’-]*)\.?[ \t]+$")
_TITLE_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+$")
_FIRST_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")


def _after_title(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).casefold() in _TITLES


def _mentions(text: str, word: str) -> list[regex.Match[str]]:
    pattern = rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])"
    return list(regex.finditer(pattern, text, regex.IGNORECASE))


def _name_before(text: str, at: int) -> str | None:
    """The Title-case word right before `at` (spaces only between): a given name's place."""
    m = _TITLE_WORD_BEFORE.search(text, max(0, at - 30), at)
    return m.group(1) if m else None


def within_org_name(text: str, start: int, end: int) -> bool:
    """ "Jessica" of "Jessica Recruitment Services": the words after the span run on into a
    word that ends an organisation's name. Not when a title stands before any mention of the
    word ("Mr. Priya"), nor when the word is someone's surname elsewhere ("Ionel Vasilescu ...
    Vasilescu Transport"), unless another given name stands before it here ("Aisha Bello ...
    Ahmadu Bello University")."""
    if not _runs_into_organisation_word(text, end):
        return False
    word = text[start:end]
    others = [m for m in _mentions(text, word) if m.start() != start]
    if any(_after_title(text, m.start()) for m in _mentions(text, word)):
        return False
    givens = {
        name.casefold()
        for m in others
        if not _runs_into_organisation_word(text, m.end())
        and (name := _name_before(text, m.start())) is not None
    }
    if not givens:
        return True
    here = _name_before(text, start)
    return here is not None and here.casefold() not in givens


def _runs_into_organisation_word(text: str, end: int) -> bool:
    at = end
    for _ in range(4):  # "Marcus & Sons Manpower", "Ahmadu Bello Teaching Hospital"
        m = _NEXT.match(text, at)
        if m is None:
            return False
        if m.group(1).rstrip(".").casefold() in _ENDING_WORDS:
            return True
        at = m.end()
    return False


def opens_with_organisation_word(text: str, start: int, end: int) -> bool:
    """ "Universidad de Buenos Aires", "Masjid Jamek": a span of two words or more whose first
    word, Title-case, opens an organisation's name."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None or first.end() >= end or not text[first.end() : end].strip():
        return False
    word = first.group()
    return word[:1].isupper() and word.casefold() in ORG_OPENERS
