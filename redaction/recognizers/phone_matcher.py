"""Phone numbers in national formats, found by `phonenumbers` with the document's countries.

Presidio's phone recognizer looks for numbers valid in a fixed list of regions, so a Spanish
"612 345 678" or a German "0151 23456789" is found only when the region is in that list.
Here the regions are the default ones plus every country the text names (by name, demonym
or city, through `core.gazetteer`), so a number is read the way the text's own country
writes it.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult

from redaction.recognizers.result import explained

PATTERNS: list = []  # phonenumbers' matcher, not patterns
CONTEXT: list[str] = []

DEFAULT_REGIONS = ("GB", "US")
MAX_REGIONS = 6  # each region is one pass over the text


class PhoneMatcherRecognizer(LocalRecognizer):
    """PHONE_NUMBER: numbers valid in a default region or in a country the text names."""

    ENTITIES = ["PHONE_NUMBER"]
    SCORE = 0.7

    def __init__(self, default_regions: tuple[str, ...] = DEFAULT_REGIONS) -> None:
        self.default_regions = default_regions
        super().__init__(supported_entities=self.ENTITIES, name="phonenumbers")

    def load(self) -> None:
        """Nothing to load."""

    def regions(self, text: str) -> list[str]:
        """The default regions, then the countries the text names (in order, at most 6)."""
        from redaction.gazetteer import places_in

        out = list(self.default_regions)
        for place in places_in(text):
            if place.code and place.code not in out:
                out.append(place.code)
            if len(out) >= MAX_REGIONS:
                break
        return out

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Every number `phonenumbers` finds valid for one of the regions."""
        import phonenumbers

        if not any(ch.isdigit() for ch in text):
            return []
        seen: set[tuple[int, int]] = set()
        results = []
        for region in self.regions(text):
            matcher = phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.VALID
            )
            for match in matcher:
                span = (match.start, match.end)
                if span in seen:
                    continue
                seen.add(span)
                results.append(
                    explained(
                        self,
                        "PHONE_NUMBER",
                        match.start,
                        match.end,
                        self.SCORE,
                        f"phonenumbers: valid number for {region}",
                        pattern=f"valid in {region}",
                    )
                )
        return results
