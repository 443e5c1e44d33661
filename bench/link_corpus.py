"""The generated link corpus of `bench/links.py`: organisations, actors (a recruiter with a
phone number, an IBAN, an e-mail address and a name), the TUNING and HELDOUT sentence shapes
and formats (split before any tuning), reports that mention actors and near-miss distractors,
and the true links between them. See bench/links.py for what is measured.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.link_people import Person

ORGS = [
    ("Meridian Test Bank", "finance", "bank"),
    ("Harbour Test NGO", "ngo", "ngo"),
    ("Northshire Test Police", "law_enforcement", "police"),
    ("Threadline Test Apparel", "business", "biz"),
]
NAMES = [  # given, family (with diacritics where the language has them)
    ("Ionuț", "Popescu"),
    ("Mihai", "Dumitrescu"),
    ("Elira", "Hoxha"),
    ("Dritan", "Krasniqi"),
    ("Agnieszka", "Wójcik"),
    ("Jürgen", "Schäfer"),
    ("José", "Martínez"),
    ("Blessing", "Okafor"),
    ("Zoltán", "Horváth"),
    ("Ľubomír", "Kováč"),
    ("Aylin", "Yıldız"),
    ("Ramón", "Ibáñez"),
    ("Søren", "Østergaard"),
    ("François", "Lefèvre"),
    ("Małgorzata", "Nowak"),
    ("Tomáš", "Dvořák"),
    ("Andrés", "Peña"),
    ("Chiamaka", "Eze"),
    ("Gheorghe", "Stănescu"),
    ("Bujar", "Gashi"),
    ("Renata", "Szabó"),
    ("Dušan", "Petrović"),
    ("Oksana", "Kovalenko"),
    ("Thu", "Trần"),
    ("Kemal", "Öztürk"),
    ("Marija", "Jovanović"),
    ("Florin", "Constantinescu"),
    ("Adaeze", "Nwosu"),
    ("Łukasz", "Zieliński"),
    ("Emeka", "Nwachukwu"),
]


def plain(text: str) -> str:
    """As written on a keyboard without diacritics ("Wójcik" -> "Wojcik")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.translate(str.maketrans("łŁøØı", "lLoOi"))


# Sentence shapes and formats. TUNING was used to adjust normalisation; HELDOUT and HELDOUT_2
# (bench/link_heldout.py, which tuners must not open) were written apart and not looked at
# while tuning.
TUNING: dict[str, list[str]] = {
    "phone": ["+44 7700 {a} {b}", "07700 {a}{b}", "0044 7700{a}{b}"],
    "iban": ["spaced", "compact"],
    "email": ["lower", "title"],
    "name": ["{given} {family}", "{FAMILY} {given}", "{given_plain} {family_plain}"],
    "sentences": [
        "The recruiter used the phone number {phone} to arrange the journey.",
        "Payments were sent to account {iban} over several months.",
        "She was told to write to {email} about the job offer.",
        "The man who recruited her was called {name}.",
        "Calls came from {phone} late at night.",
        "A transfer to {iban} was flagged by the bank.",
        "Contact for the agency: {email}.",
        "Witnesses named {name} as the driver.",
    ],
}
FILLER = [
    "The report describes debt bondage in a hand car wash in Leicester, United Kingdom.",
    "Workers from Romania were housed above a nail bar.",
    "The survivor was recruited online and promised work in a restaurant kitchen.",
    "Wages were withheld and documents confiscated.",
]


def iban(sort: int, account: int) -> str:
    """A checksum-valid GB IBAN (bank NWBK)."""
    bban = f"NWBK{sort:06d}{account:08d}"
    digits = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    check = 98 - int(digits) % 97
    return f"GB{check:02d}{bban}"


@dataclass
class Actor:
    """Planted values, each with an id that a near miss does not share."""

    ident: str
    phone: tuple[str, str]  # 900 + 3 digits, split as the formats need
    iban: str
    email: str
    given: str
    family: str


@dataclass
class Doc:
    """One generated report and the planted value ids it mentions, by type."""

    name: str
    org: int
    text: str
    values: dict[str, set[str]] = field(default_factory=dict)


def fmt_phone(shape: str, phone: tuple[str, str]) -> str:
    return shape.format(a=phone[0], b=phone[1])


def fmt_iban(shape: str, value: str, rng: random.Random) -> str:
    if shape == "spaced":
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    if shape == "compact":
        return value
    if shape == "lower_spaced":
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4)).lower()
    cut = rng.randrange(6, 14)  # irregular: one space somewhere
    return value[:cut] + " " + value[cut:]


def fmt_email(shape: str, value: str) -> str:
    local, domain = value.split("@")
    if shape == "lower":
        return value
    if shape == "title":
        return local.title() + "@" + domain
    if shape == "upper":
        return value.upper()
    return local.upper() + "@" + domain.title()


def fmt_name(shape: str, given: str, family: str) -> str:
    return shape.format(
        given=given,
        family=family,
        GIVEN=given.upper(),
        FAMILY=family.upper(),
        given_plain=plain(given),
        family_plain=plain(family),
        given_lower=given.lower(),
        family_lower=family.lower(),
    )


def fmt_value(kind: str, shape: str, a: Actor, rng: random.Random) -> str:
    """One planted value of an actor, written in `shape`."""
    if kind == "phone":
        return fmt_phone(shape, a.phone)
    if kind == "iban":
        return fmt_iban(shape, a.iban, rng)
    if kind == "email":
        return fmt_email(shape, a.email)
    return fmt_name(shape, a.given, a.family)


def generate(
    templates: dict[str, list[str]],
    n_actors: int,
    seed: int,
    base: int,
    people: Sequence[Person] = (),
) -> list[Doc]:
    """Reports of one template set: actors in 2-3 reports each, plus near misses. With
    `people` (`bench.link_people`), actor i is person i (cycling: one person may be several
    actors), whose name is written as one of their variants and whose near miss is one of
    their distractors."""
    rng = random.Random(seed)
    actors: list[Actor] = []
    for i in range(n_actors):
        given, family = NAMES[(base // 10 + i) % len(NAMES)]
        if people:
            given, family = people[i % len(people)].given, people[i % len(people)].family
        elif i >= len(NAMES):  # more actors than names: a distinct second given name
            given = f"{given} {NAMES[(i * 7) % len(NAMES)][0]}"
        number = base + i * 3  # spaced by 3: a near miss (+1) is never another actor's
        actors.append(
            Actor(
                ident=f"{seed}-{i}",
                phone=("900", f"{number:03d}"),
                iban=iban(600000 + base + i, 31000000 + base * 100 + i * 10),
                email=f"{plain(given.split()[0]).lower()}.{i}{base}@example.org",
                given=given,
                family=family,
            )
        )
    sentences = templates["sentences"]
    docs: list[Doc] = []
    for a in actors:
        orgs = rng.sample(range(len(ORGS)), rng.choice([2, 3]))
        for j, org in enumerate(orgs):
            kinds = rng.sample(["phone", "iban", "email", "name"], rng.choice([2, 3]))
            lines = [rng.choice(FILLER)]
            values: dict[str, set[str]] = {}
            for kind in kinds:
                if kind == "name" and people:
                    slot = rng.choice(people[actors.index(a) % len(people)].variants)
                    values["written"] = {f"name:{slot}"}
                else:
                    slot = fmt_value(kind, rng.choice(templates[kind]), a, rng)
                sentence = rng.choice([s for s in sentences if "{" + kind + "}" in s])
                lines.append(sentence.format(**{kind: slot}))
                # A name is one value per (given, family) as written in full: two actors (or
                # near misses) who bear the same name share it, as a name link says.
                ident = f"{a.given}|{a.family}" if kind == "name" else a.ident
                values[{"iban": "account"}.get(kind, kind)] = {f"{kind}:{ident}"}
            rng.shuffle(lines)
            docs.append(Doc(f"{a.ident}-{j}.txt", org, " ".join(lines), values))
        # A near miss of this actor in one more report: one digit off, one letter off.
        miss_phone = ("900", f"{int(a.phone[1]) + 1:03d}")
        miss_iban = iban(
            600000 + base + actors.index(a), 31000000 + base * 100 + actors.index(a) * 10 + 1
        )
        local, domain = a.email.split("@")
        miss_email = local[:-1] + ("x" if local[-1] != "x" else "y") + "@" + domain
        family = a.family[:-1] + ("a" if a.family[-1] != "a" else "e")
        other_given = NAMES[(actors.index(a) + 5) % len(NAMES)][0]
        miss_name = rng.choice([(a.given, family), (other_given, a.family)])
        if people:  # a distractor written as it is: its own value
            miss_name = (rng.choice(people[actors.index(a) % len(people)].distractors), "")
        lines = [
            rng.choice(FILLER),
            rng.choice([s for s in sentences if "{phone}" in s]).format(
                phone=fmt_phone(rng.choice(templates["phone"]), miss_phone)
            ),
            rng.choice([s for s in sentences if "{iban}" in s]).format(
                iban=fmt_iban(rng.choice(templates["iban"]), miss_iban, rng)
            ),
            rng.choice([s for s in sentences if "{email}" in s]).format(
                email=fmt_email(rng.choice(templates["email"]), miss_email)
            ),
            rng.choice([s for s in sentences if "{name}" in s]).format(
                name=miss_name[0] if people else fmt_name(rng.choice(templates["name"]), *miss_name)
            ),
        ]
        docs.append(
            Doc(
                f"{a.ident}-miss.txt",
                rng.randrange(len(ORGS)),
                " ".join(lines),
                {
                    "phone": {f"miss-phone:{a.ident}"},
                    "account": {f"miss-iban:{a.ident}"},
                    "email": {f"miss-email:{a.ident}"},
                    "name": {f"name:{miss_name[0]}|{miss_name[1]}"},
                },
            )
        )
    return docs


def truth_pairs(docs: list[Doc], kinds: set[str]) -> set[tuple[str, str]]:
    """Pairs of report names that share a planted value of these kinds."""
    holders: dict[str, set[str]] = {}
    for d in docs:
        for kind, ids in d.values.items():
            if kind in kinds:
                for v in ids:
                    holders.setdefault(v, set()).add(d.name)
    out: set[tuple[str, str]] = set()
    for names in holders.values():
        ordered = sorted(names)
        out |= {(x, y) for i, x in enumerate(ordered) for y in ordered[i + 1 :]}
    return out
