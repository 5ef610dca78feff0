"""Broker set-up and the decorator that turns a stage handler into a Dramatiq actor.

``setup_broker`` must run before the stage modules are imported: actors bind to the broker that is current
when they are declared. In-process scans use the StubBroker, workers RabbitMQ; the actors are the same.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import dramatiq
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import Retries

from pipeline import flow, runtime
from pipeline.errors import InvalidMessage
from pipeline.messages import Message, decode
from pipeline.middleware import LogContext, ReportFailure, ThreadCleanup
from pipeline.settings import Settings

M = TypeVar("M", bound=Message)
#: Every stage actor, by stage name, so that a new broker can adopt actors declared on an earlier one.
ACTORS: dict[str, dramatiq.Actor] = {}


def setup_broker(settings: Settings, *, stub: bool = False) -> dramatiq.Broker:
    broker: dramatiq.Broker
    if stub:
        broker = StubBroker()
    else:
        from dramatiq.brokers.rabbitmq import RabbitmqBroker

        broker = RabbitmqBroker(url=settings.broker_url, confirm_delivery=True)
    retries = next(m for m in broker.middleware if isinstance(m, Retries))
    retries.max_retries = settings.max_retries
    retries.min_backoff = 1_000
    retries.max_backoff = 30_000
    # After-hooks run in reverse order: placed before Retries, these run once Retries has decided whether
    # the message is dead.
    broker.add_middleware(ReportFailure(), before=Retries)
    broker.add_middleware(LogContext(), before=Retries)
    broker.add_middleware(ThreadCleanup())
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
    from pipeline import logs

    logs.configure(settings)
    setup_broker(settings)
    return runtime.init(settings)


def stage_actor(stage: str, message_type: type[M], **options: Any) -> Callable[
        [Callable[[M, runtime.Runtime], None]], dramatiq.Actor]:
    """Declare ``handler(message, runtime)`` as the actor of ``stage`` on the queue of the same name.

    The raw payload is decoded into ``message_type`` first; a payload that cannot be decoded is a poison
    message: it fails at once (no retry) and goes to the dead-letter queue.
    """
    def decorate(handler: Callable[[M, runtime.Runtime], None]) -> dramatiq.Actor:
        @functools.wraps(handler)
        def receive(payload: Any) -> None:
            message = decode(payload, message_type)
            handler(message, runtime.current())  # type: ignore[arg-type]

        actor = dramatiq.actor(receive, actor_name=stage, queue_name=stage, throws=(InvalidMessage,), **options)
        ACTORS[stage] = actor
        return actor

    return decorate
