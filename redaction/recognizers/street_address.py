"""Street addresses: house number + street name + street type, continental forms, postcodes.

Cities, regions and countries are deliberately not part of a match: analysis needs them,
and they are kept. Only the parts that lead to a door are removed.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

STREET_TYPES = (
    "Street|St|Road|Rd|Lane|Lanes|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Place|Pl|Crescent|Cres"
    "|Court|Ct|Gardens|Gdns|Terrace|Grove|Gr|Hill|Square|Sq|Row|Walk|Mews|Parade|Green"
    "|Boulevard|Blvd|Highway|Hwy|Rise|Vale|Wharf|Yard|Gate|Park|Broadway|Circus|Embankment"
    "|Quay|View|Approach|Estate|Parkway|Pkwy|Trail|Alley|Market|Chase|Path"
)
# A capitalised word (any script), or an ordinal such as "34th".
_WORD = r"(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th))"
_UNIT = r"(?:(?:Flat|Apartment|Apt|Unit|Room|Suite)\s+\w{1,4},?\s+)"
_NUMBER = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?"
_CONTINENTAL = (
    "Strada|Str\\.|Rruga|Calle|Carrer|Rue|Via|Viale|Piazza|Ulica|ul\\.|Avenida|Av\\.|Rua"
    "|Praça|Straße|Strasse|Utca|Ulitsa|Ulitsya|Bulevardul|Bd\\.|Sokak|Caddesi"
)

PATTERNS = [
    Pattern(
        "number + street + type",
        rf"(?<![\w£$€.,-]){_UNIT}?{_NUMBER},?\s+(?:{_WORD}\s+){{1,3}}(?:{STREET_TYPES})\b",
        0.65,
    ),
    Pattern(
        "street prefix + name + number",
        rf"\b(?:{_CONTINENTAL})\s+(?:{_WORD}\s+|(?:e|de|del|della|di|da|do|dos|das|la|le)\s+){{1,4}}"
        rf"(?:(?:nr\.?|no\.?|Nr\.?)\s*)?{_NUMBER}\b",
        0.6,
    ),
    Pattern(
        "German street + number",
        r"\b\p{Lu}\p{Ll}+(?:straße|strasse|weg|gasse|platz|allee|ring|damm)\s+\d{1,4}[a-z]?\b",
        0.6,
    ),
    Pattern(
        "UK postcode",
        r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b",
        0.6,
    ),
]

CONTEXT = (
    "address*|lives at|living at|live at|resid*|located|flat|house|property|premises|"
    "held at|kept at|postcode|post code|zip"
).split("|")


class StreetAddressRecognizer(ContextPatternRecognizer):
    """STREET_ADDRESS: street lines and UK postcodes (case-sensitive: names are capitalised)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            name="street_address",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )
