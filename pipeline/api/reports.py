"""``/reports/compliances/reports`` (Didomi's reports API) and ``/reports/{id}`` (the report as a web page)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from pipeline.api.deps import NotFound, Organization, Rt, report_row, same
from pipeline.control.properties import Properties
from pipeline.control.runtime import Runtime
from pipeline.engine import flow
from pipeline.engine.finalize import scan_of
from pipeline.errors import ObjectNotFound
from pipeline.model.report import error_records
from pipeline.services.links import output_links
from pipeline.services.reportpage import render

router = APIRouter()


class ReportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organization_id: str = Field(min_length=1, max_length=128)
    property_id: str = Field(min_length=1, max_length=128)


def _summaries(rt: Runtime, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    outcomes = rt.controlplane.scenario_outcomes_of([row["id"] for row in rows])
    return [_summary(rt, row, outcomes[row["id"]]) for row in rows]


def _summary(rt: Runtime, row: dict[str, Any], outcomes: list[Any] | None = None) -> dict[str, Any]:
    if outcomes is None:
        outcomes = rt.controlplane.scenario_outcomes(row["id"])
    return {"id": row["id"], "organization_id": row["organization_id"], "property_id": row["property_id"],
            "status": row["status"], "score": row["score"], "trackers_count": row["trackers_count"],
            "vendors_count": row["vendors_count"], "errors": error_records(row["id"], outcomes),
            "scan_type": row["scan_type"], "created_at": row["created_at"], "updated_at": row["updated_at"]}


@router.post("/reports/compliances/reports", status_code=201)
def create_report(body: ReportRequest, organization: Organization, rt: Rt) -> dict[str, Any]:
    same(organization, body.organization_id)
    prop = Properties(rt.controlplane).get(organization, body.property_id)
    if prop is None:
        raise NotFound("property")
    scan = prop.scan("manual")
    with flow.registered(rt, [scan]):
        # as created: a worker may start at once
        created = _summary(rt, report_row(rt, organization, scan.report_id))
        flow.start(scan)
    return created


@router.get("/reports/compliances/reports")
def list_reports(organization: Organization, organization_id: str, rt: Rt,
                 created_gte: Annotated[str | None, Query(alias="created_at[$gte]", max_length=40)] = None,
                 created_lte: Annotated[str | None, Query(alias="created_at[$lte]", max_length=40)] = None,
                 status: Annotated[str | None, Query(pattern="^(queued|pending|success|partial|failed)$")] = None,
                 property_id: Annotated[str | None, Query(max_length=128)] = None,
                 limit: Annotated[int, Query(alias="$limit", ge=1, le=1000)] = 100,
                 skip: Annotated[int, Query(alias="$skip", ge=0)] = 0) -> dict[str, Any]:
    same(organization, organization_id)
    total, rows = rt.controlplane.list_reports(
        organization, created_gte=created_gte, created_lte=created_lte, status=status,
        property_id=property_id, limit=limit, skip=skip)
    return {"total": total, "limit": limit, "skip": skip, "data": _summaries(rt, rows)}


@router.get("/reports/compliances/reports/{report_id}")
def get_report(report_id: str, organization: Organization, organization_id: str, rt: Rt,
               with_: Annotated[list[str] | None, Query(alias="$with[]")] = None) -> dict[str, Any]:
    same(organization, organization_id)
    row = report_row(rt, organization, report_id)
    summary = _summary(rt, row)
    if with_ and "outputs" in with_:
        scan = scan_of(rt, row["id"])
        summary["outputs"] = output_links(rt.storage, row["id"], scan.options.scenarios if scan else ())
    return summary


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(report_id: str, organization: Organization, rt: Rt) -> HTMLResponse:
    row = report_row(rt, organization, report_id)
    try:
        return HTMLResponse(render(rt.storage, row["id"]))
    except ObjectNotFound:
        raise NotFound("report page (the report has not finished)") from None
