"""structlog, configured once per process: JSON lines in workers, readable lines on a terminal.

Every line logged while a message is processed carries report_id, property_id, stage and scenario (bound by
``pipeline.engine.middleware.LogContext`` through contextvars).
"""

from __future__ import annotations

import logging
import sys

import structlog

from pipeline.settings import Settings


def configure(settings: Settings) -> None:
    level = logging.getLevelName(settings.log_level.upper())
    renderer: structlog.typing.Processor
    if settings.log_format == "json":
        renderer = structlog.processors.JSONRenderer()
    else:
        renderer = structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level if isinstance(level, int) else logging.INFO),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
    # Dramatiq and pika log through the standard library: keep them on stderr, quieter.
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # pika logs every failed connection attempt with a traceback; the broker's callers report the failure.
    logging.getLogger("pika").setLevel(logging.CRITICAL)


def get_logger(name: str) -> structlog.typing.FilteringBoundLogger:
    return structlog.get_logger(name)
