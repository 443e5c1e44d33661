"""Build the word lists the known-names pass asks about its hits (ingest/data/), once.

    .venv/bin/python tools/build_known_words.py

The redactor's guard (`redaction.person_guard.PersonGuard.is_english`) reads its English words
from the lemmatizer tables of the NER model it loads (`redaction.factory.english_words`: the
lemma index and the irregular forms) and its stop words from spaCy. The known-names pass runs
in the ingesting process, which holds no spaCy and no redactor; it reads these lists instead
(`ingest.known_words`). This script writes them from the installed model the default settings
name (`redaction.ner_model`), by the same function the redactor uses, so the pass and the
redactor agree (tests/links/test_known_words.py checks a sample against the live guard).

Output, sorted, one lower-case word a line, so running it again gives the same bytes:
- `ingest/data/english_words.txt.gz` (gzip with no timestamp);
- `ingest/data/stop_words.txt`.
Run it again when the NER model or spaCy changes.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "ingest" / "data"


def gzipped(text: str) -> bytes:
    """`text` gzipped with no name and no timestamp (the same bytes on every run)."""
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as gz:
        gz.write(text.encode())
    return out.getvalue()


def main() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    from core.settings import load_settings
    from redaction.factory import english_words
    from redaction.nlp import build_nlp_engine

    settings = load_settings().redaction
    model = settings.ner_model or settings.spacy_model
    engine = build_nlp_engine(model, disable_parser=True)
    words = sorted(english_words(engine.get_nlp("en")))
    if not words:
        raise SystemExit(f"{model} has no lemmatizer tables: no English words to write.")
    DATA.mkdir(exist_ok=True)
    (DATA / "english_words.txt.gz").write_bytes(gzipped("\n".join(words) + "\n"))
    (DATA / "stop_words.txt").write_text("\n".join(sorted(STOP_WORDS)) + "\n")
    print(f"{len(words):,} English words and {len(STOP_WORDS)} stop words from {model}")


if __name__ == "__main__":
    main()
