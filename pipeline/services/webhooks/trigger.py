"""Called when a report ends (``pipeline.engine.finalize.publish_report``): hands it to the webhooks queue when its
organization has any webhook."""

from __future__ import annotations

from typing import Any

import dramatiq
import dramatiq.broker
import structlog

log = structlog.get_logger("consentscan.webhooks")


def report_finished(rt: Any, organization_id: str, report_id: str) -> None:
    from pipeline.control.webhooks import Webhooks

    if not Webhooks(rt.controlplane).any_for(organization_id):
        return
    if dramatiq.broker.global_broker is None:
        # A process without a broker (the reaper run by hand): dramatiq would invent one on localhost.
        log.warning("no broker in this process: webhooks not told of the report", report_id=report_id)
        return
    from pipeline.services.webhooks.actors import VERSION, evaluate

    evaluate.send({"version": VERSION, "report_id": report_id})
