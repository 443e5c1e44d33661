"""`lens tips` over a real hub: the CLI.md shape of `list --json`, accept and reject, and a
refusal for a user who does not moderate."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lens.cli import cli
from lens.services import TipForm

pytestmark = pytest.mark.slow


def _run(hub, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--home", str(hub.settings.home), "tips", *args])


def test_when_moderator_lists_accepts_and_rejects_then_cli_prints_the_contract(hub) -> None:
    kept = hub.services.tips.submit(
        TipForm(what="Twenty workers sleep in the warehouse of a recycling yard in Leicester.")
    )
    dropped = hub.services.tips.submit(TipForm(what="My neighbour plays loud music."))
    listed = _run(hub, "list", "--as", "mod", "--json")
    assert listed.exit_code == 0, listed.stderr
    rows = json.loads(listed.stdout)["tips"]
    assert {kept["tip_id"], dropped["tip_id"]} <= {r["tip_id"] for r in rows}
    assert all(
        set(r) == {"tip_id", "received", "text", "country", "urgency", "relevance", "status"}
        for r in rows
    )
    accepted = _run(hub, "accept", kept["tip_id"], "--as", "mod", "--level", "1", "--json")
    assert accepted.exit_code == 0, accepted.stderr
    assert json.loads(accepted.stdout)["status"] == "accepted"
    rejected = _run(hub, "reject", dropped["tip_id"], "--as", "mod", "--reason", "noise")
    assert rejected.exit_code == 0, rejected.stderr
    assert rejected.stdout.strip() == f"Rejected {dropped['tip_id']}."
    done = json.loads(_run(hub, "list", "--as", "mod", "--status", "accepted", "--json").stdout)
    assert kept["tip_id"] in [r["tip_id"] for r in done["tips"]]


def test_when_analyst_runs_tips_then_refused_with_one_sentence(hub) -> None:
    result = _run(hub, "list", "--as", "ana")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Only moderators")


def test_when_status_unknown_then_usage_error(hub) -> None:
    result = _run(hub, "list", "--as", "mod", "--status", "pending")
    assert result.exit_code == 2
    assert "not valid" in result.stderr
