"""A document's number written right after its own label, in many languages.

Form lines and notes name the document before its number: "Passport No.: BX0382716",
"Paszport nr FE 418273", "pass nr. CA472918", "CPR-nr. 120489-1742", "opholdstilladelse nr.
DK4817203", "nr rej. BC 4827 HT", "Kennzeichen B-KM 4821". A number's shape alone says little
(it has no common format, and a check digit fails one number in ten), but its label says
what it is. So each recognizer (`passport`, `national_id`, `driving_licence`,
`vehicle_plate`) adds one pattern built here: its labels, a few number words ("no.", "nr",
"n°", "number", "#", ":"), then the value as the named group `value` (only the value is
removed). The value is letter and digit groups joined by "-", "/", "." or a space before a
group holding a digit or a short capital code ("B 048217364", "QT 48 21 73 C"); the
recognizer checks how many digits it needs. Dates and amounts are never taken
(`ContextPatternRecognizer.IDENTIFIER`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex
from presidio_analyzer import Pattern

# Number words between a label and its value ("No.", "nr.", "n°", "n.º", "Nummer", "№"), and
# a verb ("licence number is X1234567").
_NUMBER_WORD = (
    r"(?:no|nr|n|n[°º]|n\.º|num|number|numer|nummer|numero|número|numéro|număr|numar|č|br|"
    r"nro|nrs|seria|serie|series|ref|is|was|are|were|#|№)\.?(?:-?nr\.?)?"
)
_GAP = r"(?:[ \t]*(?:[:#№]|(?i:" + _NUMBER_WORD + r")(?!\w)))"
# Letter/digit groups; a space only before a group with a digit, or before a code of 1-3
# capitals that no word in capitals follows ("BC 4827 HT", "B 123 ABC on", not "ID 4821736
# TO THE").
_GROUP = r"[^\W_]+"
# The first group holds a digit or is a series code of 1-3 letters, not a short word: "ID
# issued 12.03.2019" and "passport number is 09876543" hold no series code.
_FIRST = (
    r"(?:[^\W_]*\d[^\W_]*|(?!(?i:is|was|are|were|and|the|for|not|his|her|its|our)"
    r"(?![^\W_]))[^\W\d_]{1,3}(?![^\W_]))"
)
_SPACE_JOIN = r"[ \t](?=[^\W_]{0,3}\d|\p{Lu}{1,3}(?![^\W_])(?![ \t]+\p{Lu}{2}))"
_VALUE = (
    r"(?P<value>(?=(?:[^\W_]{0,4}[ \t./-]?){0,2}[^\W_]{0,3}\d)"
    + _FIRST
    + r"(?:(?:[-/.]|"
    + _SPACE_JOIN
    + r")"
    + _GROUP
    + r"){0,6})"
    r"(?![^\W_])(?!-\w)"
)


def labelled_pattern(
    name: str, labels: list[str], score: float, not_after: str | None = None
) -> Pattern:
    """A pattern matching a value right after one of `labels` (case-insensitive; a trailing
    `*` makes a label a stem), with up to three number words, colons or hashes between; not
    when the regex `not_after` ends right before the label."""
    parts = [
        regex.escape(label[:-1]) + r"[^\W\d_]*" if label.endswith("*") else regex.escape(label)
        for label in sorted(labels, key=len, reverse=True)
    ]
    guard = r"(?<!" + not_after + r")" if not_after else ""
    label_re = (
        guard + r"(?<![^\W_])(?i:" + "|".join(parts) + r")(?![^\W_])(?:-(?i:nr|no)(?![^\W_]))?\.?"
    )
    return Pattern(name, label_re + r"(?:" + _GAP + r"){0,3}[ \t]*" + _VALUE, score)


def shape(value: str, min_digits: int = 6, min_plain: int = 8) -> str | None:
    """A number's shape, letters as "A" and digits as "9" ("FE 418273" -> "AA999999"), when
    it is one only a document number has: a letter and `min_digits` digits, or `min_plain`
    digits or more and no letter."""
    out = "".join("9" if ch.isdigit() else "A" for ch in value if ch.isalnum())
    count = out.count("9")
    if (count >= min_digits and "A" in out) or (count >= min_plain and "A" not in out):
        return out
    return None


def share_shape_cues(
    text: str,
    found: list[list[Any]],
    shape_of: Callable[[str], str | None],
    blocked: Callable[[int], bool] = lambda start: False,
) -> None:
    """A match of the same shape as a cued or labelled match (score 0.7 and up) of the same
    text shares its cue, unless `blocked(start)`: a manifest's or register's column names
    the document once, above its first row ("1. ... FE418273", "2. ... FK904152"). Items are
    `ContextPatternRecognizer.matches`' [pattern, compiled, start, end, score, validated,
    boosted]."""
    cued = {shape_of(text[f[2] : f[3]]) for f in found if f[6] or f[4] >= 0.7} - {None}
    for item in found:
        if not item[6] and shape_of(text[item[2] : item[3]]) in cued and not blocked(item[2]):
            item[6] = True


def digit_count(value: str) -> int:
    """How many digits `value` holds."""
    return sum(ch.isdigit() for ch in value)


PASSPORT_LABELS = (
    "passport|passports|passport no|passport number|pass|pass-nr|passnr|passnummer|passi|"
    "passinumero|Reisepass|Reisepass-Nr|paszport*|pasport*|paspoort*|paspoortnummer|passeport|"
    "pasaporte|passaporto|passaporte|pașaport*|pasaport*|паспорт*|διαβατήρι*|putovnic*|"
    "cestovní pas|útlevél|travel document|travel doc|PP|PP#|PPT|hộ chiếu"
).split("|")

NATIONAL_ID_LABELS = (
    "ID|CC|ID card|ID-card|ID-kort|ID-kaart|ID-картка|ID-карта|identity card|identity number|"
    "identity document|identiteitskaart|identiteitsbewijs|Ausweis*|Personalausweis*|"
    "carte d'identité|carta d'identità|carta de identidad|dowód*|dowód osobisty|"
    "lična karta|лична карта|лична карта №|občanský průkaz|číslo OP|C.I.|CI|national id|"
    "national ID number|national insurance|NI|NINO|NIN|BVN|CNP|DNI|NIE|NIF|NIC|PESEL|"
    "personnummer|pnr|samordningsnummer|personnr|fødselsnummer|fødselsnr|CPR|CPR-nr|"
    "henkilötunnus|hetu|asmens kodas|personas kods|isikukood|BSN|burgerservicenummer|"
    "rodné číslo|RČ|EGN|ЕГН|OIB|JMBG|EMBG|ЕМБГ|AMKA|ΑΜΚΑ|ΑΦΜ|AFM|TCKN|T.C. Kimlik No|"
    "Kimlik No|IDNP|RNOKPP|РНОКПП|УНЗР|UNZR|ІПН|codice fiscale|c.f.|CF|Aadhaar|PAN|PhilSys|"
    "PhilSys No|UMID|UMID CRN|CRN|SSS|TIN|CNIC|NRIC|NRC|MyKad|KTP|NIK|IIN|ИИН|PINFL|"
    "tazkira|tazkera|Ghana Card|citizen card|cartão de cidadão|citizenship no|"
    "citizenship number|PPSN|PPS|PPS no|residence permit|residence card|"
    "permesso di soggiorno|permiso de residencia|permiso de residencia y trabajo|"
    "titre de séjour|carte de séjour|título de residência|autorização de residência|"
    "Aufenthaltstitel|Aufenthaltserlaubnis|verblijfsvergunning|opholdstilladelse|"
    "oppholdstillatelse|uppehållstillstånd|oleskelulupa|karta pobytu|BRP|"
    "biometric residence permit|work permit|labour permit|labor permit|work visa|visa|"
    "visa no|visa number|visa grant number|visa vignette|e-visa|CoS|certificate of sponsorship|"
    "N° national|numéro national|registre national|rijksregisternummer|sécurité sociale|"
    "numéro de sécurité sociale|social security|SSN|NHS|Emirates ID|Iqama|HKID|cédula|cedula|"
    "CURP|CPF|RG|asylum case ID|asylum case|Home Office ref|HO ref|UAN"
).split("|")

DRIVING_LICENCE_LABELS = (
    "driving licence|driving license|driver's licence|driver's license|drivers licence|"
    "drivers license|DL|DL no|licence no|license no|permis de conduire|permis|Führerschein|"
    "prawo jazdy|permiso de conducir|carnet de conducir|patente di guida|patente|"
    "carta de condução|rijbewijs|körkort|førerkort|kørekort|ajokortti|vairuotojo pažymėjimas|"
    "řidičský průkaz|vozačka dozvola|permis de conducere|шофьорска книжка|"
    "посвідчення водія|водительское удостоверение|ehliyet|sürücü belgesi|tachograph card|"
    "driver card"
).split("|")

VEHICLE_PLATE_LABELS = (
    "reg|reg.|reg no|reg. no|reg nr|reg. nr|reg.nr|regnr|reg.-nr|registration plate|"
    "registration mark|registration number|vehicle registration|plate|plates|number plate|"
    "licence plate|license plate|VRM|VRN|nr rej.|nr. rej.|nr rej|numer rejestracyjny|"
    "Kennzeichen|amtl. Kennzeichen|kenteken|matrícula|matricula|targa|plaque|"
    "immatriculé|immatriculée|immatriculation|plaka|plakası|placa|placas|nomor polisi|"
    "д.н.з.|д.н.з|держномер|госномер|рег. №|рег. номер|registreringsnummer|"
    "registreringsnr|kjennemerke|rekisterinumero|rek.nro|valst. nr|valstybinis numeris|RZ|"
    "SPZ|Reg. oznaka|registarska oznaka|nr. de înmatriculare|număr de înmatriculare|"
    "numar de inmatriculare|nr. înmatriculare|рег. номер|biển số|patente|chapa|tablilla"
).split("|")

# A registration number of a company or a charity is no plate ("company reg. no. 04821736").
COMPANY_BEFORE = (
    r"(?i:company|companies|firm|business|charity|trade|commercial|CVR|KRS|VAT|org\.?|"
    r"organisation|organization|Ltd|GmbH)[\w .]{0,12}"
)
