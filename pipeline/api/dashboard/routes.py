"""``/ui/``: the dashboard's routes. Pages of another organization answer 404, as ids that do not exist."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from pipeline.api.dashboard import access, pages, views
from pipeline.api.deps import runtime_of
from pipeline.control import portfolio
from pipeline.control.properties import Properties, property_from_api
from pipeline.control.runtime import Runtime
from pipeline.engine import flow
from pipeline.errors import InvalidInput, ObjectNotFound
from pipeline.model.messages import SCENARIOS
from pipeline.model.report import check_report_id, scenario_key
from pipeline.model.schedule import Schedule
from pipeline.model.status import WITH_RESULTS

router = APIRouter(prefix="/ui", include_in_schema=False)
router.include_router(access.router)
PER_PAGE = (25, 50, 100, 200)


# -- portfolio ----------------------------------------------------------------------------------------------
def _int(value: str | None, low: int, high: int) -> int | None:
    try:
        number = int(value) if value not in (None, "") else None
    except ValueError:
        return None
    return None if number is None else max(low, min(high, number))


@router.get("/")
def portfolio_page(request: Request) -> Response:
    started = time.perf_counter()
    visitor = access.visitor_of(request)
    if visitor is None:
        return access.to_login(request)
    params = request.query_params
    per_page = _int(params.get("per_page"), 1, 200) or 50
    query: dict[str, Any] = {
        "q": (params.get("q") or "").strip()[:200], "min": _int(params.get("min"), 0, 100),
        "max": _int(params.get("max"), 0, 100),
        "status": params.get("status") if params.get("status") in portfolio.STATUSES else "",
        "worse": params.get("worse") in ("1", "true", "on"),
        "sort": params.get("sort") if params.get("sort") in portfolio.SORTS else "name",
        "order": "desc" if params.get("order") == "desc" else "asc",
        "page": _int(params.get("page"), 1, 10**6) or 1, "per_page": per_page if per_page in PER_PAGE else 50}
    rt = runtime_of(request)
    total, rows = portfolio.page(rt.controlplane.engine, visitor.organization_id, text=query["q"],
                                 min_score=query["min"], max_score=query["max"], status=query["status"],
                                 worse=query["worse"], sort=query["sort"], order=query["order"],
                                 offset=(query["page"] - 1) * query["per_page"], limit=query["per_page"])
    window = rt.settings.schedule_window
    next_scans = {row["id"]: pages.next_fire(Schedule(**json.loads(row["schedule"])), row["id"], window)
                  for row in rows}
    text = pages.portfolio_page(rows, total, query, visitor.csrf, next_scans)
    response = access.page(text)
    response.headers["server-timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
    return response


# -- a property ---------------------------------------------------------------------------------------------
def _property_view(rt: Runtime, visitor: access.Visitor, property_id: str, flash: str = "", error: str = "",
                   status: int = 200) -> Response:
    prop = Properties(rt.controlplane).get(visitor.organization_id, property_id)
    if prop is None:
        return access.not_found(visitor)
    rows = views.history(rt.controlplane.engine, visitor.organization_id, prop.id)
    latest = next((r for r in rows if r["status"] in WITH_RESULTS), None)
    text = pages.property_page(prop, rows, views.timeline(rt.storage, rows), views.latest_gifs(rt.storage, rows),
                               latest, pages.next_fire(prop.schedule, prop.id, rt.settings.schedule_window),
                               visitor.csrf, flash=flash, error=error)
    return access.page(text, status)


@router.get("/properties/{property_id}")
def property_page(property_id: str, request: Request, queued: str = "", saved: str = "") -> Response:
    visitor = access.visitor_of(request)
    if visitor is None:
        return access.to_login(request)
    flash = f"Scan queued: report {queued}." if queued else "Schedule saved." if saved else ""
    return _property_view(runtime_of(request), visitor, property_id, flash=flash)


@router.post("/properties/{property_id}/scan")
async def scan_now(property_id: str, request: Request) -> Response:
    visitor, _, refused = await access.checked_form(request)
    if refused is not None or visitor is None:
        return refused or access.to_login(request)
    rt = runtime_of(request)

    def start() -> str | None:
        prop = Properties(rt.controlplane).get(visitor.organization_id, property_id)
        if prop is None:
            return None
        scan = prop.scan("manual")
        with flow.registered(rt, [scan]):
            flow.start(scan)
        return scan.report_id

    report_id = await run_in_threadpool(start)
    if report_id is None:
        return access.not_found(visitor)
    return RedirectResponse(f"/ui/properties/{property_id}?" + urlencode({"queued": report_id}), status_code=303)


@router.post("/properties/{property_id}/schedule")
async def save_schedule(property_id: str, request: Request) -> Response:
    visitor, form, refused = await access.checked_form(request)
    if refused is not None or visitor is None or form is None:
        return refused or access.to_login(request)
    rt = runtime_of(request)

    def save() -> Response:
        props = Properties(rt.controlplane)
        prop = props.get(visitor.organization_id, property_id)
        if prop is None:
            return access.not_found(visitor)
        fields = {"scheduledScanEnabled": form.get("scheduledScanEnabled") == "true",
                  **{k: form[k] for k in ("scanPeriod", "scheduledHour", "scheduledDayOfWeek", "scheduledDayOfMonth")
                     if form.get(k) not in (None, "")}}
        from pipeline.netguard import guard_for

        guard = guard_for(rt.settings)
        try:
            props.update(property_from_api(fields, visitor.organization_id, base=prop).validate(guard))
        except InvalidInput as exc:
            return _property_view(rt, visitor, property_id, error=str(exc), status=422)
        return RedirectResponse(f"/ui/properties/{property_id}?saved=1", status_code=303)

    return await run_in_threadpool(save)


# -- reports ------------------------------------------------------------------------------------------------
def _report_row(rt: Runtime, visitor: access.Visitor, report_id: str) -> dict[str, Any] | None:
    try:
        check_report_id(report_id)
    except InvalidInput:
        return None
    row = rt.controlplane.get_report(report_id)
    return row if row is not None and row["organization_id"] == visitor.organization_id else None


@router.get("/reports/{report_id}")
def report_page(report_id: str, request: Request) -> Response:
    from pipeline.model.report import report_key
    from pipeline.services.reportpage import render
    from pipeline.storage.objects import get_json

    visitor = access.visitor_of(request)
    if visitor is None:
        return access.to_login(request)
    rt = runtime_of(request)
    row = _report_row(rt, visitor, report_id)
    if row is None:
        return access.not_found(visitor)
    storage = rt.storage
    try:
        page = render(storage, row["id"])
        changes = get_json(storage, report_key(row["id"], "reports.json")).get("changes") or {}
    except ObjectNotFound:
        return access.page(pages.message_page(f"Report {row['id']}", f"This scan is {row['status']}: its report "
                                              "is not written yet.", visitor.csrf))
    nav = pages.report_nav(row, changes.get("previous_report_id"))
    return access.page(page.replace("<head>", "<head>" + pages.NO_ICON, 1).replace("<body>", "<body>" + nav, 1))


@router.get("/reports/{report_id}/trackers.csv")
def report_csv(report_id: str, request: Request) -> Response:
    from pipeline.services.exports import trackers_csv

    visitor = access.visitor_of(request)
    if visitor is None:
        return access.to_login(request)
    rt = runtime_of(request)
    row = _report_row(rt, visitor, report_id)
    if row is None:
        return access.not_found(visitor)
    try:
        text = trackers_csv(rt.storage, row["id"])
    except ObjectNotFound:
        return access.not_found(visitor)
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{row["id"]}-trackers.csv"'})


@router.get("/reports/{report_id}/{scenario}/proof_of_scan.gif")
def report_gif(report_id: str, scenario: str, request: Request) -> Response:
    visitor = access.visitor_of(request)
    if visitor is None:
        return access.to_login(request)
    rt = runtime_of(request)
    row = _report_row(rt, visitor, report_id)
    if row is None or scenario not in SCENARIOS:
        return access.not_found(visitor)
    try:
        data = rt.storage.get_bytes(scenario_key(row["id"], scenario, "proof_of_scan.gif"))
    except ObjectNotFound:
        return access.not_found(visitor)
    return Response(data, media_type="image/gif", headers={"cache-control": "private, max-age=3600"})


# -- the chart library, from the pinned npm assets (no CDN) ------------------------------------------------
STATIC = {"uplot.js": ("dist/uPlot.iife.min.js", "text/javascript"), "uplot.css": ("dist/uPlot.min.css", "text/css")}


@router.get("/static/{name}")
def static(name: str, request: Request) -> Response:
    from pipeline.setup.assets import UPLOT, asset_path

    if name not in STATIC:
        return Response(status_code=404)
    file, media = STATIC[name]
    path = asset_path(runtime_of(request).settings, UPLOT, file)
    if not path.exists():
        return Response("/* uPlot is not installed: run make setup */", media_type=media, status_code=404)
    return Response(path.read_bytes(), media_type=media, headers={"cache-control": "public, max-age=86400"})
