"""Scoring redacted text against labelled values: token leak, whole values left, keep rates.

Definitions (bench/redaction.py prints them; tests/bench/test_pii_scoring.py pins them):

- A *token* is a maximal run of letters, marks and digits (Unicode), case-folded, of at least
  MIN_TOKEN (2) characters: "O'Brien-Hale, 07700 900871" -> o, brien, hale, 07700, 900871, with
  "o" dropped as too short. Case-folding means "MARIA" or "maria" left in the output counts as
  a leak of "Maria".
- Every whole-word occurrence of a labelled value in the source is a *personal span* (of that
  value's type); a source token touching a personal span is a *personal token*; tokens touching
  only `ignore` spans count on neither side; all other source tokens are the *rest*.
- Placeholders (`<PERSON_1>`, `<PERSON>`, `<IBAN_CODE>`) are removed from the output before
  it is tokenised.
- Per text and token t: personal(t) = occurrences of t among personal tokens; rest(t) = its
  occurrences in the rest; out(t) = its occurrences in the output. The tokens of t *left* are
  min(personal(t), max(0, out(t) - rest(t))): a personal token counts as left only beyond how
  often the non-personal rest of the same source already holds it ("jobs" may stay in "the jobs"
  when "facebook.com/jobs" goes).
- **Token leak** = sum of left / sum of personal, over all texts. Per type, the same over the
  personal tokens of that type; a token shared by values of two types (a name inside an e-mail
  address) shares its left count in proportion: left_T(t) = left(t) * personal_T(t) / personal(t).
- **Whole values left** (per type): a labelled value is left when it occurs in the output as a
  whole word (case-insensitive) more often than in the source with every personal span blanked.
- **Kept** (per type, grouped): a value to keep is kept when it occurs in the output as a whole
  word (case-sensitive) at least as often as in the source outside personal spans.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

MIN_TOKEN = 2
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_PLACEHOLDER = regex.compile(r"<[A-Z][A-Z0-9_]*>")
_EDGE = r"[\p{L}\p{M}\p{N}]"
KEEP_GROUPS = {
    "places": ("CITY", "COUNTRY", "REGION", "PLACE", "LOCATION"),
    "nationalities": ("NATIONALITY",),
    "organisations": ("ORG",),
    "dates and years": ("DATE", "YEAR"),
    "money": ("MONEY",),
    "ages": ("AGE",),
}
_GROUP_OF = {t: group for group, types in KEEP_GROUPS.items() for t in types}


@dataclass(frozen=True)
class Labelled:
    """One text and its labels: (type, value) pairs to remove, to keep, and to ignore."""

    text: str
    pii: tuple[tuple[str, str], ...]
    keep: tuple[tuple[str, str], ...] = ()
    ignore: tuple[tuple[str, str], ...] = ()
    part: str = ""

    @classmethod
    def from_row(cls, row: dict, part: str = "") -> Labelled:
        """From a JSONL row: {"text", "pii": [{type, value}], "keep": [...], "ignore": [...]}."""

        def pairs(key: str) -> tuple[tuple[str, str], ...]:
            seen = dict.fromkeys((i["type"], i["value"]) for i in row.get(key, ()))
            return tuple(seen)

        return cls(row["text"], pairs("pii"), pairs("keep"), pairs("ignore"), part)


@dataclass
class Miss:
    """A value that leaked (wholly or in part) or a value to keep that was removed."""

    kind: str  # "leak" (some token left), "whole" (the whole value left) or "lost"
    type: str
    value: str
    text_index: int


@dataclass
class Tally:
    """Counts summed over texts; rates are computed from them."""

    personal: Counter = field(default_factory=Counter)  # personal tokens by type
    # of those, left in the output (a token shared by two types adds a fraction to each)
    left: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    personal_all: int = 0  # each personal token once, whatever its types
    left_all: int = 0
    values: Counter = field(default_factory=Counter)  # labelled values by type
    whole: Counter = field(default_factory=Counter)  # of those, left whole
    keep: Counter = field(default_factory=Counter)  # values to keep by group
    kept: Counter = field(default_factory=Counter)
    keep_types: Counter = field(default_factory=Counter)  # values to keep by type
    kept_types: Counter = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)

    def leak(self, etype: str | None = None) -> float:
        """Token leak overall (etype None) or for one type; NaN when there is nothing to leak."""
        num, den = (
            (self.left_all, self.personal_all)
            if etype is None
            else (self.left[etype], self.personal[etype])
        )
        return num / den if den else float("nan")

    def whole_rate(self, etype: str) -> float:
        """Share of a type's labelled values left whole."""
        den = self.values[etype]
        return self.whole[etype] / den if den else float("nan")

    def keep_rate(self, group: str) -> float:
        """Share of a keep group's values kept."""
        den = self.keep[group]
        return self.kept[group] / den if den else float("nan")

    def add(self, other: Tally) -> None:
        """Add another tally's counts (misses keep their own text indices)."""
        for name in ("personal", "values", "whole", "keep", "kept"):
            getattr(self, name).update(getattr(other, name))  # Counter.update adds
        for etype, left in other.left.items():
            self.left[etype] += left
        self.keep_types.update(other.keep_types)
        self.kept_types.update(other.kept_types)
        self.personal_all += other.personal_all
        self.left_all += other.left_all
        self.misses += other.misses


def tokens(text: str) -> list[str]:
    """Case-folded alphanumeric runs of at least MIN_TOKEN characters."""
    return [t for t in (m.casefold() for m in _TOKEN.findall(text)) if len(t) >= MIN_TOKEN]


def strip_placeholders(text: str) -> str:
    """The output with `<TYPE>` / `<TYPE_n>` placeholders replaced by a space."""
    return _PLACEHOLDER.sub(" ", text)


def spans(value: str, text: str, *, ignore_case: bool = False) -> list[tuple[int, int]]:
    """Whole-word occurrences of value in text."""
    flags = regex.IGNORECASE if ignore_case else 0
    pattern = rf"(?<!{_EDGE}){regex.escape(value)}(?!{_EDGE})"
    return [m.span() for m in regex.finditer(pattern, text, flags)]


def _blank(text: str, ranges: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in ranges:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def score_text(item: Labelled, output: str, index: int = 0) -> Tally:
    """Score one redacted output against its source's labels (see the module docstring)."""
    tally = Tally()
    source = item.text
    typed = [(t, s, e) for t, v in item.pii for s, e in spans(v, source)]
    ignored = [se for _, v in item.ignore for se in spans(v, source)]
    personal_by_type: dict[str, Counter[str]] = {}
    personal: Counter[str] = Counter()
    rest: Counter[str] = Counter()
    for m in _TOKEN.finditer(source):
        tok = m.group().casefold()
        if len(tok) < MIN_TOKEN:
            continue
        start, end = m.span()
        types = {t for t, s, e in typed if s < end and start < e}
        if types:
            personal[tok] += 1
            for t in types:
                personal_by_type.setdefault(t, Counter())[tok] += 1
        elif not any(s < end and start < e for s, e in ignored):
            rest[tok] += 1
    out = strip_placeholders(output)
    out_counts = Counter(tokens(out))
    left = {t: min(n, max(0, out_counts[t] - rest[t])) for t, n in personal.items()}
    tally.personal_all = sum(personal.values())
    tally.left_all = sum(left.values())
    for etype, counts in personal_by_type.items():
        tally.personal[etype] += sum(counts.values())
        tally.left[etype] += sum(left[t] * n / personal[t] for t, n in counts.items())

    rest_text = _blank(source, [(s, e) for _, s, e in typed])
    for etype, value in item.pii:
        tally.values[etype] += 1
        if len(spans(value, out, ignore_case=True)) > len(
            spans(value, rest_text, ignore_case=True)
        ):
            tally.whole[etype] += 1
            tally.misses.append(Miss("whole", etype, value, index))
        elif any(left.get(t, 0) for t in tokens(value)):
            tally.misses.append(Miss("leak", etype, value, index))
    for etype, value in item.keep:
        group = _GROUP_OF.get(etype, etype.lower())
        tally.keep[group] += 1
        tally.keep_types[etype] += 1
        if len(spans(value, out)) >= len(spans(value, rest_text)):
            tally.kept[group] += 1
            tally.kept_types[etype] += 1
        else:
            tally.misses.append(Miss("lost", etype, value, index))
    return tally


def score(items: list[Labelled], outputs: list[str]) -> Tally:
    """Sum of score_text over a set."""
    total = Tally()
    for i, (item, out) in enumerate(zip(items, outputs, strict=True)):
        total.add(score_text(item, out, i))
    return total
