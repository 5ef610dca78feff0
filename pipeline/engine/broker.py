"""Broker set-up and the decorator that turns a stage handler into a Dramatiq actor.

``setup_broker`` must run before the stage modules are imported: actors bind to the broker that is current
when they are declared. In-process scans use the StubBroker, workers RabbitMQ; the actors are the same.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import dramatiq
import dramatiq.brokers.rabbitmq
import structlog
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import Retries

from pipeline.control import runtime
from pipeline.engine import flow, metrics
from pipeline.engine.middleware import LogContext, ReportFailure, StageFusion, ThreadCleanup
from pipeline.errors import InvalidMessage, ServiceUnavailable, StorageRefused
from pipeline.model.messages import Message, decode
from pipeline.settings import Settings

M = TypeVar("M", bound=Message)
Handler = Callable[[Any, runtime.Runtime], None]
log = structlog.get_logger("consentscan.worker")
ENQUEUE_ATTEMPTS = 6
#: Every stage actor, by stage name, so that a new broker can adopt actors declared on an earlier one.
ACTORS: dict[str, dramatiq.Actor] = {}
#: Every stage's handler, by stage name: what a fused stage runs.
HANDLERS: dict[str, Handler] = {}


class RabbitmqBroker(dramatiq.brokers.rabbitmq.RabbitmqBroker):
    """Dramatiq's RabbitMQ broker, plus ``enqueue_batch``.

    With ``confirm_delivery`` every ``enqueue`` waits for the broker's confirmation: about 1 ms a message here,
    30 s for the 30,000 crawl messages of 10,000 scheduled scans. A batch is published in one AMQP transaction
    instead: ``tx.commit`` returns once RabbitMQ has taken every message (persistent, in durable queues), so
    the guarantee is the same for one round trip.
    """

    def enqueue_batch(self, messages: Sequence[dramatiq.Message]) -> None:
        import pika

        attempts = 0
        while True:
            try:
                channel = self._transaction_channel()
                for message in messages:
                    self.declare_queue(message.queue_name, ensure=True)
                    self.emit_before("enqueue", message, None)
                    channel.basic_publish(exchange="", routing_key=message.queue_name, body=message.encode(),
                                          properties=pika.BasicProperties(
                                              delivery_mode=2, priority=message.options.get("broker_priority")))
                channel.tx_commit()
                break
            except (pika.exceptions.AMQPConnectionError, pika.exceptions.AMQPChannelError) as exc:
                # As dramatiq's enqueue does: drop this thread's connection (and its channels), try again. A
                # transaction that did not commit published nothing.
                del self.connection
                self.state.transaction_channel = None
                attempts += 1
                if attempts >= ENQUEUE_ATTEMPTS:
                    raise ServiceUnavailable(f"RabbitMQ refused {len(messages)} message(s) after {attempts} "
                                             f"attempts: {exc!r}") from None
        for message in messages:
            self.emit_after("enqueue", message, None)

    def _transaction_channel(self) -> Any:
        """This thread's channel in transaction mode, beside dramatiq's channel in confirm mode."""
        channel = getattr(self.state, "transaction_channel", None)
        if channel is None or not channel.is_open:
            channel = self.connection.channel()
            channel.tx_select()
            self.state.transaction_channel = channel
        return channel


def setup_broker(settings: Settings, *, stub: bool = False) -> dramatiq.Broker:
    broker: dramatiq.Broker
    if stub:
        broker = StubBroker()
    else:
        broker = RabbitmqBroker(url=settings.broker_url, confirm_delivery=True)
    retries = next(m for m in broker.middleware if isinstance(m, Retries))
    retries.max_retries = settings.max_retries
    retries.min_backoff = 1_000
    retries.max_backoff = 30_000
    # After-hooks run in reverse order: placed before Retries, these run once Retries has decided whether
    # the message is dead.
    from pipeline.engine.webhook_deadletter import WebhookDeadLetter

    broker.add_middleware(ReportFailure(), before=Retries)
    broker.add_middleware(WebhookDeadLetter(), before=Retries)
    broker.add_middleware(LogContext(), before=Retries)
    broker.add_middleware(ThreadCleanup())
    if settings.fuse_stages:
        broker.add_middleware(StageFusion())
    if not stub and settings.metrics_port:
        from dramatiq.middleware.prometheus import Prometheus

        broker.add_middleware(Prometheus())
    if stub:
        broker.emit_after("process_boot")
    dramatiq.set_broker(broker)
    flow.load_actors()
    for actor in ACTORS.values():
        if actor.broker is not broker:
            actor.broker = broker
            broker.declare_actor(actor)
    return broker


def boot(settings: Settings) -> runtime.Runtime:
    """Start a process that talks to RabbitMQ (worker, submit, scheduler, API): logs, broker, runtime."""
    from pipeline.engine import logs

    logs.configure(settings)
    setup_broker(settings)
    return runtime.init(settings)


def stage_actor(stage: str, message_type: type[M], **options: Any) -> Callable[
        [Callable[[M, runtime.Runtime], None]], dramatiq.Actor]:
    """Declare ``handler(message, runtime)`` as the actor of ``stage`` on the queue of the same name.

    The raw payload is decoded into ``message_type`` first; a payload that cannot be decoded is a poison
    message: it fails at once (no retry) and goes to the dead-letter queue, as does one whose storage refused
    it (``StorageRefused``: a full disk does not empty itself between retries). Then the stages that the handler
    handed over (``flow.advance`` with stage fusion) run one after the other in this thread.
    """
    def decorate(handler: Callable[[M, runtime.Runtime], None]) -> dramatiq.Actor:
        @functools.wraps(handler)
        def receive(payload: Any) -> None:
            message = decode(payload, message_type)
            with flow.fusing() as handoff:
                _run(stage, handler, message)
                while handoff:
                    _run_fused(*handoff.pop())

        actor = dramatiq.actor(receive, actor_name=stage, queue_name=stage, throws=(InvalidMessage, StorageRefused),
                              **options)
        ACTORS[stage] = actor
        HANDLERS[stage] = handler
        return actor

    return decorate


def _run(stage: str, handler: Handler, message: Message) -> float:
    """Run one stage on one message; counts its duration (``consentscan_stage_duration_seconds``)."""
    started = time.monotonic()
    handler(message, runtime.current())
    seconds = time.monotonic() - started
    metrics.stage_ran(stage, seconds)
    return seconds


def _run_fused(stage: str, message: Message) -> None:
    """Run a stage handed over by the one before; if it raises, send it to its own queue instead (its own
    retries, backoff and dead letter), without failing the message that carried the report this far."""
    try:
        with structlog.contextvars.bound_contextvars(stage=stage):
            seconds = _run(stage, HANDLERS[stage], message)
            log.info("stage processed", fused=True, duration_s=round(seconds, 3))
    except Exception as exc:
        log.warning("fused stage failed, sent to its queue", failed_stage=stage, error=repr(exc))
        flow.send(stage, message)
