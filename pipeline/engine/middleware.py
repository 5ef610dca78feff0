"""Dramatiq middleware: log context for every message, and no report left behind by a failing stage."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import dramatiq
import structlog
from dramatiq.middleware import Middleware

from pipeline.engine import flow
from pipeline.settings import Settings

log = structlog.get_logger("consentscan.worker")


def _scan_fields(message: dramatiq.Message) -> dict[str, Any]:
    payload = message.args[0] if message.args and isinstance(message.args[0], dict) else {}
    scan = payload.get("scan") if isinstance(payload.get("scan"), dict) else {}
    return {"report_id": scan.get("report_id"), "property_id": scan.get("property_id"),
            "scenario": payload.get("scenario")}


class LogContext(Middleware):
    """Binds report_id, property_id, stage, scenario and message_id to every log line of a message."""

    def before_process_message(self, broker: dramatiq.Broker, message: dramatiq.Message) -> None:
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(stage=message.queue_name, message_id=message.message_id,
                                               **_scan_fields(message))
        message.options["consentscan_started"] = time.monotonic()

    def after_process_message(self, broker: dramatiq.Broker, message: dramatiq.Message, *,
                              result: Any = None, exception: BaseException | None = None) -> None:
        started = message.options.pop("consentscan_started", None)
        duration = round(time.monotonic() - started, 3) if started else None
        if exception is None:
            log.info("message processed", duration_s=duration)
        else:
            log.warning("message failed", duration_s=duration, error=repr(exception),
                        retries=message.options.get("retries", 0), dead=message.failed)
        structlog.contextvars.clear_contextvars()

    after_skip_message = after_process_message


class ReportFailure(Middleware):
    """When a stage gives up on a message (retries exhausted or a poison message), its report ends
    ``failed`` with a ``general_error`` instead of staying ``pending``.

    Must run after ``Retries`` has decided (added before it: after-hooks run in reverse order).
    """

    def after_process_message(self, broker: dramatiq.Broker, message: dramatiq.Message, *,
                              result: Any = None, exception: BaseException | None = None) -> None:
        if exception is None or not message.failed:
            return
        report_id = _scan_fields(message)["report_id"]
        if not report_id:
            return
        from pipeline.control import runtime
        from pipeline.engine.finalize import fail_report

        try:
            fail_report(runtime.current(), report_id, f"stage {message.queue_name} failed: {exception}")
        except Exception as exc:  # the store itself may be what failed; the reaper retries later
            log.error("could not mark report failed", error=repr(exc))


class StageFusion(Middleware):
    """Tells ``pipeline.engine.flow`` which stage queues this worker process consumes, so that a report goes on to
    the next stage in the same thread when the process would receive that stage's message anyway."""

    def before_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        flow.run_here(worker.consumer_whitelist or broker.get_declared_queues())

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        flow.run_here(())


#: Called in each worker thread as it stops (a stage's per-thread resources, such as its browser).
THREAD_CLEANUPS: list[Callable[[], None]] = []


class ThreadCleanup(Middleware):
    def before_worker_thread_shutdown(self, broker: dramatiq.Broker, thread: object) -> None:
        for cleanup in THREAD_CLEANUPS:
            try:
                cleanup()
            except Exception as exc:
                log.warning("thread cleanup failed", error=repr(exc))


#: Stage name -> what gets that stage ready before its first message (the crawl launches its browser).
WARM_UPS: dict[str, Callable[[Settings], None]] = {}


class WarmUp(Middleware):
    """Once a worker process has booted, each stage whose queue it consumes gets ready in the background, so
    that the first message does not wait for it (a crawl worker's browser starts before the first scenario)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        queues = worker.consumer_whitelist or broker.get_declared_queues()
        for stage, warm_up in WARM_UPS.items():
            if stage in queues:
                threading.Thread(target=self._warm_up, args=(stage, warm_up), name=f"{stage}-warm-up",
                                 daemon=True).start()

    def _warm_up(self, stage: str, warm_up: Callable[[Settings], None]) -> None:
        try:
            warm_up(self.settings)
        except Exception as exc:  # the first message meets the same failure, and reports it
            log.warning("stage warm-up failed", stage=stage, error=repr(exc))
