"""``/properties``: the websites an organization scans, their scan options and schedules."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from pipeline.api.deps import NotFound, Organization, Rt, same
from pipeline.control.properties import Properties, Property, property_from_api
from pipeline.control.runtime import Runtime
from pipeline.netguard import guard_for

router = APIRouter()


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


def _property(rt: Runtime, organization: str, property_id: str) -> Property:
    prop = Properties(rt.controlplane).get(organization, property_id)
    if prop is None:
        raise NotFound("property")
    return prop


@router.post("/properties", status_code=201)
def create_property(body: PropertyBody, organization: Organization, rt: Rt) -> dict[str, Any]:
    same(organization, body.organization_id)
    prop = property_from_api(body.model_dump(exclude_none=True), organization).validate(guard_for(rt.settings))
    Properties(rt.controlplane).add([prop])
    return prop.as_api()


@router.get("/properties")
def list_properties(organization: Organization, organization_id: str, rt: Rt,
                    limit: Annotated[int, Query(alias="$limit", ge=1, le=1000)] = 100,
                    skip: Annotated[int, Query(alias="$skip", ge=0)] = 0) -> dict[str, Any]:
    same(organization, organization_id)
    found = Properties(rt.controlplane).list(organization, offset=skip, limit=limit)
    return {"limit": limit, "skip": skip, "data": [p.as_api() for p in found]}


@router.get("/properties/{property_id}")
def get_property(property_id: str, organization: Organization, rt: Rt) -> dict[str, Any]:
    return _property(rt, organization, property_id).as_api()


@router.patch("/properties/{property_id}")
def update_property(property_id: str, body: PropertyBody, organization: Organization, rt: Rt) -> dict[str, Any]:
    same(organization, body.organization_id)
    current = _property(rt, organization, property_id)
    fields = body.model_dump(exclude_none=True, exclude={"id", "organization_id"})
    prop = property_from_api(fields, organization, base=current).validate(guard_for(rt.settings))
    Properties(rt.controlplane).update(prop)
    return prop.as_api()


@router.delete("/properties/{property_id}")
def delete_property(property_id: str, organization: Organization, rt: Rt) -> dict[str, Any]:
    prop = _property(rt, organization, property_id)
    Properties(rt.controlplane).remove(organization, prop.id)
    return prop.as_api()
