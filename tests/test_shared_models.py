"""The redactors the test session shares cannot carry one test's change into the next
(tests.shared_models: `seal`, `check_sealed`)."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from tests import shared_models
from tests.shared_models import SharedRedactorChanged, check_sealed

TEXT = "Brightwell Packaging paid Nadia Petrova on Monday."


def test_when_a_test_adds_a_name_to_the_shared_redactor_then_it_raises_and_nothing_changes(
    redactor: Any,
) -> None:
    before = redactor.redact(TEXT).text
    with pytest.raises(SharedRedactorChanged, match="shared by the whole test session"):
        redactor.allow(["Nadia Petrova"])
    assert redactor.redact(TEXT).text == before
    check_sealed()  # nothing left changed for the next test


def test_when_allow_adds_no_new_name_then_the_shared_redactor_takes_it(redactor: Any) -> None:
    redactor.allow([])
    redactor.allow(["  "])
    check_sealed()


def test_when_a_test_changes_a_shared_redactor_directly_then_it_fails_and_is_put_back(
    redactor: Any,
) -> None:
    before = redactor.redact(TEXT).text
    recognizers = list(redactor.analyzer.registry.recognizers)
    # behind allow()'s back: the policy's allow list, the entities, a recognizer
    redactor.settings.allow_list.append("Nadia Petrova")
    redactor.entities.remove("PERSON")
    redactor.analyzer.registry.recognizers.pop()
    with pytest.raises(SharedRedactorChanged, match="1 shared redactor"):
        check_sealed()
    assert "Nadia Petrova" not in redactor.settings.allow_list
    assert "PERSON" in redactor.entities
    assert redactor.analyzer.registry.recognizers == recognizers
    assert redactor.redact(TEXT).text == before  # the next test sees the redactor it expects
    check_sealed()


def test_when_a_sealed_redactor_is_one_of_its_own_then_the_test_may_change_it(
    make_redactor: Callable[..., Any],
) -> None:
    own = make_redactor()
    own.allow(["Nadia Petrova"])
    assert "Nadia Petrova" in own.redact(TEXT).text
    check_sealed()


def test_when_lens_takes_the_shared_redactor_then_it_is_sealed_with_its_allow_list(
    redactor: Any,
) -> None:
    policy = redactor.settings
    seed = (policy.model_dump_json(), ("seed: reuse the loaded spaCy",))
    key = (seed[0], ("Brightwell Packaging",))
    lens = SimpleNamespace(
        settings=SimpleNamespace(redaction=policy), allow_list=lambda: ["Brightwell Packaging"]
    )
    ours = key not in shared_models._REDACTORS
    shared_models._REDACTORS[seed] = redactor
    try:
        built = shared_models._shared_redactor(lens)
        assert shared_models._REDACTORS[key] is built
        assert "Brightwell Packaging" in built.redact(TEXT).text
        with pytest.raises(SharedRedactorChanged):
            built.allow(["Nadia Petrova"])
        assert "Nadia" not in built.redact(TEXT).text
    finally:
        del shared_models._REDACTORS[seed]
        if ours and key in shared_models._REDACTORS:
            shared_models._SEALED.pop(id(shared_models._REDACTORS.pop(key)), None)
