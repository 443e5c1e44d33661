"""Build Lens's tables of other names for a word (assistant/data/word_relations.tsv.gz and
narrower_words.tsv.gz), once.

    .venv/bin/python tools/build_word_relations.py --wordnet DIR   # DIR holds data.noun etc.

Source: the WordNet 3.0 database files (Princeton University; the WordNet 3.0 licence permits
use, copying and distribution with its notice, kept in assistant/data/README.md). Debian's
`wordnet-base` package installs them in /usr/share/wordnet; `dpkg -x wordnet-base_*.deb DIR`
unpacks them without installing. Never read at run time: Lens reads only the table.

For each lower-case word of one word in WordNet's nouns, verbs and adjectives, and each of
those parts of speech (the question's parse says which one a word is: "mushroom" the noun is
not "mushroom" the verb, "to grow"), from its first SENSES senses (WordNet lists a word's
senses by frequency, so rare senses, where most false friends come from, are left out):
- `same`: the other one-word lemmas of those senses ("marijuana" -> "cannabis", "cows" ->
  "cattle", "kidnap" -> "abduct", "enrolment" -> "registration");
- `broader`: the one-word lemmas of those senses' direct hypernyms ("narcotic" -> "drug",
  "hawker" -> "vendor", "deckhand" -> "seaman"), except for senses filed under animals, plants
  and foods (noun.animal, noun.plant, noun.food): "salmon" is not answered by a passage about
  fish, nor "mushroom" by one about vegetables. Instance hypernyms are left out ("Salmon", a
  river, is no kind of salmon).

Output lines: `word<TAB>part (n, v, a)<TAB>same words<TAB>broader words` (space-separated),
sorted, so running the script again gives the same bytes.

The second table, for nouns only: `word<TAB>narrower words`, the one-word lemmas (NARROWER_MIN
letters or more: not "au", "act") of the hyponyms of the word's first SENSES senses, down to
NARROWER_DEPTH steps ("relative" -> "aunt", "uncle"; "vehicle" -> "lorry", "minibus"; "drug" ->
"heroin"): what names an instance of a kind a question asks for ("which relative ..."). A
narrower word counts only in its NARROWER_RANK most frequent senses ("workers" are people,
not the insects filed under "animal"; "family" is a household, not a "relative"), never as an
inflected verb or adjective ("found", of "all found", under "salary"). Instance hyponyms are left
out (proper names), and so are words with more than NARROWER_CAP narrower words ("person",
"device"): a kind that broad is answered by almost any noun.
"""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "assistant" / "data" / "word_relations.tsv.gz"
NARROWER_OUT = REPO / "assistant" / "data" / "narrower_words.tsv.gz"
SENSES = 3
NARROWER_DEPTH = 4
NARROWER_CAP = 1200
NARROWER_MIN = 4
NARROWER_RANK = 2
PARTS = {"noun": "n", "verb": "v", "adj": "a"}
NATURAL_KINDS = {5, 13, 20}  # lexicographer files noun.animal, noun.food, noun.plant
_LEMMA = re.compile(r"^[a-z][a-z-]*[a-z]$")


def read_synsets(folder: Path) -> dict[str, tuple[int, list[str], list[str], list[str]]]:
    """Synset key -> (lexicographer file, lemmas, hypernym keys, hyponym keys) for nouns, verbs
    and adjectives."""
    synsets = {}
    for part, tag in PARTS.items():
        for line in (folder / f"data.{part}").read_text("latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            hypernyms, hyponyms = [], []
            for j in range(pointers):
                symbol, offset, pos = fields[at + 1 + 4 * j : at + 4 + 4 * j]
                if symbol == "@":
                    hypernyms.append(("a" if pos == "s" else pos) + offset)
                elif symbol == "~":
                    hyponyms.append(("a" if pos == "s" else pos) + offset)
            synsets[tag + fields[0]] = (int(fields[1]), lemmas, hypernyms, hyponyms)
    return synsets


def read_senses(folder: Path) -> dict[tuple[str, str], list[str]]:
    """(word, part of speech) -> its synset keys, most frequent first, at most SENSES."""
    senses: dict[tuple[str, str], list[str]] = {}
    for part, tag in PARTS.items():
        for line in (folder / f"index.{part}").read_text("latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            word, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointer_count : 6 + pointer_count + synset_count]
            senses[word, tag] = [tag + o for o in offsets[:SENSES]]
    return senses


def one_word(lemmas: list[str]) -> list[str]:
    return [w for w in lemmas if _LEMMA.match(w)]


def build(folder: Path) -> list[str]:
    """The table's lines (see the module docstring)."""
    synsets = read_synsets(folder)
    lines = []
    for (word, part), keys in sorted(read_senses(folder).items()):
        if not _LEMMA.match(word):
            continue
        same: set[str] = set()
        broader: set[str] = set()
        for key in keys:
            lexfile, lemmas, hypernyms, _ = synsets[key]
            same.update(w.lower() for w in one_word(lemmas))
            if lexfile in NATURAL_KINDS:
                continue
            for h in hypernyms:
                broader.update(w.lower() for w in one_word(synsets[h][1]))
        same.discard(word)
        broader -= same | {word}
        if same or broader:
            lines.append(f"{word}\t{part}\t{' '.join(sorted(same))}\t{' '.join(sorted(broader))}")
    return lines


def build_narrower(folder: Path) -> list[str]:
    """The narrower table's lines (see the module docstring)."""
    synsets = read_synsets(folder)
    senses = read_senses(folder)
    inflected = {
        line.split()[0]
        for name in ("verb.exc", "adj.exc")
        for line in (folder / name).read_text("latin-1").splitlines()
    }
    lines = []
    for (word, part), keys in sorted(senses.items()):
        if part != "n" or not _LEMMA.match(word):
            continue
        narrower: set[str] = set()
        front = list(keys)
        for _ in range(NARROWER_DEPTH):
            front = [h for key in front for h in synsets[key][3]]
            narrower.update(
                w
                for h in front
                for w in one_word(synsets[h][1])
                if h in senses.get((w, "n"), ())[:NARROWER_RANK]
            )
        narrower = {w for w in narrower if len(w) >= NARROWER_MIN} - {word} - inflected
        if narrower and len(narrower) <= NARROWER_CAP:
            lines.append(f"{word}\t{' '.join(sorted(narrower))}")
    return lines


def write(path: Path, lines: list[str]) -> None:
    with gzip.GzipFile(path, "wb", mtime=0) as out:  # mtime 0: the same bytes on every run
        out.write(("\n".join(lines) + "\n").encode())
    print(f"{len(lines)} words -> {path.relative_to(REPO)} ({path.stat().st_size:,} bytes)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    write(OUT, build(args.wordnet))
    write(NARROWER_OUT, build_narrower(args.wordnet))


if __name__ == "__main__":
    main()
