"""The order of the stages, declared once (like scrapy's ITEM_PIPELINES): no stage imports its successor.

Each stage is a function of ``stages/`` that ``pipeline.engine.binding`` binds to a Dramatiq actor named after the
stage, consuming the queue of the same name. The crawl runs
once per scenario; the last scenario to finish starts the analysis (see ``ControlPlane.claim_analysis``).

Stage fusion (``Settings.fuse_stages``, on by default): a worker process that consumes the next analysis
stage's queue runs that stage itself, in the same thread, right after the current one, instead of sending it
a message, as Flink chains operators and Dataflow fuses steps. A report then costs one message through the
five analysis stages instead of five (each a confirmed publish, a delivery and an ack). Every stage still
writes its output under its own deterministic keys, so a redelivered message redoes the same work; a fused
stage that raises is sent to its own queue for its own retries and dead letter. A stage left out of a
worker's ``--queues`` is always sent to its queue: scaling one stage alone still works. The crawl never fuses:
its thread belongs to a browser.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from pipeline.model.messages import CrawlTask, Message, ReportTask, Scan, encode

if TYPE_CHECKING:
    import dramatiq

FLOW = ("crawl", "har_parse", "trackers", "vendors", "privacy", "score")
#: Queues beside the stages' (their actors, the webhooks', are not stages: no report flows through them; they
#: register with ``pipeline.engine.registry`` from ``pipeline.services``).
SIDE_QUEUES = ("webhooks",)
#: Every queue a worker may consume.
QUEUES = FLOW + SIDE_QUEUES


def _broker() -> dramatiq.Broker:
    # Imported here: the CLI reads ``FLOW`` to build its parser, and a mistyped flag should not wait for
    # Dramatiq to load.
    import dramatiq

    return dramatiq.get_broker()


def _message(stage: str, message: Message) -> dramatiq.Message:
    return _broker().get_actor(stage).message(encode(message))


def send(stage: str, message: Message) -> None:
    _broker().enqueue(_message(stage, message))


def start(scan: Scan) -> None:
    """Enqueue one crawl per scenario; they may run on different workers at once."""
    start_many([scan])


def start_many(scans: Sequence[Scan]) -> None:
    """``start`` for many scans at once: on RabbitMQ, one transaction (one round trip) for all their messages
    instead of a confirmed publish each (see ``pipeline.engine.broker.RabbitmqBroker.enqueue_batch``)."""
    messages = [_message(FLOW[0], CrawlTask(scan=scan, scenario=scenario))
                for scan in scans for scenario in scan.options.scenarios]
    broker = _broker()
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


#: The analysis stages whose queue this worker process consumes (``pipeline.engine.middleware.StageFusion`` sets
#: them when the worker boots); empty outside a worker and with ``fuse_stages`` off.
_local_stages: frozenset[str] = frozenset()
#: Per thread, while a stage message is processed: the stage handed over by ``advance`` to run next.
_thread = threading.local()


def run_here(stages: Iterable[str]) -> None:
    """Declare the queues this worker process consumes: ``advance`` runs those stages in place."""
    global _local_stages
    _local_stages = frozenset(stages)


@contextlib.contextmanager
def fusing() -> Iterator[list[tuple[str, ReportTask]]]:
    """Around a stage message: while it lasts, ``advance`` appends a stage this process consumes to the list
    yielded (which the caller runs, see ``pipeline.engine.broker``) instead of sending it a message."""
    _thread.handoff = handoff = []
    try:
        yield handoff
    finally:
        _thread.handoff = None


def advance(stage: str, scan: Scan) -> None:
    """Pass the report on to the stage after ``stage``, if any: in place if fused (see above), else by message."""
    position = FLOW.index(stage)
    if position + 1 == len(FLOW):
        return
    following, task = FLOW[position + 1], ReportTask(scan=scan)
    handoff = getattr(_thread, "handoff", None)
    if handoff is not None and stage != FLOW[0] and following in _local_stages:
        handoff.append((following, task))
    else:
        send(following, task)
