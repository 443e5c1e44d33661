"""Words that are never a person's name here: places, nationalities, the vocabulary of
trafficking cases, and words that mark an organisation.

Used by the person guard to release spans that spaCy (or a cue) took for a person, and to
keep these words out of name propagation. Countries and regions come from pycountry; the
lists below add short forms, demonyms, cities and towns, and case vocabulary.
"""

from __future__ import annotations

import functools
from typing import Any

COUNTRY_SHORT_FORMS = """
UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|USA|U.S.|US|America
|United States|UAE|Emirates|Russia|Vietnam|Viet Nam|Laos|Syria|Iran|Moldova|South Korea
|North Korea|Korea|Czechia|Czech Republic|Turkey|Türkiye|Bolivia|Venezuela|Tanzania
|Ivory Coast|Côte d'Ivoire|DRC|Congo|Kosovo|Palestine|Gaza|West Bank|Taiwan|Macedonia
|North Macedonia|Burma|Holland|the Netherlands|the Philippines|Kurdistan|Europe|Africa|Asia
|Middle East|Balkans|Gulf|Latin America|Caribbean|Scandinavia|Schengen|EU|European Union
|Sub-Saharan Africa|West Africa|East Africa|South Asia|Southeast Asia|Central America
|Brasil|México|Perú|España|Deutschland|Italia|Polska|Česko|Hrvatska|Magyarország|Suomi
|Sverige|Norge|Danmark|Nederland|België|Belgique|Schweiz|Suisse|Österreich|Côte d'Ivoire
|Côte|Papua New Guinea|Virgin Islands|Cocos Islands|Keeling Islands
"""

DEMONYMS = """
Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian
|Austrian|Azerbaijani|Bangladeshi|Belarusian|Belgian|Beninese|Bolivian|Bosnian|Brazilian
|British|Bulgarian|Burkinabe|Burmese|Burundian|Cambodian|Cameroonian|Canadian|Chadian
|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dominican|Dutch
|Ecuadorian|Egyptian|Emirati|English|Eritrean|Estonian|Ethiopian|Filipino|Filipina|Finnish
|French|Gambian|Georgian|German|Ghanaian|Greek|Guatemalan|Guinean|Haitian|Honduran
|Hungarian|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese
|Jordanian|Kazakh|Kenyan|Korean|Kosovan|Kosovar|Kurdish|Kuwaiti|Kyrgyz|Lao|Laotian|Latvian
|Lebanese|Liberian|Libyan|Lithuanian|Macedonian|Malagasy|Malawian|Malaysian|Malian
|Maltese|Mauritanian|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|Mozambican|Namibian
|Nepali|Nepalese|Nicaraguan|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian
|Panamanian|Paraguayan|Peruvian|Polish|Portuguese|Qatari|Romanian|Roma|Russian|Rwandan
|Salvadoran|Saudi|Scottish|Senegalese|Serbian|Sierra Leonean|Singaporean|Slovak|Slovakian
|Slovenian|Somali|South African|South Korean|North Korean|Spanish|Sri Lankan|Sudanese
|South Sudanese|Swedish|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|Tibetan|Togolese
|Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh
|Yemeni|Zambian|Zimbabwean|Arab|Arabic|Asian|African|European|Balkan|Latino|Latina|Bedouin
|Rohingya|Hmong|Yoruba|Igbo|Hausa|Edo|Pashtun|Tamil|Sikh|Muslim|Christian|Hindu|Buddhist
|Jewish|Catholic|Orthodox|Gurkha|Dalit|Adivasi|Berber|Amhara|Oromo|Tigrayan|Uyghur|Kachin|Karen|Shan
"""

CITIES = """
London|Birmingham|Manchester|Liverpool|Leeds|Sheffield|Bristol|Newcastle|Nottingham
|Leicester|Coventry|Bradford|Hull|Stoke|Wolverhampton|Derby|Southampton|Portsmouth
|Plymouth|Reading|Luton|Northampton|Norwich|Peterborough|Cambridge|Oxford|Ipswich|Exeter
|Brighton|Croydon|Slough|Swindon|Milton Keynes|Blackpool|Bolton|Oldham|Rochdale|Preston
|Blackburn|Huddersfield|Wakefield|Doncaster|Rotherham|Middlesbrough|Sunderland|Gateshead
|Wisbech|Dover|Folkestone|Margate|Chelmsford|Southend|Basildon
|Harlow|Watford|Stevenage|Bedford|Telford|Walsall|Dudley|Sandwell|Lincoln|York|Carlisle
|Glasgow|Edinburgh|Aberdeen|Dundee|Inverness|Cardiff|Swansea|Newport|Belfast|Derry|Dublin
|Cork|Limerick|Calais|Dunkirk|Paris|Lyon|Marseille|Lille|Nice|Toulouse|Bordeaux|Brussels
|Antwerp|Amsterdam|Rotterdam|The Hague|Berlin|Hamburg|Munich|Frankfurt|Cologne|Stuttgart
|Düsseldorf|Vienna|Zurich|Geneva|Madrid|Barcelona|Valencia|Seville|Malaga|Bilbao|Lisbon
|Porto|Rome|Milan|Naples|Turin|Palermo|Florence|Bologna|Venice|Catania|Athens|Thessaloniki
|Sofia|Varna|Bucharest|Constanta|Iasi|Cluj|Timisoara|Craiova|Chisinau|Budapest|Prague
|Bratislava|Kosice|Warsaw|Krakow|Gdansk|Wroclaw|Vilnius|Kaunas|Riga|Tallinn|Kyiv|Kiev|Lviv
|Odesa|Odessa|Kharkiv|Minsk|Moscow|St Petersburg|Tirana|Durres|Vlore|Shkoder|Elbasan
|Pristina|Skopje|Belgrade|Zagreb|Sarajevo|Podgorica|Istanbul|Ankara|Izmir|Antalya
|Tbilisi|Yerevan|Baku|Beirut|Damascus|Aleppo|Amman|Baghdad|Erbil|Tehran|Kabul|Herat
|Jerusalem|Tel Aviv|Cairo|Alexandria|Tripoli|Benghazi|Tunis|Algiers|Casablanca|Rabat
|Tangier|Khartoum|Asmara|Addis Ababa|Nairobi|Mombasa|Kampala|Dar es Salaam|Lagos|Abuja
|Benin City|Kano|Ibadan|Port Harcourt|Enugu|Accra|Kumasi|Abidjan|Dakar|Bamako|Niamey|Agadez
|Conakry|Freetown|Monrovia|Lome|Cotonou|Kinshasa|Luanda|Johannesburg|Cape Town|Durban
|Harare|Lusaka|Riyadh|Jeddah|Mecca|Medina|Dammam|Dubai|Abu Dhabi|Sharjah|Doha|Kuwait City
|Manama|Muscat|Sanaa|Aden|Karachi|Lahore|Islamabad|Peshawar|Delhi|New Delhi|Mumbai
|Kolkata|Chennai|Bangalore|Hyderabad|Kerala|Dhaka|Sylhet|Chittagong|Kathmandu|Pokhara
|Colombo|Yangon|Mandalay|Bangkok|Pattaya|Phuket|Chiang Mai|Phnom Penh
|Siem Reap|Poipet|Vientiane|Hanoi|Ho Chi Minh City|Saigon|Haiphong|Da Nang|Hue|Nghe An
|Ha Tinh|Quang Binh|Kuala Lumpur|Johor Bahru|Penang|Singapore|Jakarta|Surabaya|Medan
|Manila|Cebu|Davao|Quezon City|Beijing|Shanghai|Guangzhou|Shenzhen|Fuzhou|Fujian|Hong Kong
|Macau|Taipei|Tokyo|Osaka|Seoul|Busan|Ulaanbaatar|Almaty|Tashkent|Bishkek|Sydney
|Melbourne|Brisbane|Perth|Auckland|New York|Los Angeles|Chicago|Houston|Miami|Atlanta
|Washington|Toronto|Montreal|Vancouver|Mexico City|Tijuana|Cancun|Guatemala City
|San Salvador|Tegucigalpa|Bogota|Bogotá|Medellin|Cali|Caracas|Lima|Quito|La Paz|Santiago
|Buenos Aires|Sao Paulo|São Paulo|Rio de Janeiro|Brasilia|Havana|Santo Domingo
|Port-au-Prince|Kingston
"""

# Words of trafficking case files that spaCy sometimes takes for a name.
CASE_VOCABULARY = """
Madam|Madame|Boss|Oga|Mama|Aunty|Auntie|Sponsor|Agent|Juju|Kafala|Snakehead|Snakeheads
|Loverboy|Coyote|Pimp|Trafficking|Modern Slavery|Slavery|NRM|Visa|Hotline|Childline
|Crimestoppers|Police|Border Force|Home Office|Salvation Army|Unseen|Gumtree|Craigslist
|Vivastreet|AdultWork|OnlyFans|WhatsApp|Telegram|Instagram|Facebook|TikTok|Viber|Signal
|Snapchat|Messenger|WeChat|LINE|Zalo|Western Union|MoneyGram|Bitcoin|Tether|USDT|PayPal
|Revolut|Wise|Cash App|Uber|Deliveroo|Airbnb|Booking|Interpol|Europol|NCA|CPS|IOM|UNODC
|ILO|NGO|GLAA|Ramadan|Eid|Christmas|Easter|Tet|Diwali|God|Allah|Jesus|Mr|Mrs|Ms|Miss|Dr
|Sir|Lady|Uncle|Sister|Brother
|Survivor|Victim|Suspect|Case|Report|Interview|Statement|Referral|Alert|Intelligence
|Finance|Transaction|Bank|Customer|Account|Card|Card Holder|Passport|Address|Phone|Email
|Profile|Worker|Workers|Employer|Recruiter|Trafficker|Smuggler|Controller
|R|State|People|Commonwealth|Crown|Regina|Rex|Government|Republic|Kingdom|Prosecutor
|Attorney General|Department of Justice|Prosecution|Defendant|Defendants|Appellant|Respondent
|Court|Judge|Jury|Magistrate|Tribunal|Indictment|Sentence|Sentencing|Verdict|Appeal
"""

# A token that marks a span as an organisation or a business, not a person.
ORG_KEYWORDS = """
Ltd|Ltd.|Limited|Inc|Inc.|LLC|LLP|PLC|GmbH|SRL|S.R.L.|SA|S.A.|AG|BV|Co|Co.|Company|Corp
|Corporation|Group|Holdings|Services|Service|Agency|Agencies|Recruitment|Recruiting
|Staffing|Manpower|Contracting|Contractors|Construction|Builders|Logistics|Transport
|Travel|Tours|Shipping|Fisheries|Farm|Farms|Foods|Restaurant|Takeaway|Cafe|Café|Bar|Club
|Hotel|Hotels|Spa|Salon|Nails|Beauty|Massage|Car Wash|Wash|Carwash|Laundry|Cleaning
|Lettings|Properties|Estates|Trading|Imports|Exports|Bank|Union|Army|Office|Ministry
|Department|Council|Police|Force|Agency|Embassy|Consulate|Court|University|College|School
|Hospital|Clinic|Church|Mosque|Temple|Foundation|Trust|Charity|Association|Society
|Federation|Network|Project|Centre|Center|Unit|Commission|International|Services
|Solutions|Partners|Associates|Enterprises|Industries|Media|Online|Market|Supermarket
|Store|Stores|Shop|Factory|Mill|Works|Authority|Products|Apparel|Textiles|Garments|Seafood
|Dyeing|Spinners|Canning|Packing|Produce|Nations|Rights|Watch|Aid|Relief|Initiative|Alliance
|Programa|Programme|Program|Plano|Plan|Bolsa|Ministerio|Ministério|Secretaría|Secretaria
|Instituto|Fundación|Fundação|Asociación|Associação|Consejo|Conselho|Comisión|Comissão
|Sistema|Red|Rede|Centro|Servicio|Serviço|Dirección|Direção|Oficina|Proyecto|Projeto
|Iniciativa|Estrategia|Estratégia|Política|Ley|Lei|Código|Campaña|Campanha|Comité|Unidad
|Unidade|Observatorio|Observatório|Survey|Law|Act|Protocol|Roadmap|Strategy|Policy|Database
|System|Handbook|Committee|Directorate|Taskforce|Task Force|Convention|Decree|Regulation
|Cooperativa|Cooperative|Co-op|Fazenda|Finca|Hacienda|Transportes|Logistiek|Logistik|Logística
|e.V.|d.o.o.|SARL|S.L.|Srl|Caritas|Cáritas|Stiftung|Verein|Verband|Associazione|Fondazione
|Fondation|Syndicat|Sindicato|Maritime|Airlines|Airways|Manning|Lines|Crewing
|Superintendency|Inspectorate|Secretariat|Ombudsman|Bureau|JSC|Pvt|Coalition|Fund
"""

# Words for an organisation's kind that may end its registered name and be left out in its
# own reports ("Mekong Bridge Foundation" writes "Mekong Bridge"; lens.app.organisation_names).
# Each is also one of ORG_KEYWORDS.
ORG_KIND_WORDS = frozenset(
    "foundation trust charity society association network group project initiative alliance "
    "coalition fund ltd limited plc inc llc corp corporation company co".split()
)

# Titles and roles that stand before a name ("Madam Joy", "the suspect James Whitmore");
# the person cue recognizer looks for names after them, the guard trims them off a name.
PERSON_TITLES = """
mr|mrs|ms|miss|mx|dr|madam|madame|mama|mamma|mummy|aunty|auntie|aunt|uncle|boss|oga|mister
|sir|lady|señor|señora|senhor|senhora|sheikh|haji|hajji|chief|pastor|imam|judge|justice|officer
|detective|inspector|sergeant|constable|councillor|professor|prof|phdr|mgr|ing|mudr|judr|rndr
|dipl|herr|frau|sr|sra|srta|don|doña|mme|mlle|dott|pan|pani|gospodin|gospođa|bapak|ibu|hr|fru
"""

# Kin words and forms of address of other languages written before a given name ("tía Rosa",
# "Bác Hùng", "Tante Ilse", "Tita Baby", "Pak Bambang", "Xhaxhai Bujar", "Ma'am Cherry").
# Only the person cue reads them (a name follows them); they are not PERSON_TITLES, which
# the guard trims off a name's start: several are given names too ("Lola", "Tito", "Oma",
# "Dona", "Halla"), and "Lola Martinez" must keep its first word.
ADDRESS_WORDS = """
ma'am|maam|tía|tío|abuela|abuelo|abuelita|señorita|dona|tante|tonton|oncle|monsieur
|mademoiselle|femme|mătușa|matusa|unchiul|domnul|doamna|nenea|tanti|ciocia|ciotka|wujek|babcia
|dziadek|onkel|oma|тётя|тетя|дядя|бабушка|дедушка|господин|госпожа|babushka|bác|chị|chú|ông|bà
|dì|cậu|cô|tita|tito|kuya|lola|lolo|aling|manang|manong|pak|bu|encik|cik|puan|mbak|xhaxhai
|xhaxha|halla|tezja|zoti|zonja|mallam|mzee
"""

# Police and military ranks written before a surname in UK and Commonwealth notes ("DC Touil,
# DS Madan"). Case-sensitive: "pc" and "det" are words, "DC" alone is Washington's.
POLICE_RANKS = "DC|DS|DI|DCI|DSU|DCS|PC|PS|WPC|PCSO|Sgt|Insp|Det|Supt|Cpl|Lt|Capt|Cst|Const"

PERSON_ROLES = """
victim|survivor|suspect|defendant|accused|offender|client|worker|agent|recruiter
|trafficker|controller|employer|driver|husband|wife|partner|boyfriend|girlfriend|fiancé
|fiancée|son|daughter|mother|father|cousin|niece|nephew|brother|sister|friend|manager
|vendor|poster|caller|landlord|landlady|broker|smuggler|pimp|sponsor|carer|owner|colleague
|neighbour|neighbor|interpreter|fixer|accomplice|associate|co-accused|girl|boy|woman|man
|teenager|child|minor|tenant|passenger|customer|holder|cardholder|claimant|witness
|informant|complainant|applicant|mule|courier|guard|supervisor|lookout|cook|foreman
|housekeeper|nanny|cleaner
"""

# Words before a place that make a capitalised word a place rather than a person.
LOCATIVES = frozenset(
    "in from to at near of via across around outside inside into towards toward through "
    "between and or within throughout reached left visited entering leaving".split()
)
# Prepositions that put the next capitalised word(s) in a place rather than a person.
PLACE_PREPOSITIONS = frozenset(
    "in at near via across around outside inside through throughout within".split()
)
# Businesses and work sites: "a car wash on Leek Road", "Glamour Nails on Soho Road". The road
# of a workplace named without a house number locates a business, not a person's home, and
# analysts ask about it; a house number ("12 Leek Road") still goes.
VENUE_NOUNS = (
    "car wash|carwash|wash|nail bar|nail salon|nails|salon|parlour|parlor|barbers|barbershop"
    "|shop|store|supermarket|restaurant|takeaway|cafe|café|pub|bar|club|hotel|motel|factory"
    "|warehouse|workshop|packhouse|farm|mill|market|garage|atm|bank|branch|industrial unit"
    "|trading estate|business park|depot|plant|laundry|spa|site"
)
PLACE_NOUNS = frozenset(
    "city province region state county district area airport port station border camp "
    "island islands village town valley coast".split()
)


def split(block: str) -> list[str]:
    """The entries of one of the `|`-separated blocks above."""
    return [w.strip() for w in block.replace("\n", "").split("|") if w.strip()]


# Known cities that are also given names: a lone one is released as a place only with a place
# cue ("in Sofia"); every other known city is never a lone person's name.
CITIES_THAT_ARE_NAMES = frozenset(
    "sofia victoria florence adelaide regina charlotte austin jackson lincoln orlando eugene "
    "elizabeth paris kingston hull chester darwin nice reading derby york preston bolton luton "
    "dover perth hue cali lima santiago medina sydney aden dudley milton washington douglas "
    "aberdeen carlisle lincoln wakefield stoke coventry".split()
)

# Words after a surname that make it the subject of something only people do
# ("Ortega recruited three girls", "Kowalczyk pleaded guilty").
PERSON_VERBS = """
recruited|recruits|trafficked|traffics|smuggled|smuggles|pleaded|pled|admitted|admits
|testified|testifies|told|tells|said|says|arranged|arranges|advertised|advertises|promised
|promises|forced|forces|beat|beats|threatened|threatens|raped|sold|sells|bought|buys|paid|pays
|drove|drives|took|takes|kept|keeps|held|holds|confiscated|controlled|controls|exploited
|exploits|lured|lures|moved|moves|transported|housed|employed|employs|ran|runs|owned|owns
|managed|manages|organised|organized|denied|denies|claimed|claims|confessed|fled|escaped
|met|meets|married|collected|collects|charged|demanded|demands|ordered|orders|warned|abused
|assaulted|harboured|harbored|coerced|enticed|groomed|posted|texted|messaged|phoned|called
|wrote|explained|recalled|alleged|disclosed|stated|described|insisted|remembered|confirmed
|knew|worked|lived|arrived|left|returned|agreed|refused|asked|answered|replied|laughed
|cried|shouted|whispered|was sentenced|was convicted|was arrested|was charged|was jailed
|was found guilty|was extradited|was acquitted|was indicted|was detained|was released
|laundered|launders|hid|hides|hired|hires|rented|rents|sent|sends|brought|brings|gave|gives
|handed|hands|locked|locks|withdrew|wired|transferred|supervised|guarded|recruits|lent|loaned
|was deported|was born|is accused|was accused|is charged|is alleged|was also|allegedly
|himself|herself|then|later|also|again|repeatedly|personally|never|has been|had been
"""

# Nouns after "the <Surname>" that make the surname a family's ("the Doyle brothers").
FAMILY_NOUNS = (
    "family|families|brothers|sisters|siblings|twins|couple|household|clan|gang|cousins"
    "|house|household|boys|girls|men|women|crew|network|organisation|organization|sons"
)

# Words that label a line of a form or a transcript without naming anyone ("Phone:", "Q:",
# "User:"): a transcript's other labels are its speakers.
LABEL_WORDS = frozenset(
    """
name names date time address phone tel telephone mobile email e-mail mail country city town
location place subject re note notes q a question answer interviewer interviewee officer victim
suspect witness caller agent client customer summary description type status source age sex
gender nationality year translator interpreter police detective judge court defendant
prosecutor counsel lawyer user bot system assistant operator admin moderator support staff host
guest reporter narrator speaker unknown website web personal info information details reference
ref case id no number dob born occupation job title company employer organisation organization
org sector industry language languages religion education skills experience objective profile
contact contacts fax office home work to from cc bcc sent received attachment attachments tags
category priority severity update comment comments response action outcome result warning error
total amount price cost fee paid balance due day month week hours salary wage wages debt route
transport vehicle plate passport visa nin ssn iban account bank card sort code postcode zip
state region province county district street road note remarks remark observations incident
report referral alert intelligence finding findings risk recommendation recommendations
billing shipping delivery instructions message messages text chat sms whatsapp telegram signal
me you him her them us staff team manager supervisor boss worker workers employee employees
translation original english french spanish arabic background context timeline evidence
pob yob kyc aml sar dob birthdate birthplace
""".split()
)

# Works named after a person: "the Tesař novel", "a Léon Rousseau concert".
WORK_NOUNS = (
    "novel|novels|book|books|version|concert|concerts|song|songs|album|albums|film|films|movie"
    "|movies|painting|paintings|recording|recordings|cover|biography|memoir|show|tour|interview"
    "|lecture|speech|quote|theory|method|case|trial|affair|era|years"
)

# Given names and surnames that are also English words: a weak cue ("her cousin Hope", "the
# suspect Baker") still names a person with them, though "child Labor" names nobody.
NAME_WORDS = frozenset(
    """
rose hope grace will mark bill faith joy dawn amber ruby jack frank pat sandy rob bob harry
penny holly ivy iris daisy lily violet heather jasmine olive pearl crystal summer autumn april
may june august destiny charity patience prudence mercy chase hunter mason carter cooper
taylor parker baker cook young king knight brown white black green gray grey wood woods stone
hill rivers banks fields lane marsh moss rice bird fox wolf lamb bush price page ward
""".split()
)


@functools.lru_cache(maxsize=8)
def places_in(text: str) -> tuple[Any, ...]:
    """`core.gazetteer.find_places(text)`, kept for the last few texts: the phone, postcode
    and address recognizers all ask it about the same text, one after the other."""
    from core.gazetteer import find_places

    return tuple(find_places(text))
