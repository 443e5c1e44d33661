"""A redactor that removes a fixed list of names and anything that looks like a phone."""

from __future__ import annotations

import re

from redaction.base import RedactedEntity, RedactionResult

_PHONE = re.compile(r"\+\d[\d ]{7,}\d")


class ListRedactor:
    """Replaces known names with <PERSON_n> and phone-like numbers with <PHONE_NUMBER_n>."""

    def __init__(self, names: tuple[str, ...] = ("Mai Nguyen", "Ion Popescu", "Grace Obi")):
        self.pattern = re.compile("|".join(re.escape(n) for n in names) + "|" + _PHONE.pattern)
        self.calls = 0

    def redact(self, text: str, *, org: str | None = None) -> RedactionResult:
        return self.redact_many([text], org=org)[0]

    def redact_many(self, texts: list[str], *, org: str | None = None) -> list[RedactionResult]:
        self.calls += 1
        out = []
        for text in texts:
            numbers: dict[tuple[str, str], int] = {}
            entities: list[RedactedEntity] = []
            pieces: list[str] = []
            last = 0
            for m in self.pattern.finditer(text):
                kind = "PHONE_NUMBER" if _PHONE.fullmatch(m.group(0)) else "PERSON"
                key = (kind, m.group(0))
                numbers.setdefault(key, sum(1 for k in numbers if k[0] == kind) + 1)
                rep = f"<{kind}_{numbers[key]}>"
                pieces += [text[last : m.start()], rep]
                entities.append(RedactedEntity(kind, m.start(), m.end(), rep))
                last = m.end()
            pieces.append(text[last:])
            out.append(RedactionResult("".join(pieces), entities))
        return out
