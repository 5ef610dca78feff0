"""The HTTP API (``consentscan api``): Didomi's reports API, properties, Concord's tracker scan history.

Every request carries an organization's key in ``x-api-key``. A key never reads or changes another
organization's data, and asking for it answers 404, as for an id that does not exist, so ids do not leak.
Errors are ``{statusCode, error, message}``.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from pipeline.api import exports, history, properties, reporting, reports, webhooks
from pipeline.api.collector import RateLimit
from pipeline.api.dashboard.routes import router as dashboard_router
from pipeline.api.httpguard import BadRequest, BodyLimit, error_response
from pipeline.api.throttle import ApiThrottle
from pipeline.control import runtime
from pipeline.control.apikeys import organization_of
from pipeline.errors import InvalidInput, ServiceUnavailable

_error = error_response

#: Every resource's router, in the order their routes are matched.
ROUTERS = (reports.router, properties.router, reporting.router, history.router, exports.router, webhooks.router,
           dashboard_router)


def create_app(rt: runtime.Runtime | None = None) -> FastAPI:
    """The API of ``rt`` (by default the process's, ``pipeline.control.runtime.init``), read by the routes
    through ``pipeline.api.deps``."""
    rt = rt or runtime.current()
    app = FastAPI(title="consentscan", version="1", description=__doc__)
    app.state.runtime = rt
    app.state.collector_limit = RateLimit(rt.settings.collector_rate)
    _error_handlers(app)
    settings = rt.settings
    app.add_middleware(BodyLimit)
    app.add_middleware(ApiThrottle, lookup=lambda key: organization_of(rt.controlplane, key),
                       key_rate=settings.api_key_rate, key_burst=settings.api_key_burst,
                       failed_key_rate=settings.api_failed_key_rate, failed_key_burst=settings.api_failed_key_burst)
    for router in ROUTERS:
        app.include_router(router)
    return app


def _error_handlers(app: FastAPI) -> None:
    """Every error as ``{statusCode, error, message}``."""
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
