"""`lens init / orgs / users / whoami`: the contract, and every bad input named in the issue."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lens.cli import cli


def run(*args: str, input: str | None = None, env: dict | None = None):
    result = CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)
    return result


def ok_json(*args: str, input: str | None = None, env: dict | None = None) -> dict:
    result = run(*args, "--json", input=input, env=env)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def hub(home):
    ok_json("init")
    ok_json("orgs", "add", "Harbour Light", "--sector", "ngo")
    return home


def test_when_init_twice_then_idempotent_and_reports_locations(home) -> None:
    first = ok_json("init")
    second = ok_json("init")
    assert first == second
    assert first["database"].startswith("sqlite:///")
    assert first["schema_version"] == 1
    assert (home / "lens.db").exists()
    assert (home / "chroma").is_dir()


def test_when_user_added_then_whoami_reports_clearance(hub) -> None:
    added = ok_json(
        "users",
        "add",
        "ana",
        "--org",
        "Harbour Light",
        "--role",
        "analyst",
        "--clearance",
        "restricted",
        "--password-stdin",
        input="correct horse\n",
    )
    assert added == {"user": "ana", "org": "Harbour Light", "role": "analyst", "clearance": 2}
    me = ok_json("whoami", "--as", "ana")
    assert me["clearance"] == 2
    assert me["org"] == "Harbour Light"
    assert ok_json("whoami", env={"LENS_USER": "ana"})["user"] == "ana"


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (
            [
                "users",
                "add",
                "x",
                "--org",
                "Nope",
                "--role",
                "analyst",
                "--clearance",
                "1",
                "--no-password",
            ],
            "Organisation 'Nope' does not exist",
            1,
        ),
        (
            [
                "users",
                "add",
                "x",
                "--org",
                "Harbour Light",
                "--role",
                "analyst",
                "--clearance",
                "7",
                "--no-password",
            ],
            "Level '7' is not valid",
            2,
        ),
        (["orgs", "add", "Harbour Light", "--sector", "ngo"], "already exists", 1),
        (["whoami", "--as", "ghost"], "User 'ghost' does not exist", 1),
        (["whoami"], "No acting user", 2),
        (
            [
                "users",
                "add",
                "x",
                "--org",
                "Harbour Light",
                "--role",
                "analyst",
                "--clearance",
                "1",
            ],
            "No password given",
            2,
        ),
    ],
)
def test_when_bad_admin_input_then_one_sentence_and_nonzero(hub, args, message, code) -> None:
    result = run(*args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    users = ok_json("users", "list")["users"]
    assert all(u["user"] != "x" for u in users)  # nothing half-created


def test_when_duplicate_user_then_refused_and_first_kept(hub) -> None:
    ok_json(
        "users",
        "add",
        "ana",
        "--org",
        "Harbour Light",
        "--role",
        "analyst",
        "--clearance",
        "1",
        "--no-password",
    )
    result = run(
        "users",
        "add",
        "ana",
        "--org",
        "Harbour Light",
        "--role",
        "admin",
        "--clearance",
        "3",
        "--no-password",
    )
    assert result.exit_code == 1
    assert "already exists" in result.stderr
    (ana,) = ok_json("users", "list")["users"]
    assert ana["role"] == "analyst"
    assert ana["clearance"] == 1


def test_when_user_disabled_then_refused_by_data_commands(hub) -> None:
    ok_json(
        "users",
        "add",
        "ana",
        "--org",
        "Harbour Light",
        "--role",
        "analyst",
        "--clearance",
        "1",
        "--no-password",
    )
    ok_json("users", "disable", "ana")
    result = run("whoami", "--as", "ana")
    assert result.exit_code == 1
    assert "is disabled" in result.stderr


def test_when_no_init_then_commands_say_run_init(home) -> None:
    result = run("orgs", "list")
    assert result.exit_code == 1
    assert "run `lens init`" in result.stderr
    assert not (home / "lens.db").exists()


def test_when_home_cannot_be_created_then_clear_error(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a dir")
    result = run("--home", str(blocker / "h"), "init")
    assert result.exit_code == 1
    assert "is not writable" in result.stderr
    assert blocker.read_text() == "not a dir"


def test_when_database_does_not_answer_then_clear_error(home) -> None:
    result = run("init", env={"LENS_DATABASE_URL": "postgresql://lens@127.0.0.1:1/none"})
    assert result.exit_code == 1
    assert "does not answer" in result.stderr
    assert "Traceback" not in result.stderr


def test_when_console_script_runs_then_json_on_stdout_only(home) -> None:
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "lens"), "init", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "LENS_HOME": str(home)},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["schema_version"] == 1


@pytest.mark.integration
def test_when_postgresql_url_then_init_users_and_whoami_work(home, pg_url) -> None:
    env = {"LENS_DATABASE_URL": pg_url}
    assert ok_json("init", env=env)["database"].startswith("postgresql")
    ok_json("init", env=env)
    ok_json("orgs", "add", "Meridian Bank", "--sector", "finance", env=env)
    ok_json(
        "users",
        "add",
        "mo",
        "--org",
        "Meridian Bank",
        "--role",
        "staff",
        "--clearance",
        "3",
        "--password-stdin",
        input="long enough pw\n",
        env=env,
    )
    assert ok_json("whoami", "--as", "mo", env=env)["clearance"] == 3
    dup = run("orgs", "add", "Meridian Bank", "--sector", "finance", env=env)
    assert dup.exit_code == 1
    assert "already exists" in dup.stderr
