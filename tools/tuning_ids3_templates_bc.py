"""The templates of demo/eval/pii/tuning_ids3b.jsonl and tuning_ids3c.jsonl (see
tools/gen_tuning_ids3.py and tools/tuning_ids3_templates.py for the marks)."""

from __future__ import annotations

TEMPLATES_B: list[tuple[str, str]] = [
    (
        "sar",
        "The subject holds a current account with Sberbank; funds were then moved to the "
        "account numbered {BANK_ACCOUNT=40817810099910004312} and on to a Mexican CLABE, "
        "{BANK_ACCOUNT=002180700123456789}, in [MONEY=USD 14,000] tranches.",
    ),
    (
        "sar",
        "Payments went to 61 1090 1014 0000 0712 1981 2874 (Polish bank account of the "
        "recruiter) and were split into [MONEY=PLN 3,000] cash withdrawals. Account "
        "{BANK_ACCOUNT=61 1090 1014 0000 0712 1981 2874} is held at a branch in [CITY=Radom].",
    ),
    (
        "form",
        "Beneficiary: {PERSON=Rosa Quispe}\nBank: Banco de Crédito\nAccount number: "
        "{BANK_ACCOUNT=191-2345678-0-12}\nSWIFT: BCPLPEPL\nPurpose: family support",
    ),
    (
        "sar",
        "Customer gave CPF {NATIONAL_ID=123.456.789-00} (fails its check digits) and an "
        "address in [CITY=Recife]. Customer's Chinese ID on the form: "
        "{NATIONAL_ID=110105198802301234}.",
    ),
    (
        "police",
        "Her Emirates ID reads {NATIONAL_ID=784-1990-1234567-0}. She said the agent kept "
        "it with her passport, numbered {PASSPORT=N 1234567}.",
    ),
    (
        "caseworker",
        "Client's Aadhaar, {NATIONAL_ID=4821 9173 2046}, was on the recruiter's list. "
        "Bank: SBI savings a/c no. {BANK_ACCOUNT=3012 4567 8901}.",
    ),
    (
        "police",
        "Suspect's account: {BANK_ACCOUNT=0123-456789-001}, held with Standard Chartered in "
        "[CITY=Dhaka]. His national ID card (NID) number is {NATIONAL_ID=19901234567890123}.",
    ),
    (
        "border",
        "Driver's licence number: {DRIVING_LICENCE=WDL0ABC12345}. He also had a "
        "Ukrainian passport {PASSPORT=ЕК123456} and a Moldovan car, {VEHICLE_PLATE=C AB 123}.",
    ),
    (
        "tip",
        "the guy drives a silver golf with the plate {VEHICLE_PLATE=BT-4821} and he takes the "
        "girls to the flat. he paid [MONEY=200 euro] to the landlord",
    ),
    (
        "sar",
        "Transfers of [MONEY=£950], [MONEY=£1,100] and [MONEY=£980] reached the Monzo account "
        "{BANK_ACCOUNT=04-00-04 12345678} on [DATE=3 March], [DATE=10 March] and [DATE=17 March].",
    ),
    (
        "audit",
        "Worker IDs copied by the agency (Turkish kimlik numbers): {NATIONAL_ID=10000000146}, "
        "{NATIONAL_ID=12345678950}. Deposits held: [MONEY=TRY 15,000] each.",
    ),
    (
        "hotline",
        "She read her DNI to the operator: {NATIONAL_ID=12345678A}. Her NIE was "
        "{NATIONAL_ID=X1234567A}. She lives in [CITY=Almería].",
    ),
    (
        "sms",
        "pay 15000 into {BANK_ACCOUNT=0123456789} GTB today or forget ur passport. name on acct "
        "{PERSON=Chinedu Obi}",
    ),
    (
        "form",
        "Vehicle | Plate | Owner\nVW Golf | {VEHICLE_PLATE=HH-AB 1234} | {PERSON=Kaya}\n"
        "Opel Astra | {VEHICLE_PLATE=B 123 XYZ} | {PERSON=Dumitru}",
    ),
    (
        "sar",
        "Invoice INV-2025-0449 for [MONEY=€8,200] and order 4500012345 were paid from "
        "account {BANK_ACCOUNT=123456789} (NL-rek); [YEAR=2025] turnover [MONEY=€410,000].",
    ),
]

# A third batch (tuning_ids3c.jsonl): plates and passports whose cue comes after the value
# or far before it, and near-misses with vehicle words after codes that are no plates.
TEMPLATES_C: list[tuple[str, str]] = [
    (
        "police",
        "Officers stopped {VEHICLE_PLATE=FG-482-TZ}, a white Renault Master, on the A20 "
        "at 02:10 on [DATE=4 April 2025]. Nine men were in the back.",
    ),
    (
        "tip",
        "Every night {VEHICLE_PLATE=WX 48213} (black Audi) and {VEHICLE_PLATE=B-KM 4821} "
        "(silver Mercedes van) come to the house on Hope Street.",
    ),
    (
        "border",
        "Lorry {VEHICLE_PLATE=CJ 12 XTR} with trailer {VEHICLE_PLATE=CJ 48 TRL} arrived "
        "from [CITY=Cluj] on [DATE=12 May 2025]; the driver, a [NATIONALITY=Romanian] national, "
        "showed passport {PASSPORT=058271934}.",
    ),
    (
        "audit",
        "Worker [AGE=23] (female) showed us a photocopy of her passport, issued in "
        "[CITY=Kathmandu] in [YEAR=2022], document number {PASSPORT=PA4829173}; the agent holds "
        "the original.",
    ),
    (
        "sar",
        "Customer ID document: passport of the Republic of [COUNTRY=Moldova], series and "
        "number {PASSPORT=AB 4829173}, valid to [DATE=2030-01-14].",
    ),
    (
        "police",
        "Reference LX-4821 covers the car park survey; exhibit AB-12-CD is a phone. "
        "Room B-204 was searched at 10:40 on [DATE=3 March 2025].",
    ),
    (
        "news",
        "The court heard that vans with the plates {VEHICLE_PLATE=NL 48-TKD-2} and "
        "{VEHICLE_PLATE=BT 482 KD} carried workers from [COUNTRY=Poland] in [YEAR=2023].",
    ),
    (
        "caseworker",
        "Client says the minibus was a blue Ford Transit, registration "
        "{VEHICLE_PLATE=YK68 TDX}, and that the driver's passport was Albanian, "
        "{PASSPORT=BE4829173}.",
    ),
]
