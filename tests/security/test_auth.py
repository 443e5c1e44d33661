"""Authentication and authorisation: every refusal is refused for real, and audited.

Wrong passwords and disabled users are tried against the real chat server (`lens serve`, its
/login endpoint) and the real console script; sessions whose token expired or was forged are
refused by the server. A user disabled after logging in is refused at their next message
(ui.runtime resolves the user at every call). Sharing above one's clearance is refused in the
chat upload and `lens ingest`, with nothing stored and one audit row each. Another
organisation's org-only document reads as "does not exist", word for word as a missing one, so
existence does not leak.

Expired or forged tokens are turned away by Chainlit before any Lens code runs, so those are
the one refusal here without an audit row.
"""

from __future__ import annotations

import time

import httpx
import jwt
import pytest
from sqlalchemy import func
from sqlmodel import select

from core.directory import set_active
from core.errors import AccessDenied
from core.records import AuditEvent, Document
from tests.cli import run_lens
from tests.security.canary_corpus import build_hub
from tests.servers import lens_serve

pytestmark = pytest.mark.slow

PASSWORDS = ("ana", "tom", "jo", "mo", "sam")


def _kept(c) -> bool:  # type: ignore[no-untyped-def]
    """Meridian Bank's org-only member report, and Harbour Light's public one."""
    return (c.org == "Meridian Bank" and c.level == 1 and c.org_only) or (
        c.org == "Harbour Light NGO" and c.level == 0 and not c.org_only
    )


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    h = build_hub(tmp_path_factory.mktemp("auth") / "home", 7, passwords=PASSWORDS, keep=_kept)
    yield h
    h.close()


@pytest.fixture(scope="module")
def server(hub):
    """The real chat server on this hub, answering on a free loopback port."""
    with lens_serve(hub.home, timeout=240) as url:
        yield url


@pytest.fixture(scope="module")
def chat(hub):
    """ui.runtime (what the Chainlit callbacks call) working on this hub."""
    import ui.runtime as runtime

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(runtime, "lens", lambda: hub.lens)
        yield runtime


def last_id(hub) -> int:  # type: ignore[no-untyped-def]
    with hub.lens.db.session() as s:
        return int(s.exec(select(func.max(AuditEvent.id))).one() or 0)


def rows_since(hub, before: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    """(user, action, outcome, doc_ids) of the audit rows written after `before`."""
    with hub.lens.db.session() as s:
        rows = s.exec(select(AuditEvent).where(AuditEvent.id > before)).all()
        return [(r.user_name, r.action, r.outcome, r.doc_ids) for r in rows]


def login(url: str, name: str, password: str) -> httpx.Response:
    return httpx.post(f"{url}/login", data={"username": name, "password": password}, timeout=60)


def test_when_password_wrong_or_user_unknown_then_login_refused_and_audited(hub, server) -> None:
    before = last_id(hub)
    ok = login(server, "tom", "demo-tom")
    assert ok.status_code == 200
    assert ok.cookies.get("access_token")
    for name, password in (
        ("tom", "demo-ana"),
        ("tom", "Demo-tom"),
        ("TOM", "demo-tom"),
        ("nobody", "demo-tom"),
    ):
        refused = login(server, name, password)
        assert refused.status_code == 401, name
        assert not refused.cookies.get("access_token")
    assert rows_since(hub, before) == [
        ("tom", "login", "ok", []),
        ("tom", "login", "refused", []),
        ("tom", "login", "refused", []),
        ("TOM", "login", "refused", []),
        ("nobody", "login", "refused", []),
    ]


def test_when_user_disabled_then_login_and_commands_refused_and_audited(hub, server) -> None:
    assert login(server, "jo", "demo-jo").status_code == 200
    assert run_lens(hub.home, "users", "disable", "jo").returncode == 0
    before = last_id(hub)
    assert login(server, "jo", "demo-jo").status_code == 401
    proc = run_lens(hub.home, "search", "confiscated passports", "--as", "jo")
    assert proc.returncode == 1
    assert "User 'jo' is disabled." in proc.stderr
    assert proc.stdout == ""
    assert rows_since(hub, before) == [
        ("jo", "login", "refused", []),
        ("jo", "refused", "User 'jo' is disabled.", []),
    ]


def test_when_session_token_expired_or_forged_then_server_refuses(hub, server) -> None:
    token = login(server, "ana", "demo-ana").cookies["access_token"]
    me = httpx.get(f"{server}/user", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["identifier"] == "ana"
    secret = (hub.home / "ui-auth-secret").read_text().strip()
    claims = jwt.decode(token, secret, algorithms=["HS256"])
    assert claims["exp"] - claims["iat"] <= 8 * 3600  # sessions do expire (ui/chainlit.toml)
    now = int(time.time())
    bad = {
        "expired": jwt.encode({**claims, "iat": now - 9 * 3600, "exp": now - 60}, secret, "HS256"),
        "wrong secret": jwt.encode({**claims, "exp": now + 3600}, "x" * 64, "HS256"),
        "unsigned": jwt.encode({**claims, "exp": now + 3600}, None, algorithm="none"),
        "tampered": token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB"),
    }
    for what, forged in bad.items():
        for path in ("/user", "/project/settings"):
            r = httpx.get(f"{server}{path}", headers={"Authorization": f"Bearer {forged}"})
            assert r.status_code == 401, (what, path)
        r = httpx.get(f"{server}/user", cookies={"access_token": forged})
        assert r.status_code == 401, what


def test_when_user_disabled_after_login_then_next_message_refused_and_audited(hub, chat) -> None:
    assert chat.login("mo", "demo-mo") is not None
    out, _ = chat.respond("mo", "Which workers were found at a hand car wash?", [], "Analyst Q&A")
    assert out["mode"] in ("extractive", "no_evidence")
    with hub.lens.db.session() as s:
        set_active(s, "mo", False)
    before = last_id(hub)
    with pytest.raises(AccessDenied, match="User 'mo' is disabled") as exc:
        chat.respond("mo", "Which workers were found at a hand car wash?", [], "Analyst Q&A")
    assert chat.friendly(exc.value) == "User 'mo' is disabled."
    with pytest.raises(AccessDenied):
        chat.respond("mo", "Briefing on Leicester", [], "Briefing")
    assert rows_since(hub, before) == [("mo", "refused", "User 'mo' is disabled.", [])] * 2


def test_when_upload_above_clearance_then_refused_audited_and_nothing_stored(
    hub, chat, tmp_path
) -> None:
    secret = "Restricted note: the quarry crew at Zelovarn was moved to Antwerp by van."
    with hub.lens.db.session() as s:
        docs = len(s.exec(select(Document)).all())
    before = last_id(hub)
    upload = tmp_path / "note.txt"
    upload.write_text(secret)
    with pytest.raises(AccessDenied, match="may not share at level confidential"):
        chat.ingest_upload("tom", [("note.txt", upload)], "confidential", False)
    assert not upload.exists()  # the temporary upload is gone either way
    note = tmp_path / "note2.txt"
    note.write_text(secret)
    proc = run_lens(hub.home, "ingest", str(note), "--as", "tom", "--level", "restricted")
    assert proc.returncode == 1
    assert "You may not share at level restricted: your clearance is public." in proc.stderr
    with hub.lens.db.session() as s:
        assert len(s.exec(select(Document)).all()) == docs
    hits = hub.lens.retriever.search("Zelovarn quarry crew Antwerp", hub.principal("ana"))
    assert all("Zelovarn" not in h.text for h in hits)
    # one refusal, one audit row, the same whichever face was used (chat upload, then CLI)
    assert rows_since(hub, before) == [("tom", "ingest", "refused", [])] * 2


def test_when_user_reads_other_orgs_org_only_document_then_not_found_and_audited(hub) -> None:
    (token,) = [c.token for c in hub.canaries if c.org_only]
    doc = hub.doc_ids[token]
    fake = "f" * len(doc)
    before = last_id(hub)
    own = run_lens(hub.home, "docs", "show", doc, "--as", "sam", "--json")
    assert own.returncode == 0, own.stderr
    assert token in own.stdout
    other = run_lens(hub.home, "docs", "show", doc, "--as", "ana")
    missing = run_lens(hub.home, "docs", "show", fake, "--as", "ana")
    assert other.returncode == missing.returncode == 1
    assert other.stderr.replace(doc, "ID") == missing.stderr.replace(fake, "ID")
    assert f"Document {doc} does not exist." in other.stderr
    assert token not in other.stdout + other.stderr
    listing = run_lens(hub.home, "docs", "list", "--as", "ana", "--json")
    assert listing.returncode == 0
    assert doc not in listing.stdout
    assert token not in listing.stdout
    assert rows_since(hub, before) == [
        ("sam", "docs.show", "ok", [doc]),
        ("ana", "docs.show", "refused", [doc]),
        ("ana", "docs.show", "not_found", [fake]),
    ]
