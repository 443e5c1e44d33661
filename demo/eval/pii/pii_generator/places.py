"""Real places of the 33 address locales, and the extra locales and countries of the generator.

Faker invents towns ("Lake Angelafort"), which would make a keep rate meaningless, so every
address locale carries real cities and regions of its country here, with the unit and PO-box
lines its own provider lacks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    """Real places and extra unit/PO-box forms for one Faker locale."""

    name: str
    cities: tuple[str, ...]
    regions: tuple[str, ...]
    units: tuple[str, ...]


C = Country
# fmt: off
COUNTRIES: dict[str, Country] = {
    "cs_CZ": C("Czech Republic", ("Prague", "Brno", "Ostrava", "Plzeň", "Olomouc"),
               ("Moravia", "Bohemia"), ("byt ##", "P.O. Box ###", "poštovní přihrádka ##")),
    "da_DK": C("Denmark", ("Copenhagen", "Aarhus", "Odense", "Aalborg", "Esbjerg"),
               ("Zealand", "Jutland"), ("lejl. #", "Postboks ###", "2. th.")),
    "de_AT": C("Austria", ("Vienna", "Graz", "Linz", "Salzburg", "Innsbruck"),
               ("Tyrol", "Styria", "Carinthia"), ("Top ##", "Stiege #", "Postfach ####")),
    "de_CH": C("Switzerland", ("Zurich", "Basel", "Bern", "Lucerne", "St. Gallen"),
               ("Aargau", "Ticino", "Valais"), ("Postfach ####", "Wohnung ##")),
    "de_DE": C("Germany", ("Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt", "Leipzig",
                           "Dortmund", "Bremen"), ("Bavaria", "Saxony", "Hesse"),
               ("Wohnung ##", "Postfach #####", "Hinterhaus, 3. OG")),
    "en_AU": C("Australia", ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"),
               ("NSW", "VIC", "QLD"), ("PO Box ###", "Unit ##", "Level #")),
    "en_CA": C("Canada", ("Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Winnipeg"),
               ("ON", "BC", "AB"), ("PO Box ####", "Unit ###", "Apt. ###")),
    "en_GB": C("United Kingdom", ("London", "Manchester", "Birmingham", "Leeds", "Glasgow",
                                  "Bristol", "Cardiff", "Belfast"), ("Kent", "Yorkshire"),
               ("Flat ##", "PO Box ###", "Unit #")),
    "en_IN": C("India", ("Mumbai", "Delhi", "Kolkata", "Chennai", "Bengaluru", "Hyderabad"),
               ("Maharashtra", "Kerala", "Punjab"), ("Flat No. ###", "P.O. Box ###")),
    "en_NZ": C("New Zealand", ("Auckland", "Wellington", "Christchurch", "Hamilton"),
               ("Canterbury", "Otago"), ("PO Box ####", "Unit #", "Flat ##")),
    "en_US": C("United States", ("Houston", "Chicago", "Atlanta", "Miami", "Seattle", "Denver",
                                 "Phoenix", "Boston"), ("TX", "CA", "NY", "FL"),
               ("Apt. ###", "Suite ###", "P.O. Box ####")),
    "es_AR": C("Argentina", ("Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata"),
               ("Salta", "Chaco"), ("Piso # Dto. #", "Casilla de Correo ###")),
    "es_CO": C("Colombia", ("Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena"),
               ("Antioquia", "Valle del Cauca"), ("Apartamento ###", "Apartado Aéreo ####")),
    "es_ES": C("Spain", ("Madrid", "Barcelona", "Valencia", "Seville", "Málaga", "Bilbao"),
               ("Andalusia", "Catalonia", "Galicia"), ("Piso #º", "Apartado de Correos ###")),
    "es_MX": C("Mexico", ("Mexico City", "Guadalajara", "Monterrey", "Puebla", "Tijuana",
                          "Cancún"), ("JAL", "NL", "OAX"), ("Depto. ##", "Apartado Postal ###")),
    "fi_FI": C("Finland", ("Helsinki", "Espoo", "Tampere", "Turku", "Oulu"),
               ("Uusimaa", "Lapland"), ("as. ##", "PL ###")),
    "fr_CH": C("Switzerland", ("Geneva", "Lausanne", "Fribourg", "Neuchâtel", "Sion"),
               ("Vaud", "Valais"), ("Case postale ###", "app. ##")),
    "fr_FR": C("France", ("Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Lille",
                          "Bordeaux", "Calais"), ("Normandy", "Brittany", "Occitanie"),
               ("Appartement ##", "Bâtiment B, 2e étage", "BP ###", "Boîte postale ####")),
    "hr_HR": C("Croatia", ("Zagreb", "Split", "Rijeka", "Osijek", "Zadar"),
               ("Istria", "Dalmatia"), ("stan ##", "p.p. ###")),
    "hu_HU": C("Hungary", ("Budapest", "Debrecen", "Szeged", "Pécs", "Győr"),
               ("Pest", "Baranya"), ("2. em. 5. ajtó", "Pf. ###")),
    "id_ID": C("Indonesia", ("Jakarta", "Surabaya", "Bandung", "Medan", "Semarang"),
               ("Jawa Barat", "Bali"), ("Kotak Pos ###", "Blok C No. ##")),
    "it_IT": C("Italy", ("Rome", "Milan", "Naples", "Turin", "Palermo", "Bologna", "Florence"),
               ("Lombardy", "Sicily", "Campania"), ("Interno ##", "Casella Postale ###")),
    "nl_BE": C("Belgium", ("Brussels", "Antwerp", "Ghent", "Bruges", "Liège"),
               ("Flanders", "Wallonia"), ("bus ##", "Postbus ###")),
    "nl_NL": C("Netherlands", ("Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven"),
               ("Noord-Holland", "Zeeland"), ("Postbus ####", "3-hoog", "huisnummer ##A")),
    "no_NO": C("Norway", ("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø"),
               ("Vestland", "Rogaland"), ("Postboks ###", "leil. H0###")),
    "pl_PL": C("Poland", ("Warsaw", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk"),
               ("Masovia", "Silesia"), ("m. ##", "skr. poczt. ###", "lok. ##")),
    "pt_BR": C("Brazil", ("São Paulo", "Rio de Janeiro", "Salvador", "Fortaleza", "Recife",
                          "Manaus"), ("SP", "RJ", "BA"), ("Apto ###", "Caixa Postal ####")),
    "pt_PT": C("Portugal", ("Lisbon", "Porto", "Braga", "Coimbra", "Faro"),
               ("Algarve", "Alentejo"), ("2.º Esq.", "Apartado ###")),
    "ro_RO": C("Romania", ("Bucharest", "Cluj-Napoca", "Iași", "Timișoara", "Constanța"),
               ("Transylvania", "Moldavia"), ("ap. ##", "C.P. ###")),
    "sk_SK": C("Slovakia", ("Bratislava", "Košice", "Prešov", "Žilina", "Nitra"),
               ("Orava", "Spiš"), ("byt č. ##", "P.O.Box ###")),
    "sl_SI": C("Slovenia", ("Ljubljana", "Maribor", "Celje", "Koper", "Kranj"),
               ("Styria", "Carniola"), ("p.p. ###", "stanovanje ##")),
    "sv_SE": C("Sweden", ("Stockholm", "Gothenburg", "Malmö", "Uppsala", "Västerås"),
               ("Skåne", "Dalarna"), ("lgh ####", "Box ###")),
    "vi_VN": C("Vietnam", ("Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho"),
               ("Nghe An", "Ha Tinh", "Quang Binh"), ("Phòng ###", "Hộp thư ###")),
}
# Locales whose people often appear in the same texts (names only; their address providers
# are US fall-backs in Faker, so they are not used for addresses).
NAME_ONLY_LOCALES = (
    "en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "sw", "en_KE", "en_PK", "en_TH", "tr_TR",
    "uz_UZ", "lt_LT", "lv_LV", "et_EE", "is_IS", "ga_IE", "fr_DZ", "es_CL", "fr_CA", "zu_ZA",
    "az_AZ",
)
OTHER_COUNTRIES = (
    "Nigeria", "Ghana", "Kenya", "Uganda", "Ethiopia", "Eritrea", "Sudan", "Albania",
    "Ukraine", "Moldova", "Bulgaria", "Nepal", "Bangladesh", "Pakistan", "Sri Lanka",
    "Philippines", "Thailand", "Cambodia", "Myanmar", "China", "Qatar", "Saudi Arabia",
    "United Arab Emirates", "Lebanon", "Jordan", "Morocco", "Libya", "Guatemala", "Honduras",
    "Venezuela", "Peru", "Turkey", "Greece", "Ireland", "Japan",
)
# fmt: on
