"""A pre-check per pattern: skip a regex on a text that holds none of the words it needs.

`regex` tries a pattern at every position whose character may start it, and our patterns
mostly open with a lookbehind and a list of cue words ("street|avenue|calle|..."), so a
pattern that cannot match a text still costs a scan of it. Most patterns need one of a few
literal strings somewhere in every match (a street word, "year", "regards"); whether a text
holds one of them is a handful of `str.__contains__` calls, far cheaper than the scan.

`literal_check(pattern, flags)` reads the pattern with `regex`'s own parser and returns such
a check, or None where no literal is required. A check never rejects a text the pattern
matches: a case-insensitive literal is looked for in the folded text, where every character
is replaced by one member of its class of `regex`'s own case equivalents (so "İ" and "i",
"K" (Kelvin) and "k" fold alike, as `regex` matches them; `str.casefold` does not);
negative lookarounds and optional parts add nothing; full case folding (one letter matching two,
"ß"/"ss") gives up.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import regex
from regex import _regex
from regex import _regex_core as core

# A check of more literals than this costs about what the regex scan it would save costs.
MAX_LITERALS = 100

_REPEATS = (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat)

Literals = frozenset[tuple[str, bool]]  # (string, case-insensitive)


# Each character of a case-insensitive literal, and every character `regex` matches it with
# under IGNORECASE, maps to one member of that class. It grows as checks are built (classes
# are disjoint, so a character's image never changes); a character of no class is itself.
_FOLD: dict[int, int] = {}
_CASE_FLAGS = core.UNICODE | core.IGNORECASE


def _add_class(char: str) -> None:
    if ord(char) in _FOLD:
        return
    members = {ord(char)}
    todo = [ord(char)]
    while todo:  # the closure: a class is whole whatever member `regex` is asked about
        for other in _regex.get_all_cases(_CASE_FLAGS, todo.pop()):
            if other not in members:
                members.add(other)
                todo.append(other)
    if len(members) > 1:
        image = min(members)
        _FOLD.update(dict.fromkeys(members, image))


@functools.lru_cache(maxsize=8)
def fold(text: str) -> str:
    """`text` with each character of a known case class replaced by its class's image.

    Every pattern recognizer asks for the same text's fold in turn (`runnable`): it is made
    once per text, not once per recognizer."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class LiteralCheck:
    """Every match of its pattern contains one of `folded` (in the folded text) or one of
    `exact` (as written)."""

    folded: tuple[str, ...]
    exact: tuple[str, ...]

    def may_match(self, text: str, folded_text: str) -> bool:
        """False only when the pattern cannot match `text` (`folded_text` is `fold(text)`)."""
        return any(w in folded_text for w in self.folded) or any(w in text for w in self.exact)


def _parse(pattern: str, flags: int) -> object:
    """`regex`'s parse tree of `pattern`, before its optimiser packs it (as `regex.compile`
    does it: a global inline flag restarts the parse with that flag)."""
    global_flags = flags
    while True:
        source = core.Source(pattern)
        info = core.Info(global_flags, source.char_type, {})
        info.guess_encoding = core.UNICODE
        source.ignore_space = bool(info.flags & core.VERBOSE)
        try:
            parsed = core._parse_pattern(source, info)
        except core._UnscopedFlagSet:
            global_flags = info.global_flags
            continue
        if not source.at_end():
            raise regex.error("unbalanced parenthesis")
        return parsed


def _plain(node: object) -> bool:
    """A node that matches exactly one character, as written or in another case."""
    return (
        type(node) is core.Character
        and node.positive  # type: ignore[attr-defined]
        and not node.case_flags & core.FULLCASE  # type: ignore[attr-defined]
    )


def _best(options: Iterable[Literals | None]) -> Literals | None:
    """Of several requirements that all hold, the one with the longest shortest literal."""
    found = [o for o in options if o]
    if not found:
        return None
    return max(found, key=lambda s: (min(len(w) for w, _ in s), -len(s), sorted(s)))


def required(node: object) -> Literals | None:
    """Literals one of which every match of `node` contains, or None."""
    kind = type(node)
    if _plain(node):
        return frozenset({(chr(node.value), bool(node.case_flags & core.IGNORECASE))})  # type: ignore[attr-defined]
    if kind is core.Sequence:
        options: list[Literals | None] = []
        run: list[object] = []
        for item in [*node.items, None]:  # type: ignore[attr-defined]
            if item is not None and _plain(item):
                run.append(item)
                continue
            if run:
                word = "".join(chr(c.value) for c in run)  # type: ignore[attr-defined]
                nocase = any(c.case_flags & core.IGNORECASE for c in run)  # type: ignore[attr-defined]
                options.append(frozenset({(word, nocase)}))
                run = []
            if item is not None:
                options.append(required(item))
        return _best(options)
    if kind is core.Branch:
        out: set[tuple[str, bool]] = set()
        for branch in node.branches:  # type: ignore[attr-defined]
            needed = required(branch)
            if not needed:
                return None
            out |= needed
        return frozenset(out)
    if kind in (core.Group, core.Atomic):
        return required(node.subpattern)  # type: ignore[attr-defined]
    if kind in _REPEATS and node.min_count >= 1:  # type: ignore[attr-defined]
        return required(node.subpattern)  # type: ignore[attr-defined]
    if kind is core.LookAround and node.positive:  # type: ignore[attr-defined]
        # What a positive lookahead or lookbehind needs, the text holds ("zip" in
        # "(?<=zip:? )\d{5}"); a negative one needs nothing.
        return required(node.subpattern)  # type: ignore[attr-defined]
    return None  # negative lookarounds, classes, optional parts, references


def _minimal(literals: Literals) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(folded, exact) literals, without one that holds another (it adds nothing)."""
    for word, nocase in literals:
        if nocase:
            for char in word:
                _add_class(char)
    folded = sorted({fold(w) for w, nocase in literals if nocase})
    exact = sorted({w for w, nocase in literals if not nocase})
    keep_folded = tuple(w for w in folded if not any(o != w and o in w for o in folded))
    # An exact literal's text holds its fold; a folded literal inside that fold suffices.
    keep_exact = tuple(
        w
        for w in exact
        if not any(o != w and o in w for o in exact) and not any(o in fold(w) for o in keep_folded)
    )
    return keep_folded, keep_exact


def literal_check(pattern: str, flags: int) -> LiteralCheck | None:
    """The pre-check of `pattern` compiled with `flags`, or None (run it on every text)."""
    try:
        needed = required(_parse(pattern, flags))
    except Exception:  # an internal of `regex` changed: run the pattern on every text
        return None
    if not needed:
        return None
    folded, exact = _minimal(needed)
    if len(folded) + len(exact) > MAX_LITERALS:
        return None
    return LiteralCheck(folded, exact)
