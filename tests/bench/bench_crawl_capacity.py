"""Crawl capacity (``make bench``): consentscan against the bare-Playwright floor, on the demo shop (a real
consent banner) served at once and, as a far server, with every response delayed by 150-400 ms; then the
scans per hour of one crawl process at concurrency 1, 2, 4 and 8, with its browser's memory.

A scan is timed twice: its browser already running, as in a crawl worker (against the floor once its browser
runs), and its browser started for it, as the ``consentscan scan`` command does (against the floor with its own
Playwright and browser start).

Prints figures, side by side in one run; asserts nothing about speed (targets are read by people). On a
shared machine, read the load average printed with them. ``BENCH_ROUNDS`` (default 5) sets the medians,
``BENCH_LONG_SCANS`` (default 24) the scans of the memory run at concurrency 4 (the target says 200).
"""

from __future__ import annotations

import os
import queue
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from pipeline.demo.server import DEMO_URL, SiteServer
from pipeline.engine import logs
from pipeline.model.messages import DEFAULT_SCENARIOS, CrawlTask, Scan, ScanOptions
from pipeline.services.scans import run_in_process
from pipeline.settings import Settings
from pipeline.storage.objects import LocalStorage
from stages import crawl as crawl_stage
from stages.crawl import browse_scenario, store_scenario
from stages.crawl.browser import LAUNCH_ARGS, find_chromium
from stages.crawl.host import BrowserHost
from stages.crawl.memory import anonymous_mb, descendants, rss_mb

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
LONG_SCANS = int(os.environ.get("BENCH_LONG_SCANS", "24"))
PAGES = ["", "privacy.html", "products.html"]  # what the scanner visits with --pages 3
DELAY = (0.15, 0.4)


def bare_playwright(server: SiteServer, executable: str | None) -> tuple[float, float]:
    """The floor: the three scenarios one after another, each in a fresh context, the same pages, the click,
    and the same waits (the load, then no request in flight for 500 ms: after each load and after the click);
    nothing recorded. Returns its seconds once the browser runs, and with Playwright's and the browser's start."""
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=[
            *LAUNCH_ARGS, f"--host-resolver-rules={server.host_rules}"])
        running = time.perf_counter()
        for scenario in DEFAULT_SCENARIOS:
            context = browser.new_context(ignore_https_errors=True)
            page = context.new_page()
            for index, path in enumerate(PAGES):
                page.goto(DEMO_URL + path, wait_until="load")
                page.wait_for_load_state("networkidle")
                if index == 0:
                    page.locator("#cookie-banner").wait_for()
                    if scenario != "no_user_choice":
                        quiet_after(page, "#accept" if scenario == "consent_to_all" else "#refuse")
            context.close()
        ended = time.perf_counter()
        browser.close()
    return ended - running, ended - started


def quiet_after(page: Any, selector: str) -> None:
    """Click ``selector``, then wait until no request has been in flight for 500 ms. Playwright's
    ``networkidle`` fires once per load, so after a click it resolves at once, before the requests the click
    starts (the trackers an accept loads, which a scan must record); this floor did that before, and was 1-1.5 s
    shorter. The scan's own rule (``stages.crawl.scenario.NetworkMonitor``), written bare: the floor runs none of
    the scanner's code."""
    inflight, last = set(), [time.perf_counter()]

    def change(request: Any, starts: bool) -> None:
        (inflight.add if starts else inflight.discard)(request)
        last[0] = time.perf_counter()

    page.on("request", lambda r: change(r, True))
    page.on("requestfinished", lambda r: change(r, False))
    page.on("requestfailed", lambda r: change(r, False))
    page.click(selector)
    while inflight or time.perf_counter() - last[0] < 0.5:
        page.wait_for_timeout(50)


def scan_options(server: SiteServer) -> ScanOptions:
    return ScanOptions(pages=len(PAGES), host_resolver_rules=server.host_rules, ignore_https_errors=True,
                       allow_private_networks=True)


def whole_scans(server: SiteServer, settings: Settings, keep_browser: bool) -> list[float]:
    """``consentscan scan``'s work in this process (every stage, analysis included), ``ROUNDS`` times: with the
    browser started for each scan (as the ``consentscan scan`` command does) or kept running between them (as a
    worker does; started before the first, untimed)."""
    if keep_browser:
        crawl_stage.warm_up(settings)
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        report, _ = run_in_process(settings, Scan.new(DEMO_URL, options=scan_options(server)),
                                   keep_browser=keep_browser)
        assert report["status"] == "success", report["errors"]
        times.append(time.perf_counter() - started)
    crawl_stage.close_browser_host()
    return times


def pss_mb(pid: int) -> float:
    """Proportional set size of a process tree, in MiB: each shared page counted once over all processes
    (summed RSS counts the Chromium binary and libraries once per process)."""
    total = 0
    for one in [pid, *descendants(pid)]:
        try:
            for line in Path(f"/proc/{one}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except (OSError, ValueError):
            continue
    return total / 1024


class MemorySampler:
    """The browser's process tree, sampled every 0.5 s: summed RSS, PSS and anonymous memory, in MiB."""

    def __init__(self, host: BrowserHost) -> None:
        self.host = host
        self.rss: list[float] = []
        self.pss: list[float] = []
        self.anonymous: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            browser = self.host.browser
            if browser is not None and browser.pid:
                self.rss.append(rss_mb(browser.pid))
                self.pss.append(pss_mb(browser.pid))
                self.anonymous.append(anonymous_mb([browser.pid, *descendants(browser.pid)]))


def crawl_process(server: SiteServer, settings: Settings, storage: LocalStorage, slots: int, scans: int,
                  progress: bool = False) -> tuple[float, MemorySampler, list[float]]:
    """A crawl process at ``slots`` concurrency: ``slots`` threads take scenarios off a queue, as Dramatiq's
    threads take crawl messages; returns the seconds for ``scans`` whole scans, the memory, RSS per 10 scans."""
    host = BrowserHost(settings, slots)
    host.run(lambda browser: None)  # launched before the clock starts, as a running worker's
    work: queue.Queue = queue.Queue()
    for _ in range(scans):
        scan = Scan.new(DEMO_URL, options=scan_options(server))
        for scenario in DEFAULT_SCENARIOS:
            work.put(CrawlTask(scan, scenario))
    done, lock, checkpoints = [0], threading.Lock(), []

    def worker() -> None:
        while True:
            try:
                task = work.get_nowait()
            except queue.Empty:
                return
            with tempfile.TemporaryDirectory() as tmp:
                run = host.run(lambda browser, task=task, tmp=tmp: browse_scenario(task, browser, settings, Path(tmp)))
                store_scenario(task, run, storage)
            assert run.evidence.error is None, run.evidence.error
            with lock:
                done[0] += 1
                if done[0] % 30 == 0 and host.browser is not None:
                    checkpoints.append(pss_mb(host.browser.pid))
                    if progress:
                        print(f"    {done[0] // 3} scans: browser PSS {checkpoints[-1]:.0f} MiB, summed RSS "
                              f"{rss_mb(host.browser.pid):.0f} MiB", flush=True)

    with MemorySampler(host) as memory:
        started = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(slots)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    host.close()
    return elapsed, memory, checkpoints


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


def main() -> None:
    logs.configure(Settings(log_level="WARNING"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), allow_private_networks=True, browser_recycle_scenarios=10_000,
                            crawl_concurrency=3)
        storage = LocalStorage(Path(tmp))
        executable = find_chromium(settings)
        print(f"crawl capacity: demo shop, {len(PAGES)} pages x 3 scenarios, medians of {ROUNDS}; {load()}")
        for name, delay in (("zero-latency", None), ("delayed 150-400 ms", DELAY)):
            target = "1.2" if delay is None else "0.6"
            with SiteServer(delay=delay) as server:
                floors = [bare_playwright(server, executable) for _ in range(ROUNDS)]
                floor = statistics.median(f for f, _ in floors)
                floor_started = statistics.median(f for _, f in floors)
                warm = statistics.median(whole_scans(server, settings, keep_browser=True))
                cold = statistics.median(whole_scans(server, settings, keep_browser=False))
                print(f"  {name}: bare-Playwright floor (sequential) {floor:.2f} s, {floor_started:.2f} s with "
                      f"Playwright's and the browser's start; {load()}\n"
                      f"    consentscan scan, its browser running (a worker): {warm:.2f} s, {warm / floor:.2f}x the "
                      f"floor (target <= {target}x)\n"
                      f"    consentscan scan, its browser started for it (the command): {cold:.2f} s, "
                      f"{cold / floor_started:.2f}x the floor with its start ({cold / floor:.2f}x the floor without)",
                      flush=True)
        with SiteServer(delay=DELAY) as server:
            base, peaks = None, {}
            for slots in (1, 2, 4, 8):
                scans = max(2, 2 * slots)
                elapsed, memory, _ = crawl_process(server, settings, storage, slots, scans)
                per_hour = scans / elapsed * 3600
                base = base or per_hour
                rss, pss = max(memory.rss or [0.0]), max(memory.pss or [0.0])
                peaks[slots] = (rss, pss)
                print(f"  concurrency {slots}: {per_hour:.0f} scans/hour ({per_hour / base:.2f}x concurrency 1); "
                      f"browser peak summed RSS {rss:.0f} MiB ({rss / slots:.0f} per concurrent scenario), PSS "
                      f"{pss:.0f} MiB ({pss / slots:.0f} per concurrent scenario), anonymous "
                      f"{max(memory.anonymous or [0.0]):.0f} MiB; {per_hour / (pss / 1024):.0f} scans/hour per GiB "
                      f"of PSS ({per_hour / (rss / 1024):.0f} per GiB of summed RSS); {load()}", flush=True)
            # Summed RSS counts the pages every Chromium process shares (its binary, about 110 MiB of a renderer's
            # RSS) once per process; PSS counts each page once; what a further scenario adds is the marginal cost.
            (rss1, pss1), (rss8, pss8) = peaks[1], peaks[8]
            print(f"  each further concurrent scenario adds {(rss8 - rss1) / 7:.0f} MiB summed RSS, "
                  f"{(pss8 - pss1) / 7:.0f} MiB PSS (concurrency 1 to 8)", flush=True)
            print(f"  memory over {LONG_SCANS} scans at concurrency 4 (every 10 scans):", flush=True)
            _, memory, _ = crawl_process(server, settings, storage, 4, LONG_SCANS, progress=True)
            half = len(memory.pss) // 2
            first, second = statistics.median(memory.pss[:half]), statistics.median(memory.pss[half:])
            print(f"  browser PSS: max {max(memory.pss):.0f} MiB, median of the first half {first:.0f} MiB, of the "
                  f"second {second:.0f} MiB; per concurrent scenario max {max(memory.pss) / 4:.0f} MiB (summed RSS "
                  f"{max(memory.rss) / 4:.0f}) (target <= 300, flat); {load()}")


if __name__ == "__main__":
    main()
