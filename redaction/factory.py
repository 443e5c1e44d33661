"""Builds the redactor from settings: the one place where spaCy and Presidio are loaded."""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

from core.errors import LensError
from redaction.person_guard import normalize
from redaction.recognizers import CATALOGUE, ENTITY_TYPES

if TYPE_CHECKING:
    from core.settings import RedactionSettings
    from redaction.engine import PresidioRedactor


def check_policy(settings: RedactionSettings) -> list[str]:
    """Validate `remove` and `recognizers`; return the enabled recognizer names.

    A recognizer runs when it is enabled (unnamed ones are) and its entity type is removed;
    `second_ner` also needs `second_ner_model`.
    """
    unknown_types = sorted(set(settings.remove) - ENTITY_TYPES)
    if unknown_types:
        raise LensError(
            f"Unknown entity type(s) {', '.join(unknown_types)} in redaction.remove; "
            f"known types: {', '.join(sorted(ENTITY_TYPES))}."
        )
    unknown_names = sorted(set(settings.recognizers) - set(CATALOGUE))
    if unknown_names:
        raise LensError(
            f"Unknown recognizer(s) {', '.join(unknown_names)} in redaction.recognizers; "
            f"known recognizers: {', '.join(CATALOGUE)}."
        )
    removed = set(settings.remove)
    return [
        name
        for name, (entity, _) in CATALOGUE.items()
        if entity in removed
        and settings.recognizers.get(name, True)
        # The second NER opinion runs only when a second model is named.
        and (name != "second_ner" or bool(settings.second_ner_model))
    ]


def english_words(nlp: Any) -> frozenset[str]:
    """Lower-case English words known to spaCy's rule lemmatizer (its WordNet lemma index and
    its irregular forms)."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index")
    except (KeyError, AttributeError):
        return frozenset()
    words = {word for pos in index for word in index[pos]}
    # Irregular forms ("children", "began") are exceptions, not index entries.
    if lookups.has_table("lemma_exc"):
        exceptions = lookups.get_table("lemma_exc")
        words |= {word for pos in exceptions for word in exceptions[pos]}
    return frozenset(words)


def listed_name_nouns(nlp: Any, names: frozenset[str]) -> frozenset[str]:
    """Words WordNet knows only as nouns that a name list also holds: its proper nouns
    ("reyes", "cortes", "hussein", "magdalena") and a few common nouns ("baker"). spaCy's
    lemma index holds them in lower case with the language's words, so `is_english` reads a
    surname as English; before a verb only people do, such a word is taken for a name."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index")
    except (KeyError, AttributeError):
        return frozenset()
    tables = {nlp.vocab.strings[p] if isinstance(p, int) else p: set(index[p]) for p in index}
    nouns = tables.pop("noun", set())
    other = set().union(*tables.values())
    if lookups.has_table("lemma_exc"):
        exceptions = lookups.get_table("lemma_exc")
        other |= {word for pos in exceptions for word in exceptions[pos]}
    from redaction.gazetteer import LABEL_WORDS, PERSON_ROLES, PERSON_TITLES, split

    roles = set(split(PERSON_ROLES)) | set(split(PERSON_TITLES)) | LABEL_WORDS
    roles |= {"mom", "papa", "dad", "daddy", "sis", "bro", "sweetie", "lawyer", "priest", "baby"}
    return frozenset(w for w in nouns - other - roles if w.isalpha() and w in names)


def _instantiate(
    name: str,
    words: frozenset[str],
    guard: Any,
    timeout: float,
    second_nlp: Any = None,
    nlp: Any = None,
) -> Any:
    _, target = CATALOGUE[name]
    module_name, class_name = target.split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if name == "spacy_person":
        org_keywords = frozenset(normalize(k) for k in guard.org_keywords)
        return cls(
            english_words=words,
            org_keywords=org_keywords,
            known_place=guard.is_known_place,
            is_english=guard.is_english,
        )
    if name == "second_ner":
        return cls(nlp=second_nlp, known_place=guard.is_known_place)
    if name == "given_name":
        from redaction.name_lists import given_names, surnames
        from redaction.recognizers.lower_name import LowerCaseNames
        from redaction.world_names import all_given_names, listed_name_word

        census = given_names()
        names = all_given_names(census)
        return cls(
            given_names=names,
            lower_case=LowerCaseNames(
                names,
                guard.is_english,
                guard.is_known_place,
                lambda word: guard.is_name_word(word, listed=True),
                census,
            ),
            is_name_word=listed_name_word(census, guard.is_name_word),
            is_surname=lambda word: guard.is_name_word(word) and word.lower() not in words,
            census_surnames=surnames(),
        )
    if name == "person_context":
        from redaction.name_lists import given_names, surnames
        from redaction.world_names import all_given_names

        census = given_names()
        world = all_given_names(census)
        recognizer = cls(
            is_english=guard.is_english,
            given_names=world,
            common_given_names=census,
            name_nouns=listed_name_nouns(nlp, surnames() | world),
            surnames=surnames(),
        )
    elif name == "address_block":
        recognizer = cls(is_english=guard.is_english)
    else:
        recognizer = cls()
    if hasattr(recognizer, "timeout"):
        recognizer.timeout = timeout
    return recognizer


def build_redactor(
    settings: RedactionSettings, *, batch_size: int = 32, nlp_engine: Any = None
) -> PresidioRedactor:
    """Load spaCy once and assemble Presidio's analyzer and anonymizer for this policy.

    Heavy (seconds): call it once per process and reuse the redactor. `nlp_engine` reuses
    the loaded spaCy engine of another redactor (`other.analyzer.nlp_engine`), e.g. to run
    two policies in one process; it must have been built for the same `ner_model`.
    """
    # tldextract reads this when it is first imported; nothing here may go online.
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    enabled = check_policy(settings)

    from redaction.presidio_import import import_presidio

    import_presidio()  # first, before any module of ours imports it: without HF pipelines
    from presidio_analyzer import AnalyzerEngine
    from presidio_anonymizer import AnonymizerEngine

    from redaction.engine import PresidioRedactor
    from redaction.nlp import OrderedRegistry, OwnContextEnhancer, build_nlp_engine
    from redaction.person_guard import PersonGuard

    if nlp_engine is None:
        model = settings.ner_model or settings.spacy_model
        nlp_engine = build_nlp_engine(
            model,
            disable_parser=settings.disable_parser,
            disable_lemmatizer=settings.disable_lemmatizer,
        )
    nlp = nlp_engine.get_nlp("en")
    words = english_words(nlp)
    guard = PersonGuard(english_words=words)
    registry = OrderedRegistry(supported_languages=["en"])
    second_nlp = None
    if "second_ner" in enabled:
        from redaction.nlp import load_ner_only

        second_nlp = load_ner_only(settings.second_ner_model)
    for name in enabled:
        if name == "deny_list":
            continue
        registry.add_recognizer(
            _instantiate(name, words, guard, settings.max_seconds_per_doc, second_nlp, nlp)
        )
    analyzer = AnalyzerEngine(
        nlp_engine=nlp_engine,
        registry=registry,
        supported_languages=["en"],
        default_score_threshold=settings.score_threshold,
        context_aware_enhancer=OwnContextEnhancer(),
    )
    entities = sorted({CATALOGUE[name][0] for name in enabled if name != "deny_list"})
    return PresidioRedactor(
        settings=settings,
        analyzer=analyzer,
        anonymizer=AnonymizerEngine(),
        guard=guard,
        entities=entities,
        deny_list_enabled="deny_list" in enabled,
        batch_size=batch_size,
        english_words=words,
    )
