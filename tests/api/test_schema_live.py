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
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
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


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_when_schema_generates_requests_then_responses_keep_the_contract(live, mode) -> None:
    """Every operation, a few generated requests each (valid ones, then invalid ones)."""
    url, token = live
    schema = schemathesis.openapi.from_url(f"{url}/api/v1/openapi.json")
    headers = {"Authorization": f"Bearer {token}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 11
    for operation in operations:
        strategy = operation.as_strategy(GenerationMode(mode))

        @given(case=strategy)
        @settings(
            max_examples=6, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def run(case) -> None:  # type: ignore[no-untyped-def]
            case.call_and_validate(headers=headers, checks=CHECKS)

        try:
            run()
        except Unsatisfiable:  # nothing to get wrong: an operation without inputs (health)
            assert mode == "negative"


def test_when_served_by_lens_serve_then_api_and_chat_share_one_port(live) -> None:
    """The API answers under /api/v1 on the chat's port (Chainlit's catch-all frontend route
    does not shadow it), streams answers as server-sent events, and the chat is still there."""
    import httpx

    url, token = live
    h = {"Authorization": f"Bearer {token}"}
    assert httpx.get(f"{url}/api/v1/health").json()["status"] == "ok"
    assert httpx.get(f"{url}/api/v1/whoami", headers=h).json()["user"] == "ana"
    missing = httpx.get(f"{url}/api/v1/nothing-here", headers=h)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    assert httpx.get(f"{url}/api/v1/whoami").status_code == 401
    body = {"question": "How were workers on Thai fishing vessels held?"}
    with httpx.stream(
        "POST", f"{url}/api/v1/ask", json=body, headers={**h, "Accept": "text/event-stream"},
        timeout=120,
    ) as r:  # fmt: skip
        assert r.headers["content-type"].startswith("text/event-stream")
        text = "".join(r.iter_text())
    assert text.rstrip().split("\n\n")[-1].startswith("event: answer")
    chat = httpx.get(f"{url}/")
    assert chat.status_code == 200
    assert chat.headers["content-type"].startswith("text/html")


def test_when_served_by_lens_serve_then_public_report_form_shares_the_port(live) -> None:
    """`/report` is served by the same `lens serve`, needs no login, and a submitted report
    gets a receipt (Chainlit's catch-all frontend route does not shadow it)."""
    import re

    import httpx

    url, _ = live
    with httpx.Client(base_url=url) as client:
        page = client.get("/report")
        assert page.status_code == 200
        assert 'name="what"' in page.text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf is not None
        sent = client.post(
            "/report",
            data={
                "what": "Six men sleep in a container behind the car wash and are paid nothing.",
                "country": "United Kingdom",
                "town": "Leicester",
                "csrf": csrf.group(1),
            },
        )
    assert sent.status_code == 200, sent.text[:300]
    assert re.search(r'id="receipt"[^>]*>\s*[a-z0-9-]{20,}', sent.text)
