"""Scans as both interfaces run them: in this process (``consentscan scan``, ``demo``), and waiting on
reports; a report's document, from storage or, when its files cannot be read, from the control plane."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from pipeline.control import runtime
from pipeline.engine import flow
from pipeline.engine.finalize import report_from_controlplane
from pipeline.errors import ConsentscanError, InvalidInput, StorageError, StorageRefused
from pipeline.model.messages import Scan
from pipeline.model.report import failed_report, report_key
from pipeline.model.status import FINAL, WITH_RESULTS, ReportStatus
from pipeline.settings import Settings
from pipeline.storage.objects import get_json


def run_in_process(settings: Settings, scan: Scan, timeout: float = 1800, keep_browser: bool = False) -> tuple[
        dict[str, Any], StorageRefused | None]:
    """Every stage in this process: Dramatiq's StubBroker and a worker thread per scenario, the same actors.
    The process's browser is closed with the scan, unless ``keep_browser`` (a caller that scans again, as a
    worker does: ``make bench``).

    Returns the report and, if the storage refused a write (disk full, read-only), that error: the report
    then ended ``failed`` at once (``StorageRefused`` is never retried), and when the control plane itself
    could not record it, the failed document is built here."""
    # Imported here: reading a report (``stored_report``) should not load the broker, the stages and Chromium's
    # driver.
    from dramatiq import Worker
    from dramatiq.errors import QueueJoinTimeout
    from dramatiq.middleware import Middleware

    from pipeline.services.boot import setup_broker

    class Refusals(Middleware):
        """Remembers the first ``StorageRefused`` a stage raised: the scan stops waiting on it."""

        first: StorageRefused | None = None

        def after_process_message(self, broker: Any, message: Any, *, result: Any = None,
                                  exception: BaseException | None = None) -> None:
            if isinstance(exception, StorageRefused) and self.first is None:
                self.first = exception

    broker = setup_broker(settings, stub=True)
    refusals = Refusals()
    broker.add_middleware(refusals)
    rt = runtime.init(settings)
    rt.controlplane.create_report(scan)
    flow.start(scan)
    # The scenarios run side by side in the process's one browser, a worker thread each (``crawl_slots``).
    threads = max(1, min(settings.crawl_slots, len(scan.options.scenarios)))
    worker = Worker(broker, worker_threads=threads, worker_timeout=100)
    worker.start()
    deadline = time.monotonic() + timeout
    try:
        while refusals.first is None and status_of(rt, scan.report_id) not in FINAL:
            if time.monotonic() > deadline:
                raise ConsentscanError(f"the scan did not finish within {timeout:.0f} s")
            for queue in flow.FLOW:
                try:
                    broker.join(queue, timeout=1000, fail_fast=False)
                except QueueJoinTimeout:
                    pass  # still working: check the report's status again
                if refusals.first is not None:
                    break
    finally:
        worker.stop()
        if not keep_browser:
            # The process's browser goes with its scan, before the outcome is printed (not at exit, after it).
            from stages.crawl import close_browser_host

            close_browser_host()
    try:
        report = stored_report(rt.storage, scan.report_id, rt)
    except ConsentscanError:
        report = None
    if refusals.first is not None and (report is None or report["status"] not in FINAL):
        report = failed_report(scan, f"storage failure: {refusals.first}")
    if report is None:
        raise ConsentscanError(f"report {scan.report_id} cannot be read")
    return report, refusals.first


def status_of(rt: Any, report_id: str) -> str | None:
    return (rt.controlplane.get_report(report_id) or {}).get("status")


def wait_for(rt: Any, report_ids: list[str], seconds: float,
             progress: Callable[[int, int], None] | None = None) -> dict[str, str]:
    """The reports' statuses once all are final or ``seconds`` have passed; ``progress(done, failed)`` on the way."""
    deadline = time.monotonic() + seconds
    while True:
        statuses = rt.controlplane.statuses(report_ids)
        failed = sum(1 for s in statuses.values() if s == ReportStatus.FAILED)
        done = sum(1 for s in statuses.values() if s in WITH_RESULTS)
        if progress:
            progress(done, failed)
        if done + failed == len(report_ids) or time.monotonic() >= deadline:
            return statuses
        time.sleep(0.5)


def stored_report(storage: Any, report_id: str, rt: Any = None) -> dict[str, Any]:
    """``reports.json``; when it cannot be read, what the control plane knows of the report."""
    try:
        return get_json(storage, report_key(report_id, "reports.json"))
    except (StorageError, ValueError):  # missing, unreadable, or cut short by a full disk
        fallback = report_from_controlplane(rt, report_id) if rt is not None else None
        if fallback is None:
            raise InvalidInput(f"no report {report_id}") from None
        return fallback
