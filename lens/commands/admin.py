"""`lens init`, `lens orgs`, `lens users`, `lens whoami`."""

from __future__ import annotations

import sys

import click

from core.choices import ROLES, SECTORS
from core.errors import LensError
from lens.commands.state import State, as_option, emit, json_option, pass_state


@click.command()
@json_option
@pass_state
def init(state: State, as_json: bool) -> None:
    """Create the data dir and schema (idempotent)."""
    lens = state.lens
    version = lens.init()
    s = state.settings
    data = {
        "home": str(s.home.resolve()),
        "database": _safe_url(s.database_url),
        "vector_store": s.chroma.url or str(s.chroma_path.resolve()),
        "schema_version": version,
    }
    emit(as_json, data, f"Lens ready in {data['home']} (schema v{version}).")


def _safe_url(url: str) -> str:
    from core.db import redact_url

    return redact_url(url)


@click.group()
def orgs() -> None:
    """Partner organisations."""


@orgs.command("add")
@click.argument("name")
@click.option("--sector", required=True, type=click.Choice(SECTORS), help="Kind of organisation.")
@json_option
@pass_state
def orgs_add(state: State, name: str, sector: str, as_json: bool) -> None:
    """Add an organisation."""
    from core.directory import add_org

    state.lens.require_schema()
    with state.lens.db.session() as s:
        org = add_org(s, name, sector)
        data = {"org": org.name, "sector": org.sector, "id": org.id}
    emit(as_json, data, f"Organisation {name!r} added ({sector}).")


@orgs.command("list")
@json_option
@pass_state
def orgs_list(state: State, as_json: bool) -> None:
    """List organisations."""
    from sqlmodel import select

    from core.records import Organisation

    state.lens.require_schema()
    with state.lens.db.session() as s:
        rows = [{"org": o.name, "sector": o.sector} for o in s.exec(select(Organisation))]
    emit(as_json, {"orgs": rows}, "\n".join(f"{r['org']}\t{r['sector']}" for r in rows))


@click.group()
def users() -> None:
    """Users of the hub."""


def _read_password(stdin: bool) -> str:
    if stdin:
        pw = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise LensError(
                "No password given: pass --password-stdin or run in a terminal.", exit_code=2
            )
        pw = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(pw) < 8:
        raise LensError("Password must be at least 8 characters.", exit_code=2)
    return pw


@users.command("add")
@click.argument("name")
@click.option("--org", "org_name", required=True, help="The user's organisation.")
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option("--clearance", required=True, help="0-3 or public/member/restricted/confidential.")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@click.option("--no-password", is_flag=True, help="CLI-only user without UI login.")
@json_option
@pass_state
def users_add(
    state: State,
    name: str,
    org_name: str,
    role: str,
    clearance: str,
    password_stdin: bool,
    no_password: bool,
    as_json: bool,
) -> None:
    """Add a user (password from a prompt or --password-stdin, never argv)."""
    from core.access import parse_level
    from core.directory import add_user

    level = parse_level(clearance)  # validate before prompting
    state.lens.require_schema()
    password = None if no_password else _read_password(password_stdin)
    with state.lens.db.session() as s:
        user = add_user(s, name, org_name, role, level, password)
        data = {"user": user.name, "org": org_name, "role": role, "clearance": int(level)}
    emit(as_json, data, f"User {name!r} added to {org_name!r} ({role}, {level.name.lower()}).")


@users.command("list")
@json_option
@pass_state
def users_list(state: State, as_json: bool) -> None:
    """List users."""
    from sqlmodel import select

    from core.records import Organisation, User

    state.lens.require_schema()
    with state.lens.db.session() as s:
        rows = [
            {
                "user": u.name,
                "org": o.name,
                "role": u.role,
                "clearance": u.clearance,
                "active": u.active,
            }
            for u, o in s.exec(select(User, Organisation).where(User.org_id == Organisation.id))
        ]
    emit(
        as_json,
        {"users": rows},
        "\n".join(
            f"{r['user']}\t{r['org']}\t{r['role']}\t{r['clearance']}\t"
            f"{'active' if r['active'] else 'disabled'}"
            for r in rows
        ),
    )


def _set_active(state: State, name: str, active: bool, as_json: bool) -> None:
    from core.directory import set_active

    state.lens.require_schema()
    with state.lens.db.session() as s:
        set_active(s, name, active)
    emit(
        as_json,
        {"user": name, "active": active},
        f"User {name!r} {'enabled' if active else 'disabled'}.",
    )


@users.command("disable")
@click.argument("name")
@json_option
@pass_state
def users_disable(state: State, name: str, as_json: bool) -> None:
    """Disable a user (refused by every command from then on)."""
    _set_active(state, name, False, as_json)


@users.command("enable")
@click.argument("name")
@json_option
@pass_state
def users_enable(state: State, name: str, as_json: bool) -> None:
    """Re-enable a user."""
    _set_active(state, name, True, as_json)


@click.command()
@as_option
@json_option
@pass_state
def whoami(state: State, as_user: str | None, as_json: bool) -> None:
    """Show the acting user and what they may see."""
    data = state.services.users.whoami(state.principal(as_user))
    emit(
        as_json,
        data,
        f"{data['user']} ({data['role']}) of {data['org']}, clearance {data['clearance_name']}.",
    )


@click.command("config")
@json_option
@pass_state
def config_cmd(state: State, as_json: bool) -> None:
    """Every setting with its environment variable, default and description."""
    from core.settings import describe_settings
    from core.settings_doc import settings_table

    if as_json:
        emit(
            True,
            {
                "settings": [
                    {"env": e, "default": d, "description": t} for e, d, t in describe_settings()
                ]
            },
        )
    else:
        click.echo(settings_table())
