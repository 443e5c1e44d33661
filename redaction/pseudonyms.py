"""Numbered placeholders that stay consistent within one document.

The same value gets the same placeholder (`<PHONE_NUMBER_1>` every time that number
appears); a person's part-name gets the full name's number ("Mai" after "Nguyen Thi Mai",
"Osei" after "OSEI, Patience"),
unless it could belong to two people, when it gets its own.
"""

from __future__ import annotations

from redaction.person_guard import PARTICLES, normalize


def _value_key(surface: str) -> str:
    """Formatting-insensitive key: "07700 900123" and "07700-900123" are one number."""
    compact = "".join(ch for ch in normalize(surface) if ch.isalnum())
    return compact or normalize(surface)


class Pseudonymizer:
    """Hands out `<TYPE_n>` placeholders for one document."""

    def __init__(self, taken: dict[str, int] | None = None) -> None:
        """`taken`: the highest number already used per type in this document (a stored,
        redacted text scrubbed again), so new placeholders never reuse an old one."""
        self._taken = dict(taken or {})
        self._values: dict[str, dict[str, int]] = {}
        self._people: list[tuple[frozenset[str], int]] = []
        self._person_keys: dict[str, int] = {}
        self._person_count = self._taken.get("PERSON", 0)

    def placeholder(self, entity_type: str, surface: str) -> str:
        """The placeholder for this value of this type."""
        if entity_type == "PERSON":
            number = self._person(surface)
        else:
            numbers = self._values.setdefault(entity_type, {})
            base = self._taken.get(entity_type, 0)
            number = numbers.setdefault(_value_key(surface), base + len(numbers) + 1)
        return f"<{entity_type}_{number}>"

    def _person(self, surface: str) -> int:
        key = normalize(surface)
        if key in self._person_keys:
            return self._person_keys[key]
        # "OSEI, Patience" (a surname-first name in one span): "Osei" alone is a part of it
        tokens = frozenset(t.strip(",;") for t in key.split()) - PARTICLES - {""}
        candidates = {
            number for known, number in self._people if tokens <= known or known <= tokens
        }
        if len(candidates) == 1:
            number = candidates.pop()
        else:
            self._person_count += 1
            number = self._person_count
        self._person_keys[key] = number
        self._people.append((tokens, number))
        return number
