"""`lens llm check`: does the configured model earn its place in auto mode?"""

from __future__ import annotations

import click

from lens.commands.state import State, emit, json_option, pass_state


@click.group()
def llm() -> None:
    """The model that writes answers."""


@llm.command("check")
@json_option
@pass_state
def check(state: State, as_json: bool) -> None:
    """Run the configured model on the bundled answer evaluation and record its citation pass
    rate; auto mode asks the model only when the rate clears answer.generative_min_pass_rate."""
    hub = state.lens
    hub.require_schema()
    result = hub.gate.check(hub.llm, hub.answerer.checker).as_dict()
    verdict = "auto mode will use it" if result["generative_enabled"] else "auto mode quotes"
    emit(
        as_json,
        result,
        f"{result['model']}: {result['passed']}/{result['questions']} answers passed the "
        f"citation check (rate {result['rate']:.2f}); {verdict}.",
    )
