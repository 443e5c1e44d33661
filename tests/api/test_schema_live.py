"""Contract tests from the schema: Schemathesis generates requests for every operation of
/api/v1/openapi.json and sends them to a real `lens serve` (started here on a free port, real
models), checking that no request makes a server error and that every response has a status,
media type and body that the schema declares."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import hub_with_analyst, run_lens
from tests.servers import lens_serve

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = [pytest.mark.slow, pytest.mark.integration]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
NOTE = "In 2023 Burmese workers on Thai fishing vessels were held in debt bondage by brokers."


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory):
    """A small real hub served by `lens serve`, and a bearer token of its analyst."""
    home: Path = tmp_path_factory.mktemp("schema") / "home"
    hub_with_analyst(home)
    note = home.parent / "thai.txt"
    note.write_text(NOTE)
    assert run_lens(home, "ingest", str(note), "--as", "ana").returncode == 0
    made = run_lens(home, "tokens", "create", "--as", "ana", "--json")
    assert made.returncode == 0, made.stderr
    env = {"LENS_ANSWER_MODE": "extractive", "LENS_API_RATE_BURST": "100000"}
    with lens_serve(home, env, timeout=240) as url:
        yield url, json.loads(made.stdout)["token"]


@pytest.fixture
def api_schema(live):
    url, _ = live
    return schemathesis.openapi.from_url(f"{url}/api/v1/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_when_schema_generates_requests_then_responses_keep_the_contract(case, live) -> None:
    _, token = live
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)
