"""Crawl stage: one consent scenario of a scan in a real Chromium.

Input: a ``CrawlTask``. Output, under ``reports/<id>/<scenario>/``: ``proof_of_scan.har``,
``proof_of_scan.gif`` and ``crawl.json`` (the ``ScenarioEvidence``). The last scenario of a report to finish
starts the analysis.
"""

from __future__ import annotations

import json
import tempfile
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
from stages.crawl.browser import Browser, BrowserPool, MemoryWatchdog
from stages.crawl.scenario import run_scenario

log = structlog.get_logger("consentscan.crawl")


def crawl_scenario(task: CrawlTask, browser: Browser, settings: Settings, storage: Storage) -> ScenarioEvidence:
    """Run one scenario and store its HAR, GIF and evidence; returns the evidence."""
    with tempfile.TemporaryDirectory(prefix="consentscan-crawl-") as tmp:
        with browser.memory_watch() as watch:
            run = run_scenario(browser, task, settings, Path(tmp), _autoconsent(settings))
        if watch.explains(run.evidence.error):
            run.evidence.error = GeneralError(MemoryWatchdog.MESSAGE).as_record()
        report_id, scenario = task.scan.report_id, task.scenario
        if run.har_path.exists():
            storage.put_file(scenario_key(report_id, scenario, "proof_of_scan.har"), run.har_path, "application/json")
        storage.put_bytes(scenario_key(report_id, scenario, "proof_of_scan.gif"), run.gif, "image/gif")
        storage.put_bytes(scenario_key(report_id, scenario, "crawl.json"),
                          json.dumps(run.evidence.to_dict()).encode(), "application/json")
        write_rows(storage, "reporting_api", task.scan, reporting_rows(task.scan, run.evidence),
                   part=f"{report_id}-{scenario}")
    return run.evidence


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


_pool: BrowserPool | None = None


def browser_pool(settings: Settings) -> BrowserPool:
    global _pool
    if _pool is None:
        _pool = BrowserPool(settings)
    return _pool


def close_browser() -> None:
    """Each worker thread closes its own browser (Playwright objects belong to the thread that made them)."""
    if _pool is not None:
        _pool.discard()


def crawl(task: CrawlTask, rt: Runtime) -> ScenarioOutcome:
    """Crawl one scenario and record its outcome; the engine starts the analysis after the last scenario."""
    scan = task.scan
    rt.controlplane.create_report(scan)
    rt.controlplane.mark_pending(scan.report_id)
    pool = browser_pool(rt.settings)
    started = time.monotonic()
    try:
        evidence = crawl_scenario(task, pool.get(), rt.settings, rt.storage)
    except Exception:
        pool.discard()  # whatever broke, the next try gets a fresh browser
        raise
    failure = (evidence.error or {}).get("error_description") or ""
    if "browser failure" in failure or failure == MemoryWatchdog.MESSAGE:
        pool.discard()
    error = evidence.error or {}
    outcome = ScenarioOutcome(task.scenario, error.get("error_type"), error.get("error_description"),
                              evidence.site_loaded)
    rt.controlplane.record_scenario(scan.report_id, outcome)
    metrics.scenario_crawled(task.scenario, error.get("error_type"), time.monotonic() - started)
    log.info("scenario crawled", error_type=error.get("error_type"), pages=len(evidence.pages),
             observations=len(evidence.observations), cmp=evidence.cmp.name or evidence.cmp.source)
    return outcome
