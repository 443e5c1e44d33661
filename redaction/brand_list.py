"""Well-known companies, brands, platforms and charities that the small model tags PERSON.

Trafficking case files name the same few hundred real organisations again and again: the
remittance services and banks money moves through, the apps and sites where jobs and people
are advertised, the hotels, airlines and ride apps of the journey, the retailers and
brands whose supply chains are audited, and the charities that help survivors. Written from
general knowledge for Lens (org12; 45 more by keeps20: UK banks, carriers and retailers,
mobile networks, marketplaces, EU agencies; 87 more by keeps21: shelters, charities and
migrant-rights groups that work against trafficking in Europe, Asia, Africa and the Americas,
European police and labour bodies known by one word), not taken from any evaluation text.

`redaction.org_cues` keeps a PERSON span that is exactly one of these, as it keeps any other
cue: only when no word of it is on a list of given names (a one-word brand no census surname
either: "Dell", "Hilton", "Chase" still go) and no title or given name stands before it
anywhere in the text.
"""

from __future__ import annotations

import functools

BRANDS = """
Western Union|MoneyGram|WorldRemit|Remitly|TransferWise|Skrill|Neteller|Payoneer|Venmo|Zelle
|Cash App|PayPal|Revolut|Monzo|Starling|N26|Paysend|Xoom|M-Pesa|MPesa|GCash|PayMaya|bKash
|Paytm|PhonePe|Alipay|WeChat Pay|Klarna|Stripe|Mastercard|Amex|American Express|Binance
|Coinbase|Kraken|Tether|Bitcoin|Ethereum
|HSBC|Barclays|NatWest|Santander|Nationwide|Citibank|JPMorgan|Wells Fargo|Bank of America
|Deutsche Bank|Commerzbank|BNP Paribas|Société Générale|Credit Suisse|UBS|ING|Rabobank
|ABN AMRO|Standard Chartered|Standard Bank|Ecobank|Equity Bank|Access Bank|Zenith Bank
|GTBank|UniCredit|Unicredit|Intesa Sanpaolo|BBVA|Bancolombia|Itaú|Bradesco|Banamex|Banorte
|Emirates NBD|Maybank|CIMB|DBS|OCBC|Kasikorn|Bangkok Bank|Metrobank|ICICI|HDFC|Raiffeisen
|Sberbank|Tinkoff|Danske Bank|Nordea|Swedbank|Handelsbanken
|Facebook|Instagram|WhatsApp|Telegram|Viber|TikTok|Snapchat|Twitter|Reddit|YouTube|LinkedIn
|Tinder|Bumble|Grindr|Badoo|Skype|Discord|Kik|WeChat|Weibo|VKontakte|Odnoklassniki|Locanto
|Craigslist|Gumtree|Backpage|Vivastreet|Skokka|AdultWork|OnlyFans|Pornhub|Jiji|OLX|Avito
|Leboncoin|Wallapop|Milanuncios|Kijiji|Indeed|Glassdoor|JobStreet|Jobstreet|Naukri|Bayt
|Fiverr|Upwork|TaskRabbit
|Airbnb|Booking.com|Expedia|Agoda|Trivago|Hostelworld|Marriott|Hyatt|Radisson|Sheraton
|Novotel|Ibis|Holiday Inn|Premier Inn|Travelodge|Accor|Wyndham|Ramada|Best Western
|Uber|Lyft|Grab|Gojek|Careem|Didi|FreeNow|Deliveroo|Just Eat|Glovo|Rappi|Uber Eats|DoorDash
|Grubhub|Instacart|Foodpanda|Swiggy|Zomato|Talabat|Wolt|Jumia|FlixBus|Greyhound|Megabus
|Ryanair|EasyJet|easyJet|Wizz Air|Emirates|Etihad|Qatar Airways|Turkish Airlines|Flydubai
|Air Arabia|Saudia|Lufthansa|KLM|Air France|British Airways|AirAsia|Cebu Pacific
|Kenya Airways|Ethiopian Airlines
|Amazon|Walmart|Tesco|Sainsbury's|Asda|Aldi|Lidl|Carrefour|Costco|Primark|Zara|Inditex|H&M
|Uniqlo|Nike|Adidas|Puma|Reebok|Shein|Temu|AliExpress|Alibaba|Boohoo|ASOS|Gucci|Prada
|Nestlé|Nestle|Unilever|Cargill|Hershey|Ferrero|Mondelez|Coca-Cola|PepsiCo|Starbucks
|McDonald's|KFC|Burger King|Domino's|Del Monte|Dole|Chiquita|Sime Darby|Wilmar|Thai Union
|Charoen Pokphand|CP Foods|Samsung|Apple|Huawei|Xiaomi|Foxconn|Sony|Lenovo|Microsoft|Google
|Tesla|Toyota|Hyundai|Volkswagen|Maersk|Hapag-Lloyd|Evergreen|DHL|FedEx|UPS|TNT|Serco|G4S
|Mitie|Sodexo|Adecco|Randstad|ManpowerGroup|Glencore|ExxonMobil|Chevron|TotalEnergies
|Hope for Justice|Stop the Traffik|La Strada|Polaris|ECPAT|Anti-Slavery International
|Walk Free|IJM|Kalayaan|Caritas|Médecins Sans Frontières|Amnesty|Human Rights Watch|UNHCR
|UNICEF|Red Cross|Red Crescent|Salvation Army|Barnardo's|Save the Children|Oxfam|Hestia
|Shakti Vahini|Talitha Kum|Ban Ying|Migrant Help|Kanlungan|Justice and Care|A21|Love146
|Thorn|Freedom Fund|Liberty Shared|Verité|Unseen|Crimestoppers|Childline
|Lloyds Bank|TSB|Metro Bank|Sendwave|Taptap Send|Lebara|Lycamobile|Vodafone|Safaricom|MTN
|Airtel|Orange Money|Royal Mail|Evri|Yodel|DPD|Parcelforce|Vinted|eBay|Etsy|Depop|Zalo
|KakaoTalk|Greggs|Nando's|Wagamama|Superdrug|Morrisons|Waitrose|Argos|Screwfix|Marks & Spencer
|Europol|Interpol|Frontex|Eurojust|Reuters|Qantas|Vietcombank|Nubank|Sparkasse
|Ruhama|Doras|MRCI|Payoke|Pag-Asa|Sürya|Myria|Solwodi|KOK|FIZ|Hydra|Kofra|Comensha
|FairWork|Le Nid|Amicale du Nid|CCEM|La Cimade|Cimade|Fondation Scelles|APRAMP|Accem|Cepaim
|Proyecto Esperanza|Médicos del Mundo|Adoratrices|Amaranta|On the Road|Be Free|Tampep
|Differenza Donna|Medaille Trust|Ashiana|Snowdrop|City Hearts|Causeway|Bawso|TARA
|Free the Slaves|Not For Sale|Shared Hope|Covenant House|Restore NYC|CAST|Chab Dai|AFESIP
|LICADHO|Friends-International|Maiti Nepal|Shakti Samuha|Prajwala|Sanlaap|Bachpan Bachao Andolan
|Tenaganita|Migrant Care|Solidaritas Perempuan|Visayan Forum|Challenging Heights|Pathfinders
|Tostan|Amane|Insaf|Terre des Hommes|World Vision|Plan International|Repórter Brasil
|Comissão Pastoral da Terra|CHS Alternativo|Fundación Renacer|Casa Alianza|Diakonie|Zoll
|Garda|Carabinieri|Gendarmerie|Marechaussee|Koninklijke Marechaussee|Mossos d'Esquadra|Musaned
|GLAA|NCA|HMRC|Border Force|Home Office|Police Scotland|Ertzaintza|Bundesregierung
"""


@functools.lru_cache(maxsize=1)
def brands() -> frozenset[str]:
    """The list above, case-folded."""
    return frozenset(b.strip().casefold() for b in BRANDS.split("|") if b.strip())


def known_brand(surface: str) -> bool:
    """Whether the span is exactly one of the listed organisations (case-insensitive)."""
    return " ".join(surface.split()).casefold() in brands()
