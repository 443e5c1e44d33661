"""Place gazetteer for enrichment: country names, aliases, demonyms and cities to ISO alpha-2.

Matching is token-based rather than one giant regex: the text is split into letter runs, and at
each capitalised token the longest phrase of up to eight tokens (joined by spaces, hyphens or
apostrophes, never by punctuation) is looked up in a dict of accent-folded lower-case keys.
That keeps the cost linear in the text and makes "Niger" unable to match inside "Nigeria",
"Guinea" inside "Equatorial Guinea", or "Sudan" inside "South Sudan".

Case rules: the first letter of a match must be upper case, and acronyms ("UK", "US", "UAE")
must be all upper case, so "us" the pronoun, "turkey" the bird and "nail polish" never match.

Ambiguities, decided once here:
  * "Georgia" is the country unless the document has US context (another US mention, "Atlanta",
    a US state) and no Georgian context (Tbilisi, "Georgian"); then it is the US state (-> US).
  * "Congo" alone is read as the DR Congo (CD), the usual referent in trafficking reporting;
    "Republic of the Congo"/"Congo-Brazzaville" give CG.
  * "Korea" alone and "Korean" are South Korea; "Niger Delta"/"Niger State" are Nigeria.
  * Phrases such as "Indian Ocean" and "US dollars" are blocked: they name no country.
  * Demonyms that are also languages ("spoke Vietnamese", "French-speaking") are skipped when a
    language word is adjacent (see enrich.py).
Cities are ones that recur in trafficking reporting; ones that are common English words
(Nice, Reading, Bath, Split) are left out on purpose. Building the tables is lazy and cached, so
importing this module costs nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MAX_TOKENS = 8

# Extra names per country beyond pycountry's name/common_name/official_name: code|name|name.
_ALIAS_TABLE = """
GB|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United Kingdom
US|US|USA|U.S.|U.S.A.|America|United States|United States of America|Texas|California
US|Florida|New Jersey|New Mexico|Louisiana|Alabama|Mississippi|Nevada|Arizona
US|Washington DC|Hawaii|Ohio
VN|Viet Nam|Vietnam; CI|Ivory Coast|Cote d'Ivoire; MM|Burma|Myanmar; CZ|Czech Republic|Czechia
KR|South Korea|Korea|Republic of Korea; KP|North Korea|DPRK; RU|Russia; IR|Iran; SY|Syria
LA|Laos|Lao PDR; TR|Turkey|Türkiye|Turkiye; AE|UAE|U.A.E.|Emirates|United Arab Emirates
CD|DRC|DR Congo|Congo|Democratic Republic of Congo|Democratic Republic of the Congo
CG|Congo-Brazzaville|Republic of Congo|Republic of the Congo
NG|Niger Delta|Niger State|Edo State|Oba of Benin; TW|Taiwan
CN|PRC|People's Republic of China|Mainland China
PS|Palestine|Gaza|West Bank|Occupied Palestinian Territories; BO|Bolivia; VE|Venezuela
TZ|Tanzania; MD|Moldova; MK|Macedonia|North Macedonia; SZ|Swaziland|Eswatini; CV|Cape Verde
BN|Brunei; VA|Vatican|Holy See; NL|Holland|the Netherlands; PG|New Guinea; TL|East Timor
SA|KSA|Saudi; BA|Bosnia; FM|Micronesia; GE|Georgia; HK|Hong Kong; MO|Macau|Macao
"""

# Phrases that look like a country but name none; longest-match makes them win.
BLOCKED = (
    "Indian Ocean",
    "US dollar",
    "US dollars",
    "Turkish delight",
    "French fries",
    "Chinese New Year",
    "Indian Country",
    "American Indian",
    "West Indies",
    "West Indian",
    "Niger River",
    "River Niger",
    "Guinea pig",
    "Gulf of Guinea",
    "Gulf of Mexico",
    "New England",
    "English Channel",
    "South America",
    "Latin America",
    "Central America",
    "North America",
    "South American",
    "Latin American",
    "Central American",
    "North American",
    "African American",
    "Americas",
)

# Demonyms / nationality adjectives: code|demonym|demonym (a plural "+s" form is added).
_DEMONYM_TABLE = """
AF|Afghan; AL|Albanian; DZ|Algerian; AO|Angolan; AR|Argentine|Argentinian; AM|Armenian
AU|Australian; AT|Austrian; AZ|Azerbaijani; BH|Bahraini; BD|Bangladeshi; BY|Belarusian
BE|Belgian; BJ|Beninese; BT|Bhutanese; BO|Bolivian; BA|Bosnian; BW|Motswana; BR|Brazilian
BG|Bulgarian; BF|Burkinabe|Burkinabé; BI|Burundian; KH|Cambodian|Khmer; CM|Cameroonian
CA|Canadian; TD|Chadian; CL|Chilean; CN|Chinese; CO|Colombian; CD|Congolese; CR|Costa Rican
CI|Ivorian; HR|Croatian; CU|Cuban; CY|Cypriot; CZ|Czech; DK|Danish; DJ|Djiboutian; DO|Dominican
EC|Ecuadorian; EG|Egyptian; SV|Salvadoran|Salvadorean; GQ|Equatoguinean; ER|Eritrean
EE|Estonian; ET|Ethiopian; FI|Finnish; FR|French; GA|Gabonese; GM|Gambian; GE|Georgian
DE|German; GH|Ghanaian; GR|Greek; GT|Guatemalan; GN|Guinean; GY|Guyanese; HT|Haitian
HN|Honduran; HU|Hungarian; IN|Indian; ID|Indonesian; IR|Iranian; IQ|Iraqi; IE|Irish; IL|Israeli
IT|Italian; JM|Jamaican; JP|Japanese; JO|Jordanian; KZ|Kazakh|Kazakhstani; KE|Kenyan
KR|Korean|South Korean; KP|North Korean; KW|Kuwaiti; KG|Kyrgyz; LA|Lao|Laotian; LV|Latvian
LB|Lebanese; LR|Liberian; LY|Libyan; LT|Lithuanian; MG|Malagasy; MW|Malawian; MY|Malaysian
ML|Malian; MR|Mauritanian; MU|Mauritian; MX|Mexican; MD|Moldovan; MN|Mongolian; ME|Montenegrin
MA|Moroccan; MZ|Mozambican; MM|Burmese|Myanmar national; NA|Namibian; NP|Nepali|Nepalese
NL|Dutch; NZ|New Zealander; NI|Nicaraguan; NE|Nigerien; NG|Nigerian; MK|Macedonian
NO|Norwegian; OM|Omani; PK|Pakistani; PS|Palestinian; PA|Panamanian; PG|Papua New Guinean
PY|Paraguayan; PE|Peruvian; PH|Filipino|Filipina|Philippine; PL|Polish; PT|Portuguese
QA|Qatari; RO|Romanian; RU|Russian; RW|Rwandan; SA|Saudi Arabian; SN|Senegalese; RS|Serbian
SL|Sierra Leonean; SG|Singaporean; SK|Slovak|Slovakian; SI|Slovenian; SO|Somali
ZA|South African; SS|South Sudanese; ES|Spanish; LK|Sri Lankan; SD|Sudanese; SE|Swedish
CH|Swiss; SY|Syrian; TW|Taiwanese; TJ|Tajik; TZ|Tanzanian; TH|Thai; TL|Timorese; TG|Togolese
TT|Trinidadian; TN|Tunisian; TR|Turkish; TM|Turkmen; UG|Ugandan; UA|Ukrainian; AE|Emirati
GB|British|Scottish|Welsh; US|American; UY|Uruguayan; UZ|Uzbek; VE|Venezuelan; VN|Vietnamese
YE|Yemeni; ZM|Zambian; ZW|Zimbabwean; BB|Barbadian; FJ|Fijian; HK|Hongkonger
"""

# Normalised city name | alpha-2 | aliases. Also a few provinces reports treat as places.
_CITY_TABLE = """
London|GB; Birmingham|GB; Manchester|GB; Leeds|GB; Glasgow|GB; Edinburgh|GB; Liverpool|GB
Bradford|GB; Sheffield|GB; Bristol|GB; Cardiff|GB; Belfast|GB; Newcastle|GB; Nottingham|GB
Leicester|GB; Aberdeen|GB; Dover|GB; Southampton|GB; Peterborough|GB; Wolverhampton|GB
Walsall|GB; West Bromwich|GB; Coventry|GB; Luton|GB; Slough|GB; Heathrow|GB; Felixstowe|GB
Dhaka|BD|Dacca; Chittagong|BD|Chattogram; Sylhet|BD; Khulna|BD; Gazipur|BD; Cox's Bazar|BD
Jessore|BD|Jashore; Bangkok|TH; Samut Sakhon|TH|Mahachai; Samut Prakan|TH; Chiang Mai|TH
Chiang Rai|TH; Pattaya|TH; Phuket|TH; Mae Sot|TH; Songkhla|TH; Ranong|TH; Nonthaburi|TH
Lagos|NG; Benin City|NG; Abuja|NG; Kano|NG; Port Harcourt|NG; Ibadan|NG
Doha|QA; Dubai|AE; Abu Dhabi|AE; Sharjah|AE; Riyadh|SA; Jeddah|SA; Dammam|SA; Mecca|SA
Kuwait City|KW; Muscat|OM; Manama|BH; Beirut|LB; Amman|JO; Damascus|SY; Aleppo|SY
Baghdad|IQ; Erbil|IQ; Tehran|IR; Kabul|AF; Karachi|PK; Lahore|PK; Islamabad|PK; Kasur|PK
Kuala Lumpur|MY; Penang|MY; Johor Bahru|MY; Kota Kinabalu|MY; Singapore City|SG
Jakarta|ID; Surabaya|ID; Medan|ID; Batam|ID; Ambon|ID; Benjina|ID
Manila|PH; Quezon City|PH; Cebu|PH; Davao|PH; Pampanga|PH; Angeles City|PH
Hanoi|VN|Ha Noi; Ho Chi Minh City|VN|Saigon|HCMC; Ha Tinh|VN|Hà Tĩnh; Nghe An|VN|Nghệ An
Quang Binh|VN; Hai Phong|VN|Haiphong; Lao Cai|VN; Da Nang|VN
Phnom Penh|KH; Sihanoukville|KH; Siem Reap|KH; Poipet|KH; Bavet|KH
Yangon|MM|Rangoon; Mandalay|MM; Myawaddy|MM; Naypyidaw|MM; Shwe Kokko|MM
Vientiane|LA
Kathmandu|NP; Pokhara|NP; Biratnagar|NP
Delhi|IN|New Delhi; Mumbai|IN|Bombay; Kolkata|IN|Calcutta; Chennai|IN|Madras; Bangalore|IN|Bengaluru
Colombo|LK
Beijing|CN; Shanghai|CN; Guangzhou|CN; Shenzhen|CN; Kunming|CN; Fuzhou|CN
Tokyo|JP; Osaka|JP; Seoul|KR; Busan|KR; Taipei|TW; Kaohsiung|TW
Rome|IT; Milan|IT; Turin|IT|Torino; Palermo|IT; Catania|IT; Naples|IT|Napoli; Bari|IT
Lampedusa|IT; Sicily|IT; Castel Volturno|IT; Foggia|IT
Bucharest|RO; Craiova|RO; Constanta|RO|Constanța; Iasi|RO|Iași; Timisoara|RO
Tirana|AL; Shkoder|AL|Shkodër|Shkodra; Durres|AL|Durrës; Vlore|AL
Warsaw|PL; Krakow|PL|Kraków; Tarnow|PL|Tarnów; Sofia|BG; Budapest|HU; Prague|CZ
Bratislava|SK; Chisinau|MD|Chișinău; Kyiv|UA|Kiev; Odesa|UA|Odessa; Kharkiv|UA
Moscow|RU; St Petersburg|RU|Saint Petersburg|St. Petersburg; Minsk|BY
Vilnius|LT; Riga|LV; Belgrade|RS; Zrenjanin|RS; Zagreb|HR; Skopje|MK
Paris|FR; Calais|FR; Dunkirk|FR|Dunkerque; Marseille|FR; Lyon|FR
Brussels|BE; Antwerp|BE; Amsterdam|NL; Rotterdam|NL; The Hague|NL
Berlin|DE; Hamburg|DE; Frankfurt|DE; Munich|DE; Cologne|DE
Vienna|AT; Zurich|CH; Geneva|CH; Copenhagen|DK; Stockholm|SE; Oslo|NO; Helsinki|FI
Dublin|IE; Killybegs|IE; Castletownbere|IE
Madrid|ES; Barcelona|ES; Huelva|ES; Almeria|ES|Almería; Murcia|ES; Seville|ES
Lisbon|PT; Porto|PT; Athens|GR; Thessaloniki|GR; Lesbos|GR
Istanbul|TR; Ankara|TR; Izmir|TR; Gaziantep|TR
Tbilisi|GE; Batumi|GE; Yerevan|AM; Baku|AZ; Tashkent|UZ; Samarkand|UZ; Dushanbe|TJ
Almaty|KZ; Bishkek|KG
Addis Ababa|ET; Asmara|ER; Khartoum|SD; Kassala|SD; Juba|SS; Mogadishu|SO
Nairobi|KE; Mombasa|KE; Kampala|UG; Kigali|RW; Dar es Salaam|TZ; Zanzibar|TZ
Kinshasa|CD; Lubumbashi|CD; Kolwezi|CD; Luanda|AO; Johannesburg|ZA; Cape Town|ZA
Harare|ZW; Lusaka|ZM; Lilongwe|MW; Maputo|MZ; Antananarivo|MG
Accra|GH; Kumasi|GH; Abidjan|CI; Soubre|CI|Soubré; Dakar|SN; Bamako|ML; Keniéba|ML|Kenieba
Ouagadougou|BF; Niamey|NE; Agadez|NE; Conakry|GN; Freetown|SL; Monrovia|LR; Lome|TG|Lomé
Cotonou|BJ; Douala|CM; Yaounde|CM|Yaoundé
Tripoli|LY; Sabha|LY|Sebha; Bani Walid|LY; Zuwara|LY; Benghazi|LY
Tunis|TN; Algiers|DZ; Tamanrasset|DZ; Rabat|MA; Casablanca|MA; Tangier|MA; Cairo|EG
Mexico City|MX; Tijuana|MX; Ciudad Juarez|MX|Ciudad Juárez; Cancun|MX|Cancún
Tenancingo|MX; Puebla|MX; Guadalajara|MX; Monterrey|MX; Tapachula|MX
Guatemala City|GT; Tegucigalpa|HN; San Pedro Sula|HN; San Salvador|SV; Managua|NI
Houston|US; New York|US|New York City|NYC; Los Angeles|US; Atlanta|US; Miami|US
Chicago|US; San Francisco|US; Las Vegas|US; Queens|US; Brooklyn|US; San Diego|US
Dallas|US; Seattle|US
Toronto|CA; Vancouver|CA; Montreal|CA
Sao Paulo|BR|São Paulo; Rio de Janeiro|BR; Belo Horizonte|BR; Bento Goncalves|BR|Bento Gonçalves
Bogota|CO|Bogotá; Medellin|CO|Medellín; Lima|PE; Cusco|PE; Puno|PE; Caracas|VE
Buenos Aires|AR; Santo Domingo|DO; Port-au-Prince|HT; Port of Spain|TT; Havana|CU
Sydney|AU; Melbourne|AU; Perth|AU; Auckland|NZ
"""

# Regions and provinces: imply a country but are not emitted as cities.
_REGION_TABLE = """
Kent|GB; Essex|GB; Sussex|GB; East Sussex|GB; West Sussex|GB; Yorkshire|GB; Lincolnshire|GB
Norfolk|GB; Cambridgeshire|GB; West Midlands|GB; East Midlands|GB
Kerala|IN; Assam|IN; Tamil Nadu|IN; West Bengal|IN; Bihar|IN; Jharkhand|IN; Rajasthan|IN
Sindh|PK; Sabah|MY; Sarawak|MY; Sulawesi|ID; Java|ID; Sumatra|ID; Kalimantan|ID
Darfur|SD; Bahia|BR; Rio Grande do Sul|BR; Para|BR|Pará; Kachin State|MM; Shan State|MM
Mon State|MM; Rakhine|MM; Calabria|IT; Apulia|IT|Puglia; Tlaxcala|MX; Chiapas|MX
Henan|CN; Yunnan|CN; Guangdong|CN; Fujian|CN; Isaan|TH; Madre de Dios|PE; Kakheti|GE
Mindanao|PH; Luzon|PH; Visayas|PH; Upper Egypt|EG
"""


@dataclass(frozen=True)
class Entry:
    """What a gazetteer key resolves to: a country code (None for blocked phrases)."""

    code: str | None
    kind: str  # "country", "demonym", "city", "region" or "blocked"
    city: str | None = None
    acronym: bool = False
    plural: bool = False


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes, so keys compare loosely."""
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    """`fold` of one word, remembered: `find_places` folds every word of every text, and
    words repeat (a letters-only ASCII word folds to its lower case)."""
    return word.lower() if word.isascii() else fold(word)


def _key(surface: str) -> str:
    # Keys are the tokens joined by single spaces: the tokenizer drops "-", "'" and ".".
    return " ".join(_TOKEN.findall(fold(surface)))


_TOKEN = re.compile(r"[^\W\d_]+")


def _put(table: dict[str, Entry], surface: str, entry: Entry) -> None:
    key = _key(surface)
    if key and key not in table:
        acronym = surface.replace(".", "").isupper() and len(surface.replace(".", "")) <= 4
        table[key] = Entry(entry.code, entry.kind, entry.city, acronym, entry.plural)


@lru_cache(maxsize=1)
def table() -> dict[str, Entry]:
    """The folded-key -> Entry dict, built on first use."""
    import pycountry  # local: keeps import of this module free

    out: dict[str, Entry] = {}
    for surface in BLOCKED:
        _put(out, surface, Entry(None, "blocked"))
    for name, code, aliases in _rows(_CITY_TABLE):
        for surface in (name, *aliases):
            _put(out, surface, Entry(code, "city", name))
    for name, code, aliases in _rows(_REGION_TABLE):
        for surface in (name, *aliases):
            _put(out, surface, Entry(code, "region"))
    for code, *names in _codes(_ALIAS_TABLE):
        for surface in names:
            _put(out, surface, Entry(code, "country"))
    for country in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            label: str | None = getattr(country, attr, None)
            if label and "," not in label and "(" not in label:
                _put(out, label.removeprefix("the "), Entry(country.alpha_2, "country"))
    for code, *demonyms in _codes(_DEMONYM_TABLE):
        for surface in demonyms:
            _put(out, surface, Entry(code, "demonym"))
            if not surface.endswith(("ese", "ch", "sh", "ss")):
                _put(out, surface + "s", Entry(code, "demonym", plural=True))
    return out


def _codes(source: str) -> list[list[str]]:
    """Rows of a "CODE|name|name; CODE|name" table."""
    rows = [[p.strip() for p in item.split("|")] for item in re.split(r"[;\n]", source)]
    return [row for row in rows if len(row) >= 2]


def _rows(source: str) -> list[tuple[str, str, tuple[str, ...]]]:
    rows = []
    for item in re.split(r"[;\n]", source):
        parts = [p.strip() for p in item.split("|") if p.strip()]
        if len(parts) >= 2:
            rows.append((parts[0], parts[1], tuple(parts[2:])))
    return rows


@dataclass(frozen=True)
class Place:
    """One place mention in a text: its span, country code and what kind of name it was."""

    start: int
    end: int
    code: str
    kind: str
    city: str | None = None
    plural: bool = False


_GAP_OK = re.compile(r"\s+|[-'’]|\.\s?")


def find_places(text: str) -> list[Place]:
    """All country/demonym/city mentions, longest match first, left to right."""
    entries = table()
    tokens = list(_TOKEN.finditer(text))
    folded = [_fold_word(t.group()) for t in tokens]
    places: list[Place] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.group()[0].isupper():
            i += 1
            continue
        hit = None
        last = min(len(tokens), i + MAX_TOKENS)
        # Extend while gaps are plain joiners; remember the longest known phrase.
        j = i
        while j < last:
            if j > i and not _GAP_OK.fullmatch(text[tokens[j - 1].end() : tokens[j].start()]):
                break
            entry = entries.get(" ".join(folded[i : j + 1]))
            if entry is not None:
                hit = (j, entry)
            j += 1
        if hit is None:
            i += 1
            continue
        j, entry = hit
        surface = text[tok.start() : tokens[j].end()]
        is_money = text[tokens[j].end() : tokens[j].end() + 1] == "$"  # "US$250"
        if (entry.acronym and not surface.replace(".", "").isupper()) or is_money:
            i += 1
            continue
        if entry.code is not None:
            places.append(
                Place(
                    tok.start(), tokens[j].end(), entry.code, entry.kind, entry.city, entry.plural
                )
            )
        i = j + 1
    return places


def lookup_country(value: str) -> str | None:
    """Resolve a code (alpha-2/alpha-3), name, alias, demonym or city to alpha-2, else None."""
    value = value.strip()
    if not value:
        return None
    import pycountry

    if len(value) in (2, 3) and value.isalpha():
        code = value.upper()
        found = (
            pycountry.countries.get(alpha_2=code)
            if len(value) == 2
            else pycountry.countries.get(alpha_3=code)
        )
        if found is not None:
            return str(found.alpha_2)
        if value.upper() == "UK":
            return "GB"
    entry = table().get(_key(value))
    return entry.code if entry is not None else None
