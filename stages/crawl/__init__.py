"""Crawl stage: one consent scenario of a scan in a real Chromium.

Input: a ``CrawlTask``. Output, under ``reports/<id>/<scenario>/``: ``proof_of_scan.har``,
``proof_of_scan.gif`` and ``crawl.json`` (the ``ScenarioEvidence``). The last scenario of a report to finish
starts the analysis.
"""

from __future__ import annotations

import atexit
import json
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import structlog

from pipeline import metrics
from pipeline.control.runtime import Runtime
from pipeline.errors import GeneralError
from pipeline.model.evidence import ScenarioEvidence
from pipeline.model.messages import CrawlTask, Scan
from pipeline.model.report import ScenarioOutcome, scenario_key
from pipeline.settings import Settings
from pipeline.setup import assets
from pipeline.storage.datasets import write_rows
from pipeline.storage.objects import Storage
from stages.crawl.browser import Browser, MemoryWatchdog
from stages.crawl.host import BrowserHost
from stages.crawl.scenario import ScenarioRun, run_scenario

log = structlog.get_logger("consentscan.crawl")


def crawl_scenario(task: CrawlTask, browser: Browser, settings: Settings, storage: Storage) -> ScenarioEvidence:
    """Run one scenario and store its HAR, GIF and evidence; returns the evidence."""
    with tempfile.TemporaryDirectory(prefix="consentscan-crawl-") as tmp:
        run = browse_scenario(task, browser, settings, Path(tmp))
        store_scenario(task, run, storage)
    return run.evidence


def browse_scenario(task: CrawlTask, browser: Browser, settings: Settings, workdir: Path) -> ScenarioRun:
    """The scenario in the browser, its HAR written under ``workdir``; a page that went over the memory budget
    ends it with the memory error."""
    with browser.memory_watch() as watch:
        run = run_scenario(browser, task, settings, workdir, _autoconsent(settings))
    run.browser_died = bool(run.evidence.error) and not browser.alive()
    if watch.explains(run.evidence.error, run.page_crashed):
        run.evidence.error = GeneralError(MemoryWatchdog.MESSAGE).as_record()
    return run


def browse_in_host(host: BrowserHost, task: CrawlTask, settings: Settings, workdir: Path) -> ScenarioRun:
    """The scenario in the host's browser, run once more in a new browser when that one died under it while
    its own pages had not crashed: a context that crashes Chromium whole (a renderer killed with a screenshot in
    flight did, before ``CaptureGate``; a page may find a new way) must fail only its own scenario, not the
    scans beside it. Each attempt writes under its own folder of ``workdir``."""
    def attempt(number: int) -> ScenarioRun:
        folder = workdir / f"attempt-{number}"
        folder.mkdir(parents=True, exist_ok=True)
        return host.run(lambda browser: browse_scenario(task, browser, settings, folder))

    run = attempt(1)
    if run.browser_died and not run.page_crashed:
        log.warning("browser died under the scenario: running it again in a new browser",
                    report_id=task.scan.report_id, scenario=task.scenario,
                    error=(run.evidence.error or {}).get("error_description"))
        run = attempt(2)
    return run


def store_scenario(task: CrawlTask, run: ScenarioRun, storage: Storage) -> None:
    """The scenario's HAR, GIF, evidence and Reporting API rows, under its report's keys."""
    report_id, scenario = task.scan.report_id, task.scenario
    if run.har_path.exists():
        storage.put_file(scenario_key(report_id, scenario, "proof_of_scan.har"), run.har_path, "application/json")
    storage.put_bytes(scenario_key(report_id, scenario, "proof_of_scan.gif"), run.gif, "image/gif")
    storage.put_bytes(scenario_key(report_id, scenario, "crawl.json"),
                      json.dumps(run.evidence.to_dict()).encode(), "application/json")
    write_rows(storage, "reporting_api", task.scan, reporting_rows(task.scan, run.evidence),
               part=f"{report_id}-{scenario}")


def reporting_rows(scan: Scan, evidence: ScenarioEvidence) -> list[dict]:
    """The browser's Reporting API reports seen while scanning, as ``reporting_api`` rows."""
    return [{"report_id": scan.report_id, "property_id": scan.property_id, "scenario": evidence.scenario,
             "page_url": r["page_url"], "type": r["type"], "url": r["url"], "body": r["body"], "source": "crawler",
             "received_at": datetime.fromtimestamp(r["time"] / 1000, UTC)} for r in evidence.reporting]


_autoconsent_cache: dict[Path, tuple[str, list] | None] = {}


def _autoconsent(settings: Settings) -> tuple[str, list] | None:
    if settings.assets_dir not in _autoconsent_cache:
        loaded = assets.load_autoconsent(settings)
        if loaded is None:
            log.warning("autoconsent rules not found: run `make setup`; only the heuristic will find banners",
                        assets_dir=str(settings.assets_dir))
        _autoconsent_cache[settings.assets_dir] = loaded
    return _autoconsent_cache[settings.assets_dir]


_host: BrowserHost | None = None
_host_lock = threading.Lock()


def browser_host(settings: Settings) -> BrowserHost:
    """The process's browser, shared by its crawl threads (``Settings.crawl_slots`` scenarios at once)."""
    global _host
    with _host_lock:
        if _host is None:
            _host = BrowserHost(settings, settings.crawl_slots)
        return _host


def warm_up(settings: Settings) -> None:
    """A crawl worker has started: launch its browser now rather than when the first scenario arrives."""
    browser_host(settings).run(lambda browser: None)


def close_browser_host() -> None:
    """Close the process's browser (at exit; tests that want a fresh one)."""
    global _host
    with _host_lock:
        host, _host = _host, None
    if host is not None:
        host.close()


atexit.register(close_browser_host)


def close_browser() -> None:
    """A worker thread stops: the browser belongs to the process (its host thread), so nothing is closed here."""


def crawl(task: CrawlTask, rt: Runtime) -> ScenarioOutcome:
    """Crawl one scenario and record its outcome; the engine starts the analysis after the last scenario."""
    scan = task.scan
    rt.controlplane.create_report(scan)
    rt.controlplane.mark_pending(scan.report_id)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="consentscan-crawl-") as tmp:
        # In the host's browser thread: the browser part only; storing happens here, off the browser's loop.
        run = browse_in_host(browser_host(rt.settings), task, rt.settings, Path(tmp))
        store_scenario(task, run, rt.storage)
    evidence = run.evidence
    error = evidence.error or {}
    outcome = ScenarioOutcome(task.scenario, error.get("error_type"), error.get("error_description"),
                              evidence.site_loaded)
    rt.controlplane.record_scenario(scan.report_id, outcome)
    metrics.scenario_crawled(task.scenario, error.get("error_type"), time.monotonic() - started)
    log.info("scenario crawled", error_type=error.get("error_type"), pages=len(evidence.pages),
             observations=len(evidence.observations), cmp=evidence.cmp.name or evidence.cmp.source)
    return outcome
