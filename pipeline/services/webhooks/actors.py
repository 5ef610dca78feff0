"""The ``webhooks`` queue: ``webhook_evaluate`` turns a finished report into events for the organization's
webhooks; ``webhook_deliver`` posts one event to one webhook. A failed delivery raises, and Dramatiq's
Retries send it again after an exponential backoff (``CONSENTSCAN_WEBHOOK_*``); after the last retry the
message goes to the dead-letter queue (``webhooks.XQ`` on RabbitMQ) and the log says ``dead``.
Every attempt is in the delivery log (``consentscan webhook deliveries ID``).
"""

from __future__ import annotations

import time
from typing import Any

import dramatiq
import dramatiq.broker
import structlog

from pipeline.control import runtime
from pipeline.control.webhooks import Webhook, Webhooks
from pipeline.engine.registry import REGISTRY
from pipeline.errors import DeliveryFailed, InvalidMessage, TargetRefused
from pipeline.model.messages import now_iso
from pipeline.model.status import FINAL
from pipeline.model.webhook_events import ReportView, build_event, failing_streak, regression
from pipeline.services.webhooks.formats import headers, render
from pipeline.services.webhooks.transport import post

QUEUE = "webhooks"
VERSION = 1
log = structlog.get_logger("consentscan.webhooks")


def _guard(settings: Any) -> Any:
    from pipeline.netguard import guard_for

    return guard_for(settings)


def load_view(storage: Any, report_id: str) -> ReportView:
    """A report's documents; a file that is missing (a failed scan writes only ``reports.json``) is empty."""
    from pipeline.errors import ObjectNotFound
    from pipeline.model.report import report_key
    from pipeline.storage.objects import get_json

    def read(name: str, default: Any) -> Any:
        try:
            return get_json(storage, report_key(report_id, name))
        except ObjectNotFound:
            return default

    privacy = read("report_privacy.json", {}) or {}
    return ReportView(report=read("reports.json", {"id": report_id}),
                      trackers=read("report_aggregated_trackers.json", []),
                      vendors=read("report_aggregated_vendors.json", []), privacy=privacy.get("privacy") or {})


def _complete(storage: Any, report_id: str | None) -> bool:
    from pipeline.model.report import report_key

    return report_id is not None and all(storage.exists(report_key(report_id, name)) for name in (
        "reports.json", "report_aggregated_trackers.json", "report_aggregated_vendors.json"))


def links(settings: Any, organization_id: str, property_id: str, report_id: str) -> dict[str, str]:
    base = settings.public_url.rstrip("/")
    return {"report": f"{base}/ui/reports/{report_id}", "property": f"{base}/ui/properties/{property_id}",
            "api": f"{base}/reports/compliances/reports/{report_id}?organization_id={organization_id}",
            "trackers_csv": f"{base}/reports/compliances/reports/{report_id}/trackers.csv"}


def events_for(rt: runtime.Runtime, report_id: str) -> list[tuple[Webhook, dict[str, Any]]]:
    """Every ``(webhook, event)`` a finished report calls for."""
    from pipeline.control.properties import Properties

    row = rt.controlplane.get_report(report_id)
    if row is None or row["status"] not in FINAL:
        return []
    hooks = Webhooks(rt.controlplane).list(row["organization_id"])
    if not hooks:
        return []
    organization, property_id = row["organization_id"], row["property_id"]
    prop = Properties(rt.controlplane).get(organization, property_id)
    described = {"id": property_id, "name": prop.name if prop else property_id, "url": prop.url if prop else row["url"]}
    current = load_view(rt.storage, report_id)
    current.report.setdefault("status", row["status"])
    previous = None
    if row["status"] != "failed":
        from pipeline.engine.finalize import scan_of

        scan = scan_of(rt, report_id)
        previous_id = rt.controlplane.previous_report(scan) if scan is not None else None
        previous = load_view(rt.storage, previous_id) if previous_id else None
        if previous is not None and not _complete(rt.storage, previous_id):
            previous = None  # its files are gone: every tracker would look new (as the score stage decides)
    _, recent = rt.controlplane.list_reports(organization, property_id=property_id, created_lte=row["created_at"],
                                             limit=max(h.failing_after for h in hooks) + 1)
    streak = failing_streak([r["status"] for r in recent])
    found = []
    for hook in hooks:
        wanted: list[tuple[str, dict[str, Any]]] = []
        if "report.finished" in hook.events:
            wanted.append(("report.finished", {}))
        if "property.regressed" in hook.events and previous is not None:
            changes = regression(current, previous, hook.min_drop)
            if changes:
                wanted.append(("property.regressed", changes))
        # Once per run of failures: when it reaches the webhook's threshold, not at every failure after.
        if "property.failing" in hook.events and row["status"] == "failed" and streak == hook.failing_after:
            wanted.append(("property.failing", {"failed_scans": streak}))
        for event_type, changes in wanted:
            found.append((hook, build_event(
                event_type, webhook_id=hook.id, organization_id=organization, prop=described,
                report=current.report, previous=previous.report if previous else None, changes=changes,
                links=links(rt.settings, organization, property_id, report_id), created_at=now_iso())))
    return found


def send_delivery(settings: Any, hook: Webhook, event: dict[str, Any]) -> None:
    """Enqueue one delivery with the webhook retry policy (the stages' policy is the broker default)."""
    deliver.send_with_options(args=({"version": VERSION, "webhook_id": hook.id, "event": event},),
                              max_retries=settings.webhook_max_retries, min_backoff=settings.webhook_min_backoff,
                              max_backoff=settings.webhook_max_backoff)


def attempt(rt: runtime.Runtime, hook: Webhook, event: dict[str, Any]) -> dict[str, Any]:
    """One signed POST, logged; returns the log entry. Raises ``DeliveryFailed`` or ``TargetRefused``."""
    store = Webhooks(rt.controlplane)
    number = len(store.attempts(hook.id, event["id"])) + 1
    body = render(event, hook.format)
    timestamp = int(time.time())
    entry = {"webhook_id": hook.id, "event_id": event["id"], "event_type": event["type"],
             "report_id": (event.get("report") or {}).get("id"), "attempt": number}
    try:
        status, duration = post(hook.url, body, headers(event, hook.secret, timestamp, body), _guard(rt.settings),
                                rt.settings.webhook_timeout)
    except (DeliveryFailed, TargetRefused) as exc:
        store.log(**entry, status="failed", http_status=getattr(exc, "http_status", None), error=str(exc))
        raise
    store.log(**entry, status="delivered", http_status=status, duration_ms=duration)
    return {**entry, "status": "delivered", "http_status": status, "duration_ms": duration}


def _payload(payload: Any, *keys: str) -> dict[str, Any]:
    if not isinstance(payload, dict) or payload.get("version") != VERSION or any(k not in payload for k in keys):
        raise InvalidMessage(f"not a version {VERSION} webhook message: {str(payload)[:200]}")
    return payload


@dramatiq.actor(actor_name="webhook_evaluate", queue_name=QUEUE, throws=(InvalidMessage,))
def evaluate(payload: Any) -> None:
    report_id = _payload(payload, "report_id")["report_id"]
    rt = runtime.current()
    store = Webhooks(rt.controlplane)
    for hook, event in events_for(rt, report_id):
        # A redelivered evaluation finds the events it sent already delivered (same ids): not sent twice.
        if any(a["status"] == "delivered" for a in store.attempts(hook.id, event["id"])):
            continue
        send_delivery(rt.settings, hook, event)
        log.info("webhook event", event_type=event["type"], event_id=event["id"], webhook_id=hook.id,
                 report_id=report_id)


@dramatiq.actor(actor_name="webhook_deliver", queue_name=QUEUE, throws=(InvalidMessage, TargetRefused))
def deliver(payload: Any) -> None:
    message = _payload(payload, "webhook_id", "event")
    rt = runtime.current()
    store = Webhooks(rt.controlplane)
    hook = store.by_id(message["webhook_id"])
    if hook is None:
        return  # removed since: nobody to tell
    event = message["event"]
    if any(a["status"] == "delivered" for a in store.attempts(hook.id, event["id"])):
        return  # a redelivered message whose POST went through
    attempt(rt, hook, event)


def report_finished(rt: Any, scan: Any, report: dict[str, Any]) -> None:
    """Told when a report ends (a hook of ``pipeline.engine.registry.REGISTRY``, run by
    ``pipeline.engine.finalize.publish_report``): hands it to this queue when its organization has any webhook."""
    if not Webhooks(rt.controlplane).any_for(scan.organization_id):
        return
    if dramatiq.broker.global_broker is None:
        # A process without a broker (the reaper run by hand): dramatiq would invent one on localhost.
        log.warning("no broker in this process: webhooks not told of the report", report_id=scan.report_id)
        return
    evaluate.send({"version": VERSION, "report_id": scan.report_id})


REGISTRY.add_actor(evaluate)
REGISTRY.add_actor(deliver)
REGISTRY.on_report_finished(report_finished)
