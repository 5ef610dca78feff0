"""The HTTP API (``consentscan api``): Didomi's reports API, properties, Concord's tracker scan history.

Every request carries an organization's key in ``x-api-key``. A key never reads or changes another
organization's data, and asking for it answers 404, as for an id that does not exist, so ids do not leak.
Errors are ``{statusCode, error, message}``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from pipeline.api.collector import RateLimit, append, parse_reports
from pipeline.api.httpguard import BadRequest, BodyLimit, decode_json, error_response
from pipeline.api.throttle import ApiThrottle
from pipeline.control import runtime
from pipeline.control.apikeys import organization_of
from pipeline.control.properties import Properties, property_from_api
from pipeline.engine import flow
from pipeline.engine.finalize import scan_of
from pipeline.errors import InvalidInput, ObjectNotFound, ServiceUnavailable
from pipeline.model.report import REPORT_FILES, SCENARIO_FILES, check_report_id, error_records, report_key, scenario_key
from pipeline.netguard import Guard, parse_networks

_error = error_response


class NotFound(HTTPException):
    def __init__(self, what: str) -> None:
        super().__init__(404, f"{what} not found")


class ReportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organization_id: str = Field(min_length=1, max_length=128)
    property_id: str = Field(min_length=1, max_length=128)


class PropertyBody(BaseModel):
    """A property; schedule fields in Concord's names."""

    model_config = ConfigDict(extra="forbid")
    organization_id: str | None = Field(default=None, max_length=128)
    id: str | None = Field(default=None, max_length=128)
    name: str | None = Field(default=None, max_length=300)
    url: str | None = Field(default=None, max_length=2048)
    pages: int | None = Field(default=None, ge=1, le=100)
    scenarios: list[str] | None = None
    first_party_domains: list[str] | None = None
    host_resolver_rules: str | None = Field(default=None, max_length=2000)
    ignore_https_errors: bool | None = None
    scheduledScanEnabled: bool | None = None  # noqa: N815 - Concord's field names
    scanPeriod: str | None = None  # noqa: N815
    scheduledHour: int | None = None  # noqa: N815
    scheduledDayOfWeek: int | None = None  # noqa: N815
    scheduledDayOfMonth: int | None = None  # noqa: N815


def _organization(request: Request, x_api_key: Annotated[str | None, Header()] = None) -> str:
    # ApiThrottle has looked the key up already (and passes its organization on).
    organization = getattr(request.state, "organization", None) or organization_of(
        runtime.current().controlplane, x_api_key)
    if organization is None:
        raise HTTPException(403, "a valid x-api-key header is required")
    return organization


Organization = Annotated[str, Depends(_organization)]


def _same(organization: str, asked: str | None) -> None:
    if asked is not None and asked != organization:
        raise NotFound("organization")


def _summaries(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    outcomes = runtime.current().controlplane.scenario_outcomes_of([row["id"] for row in rows])
    return [_summary(row, outcomes[row["id"]]) for row in rows]


def _summary(row: dict[str, Any], outcomes: list[Any] | None = None) -> dict[str, Any]:
    if outcomes is None:
        outcomes = runtime.current().controlplane.scenario_outcomes(row["id"])
    return {"id": row["id"], "organization_id": row["organization_id"], "property_id": row["property_id"],
            "status": row["status"], "score": row["score"], "trackers_count": row["trackers_count"],
            "vendors_count": row["vendors_count"], "errors": error_records(row["id"], outcomes),
            "scan_type": row["scan_type"], "created_at": row["created_at"], "updated_at": row["updated_at"]}


def _report_row(organization: str, report_id: str) -> dict[str, Any]:
    try:
        check_report_id(report_id)
    except InvalidInput:
        raise NotFound("report") from None
    row = runtime.current().controlplane.get_report(report_id)
    if row is None or row["organization_id"] != organization:
        raise NotFound("report")
    return row


def _guard() -> Guard:
    settings = runtime.current().settings
    return Guard(settings.allow_private_networks, parse_networks(settings.allowed_networks))


def create_app() -> FastAPI:
    app = FastAPI(title="consentscan", version="1", description=__doc__)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        if first.get("type") == "json_invalid":  # a body sent without a JSON content type
            return _error(400, "the body is not valid JSON")
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return _error(422, f"{where}: {first.get('msg', 'invalid')}" if where else "invalid request")

    @app.exception_handler(InvalidInput)
    async def invalid_input(request: Request, exc: InvalidInput) -> JSONResponse:
        return _error(422, str(exc))

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(ServiceUnavailable)
    async def unavailable(request: Request, exc: ServiceUnavailable) -> JSONResponse:
        return _error(503, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal error")

    settings = runtime.current().settings
    app.add_middleware(BodyLimit)
    app.add_middleware(ApiThrottle, lookup=lambda key: organization_of(runtime.current().controlplane, key),
                       key_rate=settings.api_key_rate, key_burst=settings.api_key_burst,
                       failed_key_rate=settings.api_failed_key_rate, failed_key_burst=settings.api_failed_key_burst)

    # -- reports (Didomi's shape) ---------------------------------------------------------------
    @app.post("/reports/compliances/reports", status_code=201)
    def create_report(body: ReportRequest, organization: Organization) -> dict[str, Any]:
        _same(organization, body.organization_id)
        rt = runtime.current()
        prop = Properties(rt.controlplane).get(organization, body.property_id)
        if prop is None:
            raise NotFound("property")
        scan = prop.scan("manual")
        with flow.registered(rt, [scan]):
            created = _summary(_report_row(organization, scan.report_id))  # as created: a worker may start at once
            flow.start(scan)
        return created

    @app.get("/reports/compliances/reports")
    def list_reports(organization: Organization, organization_id: str,
                     created_gte: Annotated[str | None, Query(alias="created_at[$gte]", max_length=40)] = None,
                     created_lte: Annotated[str | None, Query(alias="created_at[$lte]", max_length=40)] = None,
                     status: Annotated[str | None, Query(pattern="^(queued|pending|success|partial|failed)$")] = None,
                     property_id: Annotated[str | None, Query(max_length=128)] = None,
                     limit: Annotated[int, Query(alias="$limit", ge=1, le=1000)] = 100,
                     skip: Annotated[int, Query(alias="$skip", ge=0)] = 0) -> dict[str, Any]:
        _same(organization, organization_id)
        total, rows = runtime.current().controlplane.list_reports(
            organization, created_gte=created_gte, created_lte=created_lte, status=status,
            property_id=property_id, limit=limit, skip=skip)
        return {"total": total, "limit": limit, "skip": skip, "data": _summaries(rows)}

    @app.get("/reports/compliances/reports/{report_id}")
    def get_report(report_id: str, organization: Organization, organization_id: str,
                   with_: Annotated[list[str] | None, Query(alias="$with[]")] = None) -> dict[str, Any]:
        _same(organization, organization_id)
        row = _report_row(organization, report_id)
        summary = _summary(row)
        if with_ and "outputs" in with_:
            summary["outputs"] = _outputs(row)
        return summary

    @app.get("/reports/{report_id}", response_class=HTMLResponse)
    def report_page(report_id: str, organization: Organization) -> HTMLResponse:
        from pipeline.services.reportpage import render

        row = _report_row(organization, report_id)
        try:
            return HTMLResponse(render(runtime.current().storage, row["id"]))
        except ObjectNotFound:
            raise NotFound("report page (the report has not finished)") from None

    # -- properties ----------------------------------------------------------------------------------
    @app.post("/properties", status_code=201)
    def create_property(body: PropertyBody, organization: Organization) -> dict[str, Any]:
        _same(organization, body.organization_id)
        prop = property_from_api(body.model_dump(exclude_none=True), organization).validate(_guard())
        Properties(runtime.current().controlplane).add([prop])
        return prop.as_api()

    @app.get("/properties")
    def list_properties(organization: Organization, organization_id: str,
                        limit: Annotated[int, Query(alias="$limit", ge=1, le=1000)] = 100,
                        skip: Annotated[int, Query(alias="$skip", ge=0)] = 0) -> dict[str, Any]:
        _same(organization, organization_id)
        found = Properties(runtime.current().controlplane).list(organization, offset=skip, limit=limit)
        return {"limit": limit, "skip": skip, "data": [p.as_api() for p in found]}

    def _property(organization: str, property_id: str) -> Any:
        prop = Properties(runtime.current().controlplane).get(organization, property_id)
        if prop is None:
            raise NotFound("property")
        return prop

    @app.get("/properties/{property_id}")
    def get_property(property_id: str, organization: Organization) -> dict[str, Any]:
        return _property(organization, property_id).as_api()

    @app.patch("/properties/{property_id}")
    def update_property(property_id: str, body: PropertyBody, organization: Organization) -> dict[str, Any]:
        _same(organization, body.organization_id)
        current = _property(organization, property_id)
        fields = body.model_dump(exclude_none=True, exclude={"id", "organization_id"})
        prop = property_from_api(fields, organization, base=current).validate(_guard())
        Properties(runtime.current().controlplane).update(prop)
        return prop.as_api()

    @app.delete("/properties/{property_id}")
    def delete_property(property_id: str, organization: Organization) -> dict[str, Any]:
        prop = _property(organization, property_id)
        Properties(runtime.current().controlplane).remove(organization, prop.id)
        return prop.as_api()

    # -- the browsers' Reporting API (public: browsers send no key) -----------------------------
    limiter = RateLimit(runtime.current().settings.collector_rate)

    # Each property's endpoint is /reporting/{organization_id}/{property_id}; the older /reporting/{property_id}
    # keeps working for the organization that first created that id (pipeline.control.properties.collector_paths).
    @app.post("/reporting/{organization_id}/{property_id}", status_code=204)
    async def collect_reports(organization_id: str, property_id: str, request: Request) -> Response:
        return await _collect(request, Properties(runtime.current().controlplane).get, organization_id, property_id)

    @app.post("/reporting/{property_id}", status_code=204)
    async def collect_reports_unqualified(property_id: str, request: Request) -> Response:
        return await _collect(request, Properties(runtime.current().controlplane).collector_owner, property_id)

    async def _collect(request: Request, find: Callable[..., Any], *names: str) -> Response:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media not in ("application/reports+json", "application/json"):
            raise HTTPException(415, "send application/reports+json")
        # The look-up and the write run in the thread pool: on the event loop they would stall every request.
        prop = await anyio.to_thread.run_sync(find, *names)
        if prop is None:
            raise NotFound("property")
        if not limiter.allow(f"{prop.organization_id}/{prop.id}"):
            raise HTTPException(429, "too many reports for this property; slow down")
        data = decode_json(await request.body())
        reports = parse_reports(data)
        await anyio.to_thread.run_sync(append, runtime.current().storage, prop.organization_id, prop.id, reports)
        return Response(status_code=204)

    # -- routers kept in their own modules ----------------------------------------------------------
    from pipeline.api.dashboard.routes import router as dashboard_router
    from pipeline.api.exports import router as exports_router
    from pipeline.api.history import router as history_router
    from pipeline.api.webhooks import router as webhooks_router

    app.include_router(history_router)
    app.include_router(exports_router)
    app.include_router(webhooks_router)
    app.include_router(dashboard_router)

    return app


def _outputs(row: dict[str, Any]) -> dict[str, Any]:
    """Links to the report's files, presigned for 5 minutes."""
    rt = runtime.current()
    scan = scan_of(rt, row["id"])
    expires = timedelta(minutes=5)
    outputs: dict[str, Any] = {name: rt.storage.link(report_key(row["id"], name), expires)
                               for name in REPORT_FILES if rt.storage.exists(report_key(row["id"], name))}
    for scenario in (scan.options.scenarios if scan else ()):
        files = {name: rt.storage.link(scenario_key(row["id"], scenario, name), expires) for name in SCENARIO_FILES
                 if rt.storage.exists(scenario_key(row["id"], scenario, name))}
        if files:
            outputs[scenario] = files
    return outputs
