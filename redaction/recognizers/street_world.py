"""Street lines that name no street type after a name: plots, numbered roads, Thai and
Turkish forms, floors in words, and lower-case street lines in chats.

Kept apart from `street_address` (which appends these `PATTERNS` to its own) because they
answer one question, "where is the door when the address is not '12 Oak Road'?":

- East Africa and South Asia number plots, holdings and houses, and often the road too:
  "plot 22, Kawempe", "Holding 17/B, Road 4, Dhanmondi", "House 7, Street 12, G-9/2".
- Thailand writes a house number, the village number (Moo) and the lane (Soi): "45/12 Moo 5,
  Soi Sukhumvit 71".
- Turkey abbreviates its street words and writes "No:" before the number: "Bağdat Cad.
  No: 212/3", "Gül Sokak No: 7".
- A floor named in words ("second floor", "3rd floor") counts only beside an address word.
- A chat writes "22 albert rd" or "15 ajose adeogun street" in lower case: a number, one to
  three words that are no stop words, and a street word that is one in every use.
"""

from __future__ import annotations

from presidio_analyzer import Pattern


class ProsePattern(Pattern):
    """A street pattern that finds a street named in a sentence ("officers went to the salon
    on Soho Road"): a line it finds opens no address block (`address_block`)."""


_NUMBER = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?){0,2}"
# A house number with a part after a slash: "17/B", "23/4", "212/3".
_HOUSE = r"\d{1,5}[A-Za-z]?(?:/[A-Za-z\d]{1,4})?"
# A distance, a time or a count after a number is no house number ("road 4 km").
_NOT_A_MEASURE = r"(?![ \t]*(?i:km|kms|kilomet|mi\b|miles|metres|meters|m\b|minutes|mins|hours"
_NOT_A_MEASURE += r"|hrs|times|days|weeks|%))"
_CAP = r"\p{Lu}[\p{L}\p{M}'’-]{1,30}"
_TURKISH_TYPES = r"Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.|Bul\.|Yolu"
STOP_WORDS = (
    r"the|a|an|of|and|or|to|in|on|at|for|from|with|by|my|his|her|their|our|your|its|this|that"
    r"|these|those|other|more|down|up|across|along|into|onto|off|near|via|per|each|every"
    r"|different|several|many|few|some|all|both|two|three|four|five|six|ten"
)
_STRONG_TYPES = r"street|st|road|rd|avenue|ave|crescent|cres|terrace|boulevard|blvd|highway"
_ORDINAL_WORDS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ground|top|basement"
)

# One item of a unit line: a unit word and its number or letter, or a floor by its ordinal.
_UNIT_ITEM = (
    r"(?:(?:(?i:flat|apt\.?|apartment|room|rm\.|suite|unit|block|blk\.?|building|bldg\.?"
    r"|floor|entrance|staircase|piso|depto\.?|dpto\.?|departamento|torre|edificio|edif\.)"
    r"|Bl\.|Bloc|Sc\.|Scara|Ap\.|Et\.|Etaj|kv\.|Kv\.|korp\.)[ \t]*(?:(?i:no)\.?[ \t]*)?"
    r"[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4})?(?![\w-])"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))[ \t]+(?i:floor)(?![\w-]))"
)

# Houses known by a name, then their street: "Rose Cottage, Mill Lane", "The Old Rectory,
# Church Road". The street after the comma is what makes the name an address.
_HOUSE_NAMES = (
    r"Cottage|Cottages|Farm|Farmhouse|Lodge|Barn|Rectory|Vicarage|Grange|Manor|Bungalow"
    r"|House|Villa|Hall|Mansions"
)
_HOUSE_NAME_STREETS = r"Lane|Road|Street|Drive|Close|Way|Avenue|Hill|Green|Row|Terrace|Crescent"
# Mail boxes the English pattern does not know: "PMB 1123" (Nigeria), "Private Bag X17"
# (southern Africa), "B.P. 4521" (francophone Africa; "BP 500" alone is a share price),
# "Postfach 10 12 34" (digits in pairs).
_MAIL_BOXES = (
    r"PMB|P\.M\.B\.?|Private[ \t]Bag|Locked[ \t]Bag|Mail[ \t]Bag|B\.P\.|Boîte[ \t]postale"
    r"|Postfach|Postbus|Postboks|Apartado[ \t]Postal|Caixa[ \t]Postal|Casilla"
)

# A house number as continental addresses write it: "5b/5", "6a", "27-30", "12/3".
_HOUSE_BEFORE_CODE = r"\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?"
# Postcode shapes before a town (a four-digit year is none: "Article 5, 2019 Report").
_POSTCODE_SHAPES = (
    r"(?:(?!(?:19|20)\d\d[ \t])\d{4}|\d{5,6}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4,5}-\d{3}"
    r"|\d{4}[ \t]?[A-Z]{2}|[A-Z]{1,2}-\d{4,5})"
)

# "at Rybničná 69", "of Zvezda 1c", "(Juliebaan 6)": a street named with no street word after
# a place preposition. Words that take a number but name no street are left out, and a known
# town before the number is released by `names_a_place` ("in Kampala 3 girls ...").
PREPOSITION_STREET = "place preposition + name + house number"
_NOT_STREET = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|Room|Gate|Platform|Terminal|Chapter|Section|Article|Part|Page"
    r"|Table|Figure|Annex|Appendix|Schedule|Paragraph|Item|Exhibit|Count|Case|Block|Level"
    r"|Floor|Day|Week|Year|Phase|Stage|Step|Round|Zone|Sector|Area|Ward|Cell|Wing|Camp|Unit"
    r"|Flat|Apartment|Suite|Box|Bus|Flight|Train|Line|Channel|Seat|Row|Grade|Class|Group"
    r"|Team|Plot|Lot|Number|No|Nr|Route|Exit|Junction|Highway|Building|Tower|Hall|Dock|Pier"
    r"|Berth|Door|Version|Season|Episode|Act|Rule|Level|Cohort|Batch|Container|Truck|Van"
    r"|Vessel|Ship|Boat|Operation|Windows|Covid|Tier|Grade|Form|Standard|Station|Stand"
    r"|Km|Kms|Kilometre|Kilometer|Mile|Miles"
    # A block and a numbered street that `street_address` reads whole ("Blk 201, #11-305",
    # "Transversal 8 N° 215"): this pattern would claim only their first half.
    r"|Blk|Transversal"
)
MEASURES = (
    r"euros?|dollars?|pounds?|cedis?|naira|shillings?|rupees?|pesos?|lei|leva|lira|baht"
    r"|ringgit|dong|yuan|k[mg]s?|kilos?|metres?|meters?|miles?|years?|yrs|months?|weeks?"
    r"|days?|hours?|hrs|minutes?|mins|times|people|persons|men|women|girls|boys|children"
    r"|workers|victims|others|more|percent|%|am|pm|h\b"
)
_PREPOSITION_STREET = (
    r"(?<=(?<![\p{L}\p{M}])(?:at|on|of|to|in|into|near|behind|opposite|outside|from)[ \t]+"
    r"|\()"
    rf"(?!(?:{_NOT_STREET})(?![\p{{L}}\p{{M}}]))"
    r"(?P<value>\p{Lu}(?=[\p{L}\p{M}'’-]{0,30}\p{Ll})[\p{L}\p{M}'’-]{1,30}"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]{0,30}){0,2}[ \t]+"
    r"(?!(?:1[89]|20)\d\d(?!\d))\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?)"
    rf"(?![\p{{L}}\p{{M}}\d/:.,-]\d)(?![\p{{L}}\p{{M}}\d/-])(?![ \t]*(?i:{MEASURES})(?![\p{{L}}]))"
)


def names_a_place(value: str) -> bool:
    """ "Kampala 3", "Cebu 12": a town (shipped world list or the hub's own) before a number."""
    from core.gazetteer import find_places
    from redaction.person_guard import normalize
    from redaction.town_list import world_towns
    from redaction.world_places import world_places

    name = value.rsplit(None, 1)[0]
    key = normalize(name)
    if key in world_towns() or key in world_places():
        return True
    return any(p.start == 0 and p.end == len(name) for p in find_places(name))


PATTERNS = [
    Pattern(
        "mail box of another country",
        rf"(?<![\w-])(?:{_MAIL_BOXES})[ \t]*:?[ \t]*(?:(?i:no)\.?[ \t]*)?"
        # a year is no box number ("BP 2024 results")
        rf"(?!(?:19|20)\d\d(?!\d|[ \t]\d))[A-Z]?\d{{1,6}}"
        r"(?:[ \t]\d{2}){0,2}(?:-\d{5})?(?![\w-])",
        0.6,
    ),
    Pattern(
        "house name + street",
        rf"(?<![\p{{L}}\d])(?:The[ \t]+)?(?:{_CAP}[ \t]+){{1,2}}(?:{_HOUSE_NAMES}),[ \t]+"
        rf"(?:{_CAP}[ \t]+){{1,2}}(?:{_HOUSE_NAME_STREETS})(?![\p{{L}}])",
        0.6,
    ),
    # "Lot 7, Km 12 Jalan Kuching-Serian", "Km 7 Route de Thiès": a rural address by the
    # kilometre post of its road; the road's own word and name must follow the number.
    Pattern(
        "lot and kilometre of a road",
        r"(?<![\w-])(?:(?i:lot)[ \t]*\d{1,5}[A-Z]?,?[ \t]+)?(?i:km|kilometre|kilometer)\.?[ \t]*"
        r"\d{1,3}(?:[.,]\d)?,?[ \t]+(?i:jalan|jln\.|jl\.|route|road|rd\.?|carretera|rodovia"
        r"|estrada|highway|hwy)[ \t]+(?:(?:de|du|des|la|le|to)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]{1,30}"
        r"(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]{1,30}){0,2}",
        0.6,
    ),
    # Singapore's unit "#08-114": floor and unit after a hash.
    Pattern("Singapore unit", r"(?<![\w#])#\d{2}-\d{2,5}[A-Z]?(?![\w-])", 0.6),
    # Japan: "〒542-0085"; "Shinsaibashi-suji 2-7-18"; "3 Chome-12-8"; Korea: "Teheran-ro
    # 10-gil", "와우산로 21길 19-3".
    Pattern("Japanese postcode", r"〒[ \t]*\d{3}-\d{4}(?!\d)", 0.85),
    Pattern(
        "Japanese block numbers",
        r"(?<![\w-])(?:\d{1,2}[ \t-]*(?i:chome|chōme)[ \t-]*\d{1,3}(?:-\d{1,3})?"
        rf"(?:[ \t]+{_CAP})?|{_CAP}-(?:suji|dori|dōri|machi|cho|chō)[ \t]+\d{{1,3}}-\d{{1,3}}"
        r"(?:-\d{1,3})?)(?![\w-])",
        0.6,
    ),
    # "4-2-8 Shibaura, Minato-ku": block numbers without "chome" before the district's name,
    # then its ward, city or town ("-ku", "-shi", "-cho", "-machi").
    Pattern(
        "Japanese block numbers before a ward",
        rf"(?<![\w/.-])\d{{1,2}}-\d{{1,2}}(?:-\d{{1,3}})?[ \t]+{_CAP}"
        r"(?=,?[ \t]+\p{Lu}[\p{L}]{1,20}-(?:ku|shi|cho|chō|machi|gun)(?![\w-]))",
        0.6,
    ),
    Pattern(
        "Korean road name",
        rf"(?<![\w-])(?:\d{{1,5}}[ \t]+)?{_CAP}-(?:ro|gil|daero)(?:[ \t]+\d{{1,3}}(?:beon)?-gil)?"
        r"(?:[ \t]+\d{1,5}(?:-\d{1,4})?)?(?![\w-])"
        r"|\p{Hangul}{1,10}(?:로|길)[ \t]*(?:\d{1,3}(?:번?길))?[ \t]*\d{1,5}(?:-\d{1,4})?(?!\d)",
        0.6,
    ),
    # "6a Avenida 12-45" (Guatemala), "Av. Amazonas N34-120" (Quito): numbered streets and
    # house numbers with a cardinal letter.
    Pattern(
        "Central and Andean American street",
        r"(?<![\w-])(?:\d{1,2}[aª][ \t]+(?:Avenida|Calle|Av\.)[ \t]+\d{1,3}-\d{1,3}"
        rf"|(?:Av\.|Avenida|Calle|Pasaje)[ \t]+(?:{_CAP}[ \t]+){{1,3}}[NSEO]\d{{1,3}}-\d{{1,4}})"
        r"(?![\w-])",
        0.6,
    ),
    # Form fields whose value is a street line or an Indian PIN: "Street: Linking Road",
    # "House/Flat No.: B-204", "PIN: 400052".
    Pattern(
        "street form field",
        r"\b(?i:street(?:[ \t]name)?|house(?:/flat)?[ \t]no\.?|flat[ \t]no\.?|door[ \t]no\.?)"
        r"[ \t]*:[ \t]*(?P<value>[\p{L}\d][\p{L}\p{M}\d'’./-]{0,30}"
        r"(?:[ \t][\p{L}\d][\p{L}\p{M}\d'’./-]{0,30}){0,3})(?=[ \t]*(?:$|[\n,;|]))",
        0.6,
    ),
    Pattern(
        "PIN form field",
        r"\bPIN(?:[ \t]?[Cc]ode)?[ \t]*:?[ \t]*(?P<value>\d{3}[ \t]?\d{3})(?!\d)",
        0.6,
    ),
    # "plot 22", "Plot No. 118", "Holding 17/B": a plot or holding is a house number.
    Pattern(
        "plot or holding number",
        rf"(?<![\w-])(?i:plot|holding)[ \t]*(?:(?i:no)\.?[ \t]*)?{_HOUSE}(?![\w/-])"
        + _NOT_A_MEASURE,
        0.6,
    ),
    # "Stand 4417", "Erf 2231": a South African stand or erf is the plot a house stands on;
    # capitalised and with three digits or more ("stand 3 at the market" is no address).
    Pattern(
        "stand or erf number",
        r"(?<![\w-])(?:Stand|Erf|ERF)[ \t]+(?:(?i:no)\.?[ \t]*)?\d{3,5}[A-Za-z]?(?![\w/-])"
        + _NOT_A_MEASURE,
        0.6,
    ),
    # "House 7", "house 23/4": an English word, so a plain number counts only in context;
    # a number with a slash or a letter ("23/4", "12B") is an address in itself.
    Pattern(
        "house number with a part",
        r"(?<![\w-])(?i:house|door)[ \t]*(?:(?i:no)\.?[ \t]*)?\d{1,5}(?:/[A-Za-z\d]{1,4}|[A-Za-z])"
        r"(?![\w/-])",
        0.5,
    ),
    Pattern(
        "house number",
        r"(?<![\w-])(?i:house|door)[ \t]*(?:(?i:no)\.?[ \t]*)?\d{1,5}(?![\w/-])" + _NOT_A_MEASURE,
        0.3,
    ),
    # "Street 12", "Road 4", "Gali No. 5", "soi 8", "45/12 Moo 5": a road known by its number.
    Pattern(
        "numbered road",
        rf"(?<![\w/-])(?:(?:#|(?i:no)\.?)[ \t]?{_HOUSE},?[ \t]+|{_HOUSE}[ \t]+)?"
        r"(?:Street|St\.|Road|Rd\.?|Lane|(?i:gali|soi|moo|sokak))"
        rf"[ \t]+(?:(?i:no)\.?[ \t]*)?\d{{1,4}}[A-Z]?(?:/\d{{1,4}})?(?![\w/-]){_NOT_A_MEASURE}",
        0.6,
    ),
    # "Soi Sukhumvit 71", "88 Soi Ramkhamhaeng 24", "Soi Nana": a Thai lane and its name.
    Pattern(
        "Thai soi + name",
        rf"(?<![\w/-])(?:{_HOUSE}[ \t]+)?(?i:soi)[ \t]+{_CAP}(?:[ \t]+{_CAP})?"
        rf"(?:[ \t]+\d{{1,4}}(?:/\d{{1,3}})?)?(?![\w/-])",
        0.6,
    ),
    # "Bağdat Cad. No: 212/3", "Gül Sokak No: 7", "Atatürk Bulvarı No: 45".
    Pattern(
        "Turkish street + No: number",
        rf"(?<![\p{{L}}\d]){_CAP}(?:[ \t]+{_CAP})?[ \t]+(?:{_TURKISH_TYPES})(?![\p{{L}}])"
        rf"(?:[ \t]*,?[ \t]*(?i:no)[:.]?[ \t]*{_NUMBER}(?![\w-]))?",
        0.6,
    ),
    # "Avenue Kasa-Vubu n° 112", "Boulevard du 30 Juin nº 8": a street, a name and the
    # number after its mark.
    Pattern(
        "avenue + name + n° number",
        rf"(?<![\p{{L}}\d])(?i:avenue|av\.|boulevard|bd\.?|blvd\.?|route)[ \t]+"
        rf"(?:(?:de|du|des|la|le|of)[ \t]+)?{_CAP}(?:[ \t]+{_CAP})?,?[ \t]*(?:n[°º]|N[°º]|no\.?)"
        rf"[ \t]*{_NUMBER}(?![\w-])",
        0.6,
    ),
    # "Room 12, 2nd floor, Block C", "Bl. 22, Sc. B, Ap. 14", "Piso 3, Depto. 12": two or
    # more unit items in a row are a unit line wherever they stand; one alone is left to the
    # patterns above, which want an address word beside a bare "Block C".
    Pattern("chained unit items", rf"(?<![\w-]){_UNIT_ITEM}(?:,?[ \t]+{_UNIT_ITEM}){{1,4}}", 0.6),
    # "3rd floor", "second floor", "ground floor": a unit, beside an address word.
    Pattern(
        "floor in words",
        rf"(?<![\w-])(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))[ \t]+(?i:floor|fl\.)"
        r"(?![\w-])",
        0.3,
    ),
    # "22 albert rd", "15 ajose adeogun street", "3rd cross street, no 11": lower-case street
    # lines in chats (true-casing may have capitalised some words).
    Pattern(
        "number + words + strong street type (any case)",
        rf"(?<![\w£$€.,-])(?:{_NUMBER}|\d{{1,2}}(?i:st|nd|rd|th)),?[ \t]+"
        rf"(?:(?!(?i:{STOP_WORDS})\b)\p{{L}}[\p{{L}}'’.-]{{0,30}}[ \t]+){{1,3}}"
        rf"(?i:{_STRONG_TYPES})\.?(?![\p{{L}}\d])"
        rf"(?:,?[ \t]+(?i:no\.?|number)[ \t]*\d{{1,4}}[A-Za-z]?(?![\w-]))?",
        0.45,
    ),
    Pattern(PREPOSITION_STREET, _PREPOSITION_STREET, 0.6),
    # "Wickerhauserova 5b/5, 89670 Rijeka", "K Lučinám 1, 781 00 Brno": the continental
    # layout, street name then house number, then a postcode and a capitalised town. The
    # name needs no street word; the postcode and town after it say what it is.
    Pattern(
        "street + number before postcode and town",
        rf"(?<![\p{{L}}\p{{M}}\d.'’-])"
        rf"(?P<value>(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.-]{{0,30}}[ \t]+){{0,3}}"
        rf"\p{{Lu}}[\p{{L}}\p{{M}}'’.-]{{2,30}}[ \t]+{_HOUSE_BEFORE_CODE}),[ \t]*"
        rf"(?={_POSTCODE_SHAPES}[ \t]+\p{{Lu}}\p{{Ll}})",
        0.6,
    ),
]
