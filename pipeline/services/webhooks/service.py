"""What the CLI (``consentscan webhook ...``) and the API (``/webhooks``) both do with webhooks."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from pipeline.control.webhooks import EVENTS, FORMATS, Webhook, Webhooks
from pipeline.errors import DeliveryFailed, InvalidInput, TargetRefused
from pipeline.ids import check_organization_id
from pipeline.model.messages import now_iso
from pipeline.netguard import HostRules, check_target_static

#: ``report.finished`` fires for every scan: asked for, not by default.
DEFAULT_EVENTS = ("property.regressed", "property.failing")


def _guard(settings: Any) -> Any:
    from pipeline.netguard import guard_for

    return guard_for(settings)


def new_webhook(rt: Any, organization_id: str, url: str, *, events: list[str] | None = None,
                secret: str | None = None, form: str = "json", min_drop: int = 5, failing_after: int = 3) -> Webhook:
    """Validate and store a webhook; its secret is generated when not given (returned once, in the result)."""
    try:
        check_organization_id(organization_id)
    except InvalidInput:
        raise InvalidInput(f"invalid organization {organization_id!r}") from None
    url = (url or "").strip()
    if len(url) > 2048:
        raise InvalidInput("the webhook URL is longer than 2048 characters")
    check_target_static(url, HostRules(), _guard(rt.settings))  # again at each delivery, after DNS
    chosen = tuple(dict.fromkeys(events or DEFAULT_EVENTS))
    unknown = [e for e in chosen if e not in EVENTS]
    if unknown:
        raise InvalidInput(f"unknown event(s) {', '.join(unknown)}; events are {', '.join(EVENTS)}")
    if form not in FORMATS:
        raise InvalidInput(f"format must be one of {', '.join(FORMATS)}, not {form!r}")
    if not 1 <= min_drop <= 100:
        raise InvalidInput(f"min-drop must be between 1 and 100 points, not {min_drop}")
    if not 1 <= failing_after <= 100:
        raise InvalidInput(f"failing-after must be between 1 and 100 scans, not {failing_after}")
    if secret is not None and not 16 <= len(secret) <= 200:
        raise InvalidInput("a webhook secret has 16 to 200 characters")
    hook = Webhook(id="wh_" + uuid.uuid4().hex[:16], organization_id=organization_id, url=url, events=chosen,
                   secret=secret or "whsec_" + secrets.token_urlsafe(32), format=form, min_drop=min_drop,
                   failing_after=failing_after)
    return Webhooks(rt.controlplane).add(hook)


def find(rt: Any, webhook_id: str, organization_id: str | None) -> Webhook:
    store = Webhooks(rt.controlplane)
    hook = store.get(organization_id, webhook_id) if organization_id else store.by_id(webhook_id)
    if hook is None:
        raise InvalidInput(f"no webhook {webhook_id}")
    return hook


def send_test(rt: Any, hook: Webhook) -> dict[str, Any]:
    """Post a ``webhook.test`` event now, once (no retry): the log entry, ``delivered`` or ``failed``."""
    from pipeline.services.webhooks.actors import attempt

    event = {"id": str(uuid.uuid4()), "type": "webhook.test", "created_at": now_iso(),
             "organization_id": hook.organization_id, "property": None, "report": None, "previous_report": None,
             "changes": {}, "summary": "consentscan test event: this webhook works", "links": {}}
    try:
        return attempt(rt, hook, event)
    except (DeliveryFailed, TargetRefused) as exc:
        return {"webhook_id": hook.id, "event_id": event["id"], "event_type": event["type"], "status": "failed",
                "http_status": getattr(exc, "http_status", None), "error": str(exc)}


def deliveries(rt: Any, hook: Webhook, *, offset: int = 0, limit: int = 100) -> list[dict[str, Any]]:
    return Webhooks(rt.controlplane).deliveries(hook.id, offset=offset, limit=limit)
