"""``/ui/``: the dashboard's routes. Pages of another organization answer 404, as ids that do not exist."""

from __future__ import annotations

import dataclasses
import json
import time
from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from pipeline import flow, runtime
from pipeline.dashboard import pages, portfolio, session, views
from pipeline.errors import InvalidInput, ObjectNotFound
from pipeline.messages import SCENARIOS
from pipeline.properties import Properties, property_from_api
from pipeline.reports import check_report_id, scenario_key
from pipeline.schedules import Schedule

router = APIRouter(prefix="/ui", include_in_schema=False)
MAX_FORM = 16 * 1024
PER_PAGE = (25, 50, 100, 200)
SECURITY_HEADERS = {
    "cache-control": "no-store", "x-frame-options": "DENY", "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    # Everything is served from here: no CDN, no third party (the charts library included).
    "content-security-policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"}


@dataclasses.dataclass(frozen=True)
class Visitor:
    organization_id: str
    cookie: str
    csrf: str


def _secret() -> bytes:
    rt = runtime.current()
    return session.signing_secret(rt.controlplane.engine, rt.settings.ui_secret)


def _visitor(request: Request) -> Visitor | None:
    cookie = request.cookies.get(session.COOKIE)
    secret = _secret()
    found = session.read(secret, cookie)
    if found is None or cookie is None:
        return None
    organization, hashed = found
    if not session.key_is_valid(runtime.current().controlplane.engine, organization, hashed):
        return None  # the key was revoked: so is every session it opened
    return Visitor(organization, cookie, session.csrf_token(secret, cookie))


def _page(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status, headers=SECURITY_HEADERS)


def _to_login(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse("/ui/login?" + urlencode({"next": target}), status_code=303)


def _not_found(visitor: Visitor | None = None) -> HTMLResponse:
    return _page(pages.message_page("Not found", "There is no such page in your organization.",
                                    visitor.csrf if visitor else None), 404)


async def _form(request: Request) -> dict[str, str] | None:
    body = await request.body()
    if len(body) > MAX_FORM:
        return None
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"


# -- sign-in ----------------------------------------------------------------------------------------------
@router.get("/login")
def login_form(request: Request, next: str = "/ui/") -> Response:  # noqa: A002 - the usual name
    token = session.new_login_token()
    response = _page(pages.login_page(token, next_url=next))
    response.set_cookie(session.LOGIN_COOKIE, token, max_age=3600, httponly=True, samesite="strict",
                        secure=_secure(request), path="/ui")
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    from pipeline.apikeys import organization_of

    form = await _form(request) or {}
    expected = request.cookies.get(session.LOGIN_COOKIE)
    next_url = form.get("next") or "/ui/"
    if not next_url.startswith("/ui/") or next_url.startswith("//"):
        next_url = "/ui/"  # never an open redirect
    if not expected or form.get("csrf") != expected:
        return _page(pages.login_page(session.new_login_token(), "The form expired; try again."), 403)
    key = form.get("api_key", "").strip()
    organization = await run_in_threadpool(organization_of, runtime.current().controlplane, key)
    if organization is None:
        token = session.new_login_token()
        response = _page(pages.login_page(token, "This API key is not valid.", next_url), 401)
        response.set_cookie(session.LOGIN_COOKIE, token, max_age=3600, httponly=True, samesite="strict",
                            secure=_secure(request), path="/ui")
        return response
    response = RedirectResponse(next_url, status_code=303)
    response.set_cookie(session.COOKIE, session.issue(_secret(), organization, session.key_hash(key)),
                        max_age=session.LIFETIME, httponly=True, samesite="lax", secure=_secure(request), path="/ui")
    response.delete_cookie(session.LOGIN_COOKIE, path="/ui")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    visitor = await run_in_threadpool(_visitor, request)
    form = await _form(request) or {}
    if visitor is not None and not session.csrf_ok(_secret(), visitor.cookie, form.get("csrf")):
        return _page(pages.message_page("Forbidden", "The form expired; reload the page."), 403)
    response = RedirectResponse("/ui/login", status_code=303)
    response.delete_cookie(session.COOKIE, path="/ui")
    return response


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
    visitor = _visitor(request)
    if visitor is None:
        return _to_login(request)
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
    rt = runtime.current()
    total, rows = portfolio.page(rt.controlplane.engine, visitor.organization_id, text=query["q"],
                                 min_score=query["min"], max_score=query["max"], status=query["status"],
                                 worse=query["worse"], sort=query["sort"], order=query["order"],
                                 offset=(query["page"] - 1) * query["per_page"], limit=query["per_page"])
    window = rt.settings.schedule_window
    next_scans = {row["id"]: pages.next_fire(Schedule(**json.loads(row["schedule"])), row["id"], window)
                  for row in rows}
    text = pages.portfolio_page(rows, total, query, visitor.csrf, next_scans)
    response = _page(text)
    response.headers["server-timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
    return response


# -- a property ---------------------------------------------------------------------------------------------
def _property_view(visitor: Visitor, property_id: str, flash: str = "", error: str = "", status: int = 200
                   ) -> Response:
    rt = runtime.current()
    prop = Properties(rt.controlplane).get(visitor.organization_id, property_id)
    if prop is None:
        return _not_found(visitor)
    rows = views.history(rt.controlplane.engine, visitor.organization_id, prop.id)
    latest = next((r for r in rows if r["status"] in ("success", "partial")), None)
    text = pages.property_page(prop, rows, views.timeline(rt.storage, rows), views.latest_gifs(rt.storage, rows),
                               latest, pages.next_fire(prop.schedule, prop.id, rt.settings.schedule_window),
                               visitor.csrf, flash=flash, error=error)
    return _page(text, status)


@router.get("/properties/{property_id}")
def property_page(property_id: str, request: Request, queued: str = "", saved: str = "") -> Response:
    visitor = _visitor(request)
    if visitor is None:
        return _to_login(request)
    flash = f"Scan queued: report {queued}." if queued else "Schedule saved." if saved else ""
    return _property_view(visitor, property_id, flash=flash)


async def _checked_form(request: Request) -> tuple[Visitor | None, dict[str, str] | None, Response | None]:
    visitor = await run_in_threadpool(_visitor, request)
    if visitor is None:
        return None, None, _to_login(request)
    form = await _form(request)
    if form is None:
        return visitor, None, _page(pages.message_page("Too large", "The form is too large."), 413)
    if not session.csrf_ok(_secret(), visitor.cookie, form.get("csrf")):
        return visitor, None, _page(pages.message_page("Forbidden", "The form expired; reload the page.",
                                                       visitor.csrf), 403)
    return visitor, form, None


@router.post("/properties/{property_id}/scan")
async def scan_now(property_id: str, request: Request) -> Response:
    visitor, _, refused = await _checked_form(request)
    if refused is not None or visitor is None:
        return refused or _to_login(request)

    def start() -> str | None:
        rt = runtime.current()
        prop = Properties(rt.controlplane).get(visitor.organization_id, property_id)
        if prop is None:
            return None
        scan = prop.scan("manual")
        with flow.registered(rt, [scan]):
            flow.start(scan)
        return scan.report_id

    report_id = await run_in_threadpool(start)
    if report_id is None:
        return _not_found(visitor)
    return RedirectResponse(f"/ui/properties/{property_id}?" + urlencode({"queued": report_id}), status_code=303)


@router.post("/properties/{property_id}/schedule")
async def save_schedule(property_id: str, request: Request) -> Response:
    visitor, form, refused = await _checked_form(request)
    if refused is not None or visitor is None or form is None:
        return refused or _to_login(request)

    def save() -> Response:
        rt = runtime.current()
        props = Properties(rt.controlplane)
        prop = props.get(visitor.organization_id, property_id)
        if prop is None:
            return _not_found(visitor)
        fields = {"scheduledScanEnabled": form.get("scheduledScanEnabled") == "true",
                  **{k: form[k] for k in ("scanPeriod", "scheduledHour", "scheduledDayOfWeek", "scheduledDayOfMonth")
                     if form.get(k) not in (None, "")}}
        from pipeline.netguard import Guard, parse_networks

        guard = Guard(rt.settings.allow_private_networks, parse_networks(rt.settings.allowed_networks))
        try:
            props.update(property_from_api(fields, visitor.organization_id, base=prop).validate(guard))
        except InvalidInput as exc:
            return _property_view(visitor, property_id, error=str(exc), status=422)
        return RedirectResponse(f"/ui/properties/{property_id}?saved=1", status_code=303)

    return await run_in_threadpool(save)


# -- reports ------------------------------------------------------------------------------------------------
def _report_row(visitor: Visitor, report_id: str) -> dict[str, Any] | None:
    try:
        check_report_id(report_id)
    except InvalidInput:
        return None
    row = runtime.current().controlplane.get_report(report_id)
    return row if row is not None and row["organization_id"] == visitor.organization_id else None


@router.get("/reports/{report_id}")
def report_page(report_id: str, request: Request) -> Response:
    from pipeline.reportpage import render
    from pipeline.reports import report_key
    from pipeline.storage import get_json

    visitor = _visitor(request)
    if visitor is None:
        return _to_login(request)
    row = _report_row(visitor, report_id)
    if row is None:
        return _not_found(visitor)
    storage = runtime.current().storage
    try:
        page = render(storage, row["id"])
        changes = get_json(storage, report_key(row["id"], "reports.json")).get("changes") or {}
    except ObjectNotFound:
        return _page(pages.message_page(f"Report {row['id']}", f"This scan is {row['status']}: its report is not "
                                        "written yet.", visitor.csrf))
    nav = pages.report_nav(row, changes.get("previous_report_id"))
    return _page(page.replace("<head>", "<head>" + pages.NO_ICON, 1).replace("<body>", "<body>" + nav, 1))


@router.get("/reports/{report_id}/trackers.csv")
def report_csv(report_id: str, request: Request) -> Response:
    from pipeline.exports import trackers_csv

    visitor = _visitor(request)
    if visitor is None:
        return _to_login(request)
    row = _report_row(visitor, report_id)
    if row is None:
        return _not_found(visitor)
    try:
        text = trackers_csv(runtime.current().storage, row["id"])
    except ObjectNotFound:
        return _not_found(visitor)
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{row["id"]}-trackers.csv"'})


@router.get("/reports/{report_id}/{scenario}/proof_of_scan.gif")
def report_gif(report_id: str, scenario: str, request: Request) -> Response:
    visitor = _visitor(request)
    if visitor is None:
        return _to_login(request)
    row = _report_row(visitor, report_id)
    if row is None or scenario not in SCENARIOS:
        return _not_found(visitor)
    try:
        data = runtime.current().storage.get_bytes(scenario_key(row["id"], scenario, "proof_of_scan.gif"))
    except ObjectNotFound:
        return _not_found(visitor)
    return Response(data, media_type="image/gif", headers={"cache-control": "private, max-age=3600"})


# -- the chart library, from the pinned npm assets (no CDN) ------------------------------------------------
STATIC = {"uplot.js": ("dist/uPlot.iife.min.js", "text/javascript"), "uplot.css": ("dist/uPlot.min.css", "text/css")}


@router.get("/static/{name}")
def static(name: str) -> Response:
    from pipeline.assets import UPLOT, asset_path

    if name not in STATIC:
        return Response(status_code=404)
    file, media = STATIC[name]
    path = asset_path(runtime.current().settings, UPLOT, file)
    if not path.exists():
        return Response("/* uPlot is not installed: run make setup */", media_type=media, status_code=404)
    return Response(path.read_bytes(), media_type=media, headers={"cache-control": "public, max-age=86400"})
