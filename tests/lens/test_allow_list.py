"""Registered organisations keep their names through redaction, as their reports write them."""

from __future__ import annotations

import pytest

from core.directory import add_org
from core.settings import load_settings
from lens.app import Lens, organisation_names


@pytest.mark.parametrize(
    ("registered", "names"),
    [
        (
            "Threadline Apparel (supply chain)",
            ["Threadline Apparel (supply chain)", "Threadline Apparel", "Threadline"],
        ),
        ("Meridian Bank", ["Meridian Bank", "Meridian"]),
        ("(unnamed)", ["(unnamed)"]),
        ("Maria Lopez Foundation", ["Maria Lopez Foundation"]),  # a given name stays a person's
        ("Mekong Bridge Foundation", ["Mekong Bridge Foundation", "Mekong Bridge", "Mekong"]),
        ("Brightwater Foods plc", ["Brightwater Foods plc", "Brightwater Foods", "Brightwater"]),
        # "Safe" is too short to stand alone
        ("Safe Harbour Trust", ["Safe Harbour Trust", "Safe Harbour"]),
        ("IOM UK", ["IOM UK"]),
    ],
)
def test_a_bracketed_descriptor_is_optional(registered, names) -> None:
    assert organisation_names(registered) == names


@pytest.mark.slow
def test_when_a_report_writes_its_own_organisation_name_then_it_is_not_redacted(tmp_path) -> None:
    (tmp_path / "home").mkdir()
    lens = Lens(load_settings(home=tmp_path / "home"))
    lens.db.create_schema()
    with lens.db.session() as s:
        add_org(s, "Threadline Apparel (supply chain)", "business")
    text = (  # the opening of demo/docs/threadline-apparel/supplier_audit_istanbul_refugee_workshop
        "# Supplier audit: unregistered workshop, Istanbul, Turkey\n\n"
        "**Threadline Apparel - Responsible Sourcing** **Date:** 6 February 2017\n\n"
        "During a visit to Threadline's tier 1 supplier, Bosphorus Moda Tekstil, auditors met "
        "Maria Kowalski, a machinist. Threadline did not cancel the order, to avoid the "
        "workshop dismissing the workers without pay."
    )
    out = lens.redactor.redact(text).text
    assert "**Threadline Apparel - Responsible Sourcing**" in out
    assert "Threadline did not cancel" in out
    assert "Maria Kowalski" not in out
