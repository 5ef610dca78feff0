"""``GET /organizations/{organizationId}/projects/{projectId}/tracker-scan-history`` (Concord's route).

A project is a property. The answer is ``pipeline.services.history.history_document``, the same document
``consentscan history --json`` prints.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from pipeline.api.deps import NotFound, Organization, Rt, same
from pipeline.control.properties import Properties
from pipeline.services.history import history_document

router = APIRouter()


@router.get("/organizations/{organization_id}/projects/{project_id}/tracker-scan-history")
def tracker_scan_history(organization_id: str, project_id: str, organization: Organization, rt: Rt,
                         id: Annotated[str | None, Query(max_length=128)] = None,  # noqa: A002 - Concord's name
                         organizationId: Annotated[str | None, Query(max_length=128)] = None,  # noqa: N803
                         sort: Annotated[str, Query(pattern="^date$")] = "date",
                         order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
                         offset: Annotated[int, Query(ge=0)] = 0,
                         limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                         scheduledScanEnabled: bool | None = None,  # noqa: N803 - Concord's names
                         scanPeriod: Annotated[str | None, Query(  # noqa: N803
                             pattern="^(daily|weekly|monthly|quarterly)$")] = None,
                         scheduledHour: Annotated[int | None, Query(ge=0, le=23)] = None,  # noqa: N803
                         scheduledDayOfWeek: Annotated[int | None, Query(ge=0, le=6)] = None,  # noqa: N803
                         scheduledDayOfMonth: Annotated[int | None, Query(ge=1, le=31)] = None,  # noqa: N803
                         ) -> dict[str, Any]:
    same(organization, organization_id)
    prop = Properties(rt.controlplane).get(organization, project_id)
    if prop is None:
        raise NotFound("property")
    schedule = {"scheduledScanEnabled": scheduledScanEnabled, "scanPeriod": scanPeriod,
                "scheduledHour": scheduledHour, "scheduledDayOfWeek": scheduledDayOfWeek,
                "scheduledDayOfMonth": scheduledDayOfMonth}
    return history_document(rt.controlplane, prop, offset=offset, limit=limit, order=order,
                            item_id=id, organization_id=organizationId, schedule=schedule)
