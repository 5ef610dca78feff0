"""Chromium for the crawl: found, launched like a visitor's desktop Chrome, reused, recycled.

One browser per worker thread (Playwright's sync API is not thread-safe), reused across scans, a fresh
isolated context per scenario, and relaunched every N scenarios, above a memory limit, or when it stops
answering. While a scenario runs, a watchdog holds the browser to its memory budget.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path
from typing import Any

import structlog

from pipeline import metrics
from pipeline.settings import Settings
from pipeline.setup.install import discover_chromium

log = structlog.get_logger("consentscan.crawl")
VIEWPORT = {"width": 1366, "height": 768}
LOCALE = "en-US"
TIMEZONE = "Europe/Paris"
LAUNCH_ARGS = [
    # Pages must not see an automated browser: real CMPs hide their banner from one.
    "--disable-blink-features=AutomationControlled",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--lang=en-US",
]


def find_chromium(settings: Settings) -> str | None:
    """The executable to launch: None lets Playwright launch its own build (``pipeline.setup.install``)."""
    found = discover_chromium(settings)
    return None if found is None or found[0] == "playwright" else found[1]


class Browser:
    """A Chromium whose profile allows third-party cookies like default desktop Chrome."""

    def __init__(self, settings: Settings, executable: str | None) -> None:
        from playwright.sync_api import sync_playwright

        self.settings = settings
        self.scenarios_run = 0
        self._profile = tempfile.mkdtemp(prefix="consentscan-profile-")
        # Chromium's new default blocks third-party cookies; a desktop visitor's Chrome does not (yet).
        Path(self._profile, "Default").mkdir()
        Path(self._profile, "Default", "Preferences").write_text(
            json.dumps({"profile": {"cookie_controls_mode": 0}}))
        self._playwright = sync_playwright().start()
        # V8's own limit on the renderer's heap, in case it grows faster than the watchdog samples.
        args = [*LAUNCH_ARGS, f"--js-flags=--max-old-space-size={settings.browser_memory_mb}"]
        try:
            self._persistent = self._playwright.chromium.launch_persistent_context(
                self._profile, executable_path=executable, headless=True, args=args,
                viewport=VIEWPORT, handle_sigint=False, handle_sigterm=False)
        except Exception:
            self._playwright.stop()
            raise
        browser = self._persistent.browser
        assert browser is not None
        self.browser = browser
        page = self._persistent.pages[0] if self._persistent.pages else self._persistent.new_page()
        agent = page.evaluate("navigator.userAgent")
        self.user_agent = agent.replace("HeadlessChrome", "Chrome")
        self.pid = _browser_pid(self._profile)

    def new_context(self, **options: Any) -> Any:
        self.scenarios_run += 1
        return self.browser.new_context(
            user_agent=self.user_agent, viewport=VIEWPORT, locale=LOCALE, timezone_id=TIMEZONE,
            device_scale_factor=1, **options)

    def alive(self) -> bool:
        """Connected and its process still running (Playwright learns of a killed browser only later)."""
        if not self.browser.is_connected():
            return False
        if self.pid is None:
            return True
        try:
            state = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return False
        return state not in ("Z", "X")

    def memory_watch(self) -> MemoryWatchdog:
        return MemoryWatchdog(self.pid, self.settings.browser_memory_mb)

    def needs_recycling(self) -> bool:
        if self.scenarios_run >= self.settings.browser_recycle_scenarios:
            return True
        return rss_mb(self.pid) > self.settings.browser_recycle_rss_mb

    def close(self) -> None:
        try:
            self._persistent.close()
        except Exception:
            pass
        try:
            self._playwright.stop()
        except Exception:
            pass
        shutil.rmtree(self._profile, ignore_errors=True)


def _browser_pid(profile: str) -> int | None:
    """The main Chromium process: the one started with our profile directory and no ``--type``."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if (f"--user-data-dir={profile}".encode() in args and b"crashpad" not in args[0]
                and not any(a.startswith(b"--type=") for a in args)):
            return int(entry.name)
    return None


def rss_mb(pid: int | None) -> float:
    """Resident memory of a process and its children, in MiB (0 when unknown)."""
    if not pid:
        return 0.0
    total = 0
    for child in [pid, *_descendants(pid)]:
        try:
            with open(f"/proc/{child}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError):
            continue
    return total / 2**20


def anonymous_mb(pids: list[int]) -> float:
    """Anonymous resident memory of processes, in MiB: what their pages allocated, without the Chromium binary
    and libraries that every process maps (summed RSS counts those once per process: 800 MiB for a browser
    that holds 190 MiB). Read from ``statm`` (0.3 ms for a browser's ten processes)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as handle:
                fields = handle.read().split()
            total += (int(fields[1]) - int(fields[2])) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    return total / 2**20


class MemoryWatchdog:
    """Samples the browser's process tree every ``interval`` seconds while a scenario runs; past ``limit_mb``
    it kills the tree, so the scenario's pending Playwright calls fail at once, and sets ``exceeded``.

    It never calls Playwright (whose sync API belongs to the thread running the scenario): it reads /proc and
    sends signals. The pool replaces the killed browser before the next scenario.
    """

    MESSAGE = "page exceeded the memory budget"

    def __init__(self, pid: int | None, limit_mb: int, interval: float = 0.25) -> None:
        self.pid = pid
        self.limit_mb = limit_mb
        self.interval = interval
        self.exceeded = False
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="browser-memory-watchdog", daemon=True)

    def __enter__(self) -> MemoryWatchdog:
        if self.pid:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _watch(self) -> None:
        assert self.pid is not None
        while not self._stop.wait(self.interval):
            tree = [self.pid, *_descendants(self.pid)]
            used = anonymous_mb(tree)
            self.peak_mb = max(self.peak_mb, used)
            if used > self.limit_mb:
                self.exceeded = True
                log.warning("browser over its memory budget: killed", used_mb=round(used), budget_mb=self.limit_mb)
                for pid in tree:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
                return

    def explains(self, error: dict[str, str | None] | None) -> bool:
        """Whether the scenario ended because of memory: the watchdog killed the browser, or the renderer
        crashed (V8's heap limit) while the tree was already above three quarters of the budget."""
        if self.exceeded:
            return True
        crashed = bool(error) and "browser failure" in (error.get("error_description") or "")
        return crashed and self.peak_mb >= 0.75 * self.limit_mb


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return found
    for child in map(int, children):
        found += [child, *_descendants(child)]
    return found


class BrowserPool:
    """One browser per thread, launched on first use, replaced when it must be recycled or died."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.executable = find_chromium(settings)
        self._local = threading.local()
        self.restarts = 0

    def get(self) -> Browser:
        browser: Browser | None = getattr(self._local, "browser", None)
        if browser is not None and (browser.needs_recycling() or not browser.alive()):
            log.info("recycling browser", scenarios=browser.scenarios_run, rss_mb=round(rss_mb(browser.pid)))
            self.discard()
            self.restarts += 1
            metrics.browser_restarted()
            browser = None
        if browser is None:
            browser = Browser(self.settings, self.executable)
            self._local.browser = browser
        return browser

    def discard(self) -> None:
        browser = getattr(self._local, "browser", None)
        if browser is not None:
            browser.close()
            self._local.browser = None
