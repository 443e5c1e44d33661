"""Link keys: a keyed hash (HMAC-SHA256) of each removed identifier's normal form.

At ingest, while the raw text is still in memory, every value redaction removes is read
from the original text at its span, normalised (`ingest.link_normalise`) and hashed with the
hub's secret. Only the key and the placeholder it stands behind (`<PHONE_NUMBER_1>`) are
kept (`core.mentions.Mention`); the value and its normal form are dropped with the raw text.

The secret is 32 random bytes in a file under the data dir (`links.secret_file`, default
`<home>/link.key`), created once with mode 0600 and never written to the database, the
logs or an export. Without it a stolen database's keys cannot be tested against guesses:
a phone number space of a million numbers is a million HMACs *with the right key*, and
there is no way to check a guess without one. See docs/links.md for rotation.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from core.errors import LensError
from ingest.link_names import person_forms
from ingest.link_normalise import DEFAULT_REGIONS, LINK_TYPES, normalise, valid
from ingest.link_weak import WEAK_TYPE, weak_forms

if TYPE_CHECKING:
    from redaction.base import DocumentInput, DocumentResult, RedactedEntity, RedactionResult

SECRET_BYTES = 32


@dataclass(frozen=True)
class MentionKey:
    """One placeholder of one document and the link key of the value behind it."""

    placeholder: str  # "<PHONE_NUMBER_1>"
    type: str  # a link type: phone, email, account, wallet, document_no, plate, handle,
    # person, or person_weak (`ingest.link_weak`: links only beside another shared key)
    key: str  # hex HMAC-SHA256


def load_secret(path: Path, *, create: bool = True) -> bytes:
    """The link secret from `path`, created (mode 0600, 32 random bytes) if it is missing.

    A file that others may read is refused with one sentence: the secret is what keeps the
    keys from being tested against guesses."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if not create:
            raise LensError(f"The link secret {path} does not exist.") from None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            return load_secret(path, create=False)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(SECRET_BYTES) + "\n")
        mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise LensError(f"The link secret {path} may be read by others; run `chmod 600 {path}`.")
    text = path.read_text(encoding="ascii").strip()
    try:
        secret = bytes.fromhex(text)
    except ValueError:
        secret = b""
    if len(secret) < 16:
        raise LensError(f"The link secret {path} is not 32 bytes of hex; restore it or delete it.")
    return secret


class LinkKeyer:
    """Turns removed values into link keys with one secret (never shown, never stored)."""

    def __init__(self, secret: bytes, *, people: bool = True, known_names: bool = True) -> None:
        self._secret = secret
        self.people = people
        self.known_names = people and known_names  # `ingest.known_pass` at ingest

    def __repr__(self) -> str:  # the secret must not reach a log through a repr
        return "LinkKeyer(<secret>)"

    def key(self, link_type: str, normal: str) -> str:
        """HMAC-SHA256 of "type NUL normal form", hex."""
        message = f"{link_type}\x00{normal}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def fingerprint(self) -> str:
        """Names the secret without revealing it: two hubs with the same fingerprint share
        the secret, so their keys can be compared (federation)."""
        return hmac.new(self._secret, b"lens-federation", hashlib.sha256).hexdigest()[:16]

    def key_of(
        self, link_type: str, surface: str, regions: Sequence[str] = DEFAULT_REGIONS
    ) -> str | None:
        """The link key of a raw value as written, or None when it cannot link."""
        normal = normalise(link_type, surface, regions)
        return None if normal is None else self.key(link_type, normal)

    def mentions(
        self,
        raw: DocumentInput,
        result: DocumentResult,
        regions: Sequence[str] = DEFAULT_REGIONS,
    ) -> list[MentionKey]:
        """Every (placeholder, type, key) of one redacted document, read from the raw parts
        at the removed spans (body, title and metadata values), each pair once. A value cut
        off at the end of a title that is the body's opening ("... named Jürgen Schä") is
        not keyed: cut, it may read as another value, and the body holds it whole."""
        parts: list[tuple[str, RedactionResult]] = [(raw.body, result.body)]
        parts.append((raw.title, result.title))
        parts += [(raw.meta.get(k, ""), r) for k, r in result.meta.items()]
        hints = list(dict.fromkeys([*DEFAULT_REGIONS, *regions]))
        seen: set[tuple[str, str]] = set()
        out: list[MentionKey] = []
        for i, (text, redacted) in enumerate(parts):
            cut = i > 0 and _cut_opening(text, raw.body)
            for e, surface in _surfaces(text, redacted.entities):
                link_type = LINK_TYPES.get(e.type)
                if link_type is None or (link_type == "person" and not self.people):
                    continue
                if cut and not text[e.end :].strip(" .…"):
                    continue
                forms = [(link_type, f) for f in _forms(link_type, surface, hints)]
                if link_type == "person":
                    if is_place(surface):
                        continue  # "Mae Sot" taken for a name would link every report about it
                    after = text[e.end : e.end + 40]
                    forms += [(WEAK_TYPE, f) for f in weak_forms(surface, after)]
                for kind, normal in forms:
                    if kind == link_type and not valid(e.type, normal):
                        continue
                    key = self.key(kind, normal)
                    if (e.replacement, key) in seen:
                        continue
                    seen.add((e.replacement, key))
                    out.append(MentionKey(e.replacement, kind, key))
        return out

    def names(self, raw: DocumentInput, result: DocumentResult) -> list[str]:
        """The removed names of one document as written, each once, that key strongly (two
        words or more): what the known-names pass looks for in stored reports
        (`ingest.known_pass`). In memory only: never stored, never logged."""
        if not self.people:
            return []
        parts: list[tuple[str, RedactionResult]] = [(raw.body, result.body)]
        parts.append((raw.title, result.title))
        parts += [(raw.meta.get(k, ""), r) for k, r in result.meta.items()]
        out = [
            surface
            for text, redacted in parts
            for e, surface in _surfaces(text, redacted.entities)
            if e.type == "PERSON" and person_forms(surface)
        ]
        return list(dict.fromkeys(out))


_COMMA = regex.compile(r"[ \t]*,[ \t]*")
# Initials the NER left before a name ("R. K. <Sharma>"), and a given name abbreviated with a
# full stop that it cut from the rest ("<Ma>. <Cristina>", "<Fco>. <Javier Morales>").
_INITIALS = regex.compile(r"(?<![\p{L}\p{M}.'’-])(?:\p{Lu}\.[ \t]?){1,2}[ \t]*$")
_ABBREVIATED = regex.compile(r"(?:Ma|MA|Fco|FCO|Wm|Md|Mohd)\.[ \t]+")
# A list of names: a capitalised word and a comma, or "and"/"or"/"&", before; one after.
# On the name's line: "Regards,\nOLIVEIRA, Luiz" is a signature, not a list.
_LIST_BEFORE = regex.compile(r"(?:\b\p{Lu}[\p{L}\p{M}'’-]*[ \t]*,|&|\band|\bor)[ \t]*\Z")
_LIST_AFTER = regex.compile(r"^\s*(?:,|&|and\b|or\b)\s*\p{Lu}")


def _surfaces(text: str, entities: Sequence[RedactedEntity]) -> list[tuple[RedactedEntity, str]]:
    """Each entity with its value as written; a name the NER split at its comma ("WÓJCIK,
    Agnieszka Maria", "GUTIÉRREZ ROJAS, Carlos": a surname of one word or of up to three in
    capitals, then given names) whole, for each of its parts. Not in a
    list ("Ana, Maria and Elena"): there the words are different people."""
    people = sorted((e for e in entities if e.type == "PERSON"), key=lambda e: e.start)
    span = {id(e): (e.start, e.end) for e in entities}
    for e in people:  # "R. K. <Sharma>": initials the NER left before the name
        initials = _INITIALS.search(text, max(0, e.start - 12), e.start)
        if initials is not None:
            span[id(e)] = (initials.start(), e.end)
    for first, second in zip(people, people[1:], strict=False):
        if _ABBREVIATED.fullmatch(text[first.start : second.start]):  # "<Ma>. <Cristina>"
            span[id(first)] = span[id(second)] = (span[id(first)][0], span[id(second)][1])
    surface = {k: text[a:b] for k, (a, b) in span.items()}
    for first, second in zip(people, people[1:], strict=False):
        head = surface[id(first)]
        if (
            (
                len(head.split()) == 1
                or (len(head.split()) <= 3 and head.isupper() and not surface[id(second)].isupper())
            )
            and 1 <= len(surface[id(second)].split()) <= 3
            and (
                _COMMA.fullmatch(text[first.end : span[id(second)][0]])
                # "MOREAU <Jean-Luc>": capitals and Title case the redactor found apart
                or (text[first.end : span[id(second)][0]] == " " and head.isupper())
            )
            and not _LIST_BEFORE.search(text[: first.start])
            and not _LIST_AFTER.search(text[span[id(second)][1] :])
        ):
            whole = text[span[id(first)][0] : span[id(second)][1]]
            for e in people:
                if span[id(e)] == span[id(second)] or e is first:
                    surface[id(e)] = whole
    return [(e, surface[id(e)]) for e in entities]


def _cut_opening(part: str, body: str) -> bool:
    """Whether `part` is the body's opening cut inside a word (a title made of the first
    characters of the text)."""
    head = part.rstrip(".…").rstrip()
    return (
        bool(head) and len(head) < len(body) and body.startswith(head) and body[len(head)].isalnum()
    )


def _forms(link_type: str, surface: str, hints: Sequence[str]) -> list[str]:
    """The normal forms keyed for one removed value: one, or for a name its spellings in
    other scripts and keyboards too (`ingest.link_names.person_forms`)."""
    if link_type == "person":
        return person_forms(surface)
    normal = normalise(link_type, surface, hints)
    return [] if normal is None else [normal]


def is_place(surface: str) -> bool:
    """Whether a value the NER took for a name is wholly a known place."""
    from core.gazetteer import find_places

    places = find_places(surface)
    return bool(places) and sum(p.end - p.start for p in places) >= len(surface.strip()) - 1


def keyer_for(
    secret_file: Path, *, enabled: bool = True, people: bool = True, known_names: bool = True
) -> LinkKeyer | None:
    """The keyer the settings ask for (None when links are switched off)."""
    if not enabled:
        return None
    return LinkKeyer(load_secret(secret_file), people=people, known_names=known_names)
