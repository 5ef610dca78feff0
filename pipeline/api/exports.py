"""``GET /reports/compliances/reports/{id}/trackers.csv``: a report's trackers as CSV
(``pipeline.services.exports``)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from pipeline.api.deps import NotFound, Organization, Rt, report_row, same
from pipeline.errors import ObjectNotFound
from pipeline.services.exports import trackers_csv

router = APIRouter()


@router.get("/reports/compliances/reports/{report_id}/trackers.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}}})
def report_trackers_csv(report_id: str, organization: Organization, rt: Rt,
                        organization_id: str | None = None) -> Response:
    same(organization, organization_id)
    row = report_row(rt, organization, report_id)
    try:
        text = trackers_csv(rt.storage, row["id"])
    except ObjectNotFound:
        raise NotFound("trackers (the report has not finished)") from None
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{row["id"]}-trackers.csv"'})
