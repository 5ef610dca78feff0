"""The middleware that writes ``dead`` in the webhook delivery log; apart from the actors so that the broker
set-up can add it before any actor is declared."""

from __future__ import annotations

from typing import Any

import dramatiq
import structlog
from dramatiq.middleware import Middleware

from pipeline.control import runtime

log = structlog.get_logger("consentscan.webhooks")


class WebhookDeadLetter(Middleware):
    """Writes ``dead`` in the delivery log when Retries gives up on a delivery (added before Retries: its
    after-hook runs once Retries has decided)."""

    def after_process_message(self, broker: dramatiq.Broker, message: dramatiq.Message, *,
                              result: Any = None, exception: BaseException | None = None) -> None:
        if message.actor_name != "webhook_deliver" or exception is None or not message.failed:
            return
        payload = message.args[0] if message.args else None
        if not isinstance(payload, dict) or not isinstance(payload.get("event"), dict):
            return
        event = payload["event"]
        try:
            from pipeline.control.webhooks import Webhooks

            store = Webhooks(runtime.current().controlplane)
            webhook_id, event_id = str(payload.get("webhook_id")), str(event.get("id"))
            tried = len(store.attempts(webhook_id, event_id))
            store.log(webhook_id=webhook_id, event_id=event_id, event_type=str(event.get("type")),
                      report_id=(event.get("report") or {}).get("id"), attempt=tried, status="dead",
                      error=f"gave up after {tried} attempts: {exception}")
        except Exception as exc:  # the log is for people; the dead letter itself is in the queue
            log.error("could not log a dead webhook delivery", error=repr(exc))
