"""The templates of demo/eval/pii/tuning_ids3*.jsonl (see tools/gen_tuning_ids3.py): in-domain
texts whose values are marked inline, `{TYPE:kind}` generated, `{TYPE=literal}` personal,
`[TYPE=literal]` to keep."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # --- police notes
    (
        "police",
        "Stop check on the A38 at 23:10 on [DATE=14 March 2025]. Driver produced a US "
        "passport, number {PASSPORT:pp_l1d8}, and gave his SSN as {NATIONAL_ID:ssn}. Vehicle "
        "{VEHICLE_PLATE:ukplate}, a grey Ford Transit, registered to a hire firm in "
        "[CITY=Bristol]. Four women in the back, aged [AGE=19] to [AGE=24].",
    ),
    (
        "police",
        "Occupant 2 gave her National Insurance number as {NATIONAL_ID:ni} and her NHS "
        "number as {NATIONAL_ID:nhs}. She said the man she calls {PERSON=Dritan} keeps her "
        "passport. Reference [IGNORE=CR/2025/00871].",
    ),
    (
        "police",
        "Search of the flat found three Romanian identity cards. CNP values: "
        "{NATIONAL_ID:cnp}, {NATIONAL_ID:cnp} and {NATIONAL_ID:cnp}. All three women said they "
        "came from [REGION=Botosani] in [YEAR=2023].",
    ),
    (
        "police",
        "The Mercedes Sprinter, reg {VEHICLE_PLATE=B-KM 4821}, was seen at the car wash "
        "daily. A second van with Polish plates {VEHICLE_PLATE=WX 48213} and a Romanian car, "
        "{VEHICLE_PLATE=CJ 12 XTR}, were parked behind it. Officers counted 11 workers.",
    ),
    (
        "police",
        "Subject detained at [CITY=Calais] port carried an Albanian ID card "
        "{NATIONAL_ID:al} and an Albanian passport {PASSPORT=BA4418273}. He gave an address "
        "in [CITY=Durres] and a phone number, {PHONE_NUMBER=+355 69 412 7730}.",
    ),
    (
        "police",
        "Vehicle check: Toyota Hilux with Thai plate {VEHICLE_PLATE=2กร 4417} "
        "[REGION=Bangkok]. Driver's Thai ID {NATIONAL_ID:thai}; passenger had no papers. "
        "Fine of [MONEY=2,000 baht] issued on [DATE=3 June 2024].",
    ),
    (
        "police",
        "Witness stated the minibus had Vietnamese plates, 51F-123.45 or similar. "
        "We traced {VEHICLE_PLATE=51F-123.45} to a company in [CITY=Ho Chi Minh City]. "
        "The owner's CCCD is {NATIONAL_ID:cccd}.",
    ),
    (
        "police",
        "Nigerian suspect, passport no. {PASSPORT:pp_l1d8}, NIN {NATIONAL_ID:nin}. "
        "He drives a Lexus, plate {VEHICLE_PLATE=LSD 482 AE}, registered in [REGION=Lagos State].",
    ),
    (
        "police",
        "Driver's licence produced: {DRIVING_LICENCE:ukdl}. The licence holder, "
        "{PERSON=Kestutis Vaitkus}, said the van belonged to his cousin. Reg "
        "{VEHICLE_PLATE:ukplate}.",
    ),
    (
        "police",
        "The Florida driver license {DRIVING_LICENCE=S530-462-81-207-0} and California "
        "DL {DRIVING_LICENCE=D4827716} were both in the glovebox. Car: California plate "
        "{VEHICLE_PLATE=7KPD318}.",
    ),
    # --- SAR narratives
    (
        "sar",
        "SAR-2025-118734. Between [DATE=2 January 2025] and [DATE=30 April 2025] the "
        "account holder received 212 cash deposits totalling [MONEY=£48,310]. Sort code "
        "{BANK_ACCOUNT:sort}, account number {BANK_ACCOUNT:ukacct}. Funds left the same day "
        "by transfer to {BANK_ACCOUNT:sort} {BANK_ACCOUNT:ukacct}.",
    ),
    (
        "sar",
        "Customer presented an Indian passport ({PASSPORT:pp_l1d7}) and PAN "
        "{NATIONAL_ID:pan}. Aadhaar on file: {NATIONAL_ID:aadhaar}. Outgoing transfers to "
        "account {BANK_ACCOUNT:acct14}, IFSC {BANK_ACCOUNT:ifsc}, at a branch in "
        "[CITY=Chennai], totalled [MONEY=INR 14,20,000].",
    ),
    (
        "sar",
        "Wire from routing number {BANK_ACCOUNT:aba}, account {BANK_ACCOUNT:acct10}, to "
        "the subject's acct {BANK_ACCOUNT:acct12} on [DATE=11/08/2024] for [MONEY=$9,400]. "
        "Customer SSN {NATIONAL_ID:ssn}; invoice [IGNORE=INV-20931] was given as the reason.",
    ),
    (
        "sar",
        "Transfers to NUBAN {BANK_ACCOUNT:nuban} (GTBank) and {BANK_ACCOUNT:nuban} "
        "(Access Bank) from the account of a nail bar. Beneficiary BVN {NATIONAL_ID:bvn}. "
        "Total [MONEY=£23,900] over 14 months.",
    ),
    (
        "sar",
        "Card payments for advertising on escort sites, paid from the account ending "
        "{BANK_ACCOUNT:last4}. The same device logged into a/c {BANK_ACCOUNT:ukacct} "
        "(sort code {BANK_ACCOUNT:sort}). Customer since [YEAR=2019].",
    ),
    (
        "sar",
        "KYC file: Brazilian national, CPF {NATIONAL_ID:cpf}, passport {PASSPORT=FX428193}. "
        "Declared income [MONEY=R$ 3.200] a month; received [MONEY=R$ 81.000] in [YEAR=2024].",
    ),
    (
        "sar",
        "Remitter used a Philippine national ID (PhilSys {NATIONAL_ID:philsys}) to send "
        "[MONEY=PHP 45,000] to account {BANK_ACCOUNT:acct12} at BDO in [CITY=Quezon City].",
    ),
    (
        "sar",
        "Mexican customer, CURP {NATIONAL_ID:curp}. Twelve transfers of [MONEY=USD 950] "
        "each to account {BANK_ACCOUNT:acct10}, routing {BANK_ACCOUNT:aba}, in [CITY=Houston].",
    ),
    (
        "sar",
        "The account was opened with a Chinese resident identity card, "
        "{NATIONAL_ID:cn}, and a passport numbered {PASSPORT=E48201937}. Spend pattern: "
        "rent of [MONEY=£2,150] on the 1st of each month for four flats.",
    ),
    (
        "sar",
        "Account holder: Spanish DNI {NATIONAL_ID:dni}. Second signatory: NIE "
        "{NATIONAL_ID:nie}. Case ref [IGNORE=STR-2024-0447]. Cash in: [MONEY=€36,500].",
    ),
    # --- forms / tables
    (
        "form",
        "Name: {PERSON=Bilal Chaudhry}\nDate of birth: {DATE_OF_BIRTH=12/04/1991}\n"
        "National ID no.: {NATIONAL_ID:ssn}\nPassport: {PASSPORT:pp_uk}\nPhone: "
        "{PHONE_NUMBER=07700 900482}\nCase no: [IGNORE=2025/0412]",
    ),
    (
        "form",
        "Surname | Given name | ID | Account\n{PERSON=OKAFOR} | {PERSON=Chidinma} | "
        "{NATIONAL_ID:nin} | {BANK_ACCOUNT:nuban}\n{PERSON=ADEYEMI} | {PERSON=Tunde} | "
        "{NATIONAL_ID:nin} | {BANK_ACCOUNT:nuban}",
    ),
    (
        "form",
        "Field | Value\nPESEL | {NATIONAL_ID:pesel}\nPassport | {PASSPORT=EK4829173}\n"
        "Plate | {VEHICLE_PLATE=WA 48219}\nAmount | [MONEY=4 800 zł]\nDate | [DATE=2025-02-17]",
    ),
    (
        "form",
        "Worker register, farm 3 (audit copy)\n1. {PERSON=Nguyen Van Hai}, CCCD "
        "{NATIONAL_ID:cccd}, age [AGE=27]\n2. {PERSON=Tran Thi Lan}, CCCD {NATIONAL_ID:cccd}, age "
        "[AGE=31]\n3. {PERSON=Le Minh Duc}, passport {PASSPORT=C4928173}, age [AGE=22]",
    ),
    (
        "form",
        "Referral form. Codice fiscale: {NATIONAL_ID:cf}. Permesso di soggiorno "
        "{NATIONAL_ID=I04829173}. Address: {STREET_ADDRESS=Via Garibaldi 41}, "
        "{ADDRESS_UNIT=scala B, interno 7}, [CITY=Caserta].",
    ),
    (
        "form",
        "Beneficiary details\nAccount name: {PERSON=Musa Bello}\nAccount no: "
        "{BANK_ACCOUNT:nuban}\nBank: First Bank\nAmount: [MONEY=NGN 350,000]\nNarration: "
        "school fees",
    ),
    (
        "form",
        "Kenya ID number {NATIONAL_ID:ke}\nKRA PIN {NATIONAL_ID=A004829173K}\n"
        "Employer: [ORG=Gulf Staffing Ltd]\nDestination: [COUNTRY=Saudi Arabia]\nFee paid: "
        "[MONEY=KES 120,000]",
    ),
    (
        "form",
        "South African ID: {NATIONAL_ID:za}\nPassport no: {PASSPORT=A08271934}\n"
        "Bank: FNB, account {BANK_ACCOUNT=62841937204}, branch code [IGNORE=250655]",
    ),
    # --- audit findings
    (
        "audit",
        "Finding 4: the agency holds 37 workers' passports in a safe. Sampled numbers: "
        "{PASSPORT:pp_l2d7} (Nepal), {PASSPORT:pp_l1d7} (India), {PASSPORT:pp_l1d7} "
        "(Bangladesh). Recruitment fees of up to [MONEY=USD 4,000] were deducted from wages.",
    ),
    (
        "audit",
        "Payroll shows wages paid into one account, {BANK_ACCOUNT:acct12}, for 14 workers, "
        "not into their own. The dormitory at {STREET_ADDRESS=14 Jalan Perusahaan 3}, "
        "{ADDRESS_UNIT=Block C, Level 2}, held 48 beds for 61 workers.",
    ),
    (
        "audit",
        "Three workers had no copy of their contract. Their Thai IDs ({NATIONAL_ID:thai}, "
        "{NATIONAL_ID:thai}) were held by the supervisor. Audit ref [IGNORE=AUD-2025-031], "
        "[DATE=9 May 2025].",
    ),
    (
        "audit",
        "Site visit at [ORG=Sunrise Seafood Co]: the manager's Myanmar worker list gives "
        "pink card numbers but no passports. One passport was found: {PASSPORT=MG482917}. "
        "Overtime of 80 hours a month was recorded in [YEAR=2024].",
    ),
    (
        "audit",
        "Worker files for the Ukrainian crew: passport {PASSPORT:ua_pp}, ID card "
        "{NATIONAL_ID:ua_id}; passport {PASSPORT:ua_pp}. Agency fee [MONEY=€1,200] each.",
    ),
    # --- chats / SMS
    (
        "chat",
        "[09:14] boss: send me ur aadhar no and pan\n[09:16] worker: {NATIONAL_ID:aadhaar} "
        "and {NATIONAL_ID:pan}\n[09:17] boss: ok salary will come in acct {BANK_ACCOUNT:acct14} "
        "ifsc {BANK_ACCOUNT:ifsc}",
    ),
    (
        "chat",
        "Mama T: pay the 500k into {BANK_ACCOUNT:nuban} zenith bank today\n{PERSON=Joy}: "
        "i dont have it\n"
        "Mama T: then send ur NIN {NATIONAL_ID:nin} i will do loan",
    ),
    (
        "chat",
        "him: bring passport {PASSPORT:pp_l1d8} and the card\nme: which card\nhim: the one "
        "with {NATIONAL_ID:ssn} on it. car is black honda {VEHICLE_PLATE=KTY-4821}",
    ),
    (
        "chat",
        "Driver: I'm outside, silver Corolla, {VEHICLE_PLATE=KCA 482B}\nGirl: ok\nDriver: "
        "bring ur ID {NATIONAL_ID:ke} for the border",
    ),
    (
        "chat",
        "anh ơi, số căn cước của em là {NATIONAL_ID:cccd}, hộ chiếu {PASSPORT=C8271934}. "
        "xe biển {VEHICLE_PLATE=30A-482.17} đón em lúc [DATE=7 giờ]",
    ),
    (
        "sms",
        "Transfer 1,200 to sort code {BANK_ACCOUNT:sort} acc {BANK_ACCOUNT:ukacct} ref RENT. "
        "Call {PHONE_NUMBER=07911 482 733} if problem",
    ),
    (
        "sms",
        "Pls send ur CPF {NATIONAL_ID:cpf} e RG for the ticket. Pix to "
        "{PHONE_NUMBER=+55 11 98421-7730}",
    ),
    # --- survivor statements / caseworker
    (
        "survivor",
        "They made me open a bank account in my name. I remember the number began "
        "with 4821 and I wrote it down later: {BANK_ACCOUNT:ukacct}. My National Insurance "
        "number is {NATIONAL_ID:ni}. I was paid [MONEY=£50] a week.",
    ),
    (
        "survivor",
        "My ID card number is {NATIONAL_ID:cnp}. The man took it together with my "
        "passport, {PASSPORT=054829173}, when we arrived at [CITY=Luton] on [DATE=2 May 2023]. "
        "I was [AGE=17].",
    ),
    (
        "caseworker",
        "Client's Italian residence permit number {NATIONAL_ID=I0482917} expired in "
        "[YEAR=2024]. Codice fiscale {NATIONAL_ID:cf}. New address: {STREET_ADDRESS=Via Roma 12}, "
        "{ADDRESS_UNIT=int. 4}, [CITY=Latina].",
    ),
    (
        "caseworker",
        "Client has a valid Polish PESEL ({NATIONAL_ID:pesel}) but no documents. "
        "Bank: Santander, IBAN pending; current account number {BANK_ACCOUNT=10482917}. She lives "
        "at {ADDRESS_UNIT=Flat 3}, {STREET_ADDRESS=22 Cobden Street}, [CITY=Wolverhampton].",
    ),
    (
        "caseworker",
        "Referred by [ORG=Hope for Justice] on [DATE=12 February 2025]. The client's "
        "social security number is {NATIONAL_ID:ssn}; her US passport {PASSPORT:pp_l1d8} "
        "is held by "
        "the employer in [CITY=Dubai].",
    ),
    (
        "border",
        "Passenger presented a Chinese passport EA4829173; his resident ID "
        "{NATIONAL_ID:cn} matched. Passport no. {PASSPORT=EA4829173}. Onward ticket to "
        "[CITY=Belgrade] paid in cash, [MONEY=€640].",
    ),
    (
        "border",
        "Vehicle: white Iveco, French plate {VEHICLE_PLATE=FG-482-TZ}, trailer "
        "{VEHICLE_PLATE=AB-917-KD}. Driver's passport {PASSPORT:pp_fr}; German co-driver's "
        "passport {PASSPORT:pp_de}. 9 Vietnamese nationals found.",
    ),
    (
        "border",
        "Italian lorry {VEHICLE_PLATE=GH 482 KT} and Spanish car {VEHICLE_PLATE=4821 KTB} "
        "stopped at [CITY=Dover]. Spanish driver, DNI {NATIONAL_ID:dni}.",
    ),
    (
        "border",
        "The Dutch van {VEHICLE_PLATE=VKL-48-T} carried 6 men with Moldovan "
        "passports, numbers {PASSPORT=AB4829173} and {PASSPORT=AB4917282} among them.",
    ),
    (
        "hotline",
        "Caller gave her Singapore NRIC, {NATIONAL_ID:nric}, and said her employer "
        "holds her passport {PASSPORT=K4829173}. She works at {STREET_ADDRESS=48 Jurong West "
        "Street 41}, {ADDRESS_UNIT=#12-482}.",
    ),
    (
        "hotline",
        "Caller reported a car, NY plate {VEHICLE_PLATE=KLM-4821}, collecting girls "
        "from a motel on Route 9 every night at [DATE=11 pm]. Caller's callback: "
        "{PHONE_NUMBER=(518) 555-0148}.",
    ),
    (
        "news",
        "Court heard that the gang used 64 bank accounts and stolen identities, including "
        "the SSN {NATIONAL_ID:ssn}, to launder [MONEY=$2.3 million] between [YEAR=2019] and "
        "[YEAR=2022]. Sentencing is on [DATE=4 November 2025].",
    ),
    (
        "tip",
        "there is a van {VEHICLE_PLATE=221-D-4821} every morning at the farm, the men "
        "look scared. also a "
        "red car {VEHICLE_PLATE=SN68 KTD}. i saw it on [DATE=monday]",
    ),
    (
        "tip",
        "the man who runs it uses the name {PERSON=Tony} and has account {BANK_ACCOUNT:acct10} at "
        "chase, routing {BANK_ACCOUNT:aba}. he lives {ADDRESS_UNIT=apt 4C} at "
        "{STREET_ADDRESS=1180 Grand Concourse}",
    ),
    (
        "sar",
        "Customer's Emirates ID {NATIONAL_ID=784-1987-4829173-2} and personal number "
        "{NATIONAL_ID:pesel} were both given at onboarding. Salary of [MONEY=AED 1,500] "
        "credited to "
        "account {BANK_ACCOUNT:acct12}.",
    ),
    (
        "police",
        "Driving licence check: Indian DL {DRIVING_LICENCE=MH14 20110048217}, Polish "
        "licence {DRIVING_LICENCE=04821/17/1462}. Both men worked at the car wash in "
        "[CITY=Slough].",
    ),
    (
        "form",
        "ID type: Ghana Card\nID number: {NATIONAL_ID=GHA-728401937-4}\nNationality: "
        "[NATIONALITY=Ghanaian]\nDate issued: [DATE=04/05/2022]\nPhone: "
        "{PHONE_NUMBER=+233 24 482 1937}",
    ),
    # --- near-misses: nothing personal but numbers that must stay
    (
        "sar",
        "Case [IGNORE=2025-0188] summary: 48 transfers of between [MONEY=£1,250] and "
        "[MONEY=£4,800] on [DATE=14/03/2025], [DATE=2025-03-15] and [DATE=16.03.2025]. Invoice "
        "numbers [IGNORE=INV-004821] to [IGNORE=INV-004833]. Turnover in [YEAR=2024]: "
        "[MONEY=£1,482,900].",
    ),
    (
        "police",
        "Operation [IGNORE=LX-4821]. 14 addresses visited, 37 people spoken to, "
        "9 of them aged under 18. Exhibit [IGNORE=JP/12] seized. Cash recovered: "
        "[MONEY=€12,480]. Next review [DATE=1 December 2025].",
    ),
    (
        "audit",
        "Wages averaged [MONEY=USD 312] a month against a legal minimum of "
        "[MONEY=USD 402] in [YEAR=2025]. Of 1,482 workers, 211 were aged [AGE=16] or [AGE=17]. "
        "Reference [IGNORE=SA8000-2025-118].",
    ),
]

# A second batch (tuning_ids3b.jsonl), written after the first was measured: values whose
# check digits are wrong (typos in real records), cues far from or after the number, long
# account numbers of other countries, and separators the first batch did not use.
