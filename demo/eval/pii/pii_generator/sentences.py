"""Both splits' labelled samples: each split's templates filled by presidio-evaluator's
`PresidioSentenceFaker` with this package's providers, locale by locale, at a fixed seed."""

from __future__ import annotations

import random
from collections import deque

from .labels import LABELS, label
from .places import COUNTRIES, NAME_ONLY_LOCALES
from .providers import person_records, providers_for
from .templates import prepare, split_templates, template_hash


def generate(per_split: int, seed: int) -> dict[str, list[dict]]:
    """Both splits' labelled samples."""
    from faker import Faker
    from presidio_evaluator.data_generator import (
        PresidioSentenceFaker,
        presidio_templates_file_path,
    )
    from presidio_evaluator.data_generator.faker_extensions import (
        AgeProvider,
        IpAddressProvider,
        OrganizationProvider,
        UsDriverLicenseProvider,
    )

    raw = [t.strip() for t in presidio_templates_file_path.read_text("utf-8").splitlines()]
    splits = split_templates([t.lstrip("\ufeff") for t in raw if t])
    names = {loc: Faker(loc) for loc in (*COUNTRIES, *NAME_ONLY_LOCALES, "en_US")}
    result: dict[str, list[dict]] = {}
    for s_index, (split, templates) in enumerate(sorted(splits.items())):
        by_text = {prepare(t): template_hash(t) for t in templates}
        rows = []
        locales = sorted(COUNTRIES)
        for l_index, locale in enumerate(locales):
            n = per_split // len(locales) + (l_index < per_split % len(locales))
            local_seed = seed * 1000 + s_index * 100 + l_index
            Faker.seed(local_seed)
            rnd = random.Random(local_seed)
            queue: deque = deque()
            psf = PresidioSentenceFaker(
                locale=locale,
                lower_case_ratio=0.0,  # casing is applied below (see generate.py)
                sentence_templates=list(by_text),
                entity_providers=[
                    IpAddressProvider,
                    OrganizationProvider,
                    UsDriverLicenseProvider,
                    AgeProvider,
                    *providers_for(locale, COUNTRIES[locale], names, queue),
                ],
                base_records=person_records(locale, names, rnd),
                entity_type_mapping={k: k for k in LABELS},
                random_seed=local_seed,
            )
            for sample in psf.generate_new_fake_sentences(n):
                pii, keep, ignore = label(sample, queue)
                text, case = sample.full_text, "as generated"
                roll = rnd.random()
                if roll < 0.08 or roll > 0.97:
                    change = str.lower if roll < 0.08 else str.upper
                    text, case = change(text), "lower" if roll < 0.08 else "upper"
                    for item in (*pii, *keep, *ignore):
                        item["value"] = change(item["value"])
                rows.append(
                    {
                        "text": text,
                        "pii": pii,
                        "keep": keep,
                        "ignore": ignore,
                        "source": "presidio-evaluator 0.3.2 templates + Faker",
                        "template": by_text[sample.masked][:10],
                        "locale": locale,
                        "case": case,
                    }
                )
        result[split] = rows
    return result
