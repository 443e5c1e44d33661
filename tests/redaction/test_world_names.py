"""The joined given-name list: built once per process for each set of lists, nothing at import."""

from __future__ import annotations

import subprocess
import sys

from redaction.world_names import NameList, all_given_names, world_given_names


def test_when_the_same_lists_are_joined_twice_then_one_set_is_built():
    census = frozenset({"zebulonia", "Quintavius"})
    first = all_given_names(census)
    assert all_given_names(census) is first
    assert isinstance(first, NameList)
    assert {"zebulonia", "quintavius"} <= first
    assert first == world_given_names() | {"zebulonia", "quintavius"}


def test_when_other_lists_are_joined_then_each_gets_its_own_set():
    one = all_given_names(frozenset({"zebulonia"}))
    other = all_given_names(frozenset({"quintavius"}))
    assert "zebulonia" in one
    assert "zebulonia" not in other
    assert "quintavius" in other


def test_when_the_module_is_imported_then_no_list_is_read():
    code = (
        "import redaction.world_names as w; "
        "print(w.world_given_names.cache_info().currsize, w.all_given_names.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["0", "0"]
