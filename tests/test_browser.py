"""The crawl's browser: presented like a visitor's Chrome, replaced when it dies."""

from __future__ import annotations

import os
import signal
import time

import pytest

from pipeline.settings import Settings
from stages.crawl.browser import BrowserPool
from stages.crawl.host import BrowserHost

pytestmark = pytest.mark.integration


def test_browser_looks_like_desktop_chrome_and_is_replaced_when_killed(tmp_path):
    pool = BrowserPool(Settings(data_dir=tmp_path))
    try:
        browser = pool.get()
        context = browser.new_context()
        page = context.new_page()
        facts = page.evaluate("({webdriver: navigator.webdriver, ua: navigator.userAgent, lang: navigator.language,"
                              " tz: Intl.DateTimeFormat().resolvedOptions().timeZone, w: innerWidth})")
        context.close()
        assert facts["webdriver"] is False and "HeadlessChrome" not in facts["ua"] and "Chrome/" in facts["ua"]
        assert facts["lang"] == "en-US" and facts["tz"] == "Europe/Paris" and facts["w"] == 1366
        assert browser.pid is not None
        os.kill(browser.pid, signal.SIGKILL)
        # The kernel tears the process down asynchronously: the pool must notice within a few seconds.
        deadline = time.monotonic() + 5
        while browser.alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not browser.alive()
        replacement = pool.get()
        assert replacement is not browser and pool.restarts == 1
        context = replacement.new_context()
        assert context.new_page().evaluate("1 + 1") == 2
        context.close()
    finally:
        pool.discard()


def test_a_page_over_the_memory_budget_ends_its_scenario_and_the_worker_scans_on(test_sites, tmp_path):
    """A page that allocates until stopped: its scenario ends with the memory error, the watchdog killed its
    renderer and the host replaced the browser, and the next scan on the same worker succeeds."""
    from dramatiq import Worker

    import stages.crawl as crawl_stage
    from pipeline.control import runtime
    from pipeline.engine import flow
    from pipeline.model.messages import Scan, ScanOptions
    from pipeline.services.boot import setup_broker

    settings = Settings(data_dir=tmp_path, browser_memory_mb=700, allowed_networks="127.0.0.1/32")
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    host = crawl_stage._host = BrowserHost(settings, 1)  # a host with this test's budget
    launched = []
    host_run = host.run

    def run(fn):  # the browsers the scenarios were given, in order
        def record(browser):
            if browser not in launched:
                launched.append(browser)
            return fn(browser)
        return host_run(record)

    host.run = run
    worker = Worker(broker, queues={"crawl"}, worker_threads=1, worker_timeout=50)
    worker.start()
    outcomes = {}
    try:
        for host in ("hog.test", "nobanner.test"):
            scan = Scan.new(f"http://{host}/", options=ScanOptions(
                pages=1, scenarios=("no_user_choice",), host_resolver_rules=test_sites.host_rules))
            started = time.monotonic()
            flow.start(scan)
            broker.join("crawl", timeout=120_000, fail_fast=True)
            [outcomes[host]] = rt.controlplane.scenario_outcomes(scan.report_id)
            outcomes[host + " seconds"] = time.monotonic() - started
    finally:
        worker.stop()
        crawl_stage.close_browser_host()
    hog, fine = outcomes["hog.test"], outcomes["nobanner.test"]
    assert (hog.error_type, hog.error_description) == ("general_error", "page exceeded the memory budget")
    assert hog.site_loaded and outcomes["hog.test seconds"] < 30
    assert len(launched) == 2 and not launched[0].alive() and launched[1].pid != launched[0].pid
    assert fine.error_type is None and fine.site_loaded, fine


def test_a_context_costs_one_renderer_and_keeps_playwrights_features(tmp_path):
    """The omnibox's WebUI pop-ups are switched off through the profile's flags: no ``browser_ui`` target per
    context, and Chromium merges those flags into Playwright's own ``--disable-features`` (a second switch on
    the command line would have replaced Playwright's list, third-party storage partitioning included)."""
    pool = BrowserPool(Settings(data_dir=tmp_path))
    try:
        browser = pool.get()
        contexts = [browser.new_context() for _ in range(3)]
        pages = [context.new_page() for context in contexts]
        session = browser.browser.new_browser_cdp_session()
        targets = session.send("Target.getTargets")["targetInfos"]
        assert [t["url"] for t in targets if t["type"] != "page"] == []
        pages[0].goto("chrome://version")
        switches = pages[0].inner_text("#command_line").split()
        disabled = [s for s in switches if s.startswith("--disable-features=")][-1].split("=", 1)[1].split(",")
        assert {"WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "ThirdPartyStoragePartitioning"} <= set(disabled)
        for context in contexts:
            context.close()
    finally:
        pool.discard()


def test_a_crawl_worker_launches_its_browser_before_its_first_message(tmp_path):
    """Start-up is off the first scan's clock: a worker that consumes the crawl queue starts its browser as it
    boots; one that consumes only the analysis queues starts none."""
    from dramatiq import Worker

    import stages.crawl as crawl_stage
    from pipeline.control import runtime
    from pipeline.services.boot import setup_broker

    settings = Settings(data_dir=tmp_path)
    broker = setup_broker(settings, stub=True)
    runtime.init(settings)
    crawl_stage.close_browser_host()
    analysis = Worker(broker, queues={"score", "privacy"}, worker_threads=1)
    analysis.start()
    time.sleep(1)
    assert crawl_stage._host is None
    analysis.stop()
    worker = Worker(broker, queues={"crawl"}, worker_threads=1)
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while (crawl_stage._host is None or crawl_stage._host.browser is None) and time.monotonic() < deadline:
            time.sleep(0.1)
        host = crawl_stage._host
        assert host is not None and host.browser is not None and host.browsers_launched == 1
        assert host.browser.alive()
    finally:
        worker.stop()
        crawl_stage.close_browser_host()


def test_documents_after_the_home_page_are_not_searched_for_a_cmp():
    """autoconsent looks for its CMPs in the home page's documents; after ``stop()`` (the choice made), a page
    visited is not given the rules, and makes no detection attempt."""
    from playwright.sync_api import sync_playwright

    from pipeline.demo.server import DEMO_URL, SiteServer
    from pipeline.setup.assets import load_autoconsent
    from stages.crawl.autoconsent import Autoconsent
    from stages.crawl.browser import LAUNCH_ARGS, find_chromium

    settings = Settings.from_env()
    assets = load_autoconsent(settings)
    if assets is None:
        pytest.fail("autoconsent assets are missing: run `make setup`")

    def attempts_within(bridge: Autoconsent, page, seconds: float) -> int:
        deadline = time.monotonic() + seconds
        while bridge.main_frame_attempts == 0 and time.monotonic() < deadline:
            page.wait_for_timeout(100)
        return bridge.main_frame_attempts

    with SiteServer() as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(settings),
                                             args=[*LAUNCH_ARGS, f"--host-resolver-rules={server.host_rules}"])
        try:
            context = browser.new_context(ignore_https_errors=True)
            bridge = Autoconsent(context, *assets)
            page = context.new_page()
            page.goto(DEMO_URL)
            assert attempts_within(bridge, page, 5) >= 1  # the home page is searched (no rule knows its banner)
            bridge.stop()
            bridge.main_frame_attempts = 0
            page.goto(DEMO_URL + "privacy.html")
            assert attempts_within(bridge, page, 3) == 0
            assert page.evaluate("typeof window.autoconsentReceiveMessage") == "function"  # there, not given rules
        finally:
            browser.close()
