"""One browser per crawl process, serving several scenarios at once, each in its own browser context.

A crawl spends most of its time waiting on far servers and on banners, so one browser can run many scenarios
side by side for little more memory than one: a context costs a renderer, a browser costs a whole process
tree. Playwright's sync API is not thread-safe, and the crawl code is written against it; rather than port
every stage to the async API, one host thread owns Playwright and the browser, and runs each scenario in a
greenlet of that thread, the mechanism Playwright's sync API itself uses to run event listeners: a sync call
switches to the greenlet that runs Playwright's event loop, which resumes the scenario once its call returns.
So the scenarios interleave on one event loop, as async tasks would. Worker threads (one per Dramatiq
message) hand their scenario to the host and wait for it; a message is acked only once its scenario is
stored, so the crawl queue keeps its at-least-once semantics.

The browser is recycled between scenarios: once it must be (scenarios run, memory, a renderer killed over
budget, a crash), the host takes no new scenario, lets the running ones end, and launches a new browser. When
Chromium dies, Playwright fails most calls in flight at once, but not all (``context.new_page()`` was measured
waiting forever): scenarios still waiting ``DEAD_GRACE`` seconds after the browser died get ``BrowserDied``
raised where they wait.
"""

from __future__ import annotations

import collections
import concurrent.futures
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import greenlet
import structlog

from pipeline import metrics
from pipeline.settings import Settings
from stages.crawl.browser import DISCOVER, Browser
from stages.crawl.memory import rss_mb

log = structlog.get_logger("consentscan.crawl")
T = TypeVar("T")
#: Seconds a scenario may keep waiting on a browser that died before ``BrowserDied`` is raised in it.
DEAD_GRACE = 3.0


class BrowserDied(Exception):
    """Raised in a scenario that still waited on a Playwright call ``DEAD_GRACE`` seconds after its browser died."""


class BrowserHost:
    """``host.run(fn)``, from any thread: ``fn(browser)`` runs in the host's browser, up to ``slots`` at once."""

    def __init__(self, settings: Settings, slots: int) -> None:
        self.settings = settings
        self.slots = max(1, slots)
        self.executable: str | None = DISCOVER  # found once, by the first browser's Playwright
        self.restarts = 0
        self.browsers_launched = 0
        self._pending: collections.deque[tuple[Callable[[Browser], Any], concurrent.futures.Future]] = \
            collections.deque()
        self._lock = threading.Lock()
        self._browser: Browser | None = None
        self._running = 0
        #: The scenarios running, each with the greenlet that runs it.
        self._inflight: dict[concurrent.futures.Future, greenlet.greenlet] = {}
        self._draining = False
        self._closing = False
        self._wake: Any = None  # an asyncio future of the current loop: set when the browser must go
        self._thread: threading.Thread | None = None

    # -- any thread -------------------------------------------------------------------------------
    def run(self, fn: Callable[[Browser], T]) -> T:
        done: concurrent.futures.Future = concurrent.futures.Future()
        with self._lock:
            if self._closing:
                raise RuntimeError("the browser host is closed")
            self._pending.append((fn, done))
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="crawl-browser-host", daemon=True)
                self._thread.start()
            else:
                self._poke()
        return done.result()

    def close(self) -> None:
        with self._lock:
            self._closing = True
            self._draining = True
            self._poke()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=60)

    @property
    def browser(self) -> Browser | None:
        return self._browser

    def _poke(self) -> None:
        """Ask the host's loop to start pending scenarios (or to end, when draining)."""
        browser = self._browser
        if browser is not None:
            try:
                browser.browser._loop.call_soon_threadsafe(self._pump)
            except RuntimeError:
                pass  # the loop closed: the host thread starts the pending ones with the next browser

    # -- the host thread ----------------------------------------------------------------------------
    def _serve(self) -> None:
        main = greenlet.getcurrent()
        while True:
            with self._lock:
                if self._closing and not self._pending:
                    break
            try:
                browser = Browser(self.settings, self.executable)
                self.executable = browser.executable
            except Exception as exc:  # no browser: every waiting scenario fails (and is retried by Dramatiq)
                self._fail_pending(exc)
                return
            self.browsers_launched += 1
            loop, fiber = browser.browser._loop, browser.browser._dispatcher_fiber
            with self._lock:
                self._browser, self._draining = browser, self._closing
                self._wake = loop.create_future()
                self._wake.add_done_callback(lambda _: main.switch())
                loop.call_soon(self._pump)
                loop.call_later(1.0, self._check_alive, browser, None)
            # Run the event loop (and every scenario greenlet) until the browser must go.
            while not self._wake.done() and not fiber.dead:
                fiber.switch()
            log.info("browser host: closing browser", scenarios=browser.scenarios_run,
                     rss_mb=round(rss_mb(browser.pid)))
            with self._lock:
                self._browser = None
                # Playwright's driver died under the scenarios still running: nothing will resume them.
                orphans, self._inflight, self._running = list(self._inflight), {}, 0
            for done in orphans:
                if not done.done():
                    done.set_exception(RuntimeError("browser failure: Playwright's driver ended"))
            browser.close()
            if not self._closing:
                self.restarts += 1
                metrics.browser_restarted()

    def _fail_pending(self, exc: BaseException) -> None:
        """The browser would not start: fail what waits, and end this thread (the next ``run`` starts one)."""
        with self._lock:
            pending, self._pending = list(self._pending), collections.deque()
            self._thread = None
        for _, done in pending:
            done.set_exception(exc)

    def _pump(self) -> None:
        """In the loop: start pending scenarios while there is room, or end the browser once drained."""
        browser = self._browser
        if browser is None:
            return
        while True:
            with self._lock:
                if self._draining or not self._pending or self._running >= self.slots:
                    if self._draining and self._running == 0 and not self._wake.done():
                        self._wake.set_result(None)
                    return
                fn, done = self._pending.popleft()
                fiber = greenlet.greenlet(lambda fn=fn, done=done: self._scenario(browser, fn, done))
                self._inflight[done] = fiber
                self._running += 1
                browser.active = self._running
            # A greenlet whose parent is the loop's: it runs up to its first Playwright call, then the loop
            # goes on (here: the next pending scenario).
            fiber.switch()

    def _check_alive(self, browser: Browser, dead_since: float | None) -> None:
        """In the loop, every second: once the browser has been dead for ``DEAD_GRACE`` seconds, raise
        ``BrowserDied`` in the scenarios still waiting on it (again every ``DEAD_GRACE`` while they wait)."""
        if self._browser is not browser:
            return
        now = time.monotonic()
        if browser.alive():
            dead_since = None
        elif dead_since is None:
            dead_since = now
        elif now - dead_since >= DEAD_GRACE:
            with self._lock:
                waiting = [fiber for fiber in self._inflight.values() if not fiber.dead]
            if waiting:
                log.warning("browser died: ending the scenarios still waiting on it", scenarios=len(waiting))
            for fiber in waiting:
                # wait_for_future (Playwright's) cancels the call and lets the exception through; the scenario
                # records a browser failure and ends, or waits on its next call (back here, in the loop).
                fiber.throw(BrowserDied(f"the browser died; a call still waited on it after {DEAD_GRACE:.0f} s"))
            dead_since = now
        browser.browser._loop.call_later(1.0, self._check_alive, browser, dead_since)

    def _scenario(self, browser: Browser, fn: Callable[[Browser], Any], done: concurrent.futures.Future) -> None:
        try:
            done.set_result(fn(browser))
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting worker thread
            done.set_exception(exc)
        finally:
            with self._lock:
                self._inflight.pop(done, None)
                self._running -= 1
                browser.active = self._running
                if not self._draining and (self._closing or browser.watchdog.kills or not browser.alive()
                                           or browser.needs_recycling(self.slots)):
                    self._draining = True
            browser.browser._loop.call_soon(self._pump)
