"""The broker: Dramatiq's, with the middleware every consentscan process needs, and the registry's actors.

In-process scans use the StubBroker, workers RabbitMQ; the actors are the same (``pipeline.engine.binding``
declares the stages' actors, ``pipeline.engine.registry`` moves every actor onto the broker made here).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import dramatiq
import dramatiq.brokers.rabbitmq
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import Retries

from pipeline.engine.binding import declare_stages
from pipeline.engine.middleware import LogContext, ReportFailure, StageFusion, ThreadCleanup, WarmUp
from pipeline.engine.registry import REGISTRY
from pipeline.engine.webhook_deadletter import WebhookDeadLetter
from pipeline.errors import ServiceUnavailable
from pipeline.settings import Settings

ENQUEUE_ATTEMPTS = 6


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


def make_broker(settings: Settings, *, stub: bool = False) -> dramatiq.Broker:
    """Make the process's broker and bind every registered actor to it (the stages' first); see
    ``pipeline.services.boot.setup_broker``, which registers the services' actors before."""
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
    broker.add_middleware(ReportFailure(), before=Retries)
    broker.add_middleware(WebhookDeadLetter(), before=Retries)
    broker.add_middleware(LogContext(), before=Retries)
    broker.add_middleware(ThreadCleanup())
    broker.add_middleware(WarmUp(settings))
    if settings.fuse_stages:
        broker.add_middleware(StageFusion())
    if not stub and settings.metrics_port:
        from dramatiq.middleware.prometheus import Prometheus

        broker.add_middleware(Prometheus())
    if stub:
        broker.emit_after("process_boot")
    dramatiq.set_broker(broker)
    declare_stages()
    REGISTRY.adopt(broker)
    return broker
