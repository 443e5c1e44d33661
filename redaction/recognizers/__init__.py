"""The recognizers Lens can run, by name: the names used in `redaction.recognizers`.

Each custom recognizer lives in its own module with `PATTERNS`, `CONTEXT` and, where a
checksum exists, `validate_result`. One is Presidio's own (`ip_address`).
Nothing here imports Presidio; `redaction.factory` imports a recognizer when it builds it.
"""

from __future__ import annotations

# name -> (entity type it removes, "module:Class" that implements it)
CATALOGUE: dict[str, tuple[str, str]] = {
    "spacy_person": ("PERSON", "redaction.recognizers.spacy_person:SpacyPersonRecognizer"),
    "person_cue": ("PERSON", "redaction.recognizers.person_cue:PersonCueRecognizer"),
    "person_context": ("PERSON", "redaction.recognizers.person_context:PersonContextRecognizer"),
    "second_ner": ("PERSON", "redaction.recognizers.second_ner:SecondNerPersonRecognizer"),
    "given_name": ("PERSON", "redaction.recognizers.given_name:GivenNameRecognizer"),
    "phonenumbers": ("PHONE_NUMBER", "redaction.recognizers.phone_matcher:PhoneMatcherRecognizer"),
    "phone_regex": ("PHONE_NUMBER", "redaction.recognizers.phone_regex:PhoneRegexRecognizer"),
    "email": ("EMAIL_ADDRESS", "redaction.recognizers.email:OfflineEmailRecognizer"),
    "street_address": (
        "STREET_ADDRESS",
        "redaction.recognizers.street_address:StreetAddressRecognizer",
    ),
    "postcode": ("STREET_ADDRESS", "redaction.recognizers.postcode:PostcodeRecognizer"),
    "address_block": (
        "STREET_ADDRESS",
        "redaction.recognizers.address_block:AddressBlockRecognizer",
    ),
    "date_of_birth": ("DATE_OF_BIRTH", "redaction.recognizers.date_of_birth:DateOfBirthRecognizer"),
    "passport": ("PASSPORT", "redaction.recognizers.passport:PassportRecognizer"),
    "national_id": ("NATIONAL_ID", "redaction.recognizers.national_id:NationalIdRecognizer"),
    "world_id": ("NATIONAL_ID", "redaction.recognizers.world_id:WorldIdRecognizer"),
    "driving_licence": (
        "DRIVING_LICENCE",
        "redaction.recognizers.driving_licence:DrivingLicenceRecognizer",
    ),
    "iban": ("IBAN_CODE", "redaction.recognizers.iban:IbanMod97Recognizer"),
    "credit_card": ("CREDIT_CARD", "redaction.recognizers.credit_card:LuhnCardRecognizer"),
    "bank_account": ("BANK_ACCOUNT", "redaction.recognizers.bank_account:BankAccountRecognizer"),
    "crypto_wallet": ("CRYPTO", "redaction.recognizers.crypto_wallet:CryptoWalletRecognizer"),
    "ip_address": ("IP_ADDRESS", "presidio_analyzer.predefined_recognizers:IpRecognizer"),
    "social_handle": (
        "SOCIAL_HANDLE",
        "redaction.recognizers.social_handle:SocialHandleRecognizer",
    ),
    "profile_url": ("URL_PROFILE", "redaction.recognizers.profile_url:ProfileUrlRecognizer"),
    "vehicle_plate": (
        "VEHICLE_PLATE",
        "redaction.recognizers.vehicle_plate:VehiclePlateRecognizer",
    ),
    "deny_list": ("DENY_LIST", "redaction.recognizers.deny_list:DenyListRecognizer"),
}

ENTITY_TYPES = frozenset(entity for entity, _ in CATALOGUE.values())
