"""The order of the stages, declared once (like scrapy's ITEM_PIPELINES): no stage imports its successor.

Each stage is a Dramatiq actor named after the stage, consuming the queue of the same name. The crawl runs
once per scenario; the last scenario to finish starts the analysis (see ``ControlPlane.claim_analysis``).
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator, Sequence
from typing import Any

import dramatiq

from pipeline.messages import CrawlTask, Message, ReportTask, Scan, encode

FLOW = ("crawl", "har_parse", "trackers", "vendors", "privacy", "score")
MODULES = {
    "crawl": "stages.crawl",
    "har_parse": "stages.har_parse",
    "trackers": "stages.trackers",
    "vendors": "stages.vendors",
    "privacy": "stages.privacy",
    "score": "stages.score",
}


def load_actors() -> None:
    """Import every stage module so that its actor registers with the current broker."""
    for module in MODULES.values():
        importlib.import_module(module)


def _message(stage: str, message: Message) -> dramatiq.Message:
    return dramatiq.get_broker().get_actor(stage).message(encode(message))


def send(stage: str, message: Message) -> None:
    dramatiq.get_broker().enqueue(_message(stage, message))


def start(scan: Scan) -> None:
    """Enqueue one crawl per scenario; they may run on different workers at once."""
    start_many([scan])


def start_many(scans: Sequence[Scan]) -> None:
    """``start`` for many scans at once: on RabbitMQ, one transaction (one round trip) for all their messages
    instead of a confirmed publish each (see ``pipeline.broker.RabbitmqBroker.enqueue_batch``)."""
    messages = [_message(FLOW[0], CrawlTask(scan=scan, scenario=scenario))
                for scan in scans for scenario in scan.options.scenarios]
    broker = dramatiq.get_broker()
    if hasattr(broker, "enqueue_batch"):
        broker.enqueue_batch(messages)
    else:
        for message in messages:
            broker.enqueue(message)


@contextlib.contextmanager
def registered(rt: Any, scans: Sequence[Scan]) -> Iterator[None]:
    """Reports registered as ``queued`` for the block, which enqueues their crawls; if it fails (RabbitMQ
    down), they are withdrawn: no report is left queued without messages for the reaper to fail later."""
    rt.controlplane.create_reports(list(scans))
    try:
        yield
    except BaseException:
        rt.controlplane.withdraw_reports([scan.report_id for scan in scans])
        raise


def advance(stage: str, scan: Scan) -> None:
    """Send the report to the stage after ``stage``, if any."""
    position = FLOW.index(stage)
    if position + 1 < len(FLOW):
        send(FLOW[position + 1], ReportTask(scan=scan))
