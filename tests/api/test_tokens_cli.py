"""`lens tokens create/list/revoke`: the JSON of the contract, audited, owner or admin only."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lens.cli import cli
from tests.api.conftest import Api


def lens(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def test_when_token_created_then_contract_json_and_audited_without_secret(api: Api) -> None:
    before = api.hub.last_audit_id()
    code, out, _ = lens("tokens", "create", "--as", "res", "--name", "bank tool", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"id", "token", "user", "expires"}
    assert data["user"] == "res"
    assert data["token"].startswith(f"lens_{data['id']}_")
    rows = api.hub.audit_rows(before)
    assert [(u, a, o) for u, a, o, *_ in rows] == [("res", "tokens.create", "ok")]
    assert data["token"].split("_", 2)[2] not in repr(rows)
    h = {"Authorization": f"Bearer {data['token']}"}
    assert api.client.get("/api/v1/whoami", headers=h).json()["user"] == "res"


def test_when_tokens_listed_then_only_the_users_own(api: Api) -> None:
    mine = json.loads(lens("tokens", "create", "--as", "pub", "--json")[1])["id"]
    json.loads(lens("tokens", "create", "--as", "mem", "--json")[1])
    code, out, _ = lens("tokens", "list", "--as", "pub", "--json")
    assert code == 0
    listed = json.loads(out)["tokens"]
    assert mine in {t["id"] for t in listed}
    assert all(set(t) == {"id", "name", "created", "expires", "revoked", "active"} for t in listed)
    others = json.loads(lens("tokens", "list", "--as", "mem", "--json")[1])["tokens"]
    assert mine not in {t["id"] for t in others}


def test_when_token_revoked_then_listed_inactive_and_refused(api: Api) -> None:
    made = json.loads(lens("tokens", "create", "--as", "res", "--json")[1])
    code, out, _ = lens("tokens", "revoke", made["id"], "--as", "res", "--json")
    assert (code, json.loads(out)) == (0, {"revoked": made["id"]})
    listed = json.loads(lens("tokens", "list", "--as", "res", "--json")[1])["tokens"]
    row = next(t for t in listed if t["id"] == made["id"])
    assert row["active"] is False
    assert row["revoked"]
    h = {"Authorization": f"Bearer {made['token']}"}
    assert api.client.get("/api/v1/whoami", headers=h).status_code == 401


def test_when_someone_elses_token_revoked_then_not_found_unless_their_orgs_admin(
    api: Api,
) -> None:
    made = json.loads(lens("tokens", "create", "--as", "mem", "--json")[1])
    code, _, err = lens("tokens", "revoke", made["id"], "--as", "bank3")
    assert code == 1
    assert f"Token {made['id']} does not exist." in err
    h = {"Authorization": f"Bearer {made['token']}"}
    assert api.client.get("/api/v1/whoami", headers=h).status_code == 200
    assert lens("tokens", "revoke", made["id"], "--as", "con")[0] == 0  # Harbour Light's admin
    assert api.client.get("/api/v1/whoami", headers=h).status_code == 401


@pytest.mark.parametrize("days", ["0", "-3", "3651"])
def test_when_expiry_out_of_range_then_usage_error(api: Api, days: str) -> None:
    code, _, err = lens("tokens", "create", "--as", "res", "--expires-days", days)
    assert code == 2
    assert "--expires-days must be between 1 and 3650." in err


def test_when_hub_predates_tokens_then_their_table_is_made_on_first_use(api: Api) -> None:
    from core.records import ApiToken
    from lens.services.tokens import TokenService

    ApiToken.__table__.drop(api.hub.stack.db.engine)  # type: ignore[attr-defined]
    service = TokenService(api.hub.root)  # a fresh process's first use
    p = api.hub.services.users.principal("res")
    assert service.list_tokens(p) == {"tokens": []}
    assert service.create(p)["user"] == "res"
    api.tokens.clear()  # the earlier tokens went with the table
