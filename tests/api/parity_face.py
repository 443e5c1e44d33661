"""The HTTP API as a face of the parity test (tests/lens/test_parity.py): a case's CLI words
turned into the matching /api/v1 request, sent through a TestClient over the same hub."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from lens.api import create_app

_clients: dict[int, tuple[TestClient, dict[str, str]]] = {}
REPEATED = {"--filter"}


def _words(words: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Positionals, and each option's values (`--filter` may repeat)."""
    positional: list[str] = []
    options: dict[str, list[str]] = {}
    i = 0
    while i < len(words):
        w = words[i]
        if w.startswith("-"):
            options.setdefault(w, []).append(words[i + 1])
            i += 2
        else:
            positional.append(w)
            i += 1
    return positional, options


def _one(options: dict[str, list[str]], name: str) -> str | None:
    values = options.get(name)
    return values[-1] if values else None


def _filters(options: dict[str, list[str]]) -> dict[str, str] | None:
    pairs = [p.split("=", 1) for p in options.get("--filter", [])]
    return {k: v for k, v in pairs} or None


def _token(hub: Any, user: str) -> str:
    """A token made straight in the database: no audit row inside the compared window."""
    from lens.services.tokens import issue

    hub.services.tokens.list_tokens(hub.principal(user))  # the table, on an older hub
    with hub.stack.db.session() as s:
        token, _ = issue(s, hub.principal(user).user_id, name="parity")
    return token


def request(words: list[str], folder: Path) -> tuple[str, str, dict[str, Any]]:
    """(method, path, TestClient keyword arguments) for a `lens` command line."""
    cmd, rest = words[0], words[1:]
    if cmd in ("docs", "tips"):
        cmd, rest = f"{cmd} {rest[0]}", rest[1:]
    pos, opt = _words(rest)
    if cmd == "whoami":
        return "GET", "/api/v1/whoami", {}
    if cmd == "search":
        body = {"query": pos[0], "filters": _filters(opt), "mode": _one(opt, "--mode") or "hybrid"}
        if _one(opt, "-k"):
            body["k"] = int(_one(opt, "-k") or 0)
        return "POST", "/api/v1/search", {"json": body}
    if cmd == "ask":
        body = {"question": pos[0], "filters": _filters(opt), "mode": _one(opt, "--mode")}
        return "POST", "/api/v1/ask", {"json": body}
    if cmd == "stats":
        params: dict[str, Any] = {"filter": opt.get("--filter", [])}
        for name in ("--by", "--view", "--into", "--from", "--top"):
            if _one(opt, name) is not None:
                params[name[2:]] = _one(opt, name)
        return "GET", "/api/v1/stats", {"params": params}
    if cmd == "risk":
        path = Path(pos[0])
        return "POST", "/api/v1/risk", {"files": {"file": (path.name, path.read_bytes())}}
    if cmd == "brief":
        body = {k[2:]: _one(opt, k) for k in ("--topic", "--country", "--since") if k in opt}
        return "POST", "/api/v1/brief", {"json": {**body, "filters": _filters(opt)}}
    if cmd == "ingest":
        path = Path(pos[0])
        form = {"level": _one(opt, "--level") or "1"}
        if _one(opt, "--kind"):
            form["kind"] = _one(opt, "--kind") or ""
        files = {"file": (path.name, path.read_bytes())}
        return "POST", "/api/v1/documents", {"files": files, "data": form}
    if cmd == "docs list":
        return "GET", "/api/v1/documents", {}
    if cmd in ("docs show", "docs delete"):
        method = "GET" if cmd == "docs show" else "DELETE"
        return method, f"/api/v1/documents/{pos[0]}", {}
    if cmd == "tips list":
        return "GET", "/api/v1/tips", {"params": {"status": _one(opt, "--status") or "new"}}
    if cmd == "tips show":
        return "GET", f"/api/v1/tips/{pos[0]}", {}
    if cmd in ("tips accept", "tips reject", "tips ask"):
        names = {
            "--level": "level",
            "--kind": "kind",
            "--reason": "reason",
            "--question": "question",
        }
        fields = {names[k]: v[-1] for k, v in opt.items()}
        return "POST", f"/api/v1/tips/{pos[0]}/{cmd[5:]}", {"json": fields}
    raise AssertionError(f"no API request for `lens {' '.join(words)}`")


def via_api(w: Any, case: Any) -> Any:
    """The case sent over HTTP as its user's bearer token; the JSON body returned."""
    hub = w.hub
    if id(hub) not in _clients:
        _clients[id(hub)] = (TestClient(create_app(lambda: hub.root)), {})
    client, tokens = _clients[id(hub)]
    if case.user not in tokens:
        tokens[case.user] = _token(hub, case.user)
    words = w.words(case.cli)
    method, path, kwargs = request(words, w.dir)
    headers = {"Authorization": f"Bearer {tokens[case.user]}"}
    response = client.request(method, path, headers=headers, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()
