"""Synthetic incident paragraphs (~1 KB) with planted personal data, for speed benches.

Deterministic for a given seed. Fictional: names, numbers and places are recombined at random.
"""

from __future__ import annotations

import random

FIRST = [
    "Mai",
    "Linh",
    "Ion",
    "Elira",
    "Blessing",
    "Ram",
    "Tigist",
    "Maricel",
    "Minh",
    "Aung",
    "Grace",
    "Andrei",
    "Priya",
    "Yonas",
    "Jun",
    "Fatima",
    "Ana",
    "Sokha",
    "Dawit",
    "Lina",
]
LAST = [
    "Nguyen",
    "Popescu",
    "Hoxha",
    "Okafor",
    "Tamang",
    "Bekele",
    "Santos",
    "Tran",
    "Win",
    "Obi",
    "Ionescu",
    "Sharma",
    "Haile",
    "Reyes",
    "Begum",
    "Silva",
    "Chan",
    "Mensah",
]
PLACES = [
    ("Ha Tinh", "Vietnam", "Birmingham", "the UK"),
    ("Benin City", "Nigeria", "Palermo", "Italy"),
    ("Tirana", "Albania", "London", "the UK"),
    ("Kathmandu", "Nepal", "Doha", "Qatar"),
    ("Yangon", "Myanmar", "Samut Sakhon", "Thailand"),
    ("Dhaka", "Bangladesh", "Kuala Lumpur", "Malaysia"),
    ("Addis Ababa", "Ethiopia", "Beirut", "Lebanon"),
    ("Iasi", "Romania", "Stoke-on-Trent", "the UK"),
    ("Manila", "the Philippines", "Dubai", "the UAE"),
]
SECTORS = [
    "a nail bar",
    "a hand car wash",
    "a garment factory",
    "a fishing trawler",
    "a construction site",
    "a private household",
    "a cannabis farm",
    "a food packing plant",
    "a care home",
    "a hotel kitchen",
]
MEANS = [
    "her passport was taken on arrival",
    "he was told he owed a debt of 8,000 dollars",
    "wages were withheld for months",
    "they were threatened with deportation",
    "workers were locked in at night",
    "phones were confiscated",
    "a recruitment fee of 1,200 pounds was deducted from wages",
]


def document(i: int, rng: random.Random) -> str:
    """One ~1 KB incident paragraph with names, phones, e-mails and places."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    boss = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    town, country, city, dest = rng.choice(PLACES)
    year = rng.randint(2016, 2026)
    sector = rng.choice(SECTORS)
    means = rng.sample(MEANS, 2)
    phone = f"+44 7700 900{rng.randint(100, 999)}"
    email = f"{name.split()[0].lower()}.{i}@example.org"
    return (
        f"Case {i}. {name}, aged {rng.randint(16, 45)}, was recruited in {town}, {country}, in "
        f"{year} by a man who promised a well-paid job abroad. {name.split()[0]} travelled "
        f"through two countries before arriving in {city}, {dest}, where the work turned out to "
        f"be in {sector}. According to the referral, {means[0]}, and {means[1]}. The recruiter, "
        f"{boss}, could be reached on {phone} and used the address {email} to arrange transport. "
        f"Co-workers described shifts of fourteen hours with one day off a month, and said that "
        f"deductions for food and housing left almost nothing to send home. An outreach worker "
        f"met {name.split()[0]} in {city} and made a referral in {year + 1}; the case was shared "
        f"with partners so that the pattern of recruitment from {country} could be followed up. "
        f"Others from the same district were believed to be working at similar sites nearby."
    )


def documents(n: int, seed: int = 7) -> list[str]:
    """n documents, reproducibly."""
    rng = random.Random(seed)
    return [document(i, rng) for i in range(n)]
