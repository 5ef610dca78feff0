"""Starting a process: the broker with every actor (the stages' and the services' own), logs, the runtime.

The one place that knows all the actors: the engine binds the stages, and the services' actors (webhooks)
register themselves when imported here, so that the engine never imports the layers above it.
"""

from __future__ import annotations

import dramatiq

from pipeline.control import runtime
from pipeline.engine import logs
from pipeline.engine.broker import make_broker
from pipeline.services.webhooks import actors as webhook_actors
from pipeline.settings import Settings

#: The services' actors, registered with ``pipeline.engine.registry.REGISTRY`` on import.
SERVICE_ACTORS = (webhook_actors,)


def setup_broker(settings: Settings, *, stub: bool = False) -> dramatiq.Broker:
    """The process's broker (StubBroker in-process, else RabbitMQ) with every actor bound to it."""
    return make_broker(settings, stub=stub)


def boot(settings: Settings) -> runtime.Runtime:
    """Start a process that talks to RabbitMQ (worker, submit, scheduler, API): logs, broker, runtime."""
    logs.configure(settings)
    setup_broker(settings)
    return runtime.init(settings)
