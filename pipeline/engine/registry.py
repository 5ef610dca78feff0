"""The registry: every actor a process binds to its broker, by name, and what runs when a report ends.

One object instead of module dicts: the stage table (``pipeline.engine.binding``) and the services' own actors
(``pipeline.services.webhooks.actors``) register here; ``pipeline.engine.broker.setup_broker`` binds them all to
the broker it makes, so a new broker (a test's StubBroker, a worker's RabbitMQ) adopts actors declared earlier.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import dramatiq

#: ``handler(message, runtime)``: a stage function with the context it runs in.
Handler = Callable[[Any, Any], Any]
#: ``hook(runtime, scan, report)``: told of every report that ends (after its status is final).
ReportHook = Callable[[Any, Any, dict[str, Any]], None]


@dataclasses.dataclass
class Registry:
    #: Every actor by name: stage actors (named after their stage and queue) and side actors (webhooks).
    actors: dict[str, dramatiq.Actor] = dataclasses.field(default_factory=dict)
    #: Every stage's function by stage name: what a fused stage runs.
    handlers: dict[str, Handler] = dataclasses.field(default_factory=dict)
    #: Called once a report's final status is written, in the order registered.
    report_finished: list[ReportHook] = dataclasses.field(default_factory=list)

    def add_actor(self, actor: dramatiq.Actor) -> dramatiq.Actor:
        self.actors[actor.actor_name] = actor
        return actor

    def on_report_finished(self, hook: ReportHook) -> None:
        if hook not in self.report_finished:
            self.report_finished.append(hook)

    def adopt(self, broker: dramatiq.Broker) -> None:
        """Move every registered actor onto ``broker`` (actors bind to the broker current when declared)."""
        for actor in self.actors.values():
            if actor.broker is not broker:
                actor.broker = broker
                broker.declare_actor(actor)


#: This process's registry.
REGISTRY = Registry()
