"""Why true name links were missed: redaction's side or keying's side, as counts only.

A missed pair of reports is put on redaction's side when a word of the planted name is still
in either report's stored (redacted) text: the NER did not remove the name, or removed only
part of it, so nothing or a part was keyed. Otherwise both names were removed whole and
were keyed apart (a middle name, an initial, a nickname, another spelling) — keying's side.
Only the counts are printed: the held-out sets are read as aggregates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import regex

from ingest.link_names import fold

_WORD = regex.compile(r"\p{L}+")
# Titles written with a name (tuning set 2's "Mr Kwame Mensah"): no name word, left or not.
_TITLES = frozenset("mr mrs ms miss dr doctor sr sra encik".split())


def name_words(value_ids: Iterable[str]) -> set[str]:
    """The folded words of planted names ("name:Ionuț|Popescu" -> {"ionut", "popescu"}),
    without titles ("name:Mr Kwame Mensah" -> {"kwame", "mensah"})."""
    out: set[str] = set()
    for v in value_ids:
        if v.startswith("name:"):
            words = _WORD.findall(fold(v[5:].replace("|", " ")))
            out |= {w for w in words if len(w) > 1 and w not in _TITLES}
    return out


def left_in(text: str, words: set[str]) -> bool:
    """Whether any of `words` stands whole in `text` (folded)."""
    return bool(words & set(_WORD.findall(fold(text))))


def miss_causes(
    missed: Iterable[tuple[str, str]],
    planted: Mapping[str, set[str]],
    stored: Mapping[str, str],
) -> dict[str, int]:
    """Counts of missed pairs by side: `planted` maps a report to its planted name words,
    `stored` to its stored redacted text."""
    out = {"missed": 0, "redaction": 0, "keying": 0}
    for pair in missed:
        out["missed"] += 1
        leak = any(left_in(stored.get(d, ""), planted.get(d, set())) for d in pair)
        out["redaction" if leak else "keying"] += 1
    return out


def describe(
    label: str,
    missed: Iterable[tuple[str, str]],
    wrong: Iterable[tuple[str, str]],
    docs: Iterable[Any],
    stored: Mapping[str, str],
) -> str:
    """A tuning set's missed and wrong name pairs, each with the names as written and the
    stored text's name sentence (for tuning runs only: never called on a held-out set)."""
    by_name = {d.name: d for d in docs}

    def side(name: str) -> str:
        d = by_name[name]
        written = sorted(d.values.get("written", set()) or d.values.get("name", set()))
        text = stored.get(name, "").replace("\n", " / ")
        return f"{name} {written} :: {text[:400]}"

    lines = [f"== {label}: missed name pairs"]
    for a, b in sorted(missed):
        lines += [f"- {side(a)}", f"  {side(b)}"]
    lines.append(f"== {label}: wrong name pairs")
    for a, b in sorted(wrong):
        lines += [f"- {side(a)}", f"  {side(b)}"]
    return "\n".join(lines)


def keying_causes(
    missed: Iterable[tuple[str, str]],
    planted: Mapping[str, set[str]],
    stored: Mapping[str, str],
    keys: Mapping[str, set[tuple[str, str]]],
) -> dict[str, int]:
    """Keying's missed pairs (no planted word left in either report) split by what the two
    reports hold, as counts only: "no key" when one holds no name key at all (the name was
    removed under another type, or is one word), "weak only" when they share a weak name
    key the walk did not confirm, "apart" when their name keys differ. `keys` maps a report
    to its stored (type, key) name mentions."""
    out = {"no key": 0, "weak only": 0, "apart": 0}
    for a, b in missed:
        if any(left_in(stored.get(d, ""), planted.get(d, set())) for d in (a, b)):
            continue
        ka, kb = keys.get(a, set()), keys.get(b, set())
        if not ka or not kb:
            out["no key"] += 1
        elif {k for t, k in ka if t == "person_weak"} & {k for t, k in kb if t == "person_weak"}:
            out["weak only"] += 1
        else:
            out["apart"] += 1
    return out
