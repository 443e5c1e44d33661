"""Parity: each hub action gives the same JSON, and writes the same audit rows, whichever face
asks. The faces are the `lens` CLI (`--json`) and the HTTP API (/api/v1, the same case sent
as its request), each held to the services themselves (what the chat UI calls); a face is one
function in FACES.

Volatile values (timings, audit ids, clock times) are left out of the comparison.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lens.cli import cli
from lens.services import Services, Upload
from tests.api.parity_face import via_api
from tests.lens.fake_hub import FakeHub, fake_hub

VOLATILE = {"audit_id", "timings_ms", "generated", "ingested_at"}
SUPPLIERS = (
    "name,country,region,sector,tier\n"
    "Hidden Threads Ltd,Bangladesh,Dhaka,garment,1\n"
    "Gulf Fleet Co,Thailand,Songkhla,fishing,2\n"
)
NOTE = "In 2024 Nepali men were recruited for construction work in Qatar and paid nothing."
TIP = "Twelve Nepali men sleep in one room behind the depot in Doha and are never paid."


@dataclass
class Where:
    """What a case refers to: the folder of its files, and documents by source_ref."""

    dir: Path
    hub: FakeHub

    def doc(self, ref: str) -> str:
        """The id `ref` has when Harbour Light shares it."""
        from ingest.batch import document_id

        return document_id(self.hub.principal("con").org_id, ref)

    tip: str = ""  # the tip the tips cases work on (TIP in their CLI words)

    def words(self, cli: list[str]) -> list[str]:
        """A case's CLI words with `{dir}`, `DOC:<ref>` and `TIP` filled in."""
        return [
            self.doc(x[4:])
            if x.startswith("DOC:")
            else self.tip
            if x == "TIP"
            else x.replace("{dir}", str(self.dir))
            for x in cli
        ]


@dataclass
class Case:
    """One action: its CLI words, the same call to the services, and what it needs first.
    In the CLI words, `{dir}` is the folder of the test's files and `DOC:<ref>` a document's
    id."""

    user: str
    cli: list[str]
    call: Callable[[Services, Any, Where], Any]
    setup: Callable[[Where], None] = field(default=lambda w: None)


def _plain(result: Any) -> Any:
    return result.as_dict() if hasattr(result, "as_dict") else result


def _withdraw(ref: str) -> Callable[[Where], None]:
    """Setup: the document is not in the hub (so each face ingests it anew)."""

    def run(w: Where) -> None:
        from core.records import Document

        with w.hub.stack.db.session() as s:
            present = s.get(Document, w.doc(ref)) is not None
        if present:
            w.hub.services.documents.delete(w.hub.principal("con"), w.doc(ref))

    return run


def _present(ref: str) -> Callable[[Where], None]:
    """Setup: the note is in the hub (so each face can delete it)."""

    def run(w: Where) -> None:
        w.hub.services.documents.ingest(w.hub.principal("con"), [w.dir / ref])

    return run


def _new_tip(w: Where) -> None:
    """Setup: the one tip of these cases, new again (no messages, no document), so each face
    acts on the same tip and writes the same audit rows."""
    from sqlmodel import delete

    from core.records import Document
    from core.tip_records import Tip, TipMessage
    from lens.services import TipForm

    s_ = w.hub.services
    if not w.tip:
        w.tip = s_.tips.submit(TipForm(what=TIP, country="Qatar", follow_up=True))["tip_id"]
    with w.hub.stack.db.session() as s:
        s.exec(delete(TipMessage).where(TipMessage.tip_id == w.tip))  # type: ignore[call-overload]
        tip = s.get(Tip, w.tip)
        assert tip is not None
        doc, tip.status, tip.doc_id, tip.reason = tip.doc_id, "new", None, None
        tip.moderated_by = tip.moderated_at = None
        s.add(tip)
    if doc:
        with w.hub.stack.db.session() as s:
            present = s.get(Document, doc) is not None
        if present:
            s_.documents.delete(w.hub.principal("con"), doc)


CASES: dict[str, Case] = {
    "whoami": Case("res", ["whoami"], lambda s, p, w: s.users.whoami(p)),
    "search": Case(
        "res",
        ["search", "passports taken from fishing crews", "-k", "4", "--filter", "country=TH"],
        lambda s, p, w: s.questions.search(
            p, "passports taken from fishing crews", k=4, filters={"country": "TH"}
        ),
    ),
    "search lexical": Case(
        "bank3",
        ["search", "nail bars debt", "--mode", "lexical"],
        lambda s, p, w: s.questions.search(p, "nail bars debt", mode="lexical"),
    ),
    "ask": Case(
        "con",
        ["ask", "How were crews on Thai trawlers controlled?", "--mode", "extractive"],
        lambda s, p, w: s.questions.ask(
            p, "How were crews on Thai trawlers controlled?", mode="extractive"
        ),
    ),
    "ask figures": Case(
        "mem",
        ["ask", "How many reports from Thailand by year?"],
        lambda s, p, w: s.questions.ask(p, "How many reports from Thailand by year?"),
    ),
    "ask risk": Case(
        "pub",
        ["ask", "What is the risk for a garment supplier in Dhaka?"],
        lambda s, p, w: s.questions.ask(p, "What is the risk for a garment supplier in Dhaka?"),
    ),
    "stats counts": Case(
        "res",
        ["stats", "--by", "country,type", "--filter", "year_from=2022"],
        lambda s, p, w: s.reports.stats(p, by="country,type", filters=["year_from=2022"]),
    ),
    "stats trend": Case(
        "con", ["stats", "--view", "trend"], lambda s, p, w: s.reports.stats(p, view="trend")
    ),
    "stats hotspots": Case(
        "con",
        ["stats", "--view", "hotspots", "--top", "3"],
        lambda s, p, w: s.reports.stats(p, view="hotspots", top=3),
    ),
    "stats routes": Case(
        "bank3",
        ["stats", "--view", "routes", "--into", "UK"],
        lambda s, p, w: s.reports.stats(p, view="routes", into="UK"),
    ),
    "risk": Case(
        "mem",
        ["risk", "{dir}/suppliers.csv"],
        lambda s, p, w: s.reports.risk_file(p, w.dir / "suppliers.csv"),
    ),
    "risk as data": Case(
        "con",
        ["risk", "{dir}/suppliers.csv"],
        lambda s, p, w: s.reports.risk(
            p,
            [
                {
                    "name": "Hidden Threads Ltd",
                    "country": "Bangladesh",
                    "region": "Dhaka",
                    "sector": "garment",
                    "tier": "1",
                },
                {
                    "name": "Gulf Fleet Co",
                    "country": "Thailand",
                    "region": "Songkhla",
                    "sector": "fishing",
                    "tier": 2,
                },
            ],
        ),
    ),  # fmt: skip
    "brief": Case(
        "res",
        ["brief", "--topic", "fishing", "--country", "Thailand", "--since", "2020"],
        lambda s, p, w: s.reports.brief(
            p, topic="fishing", filters=["country=Thailand", "year_from=2020"]
        ),
    ),
    "ingest": Case(
        "con",
        ["ingest", "{dir}/qatar_note.txt", "--level", "2", "--kind", "news"],
        lambda s, p, w: s.documents.ingest(p, [w.dir / "qatar_note.txt"], level=2, kind="news"),
        _withdraw("qatar_note.txt"),
    ),
    "ingest as upload": Case(
        "con",
        ["ingest", "{dir}/qatar_note.txt", "--level", "restricted"],
        lambda s, p, w: s.documents.upload(
            p, [Upload("qatar_note.txt", _copy(w.dir / "qatar_note.txt"))], level="restricted"
        ),
        _withdraw("qatar_note.txt"),
    ),
    "docs list": Case("mem", ["docs", "list"], lambda s, p, w: s.documents.list_documents(p)),
    "docs show": Case(
        "con",
        ["docs", "show", "DOC:thai_boats.txt"],
        lambda s, p, w: s.documents.show(p, w.doc("thai_boats.txt")),
    ),
    "docs delete": Case(
        "con",
        ["docs", "delete", "DOC:qatar_note.txt"],
        lambda s, p, w: s.documents.delete(p, w.doc("qatar_note.txt")),
        _present("qatar_note.txt"),
    ),
    "tips list": Case("con", ["tips", "list"], lambda s, p, w: s.tips.list_tips(p), _new_tip),
    "tips list accepted": Case(
        "con",
        ["tips", "list", "--status", "accepted,rejected"],
        lambda s, p, w: s.tips.list_tips(p, status="accepted,rejected"),
        _new_tip,
    ),
    "tips show": Case(
        "con", ["tips", "show", "TIP"], lambda s, p, w: s.tips.show(p, w.tip), _new_tip
    ),
    "tips ask": Case(
        "con",
        ["tips", "ask", "TIP", "--question", "Which building?"],
        lambda s, p, w: s.tips.ask(p, w.tip, "Which building?"),
        _new_tip,
    ),
    "tips accept": Case(
        "con",
        ["tips", "accept", "TIP", "--level", "member", "--kind", "incident_report"],
        lambda s, p, w: s.tips.accept(p, w.tip, level="member", kind="incident_report"),
        _new_tip,
    ),
    "tips reject": Case(
        "con",
        ["tips", "reject", "TIP", "--reason", "Not enough to act on."],
        lambda s, p, w: s.tips.reject(p, w.tip, "Not enough to act on."),
        _new_tip,
    ),
}


def _copy(path: Path) -> Path:
    """A temporary copy, as a face holds an upload before handing it over."""
    tmp = path.with_name(f"upload-{path.stat().st_mtime_ns}.tmp.txt")
    tmp.write_bytes(path.read_bytes())
    return tmp


def stable(data: Any) -> Any:
    """The JSON without values that differ from one call to the next."""
    if isinstance(data, dict):
        return {k: stable(v) for k, v in data.items() if k not in VOLATILE}
    if isinstance(data, list):
        return [stable(v) for v in data]
    return data


def via_cli(w: Where, case: Case) -> Any:
    words = w.words(case.cli)
    result = CliRunner().invoke(cli, [*words, "--as", case.user, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def via_services(w: Where, case: Case) -> Any:
    services = w.hub.services
    result = case.call(services, services.users.principal(case.user), w)
    return json.loads(json.dumps(_plain(result), default=str))


FACES: dict[str, Callable[[Where, Case], Any]] = {"cli": via_cli, "api": via_api}


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    home = tmp_path_factory.mktemp("parity") / "home"
    folder = tmp_path_factory.mktemp("files")
    (folder / "suppliers.csv").write_text(SUPPLIERS)
    (folder / "qatar_note.txt").write_text(NOTE)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LENS_HOME", str(home))
        h = fake_hub(home, mp)
        yield Where(folder, h)
        h.close()


@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize("action", CASES)
def test_when_face_runs_action_then_same_json_and_audit_rows_as_the_service(
    hub, action, face
) -> None:
    case, w = CASES[action], hub
    case.setup(w)
    before = w.hub.last_audit_id()
    expected = stable(via_services(w, case))
    expected_rows = w.hub.audit_rows(before)
    case.setup(w)
    before = w.hub.last_audit_id()
    got = stable(FACES[face](w, case))
    assert got == expected
    assert w.hub.audit_rows(before) == expected_rows
    assert expected_rows or action in ("whoami", "docs list")  # every other action is audited
