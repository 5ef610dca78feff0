"""Crawl benchmarks (``make bench``): memory over consecutive scans, and overhead against bare Playwright.

Prints figures; asserts nothing about speed (targets are read by people, not by CI).
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

from pipeline.demo.server import DEMO_URL, SiteServer
from pipeline.model.messages import DEFAULT_SCENARIOS, CrawlTask, Scan, ScanOptions
from pipeline.settings import Settings
from pipeline.storage.objects import LocalStorage
from stages.crawl import crawl_scenario
from stages.crawl.browser import LAUNCH_ARGS, BrowserPool, find_chromium, rss_mb

SCANS = int(os.environ.get("BENCH_SCANS", "50"))
PAGES = 5


def scan_once(pool: BrowserPool, settings: Settings, storage: LocalStorage, rules: str) -> float:
    scan = Scan.new(DEMO_URL, options=ScanOptions(pages=PAGES, host_resolver_rules=rules, ignore_https_errors=True,
                                                 allow_private_networks=True))
    started = time.perf_counter()
    for scenario in DEFAULT_SCENARIOS:
        evidence = crawl_scenario(CrawlTask(scan, scenario), pool.get(), settings, storage)
        assert evidence.error is None, evidence.error
    return time.perf_counter() - started


def bare_playwright(server: SiteServer, executable: str | None) -> float:
    """The same pages in three fresh contexts with the same waits, nothing recorded."""
    from playwright.sync_api import sync_playwright

    pages = ["", "privacy.html", "products.html", "about.html", "contact.html"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=[
            *LAUNCH_ARGS, f"--host-resolver-rules={server.host_rules}"])
        started = time.perf_counter()
        for scenario in DEFAULT_SCENARIOS:
            context = browser.new_context(ignore_https_errors=True)
            page = context.new_page()
            for index, path in enumerate(pages):
                page.goto(DEMO_URL + path, wait_until="load")
                page.wait_for_load_state("networkidle")
                if index == 0 and scenario != "no_user_choice":
                    page.locator("#cookie-banner").wait_for()
                    page.click("#accept" if scenario == "consent_to_all" else "#refuse")
                    page.wait_for_load_state("networkidle")
            context.close()
        elapsed = time.perf_counter() - started
        browser.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, SiteServer() as server:
        settings = Settings(data_dir=Path(tmp), allow_private_networks=True, browser_recycle_scenarios=10_000)
        storage = LocalStorage(Path(tmp))
        pool = BrowserPool(settings)
        durations, browser_rss, own_rss = [], [], []
        for index in range(SCANS):
            durations.append(scan_once(pool, settings, storage, server.host_rules))
            browser_rss.append(rss_mb(pool.get().pid))
            own_rss.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            if index in (0, 9, SCANS // 2, SCANS - 1):
                print(f"scan {index + 1:3d}: {durations[-1]:.2f} s, browser RSS {browser_rss[-1]:.0f} MiB, "
                      f"worker max RSS {own_rss[-1]:.0f} MiB", flush=True)
        pool.discard()
        print(f"{SCANS} consecutive three-scenario scans of the demo site ({PAGES} pages each):")
        print(f"  time per scan: median {statistics.median(durations):.2f} s, max {max(durations):.2f} s")
        print(f"  browser RSS (all processes): first {browser_rss[0]:.0f} MiB, last {browser_rss[-1]:.0f} MiB, "
              f"max {max(browser_rss):.0f} MiB")
        print(f"  worker max RSS: after scan 1 {own_rss[0]:.0f} MiB, after scan {SCANS} {own_rss[-1]:.0f} MiB")
        bare = statistics.median(bare_playwright(server, find_chromium(settings)) for _ in range(3))
        ours = statistics.median(durations[-10:])
        print(f"overhead: consentscan crawl {ours:.2f} s, bare Playwright {bare:.2f} s, ratio {ours / bare:.2f}x "
              "(target <= 1.3x)")


if __name__ == "__main__":
    main()
