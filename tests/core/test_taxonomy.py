"""The trafficking vocabulary: one module per facet, read through `core.taxonomy`."""

from __future__ import annotations

import pytest

from core import taxonomy, taxonomy_control, taxonomy_sectors


def test_when_facets_are_read_from_the_taxonomy_then_they_are_the_facet_modules_own():
    assert taxonomy.FACETS["sector"] is taxonomy_sectors.SECTORS is taxonomy.SECTORS
    assert taxonomy.FACETS["means"] is taxonomy_control.MEANS_OF_CONTROL
    assert taxonomy.FACETS["type"] is taxonomy.TRAFFICKING_TYPES


@pytest.mark.parametrize("facet", ["type", "sector", "means"])
def test_when_a_facet_is_listed_then_its_keys_are_unique_snake_case_and_cued(facet):
    labels = taxonomy.FACETS[facet]
    keys = taxonomy.keys(facet)
    assert keys == tuple(label.key for label in labels)
    assert len(set(keys)) == len(keys)
    assert all(key == key.lower() and " " not in key for key in keys)
    assert all(label.description and label.cues for label in labels)
    assert facet in taxonomy.FACT_KINDS
