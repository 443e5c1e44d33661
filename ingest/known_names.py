"""Names the hub already knows: a name the NER left in a report is removed when another
report's removed name has the same link key (issues 14 and 17).

At ingest every removed name is keyed (`ingest.linkkeys`, type `person`). A report that
writes the same name where the NER does not see it ("transfer ref ionut popescu") still
holds it as a run of words. `KnownNames.find` keys each run of two to four words of a
redacted text in memory, exactly as a removed name's plain form is keyed (words folded,
titles, roles and particles left out, sorted), and asks `known` which of those keys are
stored: a hit is a person, removed with a placeholder of its own (the same one for the same
name anywhere in the document); a miss is dropped, never stored or logged.

Only strong keys of two words or more count, never a weak key, and a run whose words are
all common English words, or that holds an organisation word or is wholly a place, is never
taken, whatever key it has: a phrase the NER once took for a name ("Forced Labor") must not
be removed from every report that uses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

import regex

from ingest.known_words import stop_words
from ingest.link_names import _LEADING, _NAME_WORD, _ROLES, _TITLES, fold
from redaction.base import DocumentInput, DocumentResult, RedactedEntity, RedactionResult
from redaction.detections import PLACEHOLDER
from redaction.person_guard import PARTICLES

RULE = "known names: a name another report's removed name keys the same"
_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}<_])[\p{L}][\p{L}\p{M}'’-]*(?![\p{L}\p{M}\p{N}_>])")
_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}<_])(?P<w>\p{L}[\p{L}\p{M}'’-]*)[ \t]+\Z")
_AFTER = regex.compile(r"[ \t]+(?P<w>\p{L}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}\p{N}_>])")
_GAP = regex.compile(r"(?:[ \t]+|[ \t]*,[ \t]+)")  # between two words of one name
_DROPPED = _LEADING | _TITLES | _ROLES  # words a removed name's key leaves out
MAX_WORDS = 4


@dataclass(frozen=True)
class Run:
    """A run of words that may be a name: its span and the key of its plain form."""

    start: int
    end: int
    key: str


def plain_form(words: list[str]) -> str | None:
    """A run's words as a removed name's plain form keys them ("POPESCU, Ionuț" -> "ionut
    popescu"); None when a word is one the key would leave out at the run's edge (a title,
    a role, a particle: "called Ana Pop" is "Ana Pop"'s run, not another), a title or role
    stands inside it, or fewer than two words remain."""
    return _run_form([_Word.of(w) for w in words])


@dataclass(frozen=True)
class _Word:
    """One word of a text as a run's key reads it."""

    core: tuple[str, ...]  # its folded pieces a name's key keeps ("jean-luc" -> jean, luc)
    inner: bool  # may stand inside a run (no title or role)
    edge: bool  # may open or close one (no particle, two letters or more)

    @staticmethod
    def of(word: str) -> _Word:
        folded = fold(word).strip("'’-")
        core = tuple(
            p
            for p in _NAME_WORD.findall(folded)
            if len(p) > 1 and p not in PARTICLES and p not in _TITLES and p not in _ROLES
        )
        inner = folded not in _DROPPED
        # A stop word in lower case ("the", "was", "by") opens or closes no name; "Will" may.
        stop = word.islower() and folded in stop_words()
        edge = inner and not stop and folded not in PARTICLES and len(folded) >= 2
        return _Word(core, inner, edge)


def _run_form(words: list[_Word]) -> str | None:
    if not (words[0].edge and words[-1].edge) or not all(w.inner for w in words):
        return None
    core = sorted(p for w in words for p in w.core)
    return " ".join(core) if len(core) >= 2 else None


class KnownNames:
    """Finds, in redacted text, the names whose keys `known` says the hub holds."""

    def __init__(
        self,
        key: Callable[[str], str],
        *,
        is_common: Callable[[str], bool] = lambda w: False,
        is_org_word: Callable[[str], bool] = lambda w: False,
        is_place: Callable[[str], bool] = lambda s: False,
    ) -> None:
        """`key`: a plain form to its link key (`LinkKeyer.key("person", form)`);
        `is_common`: an English word (a run of only those is never a name); `is_org_word`:
        an organisation word ("Bank", "Agency"); `is_place`: a value wholly a known place.
        The three are asked only about hits."""
        self.key = key
        self.is_common = is_common
        self.is_org_word = is_org_word
        self.is_place = is_place

    def runs(self, text: str) -> list[Run]:
        """Every run of two to four words of `text` that a name could be: words joined by
        spaces (or one comma: "POPESCU, Ionuț"), on one line, no placeholder inside."""
        masked = PLACEHOLDER.sub(lambda m: "\x00" * len(m.group()), text)
        words = list(_WORD.finditer(masked))
        seen: dict[str, _Word] = {}
        info = [
            seen.get(w.group()) or seen.setdefault(w.group(), _Word.of(w.group())) for w in words
        ]
        joined = [
            _GAP.fullmatch(masked, a.end(), b.start()) is not None
            for a, b in zip(words, words[1:], strict=False)
        ]
        keys: dict[str, str] = {}
        out: list[Run] = []
        for i in range(len(words)):
            if not info[i].edge:
                continue
            for n in range(2, MAX_WORDS + 1):
                if i + n > len(words) or not joined[i + n - 2]:
                    break
                form = _run_form(info[i : i + n])
                if form is not None:
                    key = keys.get(form) or keys.setdefault(form, self.key(form))
                    out.append(Run(words[i].start(), words[i + n - 1].end(), key))
        return out

    def find(self, text: str, known: Collection[str], runs: list[Run] | None = None) -> list[Run]:
        """The runs of `text` (`runs`, when they were read already) whose keys are in `known`
        that may be taken as names, longest first, none overlapping another."""
        hits = [r for r in (self.runs(text) if runs is None else runs) if r.key in known]
        hits.sort(key=lambda r: (-(r.end - r.start), r.start))
        taken: list[Run] = []
        for r in hits:
            if any(r.start < t.end and t.start < r.end for t in taken):
                continue
            if not self._runs_on(text, r) and self._plausible(text[r.start : r.end]):
                taken.append(r)
        return sorted(taken, key=lambda r: r.start)

    def _runs_on(self, text: str, r: Run) -> bool:
        """Whether the hit is part of a longer name: a word beside it, after a space, written
        as the hit is (capitalised, or in lower case with it) that is no English word, no
        stop word and no title or role ("POPESCU Ionuț <Mihai>": "Popescu Ionuț" is another
        man's name, not this one's)."""
        surface = text[r.start : r.end]
        lower = surface.islower()
        before = _BEFORE.search(text, max(0, r.start - 60), r.start)
        after = _AFTER.match(text, r.end)
        for m in (before, after):
            if m is None:
                continue
            word = m.group("w")
            shaped = word.islower() if lower else word[:1].isupper()
            if shaped and _Word.of(word).edge and not self.is_common(word.lower()):
                return True
        return False

    def _plausible(self, surface: str) -> bool:
        words = [w.group() for w in _WORD.finditer(surface)]
        if all(self.is_common(w.lower()) for w in words):
            return False
        if any(self.is_org_word(w) for w in words):
            return False
        return not self.is_place(surface)

    def doc_runs(self, doc: DocumentInput) -> list[list[Run]]:
        """The runs of a document's parts: body, title, then each metadata value."""
        return [self.runs(text) for text in (doc.body, doc.title, *doc.meta.values())]

    def redact(
        self,
        doc: DocumentInput,
        known: Collection[str],
        placeholders: dict[str, str],
        runs: list[list[Run]] | None = None,
    ) -> DocumentResult | None:
        """The document with its known names removed (None when it holds none): each name
        gets the placeholder `placeholders` gives its key, or the next free `<PERSON_n>`.
        `runs`: the document's `doc_runs`, when they were read already."""
        parts = {"body": doc.body, "title": doc.title, **{f"m:{k}": v for k, v in doc.meta.items()}}
        part_runs = runs if runs is not None else self.doc_runs(doc)
        found = {
            name: self.find(text, known, r)
            for (name, text), r in zip(parts.items(), part_runs, strict=True)
        }
        if not any(found.values()):
            return None
        taken = [int(m.group("n")) for t in parts.values() for m in _PERSON.finditer(t)]
        given = dict(placeholders)
        number = max(taken, default=0)
        results: dict[str, RedactionResult] = {}
        for name, text in parts.items():
            entities = []
            for r in found[name]:
                if r.key not in given:
                    number += 1
                    given[r.key] = f"<PERSON_{number}>"
                entities.append(RedactedEntity("PERSON", r.start, r.end, given[r.key], RULE, 1.0))
            results[name] = RedactionResult(_replaced(text, entities), entities)
        meta = {k: results[f"m:{k}"] for k in doc.meta}
        return DocumentResult(results["body"], results["title"], meta)


_PERSON = re.compile(r"<PERSON_(?P<n>\d+)>")


def _replaced(text: str, entities: list[RedactedEntity]) -> str:
    out, at = [], 0
    for e in entities:
        out += [text[at : e.start], e.replacement]
        at = e.end
    return "".join([*out, text[at:]])
