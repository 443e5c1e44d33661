"""A listed town that fills a form's place field: "Town: Limassol", "Last seen: Eldoret",
"Port of loading: Chattogram", "LIEU DE NAISSANCE : BOBO-DIOULASSO".

spaCy often calls a lone capitalised word on a form line a person, and the field's label is
the one word that says what it is. The label must name a place (never "Name", "Contact",
"From" or "Employer": people fill those), the span must be the field's whole value (up to the
line's end, a comma, a semicolon, a bar or a slash), and the value must be on a shipped list
of towns: every one-word town of GeoNames' 15,000+ list, names included (in a place field
"Hamilton" is the town), or a town of several words, or a place of Lens's own lists. A name
that is no listed town ("Town: Ochieng") is still removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

# Labels of fields whose value is a place, in the languages of the sets' forms.
PLACE_LABELS = frozenset(
    (
        "town|city|village|place|location|locality|municipality|district|province|region|"
        "county|country|state|port|destination|origin|birthplace|hometown|residence|"
        "place of birth|town of birth|city of birth|place of issue|place of residence|"
        "country of origin|country of birth|country of residence|town of origin|"
        "port of loading|port of discharge|port of entry|port of departure|port of arrival|"
        "place of arrival|place of departure|last seen|last seen in|last known location|"
        "departure|arrival|transit|point of entry|border crossing|"
        "ville|lieu|lieu de naissance|pays|commune|département|"
        "ciudad|lugar|lugar de nacimiento|localidad|municipio|provincia|país|destino|origen|"
        "cidade|naturalidade|local de nascimento|estado|"
        "ort|geburtsort|stadt|land|wohnort|herkunft|"
        "miasto|miejscowość|miejsce urodzenia|oraș|localitate|locul nașterii|județ|"
        "kota|tempat lahir|asal|provinsi"
    ).split("|")
)
# The label before a value: at a line's start or after a separator or a full stop, then ":".
_FIELD = regex.compile(
    r"(?:^|[\n|/;•.])[ \t]*(?P<label>\p{L}[\p{L}\p{M} ]{0,30}?)[ \t]*[:：][ \t]*$",
    regex.IGNORECASE,
)
_VALUE_END = regex.compile(r"[ \t]*(?:$|\n|[,;|/]|\.(?:[ \t]|$))")


def in_place_field(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """Whether the span is the whole value of a place field and a listed town or place."""
    field = _FIELD.search(text, max(0, start - 40), start)
    if field is None or " ".join(field.group("label").casefold().split()) not in PLACE_LABELS:
        return False
    if _VALUE_END.match(text, end) is None:
        return False
    from redaction.person_guard import normalize
    from redaction.town_list import world_towns
    from redaction.world_places import world_places

    key = normalize(text[start:end])
    return key in world_towns() or key in world_places() or guard.is_known_place(key)
