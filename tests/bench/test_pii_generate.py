"""demo/eval/pii/generate.py and its pii_generator package: the split by template, the labels of
a generated sample, and the command's output, byte for byte, at the committed files' date.

The generator draws dates, years and birth dates relative to Faker's clock, which the command
pins to the committed files' generation (2026-12-04) unless told otherwise; the last tests check
the pin and compare the tuning file only (the held-out file is sealed).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections import deque
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

PII = Path(__file__).resolve().parents[2] / "demo" / "eval" / "pii"


@pytest.fixture
def gen(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """The pii_generator modules, imported as generate.py imports them (its folder on the path)."""
    monkeypatch.syspath_prepend(str(PII))
    from pii_generator import labels, places, providers, templates

    return SimpleNamespace(labels=labels, places=places, providers=providers, templates=templates)


def _span(kind: str, text: str, value: str) -> SimpleNamespace:
    start = text.index(value)
    return SimpleNamespace(
        entity_type=kind, entity_value=value, start_position=start, end_position=start + len(value)
    )


def test_when_templates_are_split_then_each_goes_to_one_split_dealt_alternately(gen) -> None:
    templates = [
        "Hi {{first_name}}",
        "I am {{name}} from {{city}}",
        "Call {{phone_number}}",
        "Ring {{phone_number}} or {{email}}",
        "Mail {{email}}",
        "No placeholder here",
        "In {{country}} since {{year}}",
    ]
    split = gen.templates.split_templates(templates)
    tuning, heldout = set(split["tuning"]), set(split["heldout"])
    assert not tuning & heldout
    assert tuning | heldout == set(templates) - {"No placeholder here"}
    # the two e-mail templates (the rarer kind wins over phone) go one to each split, held-out first
    emails = sorted(
        ["Ring {{phone_number}} or {{email}}", "Mail {{email}}"], key=gen.templates.template_hash
    )
    assert emails[0] in heldout
    assert emails[1] in tuning
    assert "Call {{phone_number}}" in heldout  # alone in its group: dealt to held-out
    again = gen.templates.split_templates(list(reversed(templates)))  # order does not matter
    assert {k: set(v) for k, v in again.items()} == {"tuning": tuning, "heldout": heldout}


def test_when_a_first_and_last_name_stand_together_then_they_are_one_person(gen) -> None:
    text = "Dear Amara Okafor, welcome to Lagos"
    spans = [
        _span("first_name", text, "Amara"),
        _span("last_name", text, "Okafor"),
        _span("city", text, "Lagos"),
    ]
    pii, keep, ignore = gen.labels.label(SimpleNamespace(spans=spans, full_text=text), deque())
    assert pii == [{"type": "PERSON", "value": "Amara Okafor"}]
    assert keep == [{"type": "CITY", "value": "Lagos"}]
    assert ignore == []


def test_when_an_address_is_labelled_then_its_parts_are_removed_or_kept(gen) -> None:
    address = "Wohnung 4\nHauptstr. 12\n10115 Berlin"
    text = f"Send it to {address} today"
    queue = deque(
        [
            [
                ("Wohnung 4", "ADDRESS_UNIT"),
                ("\n", None),
                ("Hauptstr. 12", "STREET_ADDRESS"),
                ("\n", None),
                ("10115", "POSTCODE"),
                (" ", None),
                ("Berlin", "CITY"),
            ]
        ]
    )
    sample = SimpleNamespace(spans=[_span("address", text, address)], full_text=text)
    pii, keep, _ = gen.labels.label(sample, queue)
    assert pii == [
        {"type": "ADDRESS_UNIT", "value": "Wohnung 4"},
        {"type": "STREET_ADDRESS", "value": "Hauptstr. 12"},
        {"type": "POSTCODE", "value": "10115"},
    ]
    assert keep == [{"type": "CITY", "value": "Berlin"}]
    assert not queue


@pytest.mark.parametrize(
    ("name", "folded"),
    [("Łukasz Nguyễn", "lukasz nguyen"), ("Søren Straße", "soren strasse"), ("Işık", "isik")],
)
def test_when_a_name_is_folded_then_the_email_part_is_plain_ascii(gen, name, folded) -> None:
    assert gen.providers.ascii_fold(name) == folded


def test_when_every_address_locale_is_listed_then_it_has_real_places(gen) -> None:
    assert len(gen.places.COUNTRIES) == 33
    for country in gen.places.COUNTRIES.values():
        assert country.cities
        assert country.regions
        assert country.units


def _command(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(PII))
    spec = importlib.util.spec_from_file_location("pii_generate_command", PII / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_when_the_command_runs_at_the_committed_date_then_tuning_is_byte_identical(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("presidio_evaluator")
    command = _command(monkeypatch)
    out = {split: tmp_path / path.name for split, path in command.OUT.items()}
    monkeypatch.setattr(command, "OUT", out)
    monkeypatch.setattr(sys, "argv", ["generate.py"])  # its defaults: the committed files
    command.main()
    written = (tmp_path / "generated_tuning.jsonl").read_bytes()
    assert written == (PII / "generated_tuning.jsonl").read_bytes()
    assert (
        "generated_tuning.jsonl: 500 samples from 96 templates, 800 values"
        in capsys.readouterr().out
    )


def test_when_faker_clock_is_pinned_then_dates_are_drawn_from_it_and_it_is_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(PII))
    from faker import Faker
    from pii_generator.clock import faker_clock

    at = dt.datetime(2001, 2, 3, 4, 5)
    fake = Faker()
    fake.seed_instance(1)
    with faker_clock(at):
        inside = fake.date_between(start_date="-30d", end_date="today")
    assert dt.date(2001, 1, 4) <= inside <= at.date()
    assert fake.date_between(start_date="-30d", end_date="today").year >= 2026
