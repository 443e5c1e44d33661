"""docs/api.md is generated from the OpenAPI schema and must be current."""

from __future__ import annotations

from lens.api.docs import markdown, schema
from tests.conftest import REPO


def test_when_docs_read_then_they_are_what_the_schema_generates() -> None:
    current = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    assert current == markdown(), "run `python -m lens.api.docs > docs/api.md`"


def test_when_schema_built_then_every_reference_resolves() -> None:
    spec = schema()
    names = set(spec["components"]["schemas"])

    def refs(node: object) -> list[str]:
        if isinstance(node, dict):
            own = [node["$ref"]] if "$ref" in node else []
            return own + [r for v in node.values() for r in refs(v)]
        if isinstance(node, list):
            return [r for v in node for r in refs(v)]
        return []

    found = refs(spec["paths"])
    assert found
    assert {r.rsplit("/", 1)[1] for r in found} <= names
    assert all(r.startswith("#/components/schemas/") for r in found)
