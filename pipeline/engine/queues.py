"""What RabbitMQ holds for each stage: ready messages, delayed retries, dead letters, consumers."""

from __future__ import annotations

from collections.abc import Iterable

import pika

from pipeline.errors import ServiceUnavailable


def queue_stats(broker_url: str, queues: Iterable[str]) -> dict[str, dict[str, int]]:
    """Dramatiq's three queues per stage: ``Q`` (ready), ``Q.DQ`` (delayed), ``Q.XQ`` (dead letters)."""
    try:
        connection = pika.BlockingConnection(pika.URLParameters(broker_url))
    except pika.exceptions.AMQPConnectionError as exc:
        raise ServiceUnavailable(f"cannot reach RabbitMQ at {pika.URLParameters(broker_url).host}: {exc!r}") from exc
    try:
        stats = {}
        for queue in queues:
            row = {}
            for suffix, field in (("", "ready"), (".DQ", "delayed"), (".XQ", "dead")):
                channel = connection.channel()
                try:
                    frame = channel.queue_declare(queue + suffix, passive=True)
                    row[field] = frame.method.message_count
                    if not suffix:
                        row["consumers"] = frame.method.consumer_count
                    channel.close()
                except pika.exceptions.ChannelClosedByBroker:  # not declared yet: nothing there
                    row[field] = 0
                    row.setdefault("consumers", 0)
            stats[queue] = row
        return stats
    finally:
        connection.close()
