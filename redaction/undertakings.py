"""Named undertakings: operations, projects, programmes and campaigns that spaCy tags PERSON.

One rule (`named_undertaking`) for the two ways text names them:

- a police operation named after its word, quoted or not: "Operation Ember", "Op. Aidant",
  "Operación Ruta", "Operazione Oro Verde" (the word before the span, or opening it);
- a name in quote marks right after the word for an operation, project, programme, campaign,
  initiative or scheme in six languages: 'the programme "Tayssir"', 'o projeto "Casa
  Aberta"', 'Das Projekt „Sichere Wege“', 'la campaña «Pasos Seguros»'. No person is
  written so; an unquoted name after a project word is left to the other rules ("the project
  Ana ran").
"""

from __future__ import annotations

import regex

# The word for an operation, with no quote mark: it names the operation on its own.
_OPERATION = regex.compile(
    r"(?<![\p{L}])(?:Operation|Operations|Op\.|Operación|Operação|Opération|Operazione"
    r"|Operatie|Operacja|Operace|Operatsiya)[ \t]+$"
)
_OPENS_WITH_OPERATION = regex.compile(r"(?i:operation|op\.)[ \t]")
# The word for what is named, then the opening quote mark (the span starts after it).
_QUOTED = regex.compile(
    r"(?<![\p{L}])(?i:operation|operación|operação|opération|operazione|operatie|operacja"
    r"|project|projects|proyecto|projeto|projet|progetto|projekt|programme|program"
    r"|programa|programma|programm|campaign|campaña|campanha|campagne|campagna"
    r"|kampagne|initiative|iniciativa|initiatief|scheme)"
    r"[ \t]*[:,]?[ \t]*[\"“„«‘'][ \t]?$"
)
_CLOSING = regex.compile(r"^[ \t]?[\"”“»’']")


def named_undertaking(text: str, start: int, end: int) -> bool:
    """The span names an operation, project, programme or campaign (see the module)."""
    if _OPENS_WITH_OPERATION.match(text[start:end]):
        return True
    if _OPERATION.search(text, max(0, start - 20), start):
        return True
    if not _QUOTED.search(text, max(0, start - 16), start):
        return False
    return _CLOSING.match(text[end : end + 2]) is not None
