"""`lens tokens create/list/revoke`: a user's bearer tokens for the HTTP API (/api/v1)."""

from __future__ import annotations

import click

from core.choices import TOKEN_DAYS
from lens.commands.state import State, as_option, emit, json_option, pass_state, table


@click.group()
def tokens() -> None:
    """Bearer tokens for the HTTP API."""


@tokens.command("create")
@as_option
@click.option("--name", default=None, help="A label, e.g. the partner system that uses it.")
@click.option(
    "--expires-days", default=TOKEN_DAYS, show_default=True, type=int, help="Days it works."
)
@json_option
@pass_state
def tokens_create(
    state: State, as_user: str | None, name: str | None, expires_days: int, as_json: bool
) -> None:
    """Issue a token acting as the user; it is shown this once and stored only as a hash."""
    p = state.principal(as_user)
    data = state.services.tokens.create(p, name=name, expires_days=expires_days)
    emit(
        as_json,
        data,
        f"{data['token']}\n\nToken {data['id']} for {data['user']}, valid until "
        f"{data['expires']}. It is shown only now; keep it secret.",
    )


@tokens.command("list")
@as_option
@json_option
@pass_state
def tokens_list(state: State, as_user: str | None, as_json: bool) -> None:
    """The user's tokens (never their secrets)."""
    p = state.principal(as_user)
    data = state.services.tokens.list_tokens(p)
    emit(as_json, data, table(data["tokens"]) if data["tokens"] else "No tokens.")


@tokens.command("revoke")
@click.argument("token_id")
@as_option
@json_option
@pass_state
def tokens_revoke(state: State, token_id: str, as_user: str | None, as_json: bool) -> None:
    """Stop a token working now (your own, or as an admin one of your organisation's)."""
    p = state.principal(as_user)
    data = state.services.tokens.revoke(p, token_id)
    emit(as_json, data, f"Token {token_id} revoked.")
