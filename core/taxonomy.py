"""The trafficking vocabulary Lens extracts and filters on.

Labels follow the CTDC (Counter Trafficking Data Collaborative) and HTCDS (Human Trafficking
Case Data Standard) vocabularies, in snake_case. Each label carries a one-line description
(used for embedding-based classification and shown to users) and cue phrases (used by rules).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    """One value of a facet."""

    key: str
    description: str
    cues: tuple[str, ...]


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
            "escort",
            "pimp",
            "commercial sex",
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
            "household",
            "kept in the house",
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
            "minor",
            "underage",
            "under 18",
            "aged 14",
            "aged 15",
            "aged 16",
            "aged 17",
            "schoolgirl",
            "schoolboy",
            "children",
        ),
    ),
)

SECTORS: tuple[Label, ...] = (
    Label(
        "agriculture",
        "farms, plantations, harvesting and picking",
        (
            "farm",
            "plantation",
            "harvest",
            "fruit picking",
            "agricultur",
            "greenhouse",
            "cocoa",
            "palm oil",
            "tea estate",
            "cattle",
        ),
    ),
    Label(
        "fishing",
        "fishing vessels and seafood processing at sea",
        ("fishing", "trawler", "vessel", "seafood", "shrimp", "fishermen", "at sea", "boat"),
    ),
    Label(
        "construction",
        "building sites and infrastructure",
        (
            "construction",
            "building site",
            "labourer on site",
            "scaffold",
            "stadium",
            "bricks",
            "brick kiln",
        ),
    ),
    Label(
        "manufacturing",
        "factories and assembly",
        ("factory", "manufactur", "assembly line", "electronics plant", "workshop"),
    ),
    Label(
        "textiles",
        "garment, apparel and textile production",
        ("garment", "textile", "apparel", "sewing", "clothing factory", "spinning mill", "cotton"),
    ),
    Label(
        "domestic_work",
        "work inside private households",
        ("domestic work", "housemaid", "maid", "nanny", "household", "domestic worker"),
    ),
    Label(
        "hospitality",
        "hotels, restaurants, bars and catering",
        ("hotel", "restaurant", "kitchen", "catering", "takeaway", "bar staff", "hospitality"),
    ),
    Label(
        "mining",
        "mines, quarries and mineral extraction",
        ("mine", "mining", "quarry", "gold", "cobalt", "mica", "coltan"),
    ),
    Label(
        "care",
        "care homes and home care",
        ("care home", "care worker", "carer", "elderly care", "nursing home", "home care"),
    ),
    Label(
        "cleaning",
        "commercial cleaning services",
        ("cleaning", "cleaner", "janitorial", "office cleaning"),
    ),
    Label(
        "beauty_services",
        "nail bars, beauty and massage salons",
        ("nail bar", "nail salon", "beauty salon", "manicur", "massage salon"),
    ),
    Label("car_wash", "hand car washes", ("car wash", "hand car wash", "car-wash")),
    Label(
        "food_processing",
        "meat, poultry and food packing plants",
        (
            "food processing",
            "meat plant",
            "poultry",
            "packing plant",
            "packhouse",
            "abattoir",
            "chicken factory",
        ),
    ),
    Label(
        "logistics",
        "warehouses, delivery and transport",
        ("warehouse", "delivery driver", "logistics", "lorry", "trucking", "courier"),
    ),
    Label(
        "sex_industry",
        "brothels, massage parlours, escort and online sex services",
        ("brothel", "massage parlour", "escort", "sex work", "karaoke bar"),
    ),
)

MEANS_OF_CONTROL: tuple[Label, ...] = (
    Label(
        "debt_bondage",
        "a debt used to bind the person to work",
        ("debt bondage", "debt", "owed", "owe", "repay", "bonded"),
    ),
    Label(
        "document_confiscation",
        "passport or identity documents taken",
        (
            "passport was taken",
            "passports were taken",
            "took her passport",
            "took his passport",
            "took their passports",
            "confiscated",
            "document retention",
            "withheld passport",
            "kept the passports",
            "kept their passports",
            "kept her passport",
            "kept his passport",
            "identity documents were held",
            "retained passports",
        ),
    ),
    Label(
        "threats",
        "threats against the person or their family",
        ("threat", "threaten", "intimidat", "warned that", "would be reported"),
    ),
    Label(
        "physical_violence",
        "beatings and physical assault",
        ("beaten", "beat ", "beating", "assault", "violence", "hit ", "punched", "kicked"),
    ),
    Label(
        "sexual_violence",
        "rape and sexual assault",
        ("rape", "raped", "sexual assault", "sexually abused", "sexual abuse"),
    ),
    Label(
        "isolation",
        "kept isolated from others and outside contact",
        (
            "isolat",
            "no phone",
            "phones were taken",
            "not allowed to speak",
            "cut off",
            "no contact with",
        ),
    ),
    Label(
        "withheld_wages",
        "wages unpaid, withheld or deducted",
        (
            "withheld wages",
            "wages were withheld",
            "unpaid wages",
            "never paid",
            "not paid",
            "deducted",
            "deductions",
            "wage theft",
            "no wages",
            "without pay",
        ),
    ),
    Label(
        "restricted_movement",
        "locked in, escorted, not free to leave",
        (
            "locked",
            "not allowed to leave",
            "could not leave",
            "guarded",
            "escorted",
            "confined",
            "restricted movement",
        ),
    ),
    Label(
        "recruitment_fees",
        "fees charged to workers for recruitment or jobs",
        (
            "recruitment fee",
            "recruitment fees",
            "placement fee",
            "agency fee",
            "paid a fee",
            "broker fee",
        ),
    ),
    Label(
        "deception",
        "false promises about the job, pay or conditions",
        (
            "promised",
            "false promise",
            "deceived",
            "lied",
            "fake job",
            "job offer",
            "told they would",
        ),
    ),
    Label(
        "psychological_abuse",
        "humiliation, coercion and emotional abuse",
        ("psychological", "humiliat", "verbal abuse", "shouted", "coerc", "shame"),
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
