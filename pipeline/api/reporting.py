"""``POST /reporting/...``: the browsers' Reporting API (public: browsers send no key), stored by
``pipeline.api.collector``; each property's endpoint is rate-limited (``Settings.collector_rate``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from pipeline.api.collector import append, parse_reports
from pipeline.api.deps import NotFound, Rt
from pipeline.api.httpguard import decode_json
from pipeline.control.properties import Properties

router = APIRouter()


# Each property's endpoint is /reporting/{organization_id}/{property_id}; the older /reporting/{property_id}
# keeps working for the organization that first created that id (pipeline.control.properties.collector_paths).
@router.post("/reporting/{organization_id}/{property_id}", status_code=204)
async def collect_reports(organization_id: str, property_id: str, request: Request, rt: Rt) -> Response:
    return await _collect(request, rt, Properties(rt.controlplane).get, organization_id, property_id)


@router.post("/reporting/{property_id}", status_code=204)
async def collect_reports_unqualified(property_id: str, request: Request, rt: Rt) -> Response:
    return await _collect(request, rt, Properties(rt.controlplane).collector_owner, property_id)


async def _collect(request: Request, rt: Any, find: Callable[..., Any], *names: str) -> Response:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in ("application/reports+json", "application/json"):
        raise HTTPException(415, "send application/reports+json")
    # The look-up and the write run in the thread pool: on the event loop they would stall every request.
    prop = await anyio.to_thread.run_sync(find, *names)
    if prop is None:
        raise NotFound("property")
    if not request.app.state.collector_limit.allow(f"{prop.organization_id}/{prop.id}"):
        raise HTTPException(429, "too many reports for this property; slow down")
    data = decode_json(await request.body())
    reports = parse_reports(data)
    await anyio.to_thread.run_sync(append, rt.storage, prop.organization_id, prop.id, reports)
    return Response(status_code=204)
