"""consentscan's Prometheus metrics, beside Dramatiq's own (messages, errors, durations per queue).

Workers run several processes: metrics go through prometheus_client's multiprocess mode, which Dramatiq's
Prometheus middleware sets up at process boot and serves from the worker's main process. Outside a worker
(in-process scans, tests) the same calls count in memory and nothing is served.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_created: dict[str, Any] = {}


def _metrics() -> dict[str, Any]:
    # Created on first use, after Dramatiq's boot has chosen the multiprocess directory; once, under a lock:
    # crawl threads finish scenarios at the same moment, and a second registration raises.
    with _lock:
        if not _created:
            _created.update(_create())
        return _created


def _create() -> dict[str, Any]:
    import prometheus_client as prom

    return {
        "scenarios": prom.Counter("consentscan_scenarios_total", "Scenarios crawled, by scenario and outcome.",
                                  ["scenario", "outcome"]),
        "scenario_seconds": prom.Histogram("consentscan_scenario_duration_seconds", "Time to crawl one scenario.",
                                           ["scenario"], buckets=(2, 5, 10, 20, 30, 60, 120, 300)),
        "stage_seconds": prom.Histogram("consentscan_stage_duration_seconds",
                                        "Time a stage took on one report (or scenario, for the crawl).", ["stage"],
                                        buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 120, 300)),
        "reports": prom.Counter("consentscan_reports_total", "Reports finished, by status.", ["status"]),
        "browser_restarts": prom.Counter("consentscan_browser_restarts_total",
                                         "Browsers relaunched (recycled, crashed or hung)."),
    }


def scenario_crawled(scenario: str, error_type: str | None, seconds: float) -> None:
    _metrics()["scenarios"].labels(scenario, error_type or "ok").inc()
    _metrics()["scenario_seconds"].labels(scenario).observe(seconds)


def stage_ran(stage: str, seconds: float) -> None:
    _metrics()["stage_seconds"].labels(stage).observe(seconds)


def report_finished(status: str) -> None:
    _metrics()["reports"].labels(status).inc()


def browser_restarted() -> None:
    _metrics()["browser_restarts"].inc()
