"""docs/api.md, written from the API's OpenAPI schema so that it cannot drift from the code.

    python -m lens.api.docs > docs/api.md

A test (tests/api/test_docs.py) fails when docs/api.md is not what this prints.
"""

from __future__ import annotations

import json
from typing import Any

from lens.api.app import PREFIX, create_app
from lens.api.errors import CODES

HEADER = f"""# The HTTP API (`{PREFIX}`)

Generated from the OpenAPI schema by `python -m lens.api.docs > docs/api.md`; do not edit by
hand. The live schema is served at `GET {PREFIX}/openapi.json`. The contract behind it is
`../shared/API.md`: each JSON body is the document the matching `lens … --json` command
prints.

Every call except `health` and `openapi.json` takes `Authorization: Bearer <token>`, a token
from `lens tokens create --as USER` that acts as that user. A disabled user, or an expired,
revoked or unknown token, gets 401. Each token may make `api.rate_burst` calls at once and
`api.rate_per_minute` on average (429 with `Retry-After` beyond); refused tokens spend from
a bucket of the same size per client address, so guessing gets 429 too. A body over
`api.max_body_bytes` gets 413.

## Errors

Every error has one shape, `{{"error": {{"code": ..., "message": "one sentence"}}}}`:

| status | code |
|---|---|
"""


def schema() -> dict[str, Any]:
    """The OpenAPI schema (no hub needed to build it)."""

    def no_root() -> Any:
        raise RuntimeError("the schema needs no hub")

    return create_app(no_root).openapi()


def _ref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        node = spec["components"]["schemas"][name]
    return node


def _type(spec: dict[str, Any], node: dict[str, Any]) -> str:
    node = _ref(spec, node)
    if "anyOf" in node:
        kinds = [_type(spec, n) for n in node["anyOf"]]
        return " or ".join(k for k in kinds if k != "null") + (
            " or null" if "null" in kinds else ""
        )
    if "enum" in node:
        return " \\| ".join(json.dumps(v) for v in node["enum"])
    if "const" in node:
        return json.dumps(node["const"])
    if node.get("type") == "array" and _type(spec, node.get("items", {})) == "file":
        return "file (repeatable)"
    if node.get("type") == "array":
        return f"array of {_type(spec, node.get('items', {}))}"
    if node.get("type") == "object" and "additionalProperties" in node:
        inner = node["additionalProperties"]
        return f"object of {_type(spec, inner) if isinstance(inner, dict) else 'any'}"
    if node.get("format") == "binary" or "contentMediaType" in node:
        return "file"
    return str(node.get("type") or node.get("title") or "any")


def _cell(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _fields(spec: dict[str, Any], body: dict[str, Any]) -> list[str]:
    body = _ref(spec, body)
    required = set(body.get("required", []))
    out = ["| field | type | required | description |", "|---|---|---|---|"]
    for name, node in body.get("properties", {}).items():
        desc = node.get("description") or _ref(spec, node).get("description")
        if "default" in node and node["default"] not in (None, [], {}):
            desc = f"{desc or ''} Default {json.dumps(node['default'])}.".strip()
        out.append(
            f"| `{name}` | {_type(spec, node)} | {'yes' if name in required else ''} | "
            f"{_cell(desc)} |"
        )
    return out


def _operation(spec: dict[str, Any], method: str, path: str, op: dict[str, Any]) -> list[str]:
    out = [f"### `{method.upper()} {path}`", ""]
    summary = op.get("summary", "")
    if summary:
        said = f"Returns what `{summary}` prints." if summary.startswith("lens ") else summary
        out += [said if said.endswith(".") else said + ".", ""]
    if op.get("description"):
        out += [" ".join(op["description"].split()), ""]
    out += ["Needs a bearer token.", ""] if op.get("security") else ["No token needed.", ""]
    params = op.get("parameters", [])
    if params:
        out += ["| parameter | in | type | description |", "|---|---|---|---|"]
        for prm in params:
            desc = prm.get("description") or prm.get("schema", {}).get("description")
            default = prm.get("schema", {}).get("default")
            if default not in (None, [], {}):
                desc = f"{desc or ''} Default {json.dumps(default)}.".strip()
            out.append(
                f"| `{prm['name']}` | {prm['in']} | {_type(spec, prm.get('schema', {}))} | "
                f"{_cell(desc)} |"
            )
        out.append("")
    for media, content in op.get("requestBody", {}).get("content", {}).items():
        out += [f"Body (`{media}`):", "", *_fields(spec, content.get("schema", {})), ""]
    ok = op.get("responses", {}).get("200", {})
    kinds = ", ".join(f"`{m}`" for m in ok.get("content", {}))
    if kinds:
        said = ok.get("description", "Successful Response")
        note = f" ({_cell(said)})" if said != "Successful Response" else ""
        out += [f"200: {kinds}{note}", ""]
    return out


def markdown(spec: dict[str, Any] | None = None) -> str:
    """docs/api.md."""
    spec = spec or schema()
    lines = HEADER.splitlines()
    lines += [
        f"| {status} | `{code}` |" for status, code in CODES.items() if status not in (405, 415)
    ]
    lines += ["", "## Endpoints", ""]
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            lines += _operation(spec, method, path, op)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(markdown(), end="")
