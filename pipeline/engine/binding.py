"""Actor binding: each stage of ``pipeline.engine.flow`` is a plain function of ``stages/`` that the engine turns
into a Dramatiq actor. The engine decodes the message, calls the stage, then moves the report on: a crawl that
ends the last scenario starts the analysis, an analysis stage hands over to the next one (fused or by
message), and the last stage's report is published (``pipeline.engine.finalize``).
"""

from __future__ import annotations

import dataclasses
import functools
import time
from typing import Any

import dramatiq
import structlog

import stages.crawl
import stages.har_parse
import stages.privacy
import stages.score
import stages.trackers
import stages.vendors
from pipeline import metrics
from pipeline.control import runtime
from pipeline.engine import finalize, flow
from pipeline.engine.middleware import THREAD_CLEANUPS, WARM_UPS
from pipeline.engine.registry import REGISTRY, Handler
from pipeline.errors import InvalidMessage, StorageRefused
from pipeline.model.messages import CrawlTask, Message, ReportTask, decode

log = structlog.get_logger("consentscan.worker")


@dataclasses.dataclass(frozen=True)
class Stage:
    name: str
    handler: Handler
    message_type: type[Message]
    #: Dramatiq actor options (``time_limit``...).
    options: dict[str, Any] = dataclasses.field(default_factory=dict)
    #: Run in each worker thread as it stops (the crawl's browser belongs to its thread).
    thread_cleanup: Any = None
    #: Run once, in the background, when a worker process that consumes this stage's queue has booted.
    warm_up: Any = None


#: Each stage's function, in the order of ``flow.FLOW``.
STAGES = (
    Stage("crawl", stages.crawl.crawl, CrawlTask, {"time_limit": 20 * 60 * 1000},
          thread_cleanup=stages.crawl.close_browser, warm_up=stages.crawl.warm_up),
    Stage("har_parse", stages.har_parse.har_parse, ReportTask),
    Stage("trackers", stages.trackers.trackers, ReportTask),
    Stage("vendors", stages.vendors.vendors, ReportTask),
    Stage("privacy", stages.privacy.privacy, ReportTask),
    Stage("score", stages.score.score_report, ReportTask),
)
assert tuple(s.name for s in STAGES) == flow.FLOW, "the stage table follows pipeline.engine.flow.FLOW"


def declare_stages() -> None:
    """Declare every stage's actor (once per process) on the current broker."""
    for stage in STAGES:
        if stage.name not in REGISTRY.actors:
            REGISTRY.add_actor(_actor(stage))
            if stage.thread_cleanup is not None:
                THREAD_CLEANUPS.append(stage.thread_cleanup)
            if stage.warm_up is not None:
                WARM_UPS[stage.name] = stage.warm_up
        REGISTRY.handlers.setdefault(stage.name, stage.handler)


def _actor(stage: Stage) -> dramatiq.Actor:
    """The actor of ``stage`` on the queue of the same name.

    The raw payload is decoded into the stage's message type first; a payload that cannot be decoded is a
    poison message: it fails at once (no retry) and goes to the dead-letter queue, as does one whose storage
    refused it (``StorageRefused``: a full disk does not empty itself between retries). Then the stages handed
    over (``flow.advance`` with stage fusion) run one after the other in this thread.
    """
    @functools.wraps(stage.handler)
    def receive(payload: Any) -> None:
        message = decode(payload, stage.message_type)
        with flow.fusing() as handoff:
            _run(stage.name, stage.handler, message)
            while handoff:
                _run_fused(*handoff.pop())

    return dramatiq.actor(receive, actor_name=stage.name, queue_name=stage.name,
                          throws=(InvalidMessage, StorageRefused), **stage.options)


def _run(stage: str, handler: Handler, message: Message) -> float:
    """Run one stage on one message, then move its report on; counts its duration
    (``consentscan_stage_duration_seconds``)."""
    started = time.monotonic()
    rt = runtime.current()
    result = handler(message, rt)
    _after(stage, rt, message, result)
    seconds = time.monotonic() - started
    metrics.stage_ran(stage, seconds)
    return seconds


def _after(stage: str, rt: runtime.Runtime, message: Message, result: Any) -> None:
    scan = message.scan
    if stage == flow.FLOW[0]:
        # The join of a report's scenarios: the last one to finish starts the analysis.
        with rt.controlplane.claim_analysis(scan.report_id, scan.options.scenarios) as claimed:
            if claimed:
                flow.advance(stage, scan)
    elif stage == flow.FLOW[-1]:
        report, summary = result
        finalize.publish_report(rt, scan, report, summary)
    else:
        flow.advance(stage, scan)


def _run_fused(stage: str, message: Message) -> None:
    """Run a stage handed over by the one before; if it raises, send it to its own queue instead (its own
    retries, backoff and dead letter), without failing the message that carried the report this far."""
    try:
        with structlog.contextvars.bound_contextvars(stage=stage):
            seconds = _run(stage, REGISTRY.handlers[stage], message)
            log.info("stage processed", fused=True, duration_s=round(seconds, 3))
    except Exception as exc:
        log.warning("fused stage failed, sent to its queue", failed_stage=stage, error=repr(exc))
        flow.send(stage, message)
