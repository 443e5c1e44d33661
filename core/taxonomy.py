"""The trafficking vocabulary Lens extracts and filters on.

Labels follow the CTDC (Counter Trafficking Data Collaborative) and HTCDS (Human Trafficking
Case Data Standard) vocabularies, in snake_case. Each label carries a one-line description
(used for embedding-based classification and shown to users) and cue phrases (used by rules).
"""

from __future__ import annotations

# The facets' vocabularies live in one module each; callers import them from here.
from core.taxonomy_control import MEANS_OF_CONTROL
from core.taxonomy_label import Label
from core.taxonomy_sectors import SECTORS

TRAFFICKING_TYPES: tuple[Label, ...] = (
    Label(
        "sexual_exploitation",
        "commercial sexual exploitation, forced prostitution",
        (
            "sexual exploitation",
            "forced prostitution",
            "forced into prostitution",
            "brothel",
            "sex work",
            "sold for sex",
            "massage parlour",
            "pimp",
            "commercial sex",
            "escort agency",
            "escort service",
            "escorts",
            "as an escort",
            "prostitution",
            "sexually exploit",
            "sexual services",
            "sell sex",
            "selling sex",
        ),
    ),
    Label(
        "forced_labour",
        "forced or compulsory labour under menace of penalty",
        (
            "forced labour",
            "forced labor",
            "forced to work",
            "unpaid work",
            "labour exploitation",
            "labor exploitation",
            "bonded labour",
            "worked without pay",
            "slave labour",
            "bonded labor",
            "labour trafficking",
            "labor trafficking",
            "analogous to slavery",
        ),
    ),
    Label(
        "domestic_servitude",
        "forced domestic work inside a private household",
        (
            "domestic servitude",
            "domestic worker",
            "housemaid",
            "maid",
            "live-in nanny",
            "kept in the house",
            "private household",
            "household chores",
            "domestic slave",
            "domestic helper",
            "domestic servant",
        ),
    ),
    Label(
        "forced_criminality",
        "forced to commit crimes: cannabis farming, begging, theft, drug running, online scams",
        (
            "forced criminality",
            "cannabis farm",
            "county lines",
            "forced begging",
            "pickpocket",
            "shoplifting",
            "scam compound",
            "scam centre",
            "drug running",
            "forced to sell drugs",
            "scam center",
            "cannabis factory",
            "forced to beg",
            "forced to steal",
            "criminal exploitation",
            "run drugs",
        ),
    ),
    Label(
        "forced_marriage",
        "marriage without free consent, bride trafficking",
        ("forced marriage", "forced to marry", "bride", "sold into marriage", "child marriage"),
    ),
    Label(
        "organ_removal",
        "trafficking for the removal of organs",
        ("organ removal", "kidney", "organ trafficking", "organ harvesting", "sell an organ"),
    ),
    Label(
        "child_exploitation",
        "exploitation of a person under 18",
        (
            "child labour",
            "child exploitation",
            "underage",
            "under 18",
            "aged 14",
            "aged 15",
            "aged 16",
            "aged 17",
            "schoolgirl",
            "schoolboy",
            "child labor",
            "minors",
            "a minor",
            "under the age of 18",
            "child victim",
            "child trafficking",
            "trafficked children",
            "children as young as",
            "adolescent",
            "teenage",
            "child marriage",
        ),
    ),
)

FACETS: dict[str, tuple[Label, ...]] = {
    "type": TRAFFICKING_TYPES,
    "sector": SECTORS,
    "means": MEANS_OF_CONTROL,
}

# Fact kinds stored per document (core.records.Fact.kind).
FACT_KINDS = (
    "country",
    "origin",
    "destination",
    "city",
    "type",
    "sector",
    "means",
    "year",
    "route",
)


def keys(facet: str) -> tuple[str, ...]:
    """Label keys of a facet."""
    return tuple(label.key for label in FACETS[facet])


__all__ = [
    "FACETS",
    "FACT_KINDS",
    "MEANS_OF_CONTROL",
    "SECTORS",
    "TRAFFICKING_TYPES",
    "Label",
    "keys",
]
