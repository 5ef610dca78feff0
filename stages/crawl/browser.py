"""Chromium for the crawl: found, launched like a visitor's desktop Chrome, reused, recycled.

A browser is reused across scans with a fresh isolated context per scenario, and relaunched every N
scenarios, above a memory limit, or when it stops answering; its watchdog (``stages.crawl.memory``) holds it
to its memory budget. The crawl stage shares one per process (``stages.crawl.host``); ``BrowserPool`` keeps
one per thread, for tools that drive scenarios one at a time.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

import structlog

from pipeline import metrics
from pipeline.settings import Settings
from pipeline.setup.install import discover_chromium
from stages.crawl.memory import MemoryWatchdog, WatchScope, rss_mb

__all__ = ["Browser", "BrowserPool", "MemoryWatchdog", "find_chromium", "rss_mb"]

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


#: chrome://flags entries switched off in the profile's ``Local State``: Chromium merges them into Playwright's own
#: ``--disable-features`` (a second ``--disable-features`` argument would replace Playwright's list instead).
#: The omnibox's WebUI pop-ups cost a renderer per context (about 50 MiB PSS, 160 MiB summed RSS) for a
#: headless window nobody types in; no page can see them.
DISABLED_FLAGS = ["webui-omnibox-popup@2", "webui-omnibox-aim-popup@2"]
#: Summed RSS a browser may add for each further scenario it runs at once before it is recycled (a context's
#: renderer, about 150-250 MiB summed, with room for a heavy page).
EXTRA_RSS_PER_SLOT = 500
#: ``Browser(settings, DISCOVER)``: find the Chromium with the browser's own Playwright (``find_chromium``).
DISCOVER = "discover"


def find_chromium(settings: Settings, playwright: Any = None) -> str | None:
    """The executable to launch: None lets Playwright launch its own build (``pipeline.setup.install``).
    ``playwright``: a running Playwright to ask, rather than starting one for this."""
    found = discover_chromium(settings, playwright)
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
        Path(self._profile, "Local State").write_text(
            json.dumps({"browser": {"enabled_labs_experiments": DISABLED_FLAGS}}))
        self._playwright = sync_playwright().start()
        if executable == DISCOVER:
            executable = find_chromium(settings, self._playwright)
        self.executable = executable
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
        page.close()  # its renderer would idle for the browser's whole life: scenarios open their own contexts
        self.pid = _browser_pid(self._profile)
        #: Scenarios running in this browser now (``stages.crawl.host`` runs several at once).
        self.active = 0
        self.watchdog = MemoryWatchdog(self.pid, settings.browser_memory_mb,
                                       running=lambda: self.active).start()

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

    def memory_watch(self) -> WatchScope:
        return self.watchdog.scope()

    def needs_recycling(self, slots: int = 1) -> bool:
        """After ``browser_recycle_scenarios``, or above ``browser_recycle_rss_mb`` for one scenario at a time
        plus ``EXTRA_RSS_PER_SLOT`` for each further one that may run at once (``slots``)."""
        if self.scenarios_run >= self.settings.browser_recycle_scenarios:
            return True
        limit = self.settings.browser_recycle_rss_mb + EXTRA_RSS_PER_SLOT * (max(1, slots) - 1)
        return rss_mb(self.pid) > limit

    def close(self) -> None:
        self.watchdog.stop()
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
