"""stats, risk and brief: figures, supplier risk and briefings, as JSON or in the format the
`Accept` header asks for (GeoJSON, CSV, Markdown, PDF)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import UploadFile

from lens.api.auth import Acting, Hub
from lens.api.errors import ApiError
from lens.api.models import BriefBody, RiskBody
from lens.api.uploads import hold
from lens.services.reports import VIEWS

router = APIRouter(tags=["reports"])

View = Literal["counts", "trend", "hotspots", "routes"]
assert set(VIEWS) == {"counts", "trend", "hotspots", "routes"}


def _pairs(filters: list[str]) -> list[str]:
    """`filter=country=TH&filter=year_from=2022`, or `filter=country=TH,year_from=2022`."""
    return [p.strip() for f in filters for p in f.split(",") if p.strip()]


@router.get(
    "/stats",
    summary="lens stats --json",
    responses={200: {"content": {"application/geo+json": {"schema": {"type": "object"}}}}},
)
def stats(
    request: Request,
    p: Acting,
    hub: Hub,
    by: str = "country",
    view: View = "counts",
    filter: Annotated[list[str], Query(description="key=value, as for search.")] = [],  # noqa: B006
    into: str | None = Query(None, description="Routes view: destination country."),
    from_: str | None = Query(None, alias="from", description="Routes view: origin country."),
    top: int = Query(10, ge=1, le=1000, description="Rows for hotspots and routes."),
    format: Literal["json", "geojson"] = "json",
) -> Any:
    """Counts (by `by`), a trend, hotspots or routes of the documents the user may see; a
    GeoJSON FeatureCollection with `format=geojson` or `Accept: application/geo+json`."""
    pairs = _pairs(filter)
    if format == "geojson" or "application/geo+json" in request.headers.get("accept", ""):
        geo = hub.reports.stats_geojson(
            p, view=view, by=by, filters=pairs, into=into, from_=from_, top=top
        )
        return JSONResponse(geo, media_type="application/geo+json")
    return hub.reports.stats(p, view=view, by=by, filters=pairs, into=into, from_=from_, top=top)


def _inlined(schema: dict[str, Any]) -> dict[str, Any]:
    """A model's JSON schema with its `$defs` written in place (the OpenAPI document has no
    `$defs` to point into)."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node and node["$ref"].startswith("#/$defs/"):
                return walk(defs[node["$ref"].rsplit("/", 1)[1]])
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema)  # type: ignore[no-any-return]


RISK_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": _inlined(RiskBody.model_json_schema())},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
        },
    }
}
FORMS = {"text/csv": "csv", "text/markdown": "markdown"}


@router.post(
    "/risk",
    summary="lens risk --json",
    openapi_extra=RISK_BODY,
    responses={200: {"content": {t: {"schema": {"type": "string"}} for t in FORMS}}},
)
async def risk(request: Request, p: Acting, hub: Hub) -> Any:
    """Supplier and sourcing-region risk from the evidence the user may see: a CSV upload
    (`file`) or `{"suppliers": [...]}`; `Accept: text/csv` or `text/markdown` for those forms."""
    kind = request.headers.get("content-type", "")
    if kind.startswith("multipart/form-data"):
        form = await request.form()
        file = form.get("file")
        if not isinstance(file, UploadFile):
            raise ApiError(422, "file: a supplier CSV is required.")
        upload = await hold(file)  # type: ignore[arg-type]
        report = await run_in_threadpool(hub.reports.risk_upload, p, upload)
    elif kind.startswith("application/json"):
        from fastapi.exceptions import RequestValidationError
        from pydantic import ValidationError

        try:
            body = RiskBody.model_validate_json(await request.body())
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False)) from None
        report = await run_in_threadpool(hub.reports.risk, p, body.rows())
    else:
        raise ApiError(415, "Send a supplier CSV as multipart `file`, or JSON suppliers.")
    accept = request.headers.get("accept", "")
    for media, form_name in FORMS.items():
        if media in accept:
            text = report.csv() if form_name == "csv" else report.markdown()
            return Response(text, media_type=f"{media}; charset=utf-8")
    return report.as_dict()


@router.post(
    "/brief",
    summary="lens brief --json",
    responses={
        200: {
            "content": {
                "application/pdf": {"schema": {"type": "string", "format": "binary"}},
                "text/markdown": {"schema": {"type": "string"}},
            }
        }
    },
)
def brief(
    body: BriefBody,
    request: Request,
    p: Acting,
    hub: Hub,
) -> Any:
    """A briefing: headline figures, trends, hotspots, routes and cited incidents;
    `Accept: application/pdf` for the PDF, `text/markdown` for Markdown."""
    report = hub.reports.brief(p, topic=body.topic, filters=body.pairs())
    accept = request.headers.get("accept", "")
    if "application/pdf" in accept:
        return Response(report.pdf(), media_type="application/pdf")
    if "text/markdown" in accept:
        return Response(report.markdown(), media_type="text/markdown; charset=utf-8")
    return report.as_dict()
