"""``/webhooks``: an organization's webhooks through the API (the same service as ``consentscan webhook``).

Another organization's webhook answers 404, as one that does not exist."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from pipeline.api.deps import NotFound, Organization, Rt, same
from pipeline.control.runtime import Runtime
from pipeline.control.webhooks import Webhook, Webhooks
from pipeline.services.webhooks import service

router = APIRouter()


class WebhookBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organization_id: str | None = Field(default=None, max_length=128)
    url: str = Field(min_length=1, max_length=2048)
    events: list[str] | None = Field(default=None, max_length=10)
    secret: str | None = Field(default=None, min_length=16, max_length=200)
    format: str = Field(default="json", pattern="^(json|slack|teams)$")
    min_drop: int = Field(default=5, ge=1, le=100)
    failing_after: int = Field(default=3, ge=1, le=100)


def _hook(rt: Runtime, organization: str, webhook_id: str) -> Webhook:
    hook = Webhooks(rt.controlplane).get(organization, webhook_id)
    if hook is None:
        raise NotFound("webhook")
    return hook


@router.post("/webhooks", status_code=201)
def create_webhook(body: WebhookBody, organization: Organization, rt: Rt) -> dict[str, Any]:
    """The answer carries the secret, this once."""
    same(organization, body.organization_id)
    hook = service.new_webhook(rt, organization, body.url, events=body.events, secret=body.secret,
                               form=body.format, min_drop=body.min_drop, failing_after=body.failing_after)
    return hook.as_api(with_secret=True)


@router.get("/webhooks")
def list_webhooks(organization: Organization, rt: Rt) -> dict[str, Any]:
    return {"data": [h.as_api() for h in Webhooks(rt.controlplane).list(organization)]}


@router.get("/webhooks/{webhook_id}")
def get_webhook(webhook_id: str, organization: Organization, rt: Rt) -> dict[str, Any]:
    return _hook(rt, organization, webhook_id).as_api()


@router.delete("/webhooks/{webhook_id}")
def delete_webhook(webhook_id: str, organization: Organization, rt: Rt) -> dict[str, Any]:
    hook = _hook(rt, organization, webhook_id)
    Webhooks(rt.controlplane).remove(organization, hook.id)
    return hook.as_api()


@router.post("/webhooks/{webhook_id}/test")
def test_webhook(webhook_id: str, organization: Organization, rt: Rt) -> dict[str, Any]:
    return service.send_test(rt, _hook(rt, organization, webhook_id))


@router.get("/webhooks/{webhook_id}/deliveries")
def webhook_deliveries(webhook_id: str, organization: Organization, rt: Rt,
                       limit: Annotated[int, Query(alias="$limit", ge=1, le=1000)] = 100,
                       skip: Annotated[int, Query(alias="$skip", ge=0)] = 0) -> dict[str, Any]:
    hook = _hook(rt, organization, webhook_id)
    return {"limit": limit, "skip": skip, "data": service.deliveries(rt, hook, offset=skip,
                                                                      limit=limit)}
