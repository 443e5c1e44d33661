"""Street, unit and box lines in national forms the other street files lack (round 18).

Kept apart from `street_address` (which appends these `PATTERNS` to its own); each pattern
answers "which door?" for one country's way of writing it:

- South Asia numbers roads and houses after "#" ("House # 12, Street # 5"), Bangalore names
  its cross and main roads by ordinals ("4th Cross, 5th Main"), Punjab numbers its villages
  ("Chak No. 45/GB").
- Peru and Mexico write block and lot ("Mz. B Lt. 14"), Brazil "Qd. 5 Lt. 12"; Brazil and
  Portugal open a street with a word that also opens towns' names ("Lago Eduardo Machado,
  488"), so only a comma and a house number after the name make it a street.
- Indonesia writes neighbourhood units ("RT 03/RW 11"), blocks ("Blok C2 No. 5") and alleys
  ("Gang Kiaracondong No. 7"); Vietnam "Số 902 Hoàng Văn Thụ".
- Turkey numbers its streets ("123. Sok. No:5") and writes the door and floor after the house
  number ("D:3", "K:2"); Hungary abbreviates "utca" ("Petőfi u. 12."); Poland writes estates
  and avenues ("os. Piastów 12/34", "al. Owocowa 33/75"); Czechia numbers houses by "č.p.".
- Czech, Slovak, Croatian and Slovenian streets are named without a street word: a Czech
  preposition before the name ("U Hřbitova 71", "Nad Olšinami 907") or a house number with a
  letter and a slash ("Gradec 4c/9", "Mlinovi 1a/1") is what marks them.
- New Zealand's rural delivery ("..., RD 6"), North America's rural routes and half house
  numbers ("Rural Route 2, Box 45", "123 1/2 Main St") and a unit after "#" ("Main St #4").
- A line written in capitals reaches the patterns true-cased, its English street word in lower
  case ("911 Sara alley"): a number, capitalised words and a street word that ends the phrase.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.street_world import MEASURES

_CAP = r"\p{Lu}[\p{L}\p{M}'’.-]{1,30}"
_NAME = r"\p{L}[\p{L}\p{M}'’.-]{1,30}"
_HOUSE = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?"
_END = r"(?![\w/-])"
_NOT_YEAR = r"(?!(?:1[89]|20)\d\d(?!\d))"
_NOT_MEASURE = rf"(?![ \t]*(?i:{MEASURES})(?![\p{{L}}]))"

# "House # 12", "Street # 5", "Plot #7": a house or road number after a hash.
_HASH_ITEM = (
    r"(?:House|Street|St\.|Road|Rd\.|Lane|Plot|Gali|Block|Sector|Villa|Building|Bldg\.?"
    rf"|Flat|Apt\.?|Unit|Suite|Room)[ \t]*#[ \t]*{_HOUSE}{_END}"
)
# Brazilian and Portuguese street openers that also open towns' names ("Vila Nova", "Lago
# Agrio"), and "Av" without its dot.
_PT_OPENERS = (
    r"Av|Lago|Lagoa|Colônia|Vale|Jardim|Parque|Vila|Campo|Sítio|Fazenda|Morro|Núcleo|Feira"
    r"|Estação|Distrito|Aeroporto|Largo|Favela|Praia|Praceta|Beco|Rotunda|Azinhaga|Bairro"
)
_JOIN = r"(?:de|da|do|das|dos|del|di|e|y)"
# Czech and Slovak prepositions that open a street's name ("U Hřbitova", "Nad Olšinami").
_CZECH_PREPOSITIONS = r"U|K|Nad|Pod|Za|Před|Při|Pri|Ve|V"
# A Czech or Slovak name after the preposition: a letter of theirs, or a case ending ("U
# Hřbitova", "Nad Olšinami"); "V Festival 2" is English.
_CZECH_NAME = (
    r"(?=\p{Lu}[\p{Ll}\p{M}]*(?:[^\x00-\x7F]|[aeiuy](?![\p{L}\p{M}])))\p{Lu}[\p{Ll}\p{M}]{2,30}"
)
# Words numbered like a house ("Article 6a/2", "Section 4c/9") that name no street.
_NOT_STREET = (
    r"Article|Section|Chapter|Schedule|Annex|Appendix|Rule|Regulation|Paragraph|Part|Form|Room"
    r"|Gate|Class|Grade|Level|Flight|Bus|Route|Table|Figure|Item|Exhibit|Count|Case|Clause"
)
# "Số 902 Hoàng Văn Thụ", "số 861 khóm 58 phố nguyễn hữu cảnh": the number, a hamlet or
# quarter, then the street's words (capitalised, or all lower case after a lower-case "số").
_VI_NUMBER = (
    r"[ \t]+\d{1,5}(?:/\d{1,5}){0,3}(?:[ \t]+(?i:khóm|khu|tổ|ấp|thôn)[ \t]+\d{1,4})?"
    r"(?:[ \t]+(?i:phố|đường))?"
)
_VI_NOT_NAME = r"(?!(?i:phường|quận|huyện|tỉnh|thành|xã|tp)(?![\p{L}\p{M}]))"
_STRONG_LOWER = r"street|road|roads|avenue|alley|lane|crescent|terrace|boulevard|highway|drive"

# Faker's US, Australian and NZ street suffixes `street_address.STREET_TYPES` lacks, less
# common words after a number ("Line", "Top", "Reach", "Beach", "Strip").
EXTRA_TYPES = (
    "|Centers|Centre|Circles|Courts|Crossroad|Drives|Extensions|Forge|Forges|Greens|Islands"
    "|Land|Mountains|Alleyway|Amble|Anchorage|Arcade|Brae|Byway|Circuit|Colonnade|Copse|Corso"
    "|Courtyard|Crossway|Cruiseway|Cul-de-sac|Dell|Driveway|Esplanade|Fairway|Footway|Laneway"
    "|Mew|Pathway|Promenade|Quays|Ramble|Retreat|Ridgeway|Riverway|Roadway|Round|Tollway|Villas"
    "|Walkway"
)
# Dutch and Norwegian street words written as one word with the name ("Laurapad 45",
# "Tomhof 278", "Lundtjernet 4"), less short ones that end given names ("-lia", "-vika").
EXTRA_SUFFIXES = (
    "|hof|pad|berget|bråten|gjerdet|grenda|haugen|holtet|jordet|kollen|kroken|lunden|lyngen"
    "|løkka|plassen|skogen|skrenten|stien|stranda|svingen|tjernet|toppen|tunet|vollen|åsen|myra"
    "|spranget|stubben|stykket|høgda|alléen"
)


def unit_after_street(street_types: str) -> Pattern:
    """ "9261 lisa passage apt. 116": a number, words and a street word in lower case (as
    typed, or as true-casing leaves an English word), then a unit word and its number; the
    unit makes the line an address without an address cue. A capitalised street word is the
    first pattern's, which leaves the unit to its own."""
    return Pattern(
        "number + street + type + unit (any case)",
        rf"(?<![\w£$€.,-])\d{{1,5}}[ \t]+(?:\p{{L}}[\p{{L}}'’.-]{{1,30}}[ \t]+){{1,3}}"
        rf"(?=\p{{Ll}})(?i:{street_types}),?[ \t]+"
        r"(?i:apt\.?|apartment|suite|ste\.?|unit|flat)[ \t]*#?"
        r"\d{1,5}[A-Za-z]?(?![\w-])",
        0.6,
    )


PATTERNS = [
    Pattern("house or road after #", rf"(?<![\w-]){_HASH_ITEM}(?:,?[ \t]+{_HASH_ITEM})*", 0.6),
    Pattern(
        "Bangalore cross and main roads",
        r"(?<![\w-])\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main)(?:[ \t]+(?:Road|Rd\.?))?"
        r"(?:,?[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main)(?:[ \t]+(?:Road|Rd\.?))?)?"
        r"(?![\w-])",
        0.6,
    ),
    Pattern(
        "Punjab chak",
        r"(?<![\w-])Chak[ \t]+(?:No\.?[ \t]*)?\d{1,4}(?:[/-][A-Z0-9]{1,4})?(?![\w-])",
        0.6,
    ),
    Pattern(
        "block and lot of Latin America",
        r"(?<![\w-])(?i:mz|mza|manzana|qd|qda|quadra)\.?[ \t]*[A-Z0-9]{1,4},?[ \t]+"
        r"(?i:lt|lte|lote)\.?[ \t]*[A-Z0-9]{1,4}(?![\w-])",
        0.6,
    ),
    Pattern(
        "Brazilian opener + name, number",
        rf"(?<![\p{{L}}\d])(?i:{_PT_OPENERS})\.?[ \t]+(?:{_JOIN}[ \t]+)?{_NAME}"
        rf"(?:[ \t]+(?:{_JOIN}[ \t]+)?{_NAME}){{0,3}},[ \t]*{_NOT_YEAR}\d{{1,4}}{_END}"
        rf"{_NOT_MEASURE}",
        0.6,
    ),
    Pattern(
        "Indonesian RT/RW",
        r"(?<![\w-])RT\.?[ \t]?\d{1,3}[ \t]*/[ \t]*RW\.?[ \t]?\d{1,3}(?![\w-])",
        0.6,
    ),
    Pattern(
        "Indonesian block or alley + No.",
        rf"(?<![\p{{L}}\d])(?:(?i:blok)[ \t]+[A-Z]{{0,2}}\d{{0,3}}[A-Z]?"
        rf"|(?:Gang|GANG|gang)(?:[ \t]+{_NAME}){{1,3}})"
        rf"[ \t]*,?[ \t]*(?i:no)\.?[ \t]*{_HOUSE}{_END}",
        0.6,
    ),
    Pattern(
        "Vietnamese Số + number + name",
        rf"(?<![\p{{L}}\d])(?:Số{_VI_NUMBER}"
        rf"(?:[ \t]+{_VI_NOT_NAME}\p{{Lu}}[\p{{Ll}}\p{{M}}]{{0,7}}){{1,4}}"
        rf"|số{_VI_NUMBER}(?:[ \t]+{_VI_NOT_NAME}\p{{Ll}}[\p{{Ll}}\p{{M}}]{{0,7}}){{1,4}})",
        0.6,
    ),
    Pattern(
        "Turkish numbered street",
        r"(?<![\w.])(?:\p{Lu}[\p{L}]{1,30}[ \t]+(?:Mah\.|Mh\.|Mahallesi),?[ \t]+)?"
        r"\d{1,5}\.?[ \t]+(?:Sok\.|Sokak|Sk\.|Cad\.|Caddesi|Cd\.)"
        r"(?:[ \t]*,?[ \t]*(?i:no)[:.]?[ \t]*\d{1,5}[A-Za-z]?(?:/\d{1,4})?)?(?![\w-])",
        0.6,
    ),
    Pattern(
        "Turkish door or floor after the number",
        r"(?<=(?i:no)[:.]?[ \t]*\d{1,5}[A-Za-z]?(?:/\d{1,4})?[ \t]*,?[ \t]*)"
        r"(?:D|Daire|K|Kat)[:.][ \t]*\d{1,4}(?:[ \t]*,?[ \t]*(?:D|Daire|K|Kat)[:.][ \t]*\d{1,4})?"
        r"(?![\w-])",
        0.6,
    ),
    Pattern(
        "Hungarian u. + number",
        r"(?<![\p{L}\d])\p{Lu}[\p{L}\p{M}-]{1,30}[ \t]+(?:u\.|krt\.|utca|út)[ \t]*"
        r"\d{1,4}(?:/[A-Za-z\d]{1,3})?\.?(?![\w-])",
        0.6,
    ),
    Pattern(
        "Polish estate or avenue + number",
        rf"(?<![\p{{L}}\d.])(?<!(?i:et)[ \t])(?i:os\.|osiedle|al\.|aleja)[ \t]+{_NAME}"
        rf"(?:[ \t]+{_NAME}){{0,2}}[ \t]+{_HOUSE}{_END}",
        0.6,
    ),
    Pattern(
        "Czech house number",
        r"(?<![\w-])(?i:č\.[ \t]?p\.|č\.[ \t]?ev\.)[ \t]*\d{1,5}(?![\w-])",
        0.6,
    ),
    Pattern(
        "Czech preposition + name + number",
        rf"(?<![\p{{L}}\d])(?:{_CZECH_PREPOSITIONS})[ \t]+{_CZECH_NAME}[ \t]+"
        rf"{_NOT_YEAR}\d{{1,4}}[a-z]?{_END}{_NOT_MEASURE}",
        0.6,
    ),
    # "Gradec 4c/9", "Mlinovi 1a/1", "Vinogradska 6a/6": a letter and a slash in the number.
    Pattern(
        "name + number with letter and part",
        rf"(?<![\p{{L}}\d])(?!(?:{_NOT_STREET})(?![\p{{L}}]))\p{{Lu}}[\p{{L}}\p{{M}}]{{2,30}}"
        r"(?:[ \t]+\p{L}[\p{Ll}\p{M}]{1,20})?[ \t]+\d{1,4}[a-zA-Z]/\d{1,3}[a-zA-Z]?(?![\w/-])",
        0.6,
    ),
    # "avenue Berberat 55", "Avenue Kléber 12": a French avenue named by a name alone.
    Pattern(
        "French avenue + name + number",
        r"(?<![\p{L}\d])(?:avenue|boulevard|Avenue|Boulevard)[ \t]+\p{Lu}[\p{L}\p{M}'’-]{1,30}"
        rf"(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]{{1,30}})?[ \t]+{_NOT_YEAR}\d{{1,4}}[a-z]?{_END}"
        rf"{_NOT_MEASURE}",
        0.6,
    ),
    Pattern(
        "New Zealand rural delivery",
        r"(?<=\p{L}\.?,[ \t]{0,2})RD[ \t]\d{1,2}(?![\w-])",
        0.6,
    ),
    Pattern(
        "rural route and box",
        r"(?<![\w-])(?:Rural[ \t]Route|RR|R\.R\.|HC)[ \t]*\d{1,3},?[ \t]*(?i:box)[ \t]*\d{1,5}"
        r"(?![\w-])",
        0.6,
    ),
    Pattern(
        "half house number",
        r"(?<![\w/])\d{1,5}[ \t]1/2(?=[ \t]+(?:[NSEW][ \t]+)?\p{Lu}\p{Ll})",
        0.6,
    ),
    Pattern(
        "unit after a street word",
        r"(?<=\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Way|Ct|Pl)\.?,?[ \t]+)"
        r"#[ \t]?\d{1,5}[A-Za-z]?(?![\w-])",
        0.6,
    ),
    Pattern(
        "street line in capitals, true-cased",
        r"(?<![\w£$€.,-])\d{1,5}(?:/\d{1,5})?[ \t]+"
        r"(?:\p{Lu}\p{Ll}[\p{L}'’-]{0,30}[ \t]+){1,3}"
        rf"(?:{_STRONG_LOWER})(?=[ \t]*(?:[,;:.)—–]|-[ \t]|$)|[ \t]+[\p{{Lu}}\d])",
        0.45,
    ),
]
