"""Street addresses: house number + street name + street type, continental forms, postcodes.

Cities, regions and countries are deliberately not part of a match: analysis needs them,
and they are kept. Only the parts that lead to a door are removed.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from redaction.gazetteer import ORG_KEYWORDS, VENUE_NOUNS, split
from redaction.recognizers.contextual import ContextPatternRecognizer
from redaction.recognizers.street_home import HOME_PATTERNS
from redaction.recognizers.street_home import NAME_WORD as _NAME_WORD
from redaction.recognizers.street_local import EXTRA_SUFFIXES, EXTRA_TYPES, unit_after_street
from redaction.recognizers.street_local import PATTERNS as LOCAL_PATTERNS
from redaction.recognizers.street_world import PATTERNS as WORLD_PATTERNS
from redaction.recognizers.street_world import (
    PREPOSITION_STREET,
    STOP_WORDS,
    ProsePattern,
    names_a_place,
)

STREET_TYPES = (
    "Street|St|Road|Rd|Lane|Lanes|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Place|Pl|Crescent|Cres"
    "|Court|Ct|Gardens|Gdns|Terrace|Grove|Gr|Hill|Square|Sq|Row|Walk|Mews|Parade|Green"
    "|Boulevard|Blvd|Highway|Hwy|Rise|Vale|Wharf|Yard|Gate|Park|Broadway|Circus|Embankment"
    "|Quay|View|Approach|Estate|Parkway|Pkwy|Trail|Alley|Market|Chase|Path|Concourse"
    # USPS suffixes (Publication 28) that US addresses use beside the ones above.
    "|Village|Villages|Ville|Heights|Hts|Ridge|Point|Pt|Port|Ports|Harbor|Harbour|Center|Ctr"
    "|Circle|Cir|Loop|Turnpike|Tpke|Expressway|Expy|Freeway|Fwy|Pike|Run|Crossing|Xing"
    "|Junction|Jct|Meadow|Meadows|Mill|Mills|Spring|Springs|Station|Sta|Summit|Valley|Vly"
    "|Fork|Forks|Ford|Fords|Falls|Ferry|Field|Fields|Flat|Flats|Forest|Glen|Glens|Haven"
    "|Hollow|Island|Isle|Key|Knoll|Knolls|Lake|Lakes|Landing|Light|Lights|Lodge|Manor|Mount"
    "|Mountain|Mtn|Oval|Overpass|Pass|Pine|Pines|Plain|Plains|Plaza|Plz|Prairie|Ranch"
    "|Rapids|Rest|Shoal|Shoals|Shore|Shores|Skyway|Stream|Street|Streets|Terr|Trace|Track"
    "|Trafficway|Tunnel|Union|Unions|Underpass|Via|Viaduct|Vista|Well|Wells|Bypass|Causeway"
    "|Cove|Coves|Creek|Crest|Dale|Dam|Divide|Extension|Garden|Gateway|Grove|Groves|Hills"
    "|Inlet|Junctions|Motorway|Neck|Orchard|Radial|Ramp|Route|Row|Square|Squares|Stravenue"
    "|Throughway|Wall|Ways|Close|Brow|Croft|End|Fold|Garth|Leys|Nook|Side|Wynd|Bank"
    "|Intersection|Access|Bend|Bluff|Bluffs|Bottom|Branch|Bridge|Brook|Brooks|Burg|Burgs|Camp"
    "|Canyon|Cape|Cliff|Cliffs|Common|Commons|Corner|Corners|Course|Curve|Estates|Fort|Glade"
    "|Glades|Harbors|Keys|Loaf|Lock|Locks|Mall|Mission|Overlook|Parks|Passage|Points|Ridges"
    "|River|Roads|Shoal|Spur|Spurs|Trailer|Valleys|Views|Walks|Manors|Parkways|Rapid|Nagar"
    "|Marg|Chowk|Colony|Enclave|Vihar|Bagh|Ganj|Pally|Palli|Puram|Pet|Peth" + EXTRA_TYPES
)
# Street words of Germanic and Nordic languages, written as one word with the name.
_SUFFIXES = (
    "straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|steig|straat|laan|plein"
    "|gracht|kade|singel|steeg|dijk|gade|vej|gatan|vägen|veien|gata|katu|tie|polku|kuja|utca"
    "|ulica|stræde|ulice|cesta|gränd|torget|torv|stig"
    # Definite Nordic forms and Flemish street words ("Iversenringen 8B", "Moniquelei 366").
    "|ringen|stigen|backen|bakken|vegen|baan|lei|dreef|kaai" + EXTRA_SUFFIXES
)
# Spanish-speaking America numbers its streets: "Calle 82 # 3-41", "Diagonal 182 B".
_NUMBERED_STREETS = (
    "Calle|Cl\\.|Cll\\.?|Carrera|Cra\\.?|Cr\\.|Kr\\.?|Diagonal|Dg\\.|Transversal|Tv\\.|Avenida"
    "|Av\\.|Avda\\.?|Camino|Pasaje|Ruta|Vía|Circular|Circunvalar|Autopista|Diag\\.|Boulevard"
    "|Blv\\.|Blvd\\."
)
# Colombian addresses end with the quarter of town: "Calle 12 # 4-31 Sur".
_CARDINAL = r"(?:[ \t]+(?i:Sur|Este|Norte|Oeste|Bis)\b)"
# A capitalised word (any script), or an ordinal such as "34th".
_WORD = r"(?:\p{Lu}[\p{L}'’.-]{0,30}|\d{1,3}(?:st|nd|rd|th))"
_UNIT = r"(?:(?:Flat|Apartment|Apt\.?|Unit|Room|Suite|Ste\.?|Studio)\s+\w{1,4},?\s+)"
_NUMBER = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?){0,2}(?:-[A-Z](?![\w]))?"
_LOWER_TYPES = (
    "rue|avenue|av\\.|boulevard|bd|chemin|allée|impasse|place|quai|route|cours|calle|carrer"
    "|via|viale|rua|avenida|travessa|largo|strada|ulica|ul\\.|straße|strasse|gasse|weg|laan"
    "|straat|gade|vej|gatan|gata|veien|katu|sokak|sokağı|caddesi|utca|ulitsa|plaza|paseo"
    "|camino|travesía|ronda|praza|rúa|đường|phố|hẻm|ngõ|jalan|jln\\.|jl\\.|lorong|soi"
)
_JOINERS = "de|du|des|la|le|les|l'|d'|del|della|di|da|do|dos|das|von|van|der|den|e"
_CONTINENTAL_JOINERS = "e|y|de|del|della|delle|dello|degli|dei|di|da|do|dos|das|la|le"
_ANY_WORD = r"\p{L}[\p{L}\p{M}'’.-]{0,30}"
_CONTINENTAL = (
    "Strada|Str\\.|Rruga|Calle|Carrer|Rue|Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Lungomare|Ulica|ul\\.|Avenida|Av\\.|Rua"
    "|Praça|Straße|Strasse|Utca|Ulitsa|Ulitsya|Bulevardul|Bd\\.|Sokak|Caddesi"
    # Italian and Portuguese street words that are no place-name openers ("Vila", "Parque",
    # "Campo" and "Lago" open towns' names and are left out).
    "|Contrada|Rotonda|Incrocio|Stretto|Canale|Esplanada|Estrada|Rodovia|Ladeira|Travessa"
    "|Viela|Quadra|Alameda|Setor|Conjunto|Residencial|Loteamento|Chácara|Condomínio|Passarela"
    "|Pátio|Recanto|Trecho|Trevo|Vereda|Viaduto|Área"
    # Spanish and Mexican street words ("Calzada Franco 764", "Peatonal Bosnia y Herzegovina
    # 525", "Cañada de Roxana Casas 68").
    "|Calzada|Peatonal|Corredor|Privada|Cerrada|Circuito|Retorno|Prolongación|Andador|Cañada"
    "|Callejón|Glorieta|Ronda|Rambla|Pasadizo|Urbanización|Circunvalación|Continuación|Diagonal"
)

# Street words of other languages that open a street's name and are no English word: the
# name after them is a street even without a house number ("rue Humbert", "Strada Nistor").
_OPENING_STREET_WORDS = (
    "rue|chemin|allée|impasse|calle|carrer|carrera|pasaje|callejón|paseo|rambla|avenida|avda"
    "|strada|șoseaua|şoseaua|soseaua|intrarea|aleea|bulevardul|splaiul|drumul|calea|ulica|ul\\."
    "|utca|trg"
    "|rua|travessa|praça|calçada|alameda|piazza|viale|vicolo|contrada|straße|strasse|gasse"
    "|ulitsa|prospekt|sokak|caddesi|aleja|plac|náměstí|nábřeží|třída|cesta|đường|phố"
    # Malay and Indonesian ("Jalan Perindustrian 3", "Jl. Melati 12", "Lorong 5").
    "|jalan|jln\\.|jl\\.|lorong|persiaran|gg\\."
    # Ukrainian and Russian ("вул. Шевченка, 14", "ул. Ленина, д. 5"); Spanish "C/ de Sants".
    "|вул\\.|вулиця|ул\\.|улица|просп\\.|проспект|пров\\.|провулок|пер\\.|переулок|бульвар"
    # ... and romanised ("vul. Shevchenka 17", "vulytsia Franka 4"). Not "gang" (Indonesian
    # "Gg.") nor "prov." (a province): "the gang Milan police watched", "prov. Limburg".
    "|vul\\.|vulytsia|vulytsya|vulitsa|provulok"
    # Bulgarian, Serbian and Kazakh abbreviations ("бул. Витоша 12", "bul. Vasil Levski 88",
    # "пр. Абая, д. 52"); Maltese "Triq il-Kbira".
    "|бул\\.|булевард|bul\\.|пр\\.|пр-т|triq"
    "|c/"
    # Greek, romanised and in Greek script ("Odos Patision 112", "Πάροδος Βούτση 118").
    "|odos|odós|leoforos|leof\\.|plateia|οδός|οδος|λεωφόρος|λεωφ\\.|πάροδος|πλατεία"
)
# Adjectives that open a Germanic or Nordic street's name as a word of their own ("Obere
# Hauptstraße 5", "Nieuwe Binnenweg 331", "Store Kongensgade 12", "Norra Vallgatan 8").
_STREET_ADJECTIVES = (
    "Obere|Oberer|Untere|Unterer|Alte|Alter|Neue|Neuer|Große|Grosse|Großer|Kleine|Kleiner|Lange"
    "|Langer|Hohe|Hoher|Breite|Breiter|Hintere|Vordere|Nieuwe|Oude|Korte|Hoge|Lage|Grote|Nye"
    "|Gamle|Store|Lille|Nedre|Øvre|Norra|Södra|Östra|Västra|Stora|Lilla|Nørre|Søndre|Vester|Øster"
)
# German street words written apart after a place adjective: "Mariahilfer Straße 104".
_APART_TYPES = (
    "Straße|Strasse|Str\\.|Allee|Weg|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Landstraße|Steig"
)
# Street types written after the name as a word of their own ("Tiszai utca", "Pahorjeva
# ulica", "Podutiška cesta"), with the house number before or after.
_TRAILING_TYPES = (
    "utca|út|útja|tér|tere|körút|köz|sor|ulica|cesta|trg|ulice|třída|nábřeží|náměstí|iela"
    "|gatvė|prospekt|bulvar|sokak|sokağı|caddesi|vej|gade|gatan|vägen|veien|gata|katu|tie|sétány"
)

PATTERNS = [
    Pattern(
        "number + street + type",
        rf"(?<![\w£$€.,-])(?:(?:No|Nr)\.?[ \t]*|#[ \t]*)?{_UNIT}?{_NUMBER},?\s+"
        rf"(?:{_WORD}\s+){{1,3}}(?:{STREET_TYPES})\b",
        0.65,
    ),
    Pattern(
        "street prefix + name + number",
        rf"\b(?:{_CONTINENTAL})\s+(?:{_WORD},?\s+|(?:{_CONTINENTAL_JOINERS})\s+"
        # a date in the name: "Rua 15 de Novembro", "Ulica 15. aprila"
        r"|\d{1,2}[ \t]+de[ \t]+|\d{1,2}\.[ \t]+\p{Ll}{3,12}[ \t]+){1,4}"
        rf"(?:(?:nr\.?|no\.?|Nr\.?)\s*)?{_NUMBER}\b"
        r"(?:[ \t]+(?:Interior|Int\.|Piso|Depto\.|Dpto\.)[ \t]*\d{1,4}(?![\w-]))?",
        0.6,
    ),
    Pattern(
        "number + one-word street",
        rf"(?<![\w£$€.,-]){_NUMBER},?[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}-]{{0,40}}(?i:{_SUFFIXES})"
        r"(?![\p{L}])",
        0.6,
    ),
    Pattern(
        "one-word street + number",
        rf"\b(?:(?:{_STREET_ADJECTIVES})[ \t]+)?\p{{Lu}}[\p{{L}}\p{{M}}-]{{0,40}}(?i:{_SUFFIXES})"
        rf"[ \t]*{_NUMBER}(?![\w-])",
        0.6,
    ),
    Pattern(
        "place adjective + German street word + number",
        rf"\b\p{{Lu}}\p{{Ll}}{{2,30}}er[ \t]+(?:{_APART_TYPES})[ \t]*{_NUMBER}(?![\w-])",
        0.6,
    ),
    # "Sokolovská 212/57", "Národní 1009/3": a Czech or Slovak street (an adjective) with
    # its two house numbers.
    Pattern(
        "Czech street + number/number",
        r"\b\p{Lu}\p{Ll}{1,30}(?:ská|cká|ní|ová|ná|ká|ého)[ \t]+\d{1,4}/\d{1,4}[a-zA-Z]?"
        r"(?![\w/-])",
        0.6,
    ),
    # "Blk 7 Lot 22": a Philippine block and lot, the house number of a subdivision.
    Pattern(
        "block and lot",
        r"(?<![\w-])(?i:Blk|Block)\.?[ \t]*\d{1,4}[A-Z]?,?[ \t]+(?i:Lot)[ \t]*\d{1,4}[A-Z]?"
        r"(?![\w-])",
        0.6,
    ),
    # "Unit B", "Block C", "Bât. C": a unit, block or building named by a letter.
    Pattern(
        "unit named by a letter",
        r"(?<![\w-])(?:Flat|Apartment|Apt\.?|Unit|Suite|Ste\.?|Block|Blk\.?|Building|Bldg\.?"
        r"|Tower|Wing|Bât\.?|Bâtiment|Bloc|Stair|Entrance|Escalier|Esc\.)[ \t]+[A-Z](?![\w-])",
        0.3,
    ),
    Pattern(
        "numbered street",
        rf"(?<![\w-])(?:\d{{1,3}}[A-Z]?-\d{{1,3}}[ \t]+|\d{{1,5}}[ \t]+)?"
        rf"(?i:{_NUMBERED_STREETS})[ \t]+\d{{1,3}}(?!\d)"
        rf"(?:[ \t]?(?:[A-Z]\b(?![°º])|ª|º|[Bb]is\b))?"
        # "Calle 26 Sur #43-12": the quarter may stand before the house number too.
        rf"(?:{_CARDINAL}(?=[ \t]*(?:#|No\.?|N[°º])))?"
        rf"(?:[ \t]*(?:#|No\.?|(?i:n)[°º])[ \t]*\d{{1,4}}[A-Za-z]?(?:[- ]\d{{1,3}}[A-Za-z]?)?"
        rf"{_CARDINAL}?)?",
        0.55,
    ),
    # "Avenida Atlántico # 7X-7 Sur", "Diagonal J.B. Alberdi N° 4775": a numbered-street word,
    # a name, then "#" or "N°" and the house number.
    Pattern(
        "street word + name + # number",
        rf"(?<![\w-])(?:{_NUMBERED_STREETS})[ \t]+(?:{_WORD}[ \t]+){{1,3}}(?:#|No\.|N[°º])[ \t]*"
        rf"\d{{1,4}}[A-Z]?(?:-\d{{1,3}}[A-Z]?)?{_CARDINAL}?",
        0.6,
    ),
    Pattern(
        "house number (H.No.)",
        r"(?<![\w])(?i:H\.?[ \t]?No\.?|House No\.?|Plot No\.?|Door No\.?)[ \t]*\d{1,4}[A-Z]?"
        r"(?:[/-]\d{1,4})?(?:[ \t]+\p{L}[\p{L}\p{M}]{1,30}){0,3}",
        0.6,
    ),
    Pattern(
        "German street + number",
        r"\b\p{Lu}\p{Ll}{1,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig"
        r"|straat|laan|plein|gracht|kade|singel|steeg|dijk|gade|vej|gatan|vägen|veien|gata|katu"
        r"|tie|utca|ulica)\s*\d{1,4}[a-z]?\b",
        0.6,
    ),
    # "12 rue des Lilas", "154 calle Mayor": the street type in lower case after the number.
    Pattern(
        "number + street type + name",
        rf"(?<![\w£$€.,-]){_NUMBER}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?i:{_LOWER_TYPES})[ \t]+"
        rf"(?:(?:{_JOINERS})[ \t]+)*{_ANY_WORD}"
        rf"(?:[ \t]+(?:(?:{_JOINERS})[ \t]+)*{_ANY_WORD}){{0,3}}",
        0.6,
    ),
    Pattern(
        "flat, unit or suite",
        r"(?<![\w-])(?:Flat|Apartment|Apt\.?|Unit|Suite|Ste\.?|Room|Floor|Block|Studio|Wohnung|Whg\.|"
        r"Piso|Étage|Apto\.?|Depto\.?|Dpto\.?|Kv\.?|Lokal|Lot|Trailer)[ \t]*(?:No\.?[ \t]*)?"
        r"[0-9]{1,4}[A-Za-z]?(?![\w-])",
        0.45,
    ),
    Pattern(
        "Spanish floor and door",
        r"(?<![\w-])\d{1,2}\.?[ \t]?[º°ª]"
        r"(?:[ \t]?(?:(?i:izq(?:uierda)?|izda|dcha|dra|der(?:echa)?)|[A-H])\b\.?)?",
        0.5,
    ),
    Pattern(
        "post office box",
        r"(?<![\w-])(?:P\.?[ \t]?O\.?[ \t]?Box|Post Office Box|PO Box|POB|Postfach|Apartado"
        r"(?: de correos)?|Caixa Postal|Casilla(?: de correo)?|Boîte postale|B\.?P\.|"
        r"Private Bag|Locked Bag|GPO Box)[ \t]*\d{1,6}(?:[ \t]\d{2,4}|-\d{5})?(?![\w-])",
        0.7,
    ),
    # The same in any case and in more languages: "p.o.box 097", "CAIXA POSTAL 4948",
    # "Apartado Aéreo 8698", "Pf. 287", "p.p. 242", "Postbus 12".
    Pattern(
        "post office box (any case)",
        r"(?<![\w-])(?i:p\.?[ \t]?o\.?[ \t]?box|caixa[ \t]postal|apartado(?:[ \t]a[ée]reo)?"
        r"|postboks|postbus|postfach|pf\.|p\.[ \t]?p\.|skrytka(?:[ \t]pocztowa)?|casilla)"
        r"[ \t]*(?:No\.?[ \t]*)?\d{1,6}(?:-\d{5})?(?![\w-])",
        0.7,
    ),
    # Unit words of other languages that are also English words or names ("Top 45", "Piano
    # 7", "Local 12"): only beside an address word.
    Pattern(
        "unit word of another language",
        r"(?<![\w-])(?:Top|Lgh|lgh|Edif\.?|Depto\.?|Dto\.?|Torre|Local|Piano|Stiege|Tür|Bus|bus"
        r"|Escalera|Esc\.|Portal|Interior|Int\.|BP|Level|Lvl\.?|bte|Bte|Daire|Lot|kv\.|Kv\.)"
        r"[ \t]*:?[ \t]*"
        r"\d{1,4}[A-Za-z]?(?![\w-])",
        0.3,
    ),
    Pattern(
        "street word + name",
        rf"(?<![\p{{L}}\d])(?:(?i:nr\.?|no\.?|số)[ \t]*\d{{1,5}}(?:/\d{{1,5}}){{0,3}},?[ \t]+)?"
        rf"(?i:{_OPENING_STREET_WORDS})[ \t]+(?:(?:{_JOINERS})[ \t]+)*"
        rf"{_NAME_WORD}(?:[ \t]+(?:(?:{_JOINERS})[ \t]+)*(?!(?i:nr|no)\b){_NAME_WORD}){{0,2}}"
        rf"(?:,?[ \t]*(?:(?i:nr\.?|no\.?)[ \t]*)?{_NUMBER}(?![\w-]))?",
        0.6,
    ),
    # "Ulica talcev 7", "Trg mladih 3": a street word of another language, lower-case words
    # and the house number ("via" is also English: "sent via courier 2 times").
    Pattern(
        "street word + lower-case name + number",
        rf"(?<![\p{{L}}\d])(?!(?i:via)\b)(?i:{_OPENING_STREET_WORDS})[ \t]+"
        rf"(?:(?:{_JOINERS})[ \t]+)?\p{{L}}[\p{{L}}\p{{M}}'’-]{{2,30}}"
        rf"(?:[ \t]+\p{{L}}[\p{{L}}\p{{M}}'’-]{{2,30}}){{0,2}},?[ \t]+(?:(?i:nr\.?|no\.?)[ \t]*)?"
        rf"{_NUMBER}(?![\w-])",
        0.6,
    ),
    # "avenue de Duvanel", "boulevard de Avotiņa": a French street type, a joiner, a name.
    Pattern(
        "avenue/boulevard + de + name",
        rf"(?<![\p{{L}}\d])(?i:avenue|boulevard|place|quai|cours|allée|impasse)[ \t]+"
        rf"(?:de|du|des|de la|d'|d’)[ \t]*{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"
        rf"(?:,?[ \t]+{_NUMBER}(?![\w-]))?",
        0.6,
    ),
    Pattern(
        "name + street type + number",
        rf"(?<![\p{{L}}\d.])(?:\d{{1,4}}\.?[ \t]+)?"
        rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}-]{{1,40}}[ \t]+){{1,2}}"
        rf"(?i:{_TRAILING_TYPES})(?![\p{{L}}])[ \t]*{_NUMBER}\.?(?![\w-])",
        0.6,
    ),
    Pattern(
        "number + name + street type",
        rf"(?<![\p{{L}}\d.,])\d{{1,4}}\.?[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}-]{{1,40}}[ \t]+"
        rf"(?i:{_TRAILING_TYPES})(?![\p{{L}}])",
        0.6,
    ),
    # "5 olsen highway", "1170 chayapat lane": lower-case text counts only beside an address
    # word ("address", "flat", "lives at"), which lifts it over the threshold.
    Pattern(
        "number + street + type (any case)",
        rf"(?<![\w£$€.,-]){_NUMBER},?[ \t]+"
        rf"(?:(?!(?i:{STOP_WORDS})\b)\p{{L}}[\p{{L}}'’.-]{{0,30}}[ \t]+){{1,3}}"
        rf"(?i:{STREET_TYPES})\b",
        0.3,
    ),
    Pattern(
        "flat or apartment (any case)",
        r"(?<![\w-])(?i:flat|apartment|apt\.?|room)[ \t]*(?:(?i:no)\.?[ \t]*)?[0-9]{1,4}[A-Za-z]?"
        r"(?![\w-])",
        0.45,
    ),
    # "shows on Yläkaskenpolku Street", "enter on Trg mladih St.": one or two words between
    # a preposition and a street type are a street's name when the first is capitalised or a
    # number, and neither joins phrases ("in agriculture and street work" is prose).
    ProsePattern(
        "street named after a preposition",
        r"(?<=(?<![\p{L}])(?i:on|in|at|to|along|off|onto|near|into|from)[ \t]+)"
        rf"(?<!(?<![\p{{L}}])(?i:{VENUE_NOUNS})[ \t]+(?i:on|in|at|along|off|near)[ \t]+)"
        r"(?P<value>(?!(?i:the|this|that|a|an|our|my|his|her|their|same|main|high|every"
        r"|each|one|which|what|another)\b)[\p{Lu}\d][\p{L}\p{M}\d'’.-]{0,30}"
        r"(?:[ \t]+(?!(?i:the|and|or|of|for|with|but|nor)\b)[\p{L}\d][\p{L}\p{M}\d'’-]{0,30})?"
        # The street word is part of the value: left behind, "on <STREET> Road" still says
        # which road it was to anyone who knows the town.
        r"[ \t]+(?i:street|st\.|road|avenue|ave\.|lane|boulevard|straße|strasse))(?![\p{L}])",
        0.6,
    ),
    # "1/99/769 Hẻm 34 Võ Thị Sáu": a Vietnamese alley and house number, then the street's
    # name up to the ward, district or province word.
    Pattern(
        "Vietnamese alley + number + name",
        r"(?<![\p{L}\d/])(?:(?i:số)[ \t]+)?(?:\d{1,5}(?:/\d{1,5}){0,3}[ \t]+)?"
        r"(?i:hẻm|ngõ|ngách|kiệt)[ \t]+\d{1,5}(?:/\d{1,5})?(?:[ \t]+(?i:phố|đường))?"
        r"(?:[ \t]+(?!(?:Phường|Quận|Huyện|Tỉnh|Thành|Xã)\b)"
        r"\p{Lu}[\p{L}\p{M}]{0,15}){0,3}",
        0.6,
    ),
    Pattern(
        "UK postcode",
        r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b",
        0.6,
    ),
]

PATTERNS += HOME_PATTERNS
PATTERNS += WORLD_PATTERNS
PATTERNS += [*LOCAL_PATTERNS, unit_after_street(STREET_TYPES)]

CONTEXT = (
    "address*|lives at|living at|live at|resid*|located|flat|house|property|premises|"
    "held at|kept at|postcode|post code|zip|apartamento|apartment|apt|edif|calle|street|road|"
    "stay|staying|stayed|send|moved to|based at|c/o|care of|deliver*|visit*|compound|"
    "dormitor*|dorm|hostel|boarding house"
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

    def score_match(self, pattern: Pattern, value: str) -> tuple[float, bool] | None:
        """A street without a street word is none when its name is a town: "in Kampala 3"."""
        if pattern.name == PREPOSITION_STREET and names_a_place(value):
            return None
        return super().score_match(pattern, value)

    def adjust_score(self, text: str, start: int, end: int, score: float) -> float:
        """A street word opening an organisation's name is no street ("La Strada
        International", "Rue des Femmes Foundation"): dropped when no number follows."""
        value = text[start:end]
        if _ING_YEAR.fullmatch(value):
            return 0.0  # "During 2021", "Spring 2019": German "-ring" is no street here
        if value.startswith("Strada") and text[max(0, start - 3) : start] == "La ":
            return 0.0  # "La Strada Moldova received 22 calls": the NGO, never a street line
        if _OPENER.match(value) and not any(ch.isdigit() for ch in value):
            words = regex.findall(r"\p{L}[\p{L}.'’-]*", value)[1:]
            if any(w.casefold() in _ORG_WORDS for w in words):
                return 0.0
        return score


_ING_YEAR = regex.compile(r"\p{Lu}\p{Ll}*ing[ \t]+(?:19|20)\d{2}")
_OPENER = regex.compile(rf"(?i:{_OPENING_STREET_WORDS}|{_CONTINENTAL})[ \t]")
_ORG_WORDS = frozenset(w.casefold() for w in split(ORG_KEYWORDS) if len(w) > 3)
