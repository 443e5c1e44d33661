"""The visibility rule and its translations agree on every combination."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.access import (
    Level,
    Principal,
    can_delete,
    is_visible,
    parse_level,
    partition_of,
    partitions_for,
    store_filter,
)
from core.errors import LensError


@dataclass
class Doc:
    level: int
    org_only: bool
    org_id: int


def chroma_match(where: dict[str, Any], meta: dict[str, Any]) -> bool:
    """Chroma's documented `where` semantics for the operators our filters use."""
    if "$and" in where:
        return all(chroma_match(c, meta) for c in where["$and"])
    if "$or" in where:
        return any(chroma_match(c, meta) for c in where["$or"])
    ((key, cond),) = where.items()
    if key not in meta:
        return False
    ((op, value),) = cond.items()
    actual = meta[key]
    return {
        "$eq": actual == value,
        "$ne": actual != value,
        "$lte": actual <= value,
        "$lt": actual < value,
        "$gte": actual >= value,
        "$gt": actual > value,
    }[op]


principals = st.builds(
    Principal,
    user_id=st.integers(1, 5),
    user_name=st.just("u"),
    org_id=st.integers(1, 3),
    org_name=st.just("o"),
    clearance=st.sampled_from(list(Level)),
    role=st.sampled_from(["analyst", "supply_chain", "staff", "admin"]),
)
docs = st.builds(Doc, level=st.integers(0, 3), org_only=st.booleans(), org_id=st.integers(1, 3))


@given(principals, docs)
def test_when_any_principal_and_document_then_store_filter_agrees_with_rule(p, d) -> None:
    meta = {"level": d.level, "org_only": d.org_only, "org_id": d.org_id}
    assert chroma_match(store_filter(p), meta) == is_visible(p, d)


@given(principals, docs)
def test_when_any_principal_and_document_then_partitions_agree_with_rule(p, d) -> None:
    assert (partition_of(d.level, d.org_only, d.org_id) in partitions_for(p)) == is_visible(p, d)


@given(principals, docs)
def test_when_document_above_clearance_then_never_visible(p, d) -> None:
    if d.level > p.clearance:
        assert not is_visible(p, d)
        assert not can_delete(p, d, uploader_id=p.user_id)


@pytest.mark.parametrize(
    ("raw", "level"),
    [
        ("0", Level.PUBLIC),
        ("3", Level.CONFIDENTIAL),
        ("member", Level.MEMBER),
        ("Restricted", Level.RESTRICTED),
        (2, Level.RESTRICTED),
    ],
)
def test_when_level_given_as_number_or_name_then_parsed(raw, level) -> None:
    assert parse_level(raw) == level


@pytest.mark.parametrize("raw", ["4", "-1", "secret", ""])
def test_when_level_out_of_range_then_clear_error(raw) -> None:
    with pytest.raises(LensError, match="is not valid"):
        parse_level(raw)


def test_when_not_uploader_and_not_admin_of_owner_then_cannot_delete() -> None:
    analyst = Principal(1, "a", 1, "o", Level.CONFIDENTIAL, "analyst")
    other_admin = Principal(2, "b", 2, "p", Level.CONFIDENTIAL, "admin")
    owner_admin = Principal(3, "c", 1, "o", Level.CONFIDENTIAL, "admin")
    doc = Doc(level=1, org_only=False, org_id=1)
    assert not can_delete(analyst, doc, uploader_id=9)
    assert can_delete(analyst, doc, uploader_id=1)
    assert not can_delete(other_admin, doc, uploader_id=9)
    assert can_delete(owner_admin, doc, uploader_id=9)
