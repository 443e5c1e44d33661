"""Organisations whose legal form spaCy took into a PERSON span.

The small English model reads "Mekar Jaya Sdn Bhd", "Curtidos del Sur S.A.", "Kotka Wood Oy",
"Ege Tekstil A.Ş." or "PT Sinar Abadi" as one person: the legal form is inside the span, so
`redaction.org_cues` (which looks for a form after or before the span) never sees it, and the
guard's organisation words miss forms written with dots ("S.A." is looked up as "s.a"). No
person's name opens or closes with a company's legal form, so such a span is no person. Its
other words then stay in the text, and the document step does not spread them ("Kotka",
"Benjina" of "PT Pusaka Benjina Resources" stay where they name a town).

Forms of one or two capital letters that are also initials ("S.", "A.") count only with their
dots together ("S.A.", "B.V."); a form must follow (or, for the forms written first, open)
at least one other word.
"""

from __future__ import annotations

import regex

# Legal forms that close a company's name, by country (dots optional where both are written).
_CLOSING = (
    r"Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|LLP|PLC|Plc|Corp\.?|Co\.|GmbH|AG|KG|OHG|e\.V\."
    r"|S\.A\.|S\.A\.S\.|SAS|S\.A\.C\.|S\.L\.|S\.L\.U\.|SL|SLU|S\.C\.A\.|S\.C\.|S\.R\.L\.|S\.r\.l\.|SRL|Srl"
    r"|S\.p\.A\.|SpA|S\.à[ \t]?r\.l\.|Sàrl|SARL|S\.N\.C\.|SNC|EIRL|EURL|Lda\.?|Ltda\.?"
    r"|B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|A/S|AS|ASA|ApS|AB|Oy|Oyj|hf\.?|ehf\.?"
    r"|Sp\.[ \t]?z[ \t]?o\.[ \t]?o\.|Sp\.[ \t]?j\.|S\.A\.[ \t]de[ \t]C\.V\.|de[ \t]C\.V\."
    r"|s\.r\.o\.|a\.s\.|spol\.[ \t]s[ \t]r\.o\.|d\.o\.o\.|d\.d\.|Kft\.?|Zrt\.?|Nyrt\.?|Bt\.?"
    r"|OOO|ZAO|PAO|PJSC|JSC|TOO|EOOD|OOD|SHPK|sh\.p\.k\.|A\.Ş\.|AŞ|Ltd\.[ \t]Şti\.|Şti\."
    r"|Sdn\.?[ \t]Bhd\.?|Bhd\.?|Pte\.?[ \t]Ltd\.?|Pty\.?[ \t]Ltd\.?|Pvt\.?[ \t]Ltd\.?|Pvt\.?"
    r"|Tbk\.?|K\.K\.|Co\.,?[ \t]Ltd\.?|inc\.|ltée|Ltée|FZE|FZCO|FZ-LLC|W\.L\.L\.|WLL|SPC|SAOG"
)
_CLOSES = regex.compile(rf"(?<=[\p{{L}}\p{{M}}\p{{N}}.)])[ \t]*,?[ \t]+(?:{_CLOSING})$")
# Legal forms written before a company's name: Indonesian "PT", Vietnamese "Công ty". Not
# "CV", also a curriculum vitae ("CV Maria Popescu").
_OPENING = r"PT|OOO|TOO|UAB|SIA|OÜ|Công[ \t]ty(?:[ \t]TNHH|[ \t]CP)?"
_SHORT = regex.compile(r"AS|AB|AG|KG|SL|BV|NV|SA")
_OPENS = regex.compile(rf"^(?:{_OPENING})[ \t]+\p{{Lu}}")


def legal_form_in_span(surface: str) -> bool:
    """A span that ends with a company's legal form after another word ("Kotka Wood Oy",
    "Curtidos del Sur S.A.") or opens with one written first ("PT Sinar Abadi")."""
    surface = surface.strip()
    if surface.endswith(("'s", "’s")):
        surface = surface[:-2]
    closing = _CLOSES.search(surface)
    if closing is not None and surface.isupper() and _SHORT.fullmatch(closing.group().strip(" ,")):
        return False  # "JOHN SMITH AS": a capitals line, where "AS" is as likely the word
    return bool(closing or _OPENS.match(surface))
