"""Each /api/v1 endpoint by hand: what it returns, in which format, and its one error shape."""

from __future__ import annotations

import json

import pytest

from tests.api.conftest import Api

V1 = "/api/v1"
THAI = "How were crews on Thai trawlers controlled?"


def test_when_health_asked_without_token_then_ok_and_version(api: Api) -> None:
    r = api.client.get(f"{V1}/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"
    assert r.json()["version"]


def test_when_schema_fetched_then_it_lists_every_endpoint_with_bearer_auth(api: Api) -> None:
    schema = api.client.get(f"{V1}/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert {
        f"{V1}/health",
        f"{V1}/whoami",
        f"{V1}/search",
        f"{V1}/ask",
        f"{V1}/stats",
        f"{V1}/risk",
        f"{V1}/brief",
        f"{V1}/documents",
        f"{V1}/documents/{{doc_id}}",
    } <= set(schema["paths"])
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert "401" in schema["paths"][f"{V1}/search"]["post"]["responses"]


def test_when_whoami_with_token_then_the_tokens_user(api: Api) -> None:
    r = api.client.get(f"{V1}/whoami", headers=api.auth("bank3"))
    assert r.json() == {
        "user": "bank3",
        "org": "Meridian Bank",
        "role": "analyst",
        "clearance": 3,
        "clearance_name": "confidential",
    }


def test_when_search_filtered_then_only_matching_visible_passages(api: Api) -> None:
    body = {"query": "passports taken", "k": 3, "filters": {"country": "TH"}}
    r = api.client.post(f"{V1}/search", headers=api.auth("pub"), json=body)
    assert r.status_code == 200
    results = r.json()["results"]
    assert 0 < len(results) <= 3
    assert {x["level"] for x in results} == {0}  # pub sees public documents only


def test_when_search_has_unknown_filter_then_400_in_the_error_shape(api: Api) -> None:
    body = {"query": "x", "filters": {"colour": "red"}}
    r = api.client.post(f"{V1}/search", headers=api.auth("res"), json=body)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "invalid"
    assert "colour" in r.json()["error"]["message"]


def test_when_search_body_lacks_query_then_422_naming_the_field(api: Api) -> None:
    r = api.client.post(f"{V1}/search", headers=api.auth("res"), json={"k": 2})
    assert r.status_code == 422
    assert r.json() == {"error": {"code": "invalid", "message": "query: Field required."}}


def test_when_ask_then_a_cited_answer(api: Api) -> None:
    body = {"question": THAI, "mode": "extractive"}
    r = api.client.post(f"{V1}/ask", headers=api.auth("con"), json=body)
    data = r.json()
    assert r.status_code == 200
    assert data["grounded"] is True
    assert data["citations"][0]["source_ref"].startswith("thai_")


def test_when_ask_streams_then_events_end_with_the_same_answer(api: Api) -> None:
    body = {"question": THAI, "mode": "extractive"}
    headers = {**api.auth("con"), "Accept": "text/event-stream"}
    with api.client.stream("POST", f"{V1}/ask", headers=headers, json=body) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        text = "".join(r.iter_text())
    events = [block.split("\n", 1) for block in text.strip().split("\n\n")]
    assert events[-1][0] == "event: answer"
    streamed = json.loads(events[-1][1].removeprefix("data: "))
    whole = api.client.post(f"{V1}/ask", headers=api.auth("con"), json=body).json()
    assert streamed["answer"] == whole["answer"]
    assert streamed["citations"] == whole["citations"]


def test_when_ask_streams_from_a_model_then_token_events_come_first(api: Api) -> None:
    api.hub.llm.replies[:] = ["Crews were held in debt bondage [1]."]
    headers = {**api.auth("con"), "Accept": "text/event-stream"}
    body = {"question": THAI, "mode": "generative"}
    r = api.client.post(f"{V1}/ask", headers=headers, json=body)
    kinds = [line[7:] for line in r.text.splitlines() if line.startswith("event: ")]
    assert kinds[-1] == "answer"
    assert kinds[:-1]  # the draft came before the answer
    assert set(kinds[:-1]) == {"token"}


def test_when_ask_follows_a_conversation_then_accepted(api: Api) -> None:
    body = {
        "question": "And in the UK?",
        "conversation": [
            "Where were nail bar workers trafficked?",
            {"role": "user", "content": "x"},
        ],
        "mode": "extractive",
    }
    r = api.client.post(f"{V1}/ask", headers=api.auth("res"), json=body)
    assert r.status_code == 200
    assert "answer" in r.json()


def test_when_stats_grouped_and_filtered_then_counts_as_the_cli(api: Api) -> None:
    params = {"by": "country,type", "filter": "year_from=2022"}
    r = api.client.get(f"{V1}/stats", headers=api.auth("res"), params=params)
    data = r.json()
    assert data["by"] == ["country", "type"]
    assert sum(row["documents"] for row in data["rows"]) >= data["total"] > 0


def test_when_stats_asked_as_geojson_then_a_feature_collection(api: Api) -> None:
    r = api.client.get(f"{V1}/stats", headers=api.auth("con"), params={"format": "geojson"})
    assert r.headers["content-type"].startswith("application/geo+json")
    assert r.json()["type"] == "FeatureCollection"


def test_when_stats_view_unknown_then_422(api: Api) -> None:
    r = api.client.get(f"{V1}/stats", headers=api.auth("con"), params={"view": "pie"})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "invalid"


SUPPLIERS = [{"name": "Hidden Threads Ltd", "country": "Bangladesh", "sector": "garment"}]
CSV = b"name,country,region,sector\nHidden Threads Ltd,Bangladesh,Dhaka,garment\n"


def test_when_risk_sent_as_json_or_csv_then_the_same_report(api: Api) -> None:
    h = api.auth("bank3")
    as_json = api.client.post(f"{V1}/risk", headers=h, json={"suppliers": SUPPLIERS}).json()
    as_csv = api.client.post(f"{V1}/risk", headers=h, files={"file": ("s.csv", CSV)}).json()
    assert as_json["suppliers"][0]["name"] == as_csv["suppliers"][0]["name"] == SUPPLIERS[0]["name"]
    assert as_json["suppliers"][0]["risk"] == as_csv["suppliers"][0]["risk"]


@pytest.mark.parametrize(
    ("accept", "starts"), [("text/csv", "text/csv"), ("text/markdown", "text/markdown")]
)
def test_when_risk_accepts_another_form_then_that_form(api: Api, accept: str, starts: str) -> None:
    headers = {**api.auth("con"), "Accept": accept}
    r = api.client.post(f"{V1}/risk", headers=headers, json={"suppliers": SUPPLIERS})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(starts)
    assert "Hidden Threads Ltd" in r.text


def test_when_risk_sent_without_suppliers_then_422(api: Api) -> None:
    r = api.client.post(f"{V1}/risk", headers=api.auth("con"), json={"suppliers": []})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "invalid"


def test_when_risk_csv_lacks_a_column_then_400_naming_the_file(api: Api) -> None:
    files = {"file": ("mine.csv", b"name,country\nA,Thailand\n")}
    r = api.client.post(f"{V1}/risk", headers=api.auth("con"), files=files)
    assert r.status_code == 400
    assert "mine.csv" in r.json()["error"]["message"]


def test_when_brief_asked_then_json_or_pdf_or_markdown(api: Api) -> None:
    h, body = api.auth("res"), {"topic": "fishing", "country": "Thailand", "since": 2020}
    data = api.client.post(f"{V1}/brief", headers=h, json=body).json()
    assert "citations" in data
    pdf = api.client.post(f"{V1}/brief", headers={**h, "Accept": "application/pdf"}, json=body)
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    md = api.client.post(f"{V1}/brief", headers={**h, "Accept": "text/markdown"}, json=body)
    assert md.text.lstrip().startswith("#")


def test_when_document_uploaded_listed_shown_and_deleted_then_each_as_the_cli(api: Api) -> None:
    h = api.auth("con")
    files = {"file": ("qatar.txt", b"In 2024 Nepali men were recruited for work in Qatar.")}
    up = api.client.post(f"{V1}/documents", headers=h, files=files, data={"level": "2"})
    assert up.status_code == 200, up.text
    assert up.json()["ingested"] == 1
    doc = up.json()["documents"][0]["doc_id"]
    listed = api.client.get(f"{V1}/documents", headers=h).json()["documents"]
    assert doc in {d["doc_id"] for d in listed}
    shown = api.client.get(f"{V1}/documents/{doc}", headers=h).json()
    assert shown["source_ref"] == "qatar.txt"
    assert shown["level"] == 2
    assert api.client.delete(f"{V1}/documents/{doc}", headers=h).json() == {"deleted": doc}
    gone = api.client.get(f"{V1}/documents/{doc}", headers=h)
    assert gone.status_code == 404


def test_when_upload_kind_unknown_then_400_and_nothing_stored(api: Api) -> None:
    h = api.auth("con")
    before = len(api.client.get(f"{V1}/documents", headers=h).json()["documents"])
    files = {"file": ("a.txt", b"In 2024 men were forced to work.")}
    r = api.client.post(f"{V1}/documents", headers=h, files=files, data={"kind": "poem"})
    assert r.status_code == 400
    assert len(api.client.get(f"{V1}/documents", headers=h).json()["documents"]) == before


def test_when_member_deletes_anothers_document_then_403_and_audited(api: Api, doc_id) -> None:
    from tests.lens.fake_hub import FakeHub

    hub: FakeHub = api.hub
    headers = api.auth("mem")
    before = hub.last_audit_id()
    r = api.client.delete(f"{V1}/documents/{doc_id('thai_boats.txt')}", headers=headers)
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "forbidden"
    rows = hub.audit_rows(before)
    assert [(u, a, o) for u, a, o, *_ in rows] == [("mem", "delete", "refused")]


def test_when_path_unknown_then_404_in_the_error_shape(api: Api) -> None:
    r = api.client.get(f"{V1}/nothing", headers=api.auth("con"))
    assert r.status_code == 404
    assert r.json() == {"error": {"code": "not_found", "message": "No such endpoint."}}


def test_when_the_model_fails_mid_stream_then_an_error_event_ends_it(api: Api, monkeypatch) -> None:
    def broken(messages, *, max_tokens=None):  # type: ignore[no-untyped-def]
        yield "Crews "
        raise RuntimeError("the model server went away")

    monkeypatch.setattr(api.hub.llm, "stream", broken)
    headers = {**api.auth("con"), "Accept": "text/event-stream"}
    r = api.client.post(f"{V1}/ask", headers=headers, json={"question": THAI, "mode": "generative"})
    assert r.status_code == 200
    blocks = r.text.strip().split("\n\n")
    assert blocks[0].startswith("event: token")
    assert blocks[-1].startswith("event: error")
    error = json.loads(blocks[-1].split("data: ", 1)[1])["error"]
    assert error == {
        "code": "unavailable",
        "message": "Unexpected error while answering; details are in the Lens log.",
    }
