"""What the API's routes depend on (FastAPI dependencies, no global look-up): the process's runtime, the
organization of the API key, and the checks shared by the routers (same organization, a report it owns)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Header, Request
from starlette.exceptions import HTTPException

from pipeline.control.apikeys import organization_of
from pipeline.control.runtime import Runtime
from pipeline.errors import InvalidInput
from pipeline.ids import check_report_id


class NotFound(HTTPException):
    def __init__(self, what: str) -> None:
        super().__init__(404, f"{what} not found")


def runtime_of(request: Request) -> Runtime:
    """The runtime the app was made with (``create_app``)."""
    return request.app.state.runtime


Rt = Annotated[Runtime, Depends(runtime_of)]


def _organization(request: Request, rt: Rt, x_api_key: Annotated[str | None, Header()] = None) -> str:
    # ApiThrottle has looked the key up already (and passes its organization on).
    organization = getattr(request.state, "organization", None) or organization_of(rt.controlplane, x_api_key)
    if organization is None:
        raise HTTPException(403, "a valid x-api-key header is required")
    return organization


Organization = Annotated[str, Depends(_organization)]


def same(organization: str, asked: str | None) -> None:
    """An organization id given in a request must be the API key's: another one's answers 404."""
    if asked is not None and asked != organization:
        raise NotFound("organization")


def report_row(rt: Runtime, organization: str, report_id: str) -> dict[str, Any]:
    """The control plane's row of a report of ``organization``; 404 for a malformed id or another's report."""
    try:
        check_report_id(report_id)
    except InvalidInput:
        raise NotFound("report") from None
    row = rt.controlplane.get_report(report_id)
    if row is None or row["organization_id"] != organization:
        raise NotFound("report")
    return row
