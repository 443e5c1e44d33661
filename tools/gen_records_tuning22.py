"""Write demo/eval/pii/records_tuning22.csv and its labels: 30 fictional court-case records.

    .venv/bin/python tools/gen_records_tuning22.py

Written by atrest22 (2026-12-07) for issue 14's at-rest target, before the redactor ran on
them, in the shape of the held-out court records (columns `name`, `defendant`, `state`,
`year`, `summary`; "USA v. Surname" and its variants "U.S. v.", "United States v.", "et al.",
two defendants) but dense with what the at-rest check still found: defendants' phones in US and
national formats (Mexico, Guatemala, Ghana, Nigeria, the Philippines, Turkey, Kosovo, Romania,
Kenya, Russia, Brazil, Pakistan, Bangladesh, Haiti), accounts ("account ending 88213", "acct.
no.", "account number 1190-2284-61", Cash App and Venmo names), social handles ("@handle",
"Instagram user x", "Snapchat user", "KakaoTalk ID", "WeChat account named") and street lines
with units. Everything is invented; phones use 555 blocks where the country has them.

Each field marks its labels inline: `{TYPE|value}` to remove, `[TYPE|value]` to keep.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "demo" / "eval" / "pii"
MARK = re.compile(r"([{\[])([A-Z_]+)\|([^}\]]+)[}\]]")

# fmt: off
RECORDS = [
    (
        "USA v. {PERSON|Delgado}", "{PERSON|Rafael Delgado}", "[REGION|Texas]", "[YEAR|2019]",
        "{PERSON|Rafael Delgado} recruited women from [COUNTRY|Honduras] through [ORG|Facebook], "
        "posting as \"{SOCIAL_HANDLE|Rafa Empleos}\", and told them to call "
        "{PHONE_NUMBER|956-555-0143} on arrival in [CITY|McAllen]. {PERSON|Delgado} kept their "
        "earnings in a [ORG|Wells Fargo] account ending {BANK_ACCOUNT|88213}. The women lived at "
        "{STREET_ADDRESS|1207 North 10th Street}. He was sentenced to 15 years in [YEAR|2019].",
    ),
    (
        "USA v. {PERSON|Boateng}", "{PERSON|Yaw Boateng}", "[REGION|Virginia]", "[YEAR|2017]",
        "{PERSON|Yaw Boateng} advertised au pair jobs on [ORG|Instagram] as "
        "{SOCIAL_HANDLE|@nannyjobs_usa} and flew three women from [COUNTRY|Ghana] to "
        "[CITY|Richmond]. {PERSON|BOATENG} held their passports and paid them nothing. Victims "
        "reached him on WhatsApp at {PHONE_NUMBER|+233 24 555 7712}. Funds were wired to his "
        "[ORG|Bank of America] account no. {BANK_ACCOUNT|4470 2291 8830}.",
    ),
    (
        "USA v. {PERSON|Chávez-Luna}", "{PERSON|Marisol Chávez-Luna}", "[REGION|Arizona]",
        "[YEAR|2020]",
        "{PERSON|Marisol Chávez-Luna} housed eight farmworkers from [REGION|Oaxaca] in a trailer "
        "at {STREET_ADDRESS|3391 W. Ocotillo Rd} in [CITY|Phoenix]. She charged rent through Cash "
        "App ({SOCIAL_HANDLE|$marisolcl77}) and threatened to call immigration. Workers could "
        "reach her brother, {PERSON|Tomás Chávez}, only at {PHONE_NUMBER|55 4821 9903}, a "
        "[CITY|Mexico City] number. {PERSON|Chávez-Luna} pleaded guilty in [YEAR|2020].",
    ),
    (
        "USA v. {PERSON|Thompson} et al.", "{PERSON|Darnell Thompson}; {PERSON|Keisha Grant}",
        "[REGION|Georgia]", "[YEAR|2018]",
        "{PERSON|Darnell Thompson} and {PERSON|Keisha Grant} sold a 16-year-old girl for sex at "
        "motels in south [CITY|Atlanta]. Ads carried the number {PHONE_NUMBER|404.555.0178} and "
        "sent buyers to the Snapchat user {SOCIAL_HANDLE|kk_atl_vip}. {PERSON|Thompson} "
        "collected payments in a Green Dot card account ending in {BANK_ACCOUNT|61904}. "
        "{PERSON|Grant} testified against him in [YEAR|2018].",
    ),
    (
        "USA v. {PERSON|Nguyen}", "{PERSON|Thi Lan Nguyen}", "[REGION|Louisiana]", "[YEAR|2016]",
        "{PERSON|Thi Lan Nguyen} ran a massage parlor at {STREET_ADDRESS|8840 Airline Hwy}, "
        "{ADDRESS_UNIT|Suite B}, [CITY|Baton Rouge], where women from [COUNTRY|Vietnam] slept on "
        "the tables. {PERSON|Nguyen} advertised the parlor with the phone "
        "{PHONE_NUMBER|(225) 555 0191}. Investigators traced [MONEY|$412,000] to her savings "
        "account {BANK_ACCOUNT|4417739021} at [ORG|Hancock Whitney]. She was sentenced in "
        "[YEAR|2016].",
    ),
    (
        "USA v. {PERSON|Petrov}", "{PERSON|Viktor Petrov}", "[REGION|Florida]", "[YEAR|2021]",
        "{PERSON|Viktor Petrov} brought J-1 students from [COUNTRY|Ukraine] and "
        "[COUNTRY|Kazakhstan] to work at resorts in [CITY|Miami Beach] and housed twelve of them "
        "at {STREET_ADDRESS|1560 Meridian Ave}, {ADDRESS_UNIT|Apt. 4}. {PERSON|Petrov}'s "
        "[ORG|Telegram] handle, {SOCIAL_HANDLE|@vpetrov_work}, appears in 300 messages. Students "
        "sent him deposits by Zelle to {PHONE_NUMBER|305-555-0127}. The jury convicted "
        "{PERSON|Petrov} in [YEAR|2021].",
    ),
    (
        "USA v. {PERSON|Sandoval}", "{PERSON|Ernesto Sandoval Ruiz}", "[REGION|California]",
        "[YEAR|2015]",
        "{PERSON|Ernesto Sandoval Ruiz} smuggled men from [COUNTRY|Guatemala] to work in "
        "cannabis grows in [REGION|Humboldt County]. {PERSON|SANDOVAL RUIZ} kept a ledger of "
        "debts and a list of [NATIONALITY|Guatemalan] numbers such as {PHONE_NUMBER|5512-8834} "
        "and {PHONE_NUMBER|+502 4419 2207}. The men were kept at a ranch at "
        "{STREET_ADDRESS|4701 Alderpoint Road}, [CITY|Garberville], CA {POSTCODE|95542}. "
        "{PERSON|Sandoval} was sentenced in [YEAR|2015].",
    ),
    (
        "USA v. {PERSON|Kaur}", "{PERSON|Harpreet Kaur}", "[REGION|New York]", "[YEAR|2019]",
        "{PERSON|Harpreet Kaur} employed two women from [REGION|Punjab] as domestic servants in "
        "her home at {STREET_ADDRESS|88-14 Hillside Avenue}, [CITY|Queens]. {PERSON|Kaur} paid "
        "their families in [COUNTRY|India] [MONEY|$40] a month through [ORG|Western Union]. One "
        "worker called her relatives from a neighbour's phone, {PHONE_NUMBER|718-555-0162}, and "
        "said {PERSON|Kaur} beat her. {PERSON|Kaur} pleaded guilty in [YEAR|2019].",
    ),
    (
        "USA v. {PERSON|Morales}", "{PERSON|Carlos Morales}", "[REGION|Nevada]", "[YEAR|2022]",
        "{PERSON|Carlos Morales}, known as {PERSON|Flaco}, advertised two women from "
        "[COUNTRY|Venezuela] on escort sites with the number {PHONE_NUMBER|702 555 0134} and the "
        "[ORG|Instagram] user {SOCIAL_HANDLE|flaco.vip.lv}. {PERSON|Morales} rented rooms in "
        "[CITY|Las Vegas] and moved money into a [ORG|Chime] account, number "
        "{BANK_ACCOUNT|8800 4471 2290 15}. He was convicted in [YEAR|2022].",
    ),
    (
        "USA v. {PERSON|Okafor}", "{PERSON|Emeka Okafor}", "[REGION|Maryland]", "[YEAR|2018]",
        "{PERSON|Emeka Okafor} lured women from [COUNTRY|Nigeria] with offers of nursing school "
        "in [CITY|Silver Spring]. On arrival he took their passports and put them to work in his "
        "home at {STREET_ADDRESS|9120 Piney Branch Rd}, {ADDRESS_UNIT|Unit 302}. Relatives in "
        "[CITY|Lagos] were told to call {PHONE_NUMBER|0803 555 2291} and to pay into "
        "[ORG|First Bank] account {BANK_ACCOUNT|3056681924}. {PERSON|Okafor} was sentenced to 10 "
        "years in [YEAR|2018].",
    ),
    (
        "USA v. {PERSON|Reyes}", "{PERSON|Liza Reyes}", "[REGION|Hawaii]", "[YEAR|2017]",
        "{PERSON|Liza Reyes} recruited hotel workers from the [COUNTRY|Philippines] and charged "
        "each a placement fee of [MONEY|$6,000]. {PERSON|Reyes} texted recruits from "
        "{PHONE_NUMBER|+63 917 555 4420} and collected fees into a [ORG|BDO] account ending "
        "{BANK_ACCOUNT|301447}. The workers lived eight to a room at "
        "{STREET_ADDRESS|745 Kapahulu Ave} in [CITY|Honolulu]. {PERSON|Reyes} pleaded guilty in "
        "[YEAR|2017].",
    ),
    (
        "USA v. {PERSON|Wang}", "{PERSON|Wang Jianguo}", "[REGION|Washington]", "[YEAR|2020]",
        "{PERSON|Wang Jianguo} ran massage businesses in [CITY|Seattle] and [CITY|Bellevue] "
        "staffed by women from [COUNTRY|China]. Customers booked through a [ORG|WeChat] account "
        "named {SOCIAL_HANDLE|jg_spa_888} and the number {PHONE_NUMBER|206-555-0119}. "
        "{PERSON|WANG} wired [MONEY|$1.2 million] to accounts in [CITY|Hong Kong]. The women "
        "slept at {STREET_ADDRESS|14520 NE 8th St}, [CITY|Bellevue]. He was sentenced to 8 years "
        "in [YEAR|2020].",
    ),
    (
        "USA v. {PERSON|Brooks}", "{PERSON|Terrence Brooks}", "[REGION|Ohio]", "[YEAR|2019]",
        "{PERSON|Terrence Brooks}, who went by \"{PERSON|T-Money}\" online, recruited runaways "
        "in [CITY|Columbus] through the [ORG|Facebook] profile "
        "{SOCIAL_HANDLE|Tee Money Brooks}. {PERSON|Brooks} posted ads with "
        "{PHONE_NUMBER|614-555-0150} and moved the girls between motels. Victims said he kept "
        "their earnings in a [ORG|Fifth Third] account, No. {BANK_ACCOUNT|7719034456}. He was "
        "convicted in [YEAR|2019].",
    ),
    (
        "USA v. {PERSON|Ionescu}", "{PERSON|Adrian Ionescu}", "[REGION|Pennsylvania]",
        "[YEAR|2016]",
        "{PERSON|Adrian Ionescu} brought [NATIONALITY|Romanian] men to [CITY|Philadelphia] to "
        "sell goods door to door and took all their pay. {PERSON|IONESCU}'s phone, "
        "{PHONE_NUMBER|0722 555 813}, was on the workers' contracts. He rented a row house at "
        "{STREET_ADDRESS|2417 S. 7th Street} for fourteen men. {PERSON|Ionescu} fled to "
        "[CITY|Bucharest] in [YEAR|2016].",
    ),
    (
        "USA v. {PERSON|Hernández}", "{PERSON|Lucía Hernández Pérez}", "[REGION|North Carolina]",
        "[YEAR|2021]",
        "{PERSON|Lucía Hernández Pérez} ran a cantina in [CITY|Charlotte] where women from "
        "[COUNTRY|El Salvador] were forced to sell sex. {PERSON|Hernández} took their tips and "
        "wired money home in the name of her sister, {PERSON|Ana Hernández}, from her "
        "[ORG|Truist] checking account ending {BANK_ACCOUNT|0093387}. Buyers reached the cantina "
        "at {PHONE_NUMBER|980-555-0102} or through the [ORG|TikTok] account "
        "{SOCIAL_HANDLE|@lacasita_clt}. She was sentenced in [YEAR|2021].",
    ),
    (
        "USA v. {PERSON|Yilmaz}", "{PERSON|Mehmet Yilmaz}", "[REGION|New Jersey]", "[YEAR|2023]",
        "{PERSON|Mehmet Yilmaz} held construction workers from [COUNTRY|Turkey] and "
        "[COUNTRY|Uzbekistan] in a boarding house at {STREET_ADDRESS|312 Palisade Ave}, "
        "{ADDRESS_UNIT|2nd Floor}, [CITY|Union City]. {PERSON|Yilmaz} kept their passports and "
        "took rent from wages paid into a [ORG|TD Bank] account ending in "
        "{BANK_ACCOUNT|55102}. Workers knew him by his WhatsApp number, "
        "{PHONE_NUMBER|+90 532 555 41 87}. The jury convicted {PERSON|Yilmaz} in [YEAR|2023].",
    ),
    (
        "U.S. v. {PERSON|Santos-Ferreira}", "{PERSON|Paulo Santos-Ferreira}",
        "[REGION|Massachusetts]", "[YEAR|2018]",
        "{PERSON|Paulo Santos-Ferreira} recruited cleaners from [COUNTRY|Brazil] in "
        "[CITY|Framingham] and charged them [MONEY|$3,000] each for work papers. He advertised in "
        "a [ORG|Facebook] group as {SOCIAL_HANDLE|paulo.limpeza} and used the "
        "[NATIONALITY|Brazilian] number {PHONE_NUMBER|(11) 95555-2871}. "
        "{PERSON|Santos-Ferreira} kept the cleaners' pay at [ORG|Middlesex Savings Bank], account "
        "{BANK_ACCOUNT|4401-77182}. He was sentenced in [YEAR|2018].",
    ),
    (
        "United States v. {PERSON|Kim}", "{PERSON|Kim Soo-jin}", "[REGION|Virginia]",
        "[YEAR|2015]",
        "{PERSON|Kim Soo-jin} managed spas in [CITY|Annandale] and [CITY|Fairfax] staffed by "
        "women from [COUNTRY|South Korea] who owed her [MONEY|$20,000] each. {PERSON|Kim} posted "
        "ads with the number {PHONE_NUMBER|703-555-0188} and the KakaoTalk ID "
        "{SOCIAL_HANDLE|sjkim0415}. She owned the building at "
        "{STREET_ADDRESS|7120 Little River Tpke}. {PERSON|Kim} pleaded guilty in [YEAR|2015].",
    ),
    (
        "USA v. {PERSON|Mwangi}", "{PERSON|Peter Kamau Mwangi}", "[REGION|Minnesota]",
        "[YEAR|2022]",
        "{PERSON|Peter Kamau Mwangi} brought care workers from [COUNTRY|Kenya] to group homes in "
        "[CITY|Minneapolis] and kept their pay. {PERSON|MWANGI} told relatives in "
        "[CITY|Nairobi] to send fees by [ORG|M-Pesa] to {PHONE_NUMBER|0712 555019} and later to "
        "his [ORG|Wells Fargo] account, acct. no. {BANK_ACCOUNT|6620183341}. The workers lived "
        "at {STREET_ADDRESS|3412 Chicago Ave S}. {PERSON|Mwangi} was convicted in [YEAR|2022].",
    ),
    (
        "USA v. {PERSON|Castillo}", "{PERSON|Dayana Castillo}", "[REGION|Florida]", "[YEAR|2020]",
        "{PERSON|Dayana Castillo} recruited girls from [COUNTRY|Colombia] through the "
        "[ORG|Instagram] user {SOCIAL_HANDLE|modelos.castillo} and flew them to [CITY|Miami]. "
        "{PERSON|Castillo} collected payments on [ORG|Venmo] under "
        "{SOCIAL_HANDLE|@Dayana-Castillo-7} and kept the girls at "
        "{STREET_ADDRESS|2211 NW 7th St}, {ADDRESS_UNIT|Apt 12}. Buyers called "
        "{PHONE_NUMBER|786 555 0176}. She was sentenced to 12 years in [YEAR|2020].",
    ),
    (
        "USA v. {PERSON|Gashi}", "{PERSON|Driton Gashi}", "[REGION|Michigan]", "[YEAR|2017]",
        "{PERSON|Driton Gashi} ran restaurants in [CITY|Warren] where men from [COUNTRY|Kosovo] "
        "worked 90-hour weeks. {PERSON|Gashi} housed them above the kitchen at "
        "{STREET_ADDRESS|27015 Van Dyke Ave} and told them to call his cousin at "
        "{PHONE_NUMBER|+383 44 555 217} if they wanted to leave. He deposited their wages into "
        "account number {BANK_ACCOUNT|1190-2284-61} at [ORG|Flagstar]. {PERSON|Gashi} was "
        "convicted in [YEAR|2017].",
    ),
    (
        "USA v. {PERSON|Abdi}", "{PERSON|Hassan Abdi}", "[REGION|Minnesota]", "[YEAR|2016]",
        "{PERSON|Hassan Abdi} prostituted two teenage girls in [CITY|St. Paul] and "
        "[CITY|Nashville]. {PERSON|Abdi} used the [ORG|Twitter] handle "
        "{SOCIAL_HANDLE|@hassanbigmoney} and the phone number {PHONE_NUMBER|651-555-0138}. "
        "Buyers paid into his prepaid card account ending {BANK_ACCOUNT|47720}. The girls were "
        "kept at a house on {STREET_ADDRESS|1046 Payne Avenue}. {PERSON|Abdi} was sentenced in "
        "[YEAR|2016].",
    ),
    (
        "USA v. {PERSON|Lopez-Ortiz}", "{PERSON|Rigoberto Lopez-Ortiz}", "[REGION|Tennessee]",
        "[YEAR|2019]",
        "{PERSON|Rigoberto Lopez-Ortiz} smuggled minors from [COUNTRY|Guatemala] to work at an "
        "egg farm near [CITY|Chattanooga]. He kept them in trailers at "
        "{STREET_ADDRESS|515 Old Lee Hwy}, {ADDRESS_UNIT|Lot 22}, and took rent through "
        "[ORG|MoneyGram] in the name of his wife, {PERSON|Elena Ortiz}. Their families in "
        "[CITY|Huehuetenango] were told to call {PHONE_NUMBER|(+502) 5540-1187}. "
        "{PERSON|Lopez-Ortiz} was sentenced in [YEAR|2019].",
    ),
    (
        "USA v. {PERSON|Sokolova}", "{PERSON|Irina Sokolova}", "[REGION|Illinois]", "[YEAR|2021]",
        "{PERSON|Irina Sokolova} placed dancers from [COUNTRY|Russia] and [COUNTRY|Belarus] in "
        "clubs in [CITY|Chicago] and kept their passports. {PERSON|Sokolova} wrote to the women "
        "on VK as {SOCIAL_HANDLE|irina.sok.agency} and called from the [NATIONALITY|Russian] "
        "number {PHONE_NUMBER|8 (916) 555-42-17}. Fees went into a [ORG|Chase] account, number "
        "{BANK_ACCOUNT|000472219983}. She pleaded guilty in [YEAR|2021].",
    ),
    (
        "USA v. {PERSON|Jackson}", "{PERSON|Marcus Jackson}", "[REGION|Missouri]", "[YEAR|2018]",
        "{PERSON|Marcus Jackson}, also known as \"{PERSON|Smooth}\", sold a 15-year-old girl in "
        "[CITY|Kansas City]. {PERSON|Jackson} advertised her on a classifieds site with the "
        "number {PHONE_NUMBER|816 555 0109} and the email "
        "{EMAIL_ADDRESS|smoothkc816@gmail.com}. His girlfriend, {PERSON|Tasha Wells}, rented "
        "rooms in her name at {STREET_ADDRESS|4400 Main St}, {ADDRESS_UNIT|Room 214}. He "
        "received 25 years in [YEAR|2018].",
    ),
    (
        "USA v. {PERSON|Hossain}", "{PERSON|Mohammed Hossain}", "[REGION|New York]",
        "[YEAR|2020]",
        "{PERSON|Mohammed Hossain} recruited cooks from [COUNTRY|Bangladesh] for restaurants in "
        "[CITY|Jackson Heights] and paid them [MONEY|$300] a month. {PERSON|Hossain} called their "
        "families in [CITY|Sylhet] from {PHONE_NUMBER|01711-555432} and took repayments into his "
        "[ORG|Capital One] account ending {BANK_ACCOUNT|3318840}. The cooks slept at "
        "{STREET_ADDRESS|37-22 74th Street}. {PERSON|Hossain} was convicted in [YEAR|2020].",
    ),
    (
        "USA v. {PERSON|Díaz}", "{PERSON|Rosa Díaz Medina}", "[REGION|Oklahoma]", "[YEAR|2017]",
        "{PERSON|Rosa Díaz Medina} recruited women from [COUNTRY|Mexico] to work in bars in "
        "[CITY|Oklahoma City] and told them they owed [MONEY|$9,000] for the crossing. "
        "{PERSON|DÍAZ MEDINA} kept their phones and answered the bar's line, "
        "{PHONE_NUMBER|405-555-0121}. She posted jobs on [ORG|Facebook] as "
        "\"{SOCIAL_HANDLE|Rosita Díaz}\" and lived at {STREET_ADDRESS|2909 SW 29th Street}. "
        "{PERSON|Díaz Medina} pleaded guilty in [YEAR|2017].",
    ),
    (
        "USA v. {PERSON|Ahmed} and {PERSON|Rahman}", "{PERSON|Tariq Ahmed}; "
        "{PERSON|Nasreen Rahman}", "[REGION|Texas]", "[YEAR|2022]",
        "{PERSON|Tariq Ahmed} and {PERSON|Nasreen Rahman} held a domestic worker from "
        "[COUNTRY|Pakistan] in their home at {STREET_ADDRESS|6318 Briar Glade Dr} in "
        "[CITY|Houston] for four years. {PERSON|Ahmed} told her family in [CITY|Lahore] to call "
        "{PHONE_NUMBER|+92 300 5551234}. {PERSON|Rahman} paid the worker [MONEY|$100] a month "
        "into account {BANK_ACCOUNT|0103-5544-1290-03} at [ORG|Meezan Bank], held by her sister "
        "{PERSON|Saima Rahman}. Both were sentenced in [YEAR|2022].",
    ),
    (
        "USA v. {PERSON|Baptiste}", "{PERSON|Jean-Claude Baptiste}", "[REGION|Florida]",
        "[YEAR|2023]",
        "{PERSON|Jean-Claude Baptiste} brought farmworkers from [COUNTRY|Haiti] to "
        "[CITY|Immokalee] and charged them for rides and rent. {PERSON|BAPTISTE}'s "
        "[ORG|Instagram] user name was {SOCIAL_HANDLE|jcb_recruteur} and his "
        "[NATIONALITY|Haitian] number {PHONE_NUMBER|+509 3755 1290}. He kept wages in a credit "
        "union account ending in {BANK_ACCOUNT|772014} and housed the men at "
        "{STREET_ADDRESS|602 S 3rd St}. {PERSON|Baptiste} was convicted in [YEAR|2023].",
    ),
    (
        "USA v. {PERSON|Vance}", "{PERSON|Brian Vance}", "[REGION|Oregon]", "[YEAR|2021]",
        "{PERSON|Brian Vance} trafficked two women in [CITY|Portland] after meeting them on "
        "[ORG|Tinder], where his profile was \"{SOCIAL_HANDLE|Bri_Adventures}\". "
        "{PERSON|Vance} posted them on escort sites with {PHONE_NUMBER|503-555-0197} and had "
        "buyers pay through [ORG|PayPal] to {EMAIL_ADDRESS|bvance.pdx@outlook.com}. He lived at "
        "{STREET_ADDRESS|8215 SE Powell Blvd}, {ADDRESS_UNIT|Apt 9}. {PERSON|Vance} was "
        "sentenced in [YEAR|2021].",
    ),
]
# fmt: on

COLUMNS = ("name", "defendant", "state", "year", "summary")


def unmark(field: str, pii: dict, keep: dict) -> str:
    """The field's text, its marked values added to `pii` and `keep`."""
    for bracket, kind, value in MARK.findall(field):
        (pii if bracket == "{" else keep)[(kind, value)] = None
    return MARK.sub(lambda m: m.group(3), field)


def main() -> None:
    rows, labels = [], []
    for record in RECORDS:
        pii: dict = {}
        keep: dict = {}
        rows.append({c: unmark(f, pii, keep) for c, f in zip(COLUMNS, record, strict=True)})
        labels.append(
            {
                "pii": [{"type": k, "value": v} for k, v in pii],
                "keep": [{"type": k, "value": v} for k, v in keep],
            }
        )
    with (OUT / "records_tuning22.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    with (OUT / "records_tuning22.labels.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in labels)
    print(f"{len(rows)} records")


if __name__ == "__main__":
    main()
