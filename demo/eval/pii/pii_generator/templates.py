"""presidio-evaluator's templates: their split into tuning and held-out, and the text the
generator reads.

The split is by TEMPLATE, never by sample (generate.py's docstring says how): each template
with a placeholder goes to exactly one split, so a sentence shape seen in tuning never appears
in the held-out file.
"""

from __future__ import annotations

import hashlib

from .labels import LABELS, TOKEN

# fmt: off
SPLIT_PRIORITY = (  # a template's group is the first kind it holds, rarest first
    ("iban", {"iban"}),
    ("card", {"credit_card_number"}),
    ("email", {"email"}),
    ("id number", {"ssn", "us_driver_license", "ip_address", "date_of_birth"}),
    ("phone", {"phone_number"}),
    ("address", {"address", "street_name", "building_number", "secondary_address", "postcode",
                 "zipcode"}),
    ("name", {k for k, (_, t) in LABELS.items() if t == "PERSON"}),
)
# Template tokens given English, text-valued providers under new names: Faker's own
# date_of_birth()/date_time() must stay date objects for the providers that call them (pl_PL ssn).
RENAMED = {"date_of_birth": "dob_text", "date_time": "date_text", "day_of_week": "weekday_text"}
# fmt: on


def template_hash(template: str) -> str:
    """SHA-256 of a template's text as presidio-evaluator ships it (one line)."""
    return hashlib.sha256(template.encode("utf-8")).hexdigest()


def split_templates(templates: list[str]) -> dict[str, list[str]]:
    """Each template with a placeholder goes to exactly one split (see generate.py's docstring)."""
    groups: dict[str, list[str]] = {}
    for t in templates:
        kinds = {k.lower() for k in TOKEN.findall(t)}
        if not kinds:
            continue
        group = next((g for g, keys in SPLIT_PRIORITY if kinds & keys), "keep-only")
        groups.setdefault(group, []).append(t)
    out: dict[str, list[str]] = {"tuning": [], "heldout": []}
    for group in sorted(groups):
        for i, t in enumerate(sorted(groups[group], key=template_hash)):
            out["heldout" if i % 2 == 0 else "tuning"].append(t)
    return out


def prepare(template: str) -> str:
    """The template as the generator should read it: real line breaks, and "|" for the quote
    marks of e-mail replies ("<" and ">" would be read as placeholder braces)."""
    from presidio_evaluator.data_generator import PresidioSentenceFaker

    text = template.replace("\\n", "\n").replace("\\,", ",").replace(">", "|").replace("<", "|")
    for stock, ours in RENAMED.items():
        text = text.replace("{{" + stock + "}}", "{{" + ours + "}}")
    return PresidioSentenceFaker._preprocess_template(text)
