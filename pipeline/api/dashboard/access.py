"""Who is looking at the dashboard: sign-in and sign-out (``/ui/login``, ``/ui/logout``), the session of a
request, CSRF checks of forms, and the headers every page carries."""

from __future__ import annotations

import dataclasses
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from pipeline.api.dashboard import pages, session
from pipeline.api.deps import runtime_of
from pipeline.control.runtime import Runtime

router = APIRouter(include_in_schema=False)  # mounted under /ui by pipeline.api.dashboard.routes
MAX_FORM = 16 * 1024
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


def secret(rt: Runtime) -> bytes:
    return session.signing_secret(rt.controlplane.engine, rt.settings.ui_secret)


def visitor_of(request: Request) -> Visitor | None:
    cookie = request.cookies.get(session.COOKIE)
    rt = runtime_of(request)
    key = secret(rt)
    found = session.read(key, cookie)
    if found is None or cookie is None:
        return None
    organization, hashed = found
    if not session.key_is_valid(rt.controlplane.engine, organization, hashed):
        return None  # the key was revoked: so is every session it opened
    return Visitor(organization, cookie, session.csrf_token(key, cookie))


def page(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status, headers=SECURITY_HEADERS)


def to_login(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse("/ui/login?" + urlencode({"next": target}), status_code=303)


def not_found(visitor: Visitor | None = None) -> HTMLResponse:
    return page(pages.message_page("Not found", "There is no such page in your organization.",
                                    visitor.csrf if visitor else None), 404)


async def read_form(request: Request) -> dict[str, str] | None:
    body = await request.body()
    if len(body) > MAX_FORM:
        return None
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}


def secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"


# -- sign-in ----------------------------------------------------------------------------------------------
@router.get("/login")
def login_form(request: Request, next: str = "/ui/") -> Response:  # noqa: A002 - the usual name
    token = session.new_login_token()
    response = page(pages.login_page(token, next_url=next))
    response.set_cookie(session.LOGIN_COOKIE, token, max_age=3600, httponly=True, samesite="strict",
                        secure=secure(request), path="/ui")
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    from pipeline.control.apikeys import organization_of

    form = await read_form(request) or {}
    expected = request.cookies.get(session.LOGIN_COOKIE)
    next_url = form.get("next") or "/ui/"
    if not next_url.startswith("/ui/") or next_url.startswith("//"):
        next_url = "/ui/"  # never an open redirect
    if not expected or form.get("csrf") != expected:
        return page(pages.login_page(session.new_login_token(), "The form expired; try again."), 403)
    key = form.get("api_key", "").strip()
    organization = await run_in_threadpool(organization_of, runtime_of(request).controlplane, key)
    if organization is None:
        token = session.new_login_token()
        response = page(pages.login_page(token, "This API key is not valid.", next_url), 401)
        response.set_cookie(session.LOGIN_COOKIE, token, max_age=3600, httponly=True, samesite="strict",
                            secure=secure(request), path="/ui")
        return response
    response = RedirectResponse(next_url, status_code=303)
    response.set_cookie(session.COOKIE, session.issue(secret(runtime_of(request)), organization, session.key_hash(key)),
                        max_age=session.LIFETIME, httponly=True, samesite="lax", secure=secure(request), path="/ui")
    response.delete_cookie(session.LOGIN_COOKIE, path="/ui")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    visitor = await run_in_threadpool(visitor_of, request)
    form = await read_form(request) or {}
    if visitor is not None and not session.csrf_ok(secret(runtime_of(request)), visitor.cookie, form.get("csrf")):
        return page(pages.message_page("Forbidden", "The form expired; reload the page."), 403)
    response = RedirectResponse("/ui/login", status_code=303)
    response.delete_cookie(session.COOKIE, path="/ui")
    return response


async def checked_form(request: Request) -> tuple[Visitor | None, dict[str, str] | None, Response | None]:
    visitor = await run_in_threadpool(visitor_of, request)
    if visitor is None:
        return None, None, to_login(request)
    form = await read_form(request)
    if form is None:
        return visitor, None, page(pages.message_page("Too large", "The form is too large."), 413)
    if not session.csrf_ok(secret(runtime_of(request)), visitor.cookie, form.get("csrf")):
        return visitor, None, page(pages.message_page("Forbidden", "The form expired; reload the page.",
                                                       visitor.csrf), 403)
    return visitor, form, None
