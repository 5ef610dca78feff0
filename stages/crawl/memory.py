"""The browser's memory budget: one watchdog per browser samples its process tree and, past the budget, kills
the renderer that holds the most, so that only the scenario whose page lived there fails.

Several scenarios share one browser (``stages.crawl.host``); Chromium never shares a renderer process between
two browser contexts, so killing a renderer crashes the pages of one context only, provided no screenshot of
its page is in flight (``CaptureGate``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import structlog

log = structlog.get_logger("consentscan.crawl")


def rss_mb(pid: int | None) -> float:
    """Resident memory of a process and its children, in MiB (0 when unknown)."""
    if not pid:
        return 0.0
    total = 0
    for child in [pid, *descendants(pid)]:
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


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return found
    for child in map(int, children):
        found += [child, *descendants(child)]
    return found


def _is_renderer(pid: int) -> bool:
    try:
        return b"--type=renderer" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


class CaptureGate:
    """Screenshots in flight in one browser, held back while its watchdog kills a renderer.

    Chromium (156, measured here) dies whole, a SIGSEGV in the browser process, when a renderer is killed while a
    screenshot of its page is in flight: 7 browsers in 8 with a screenshot loop on the killed page, none of 6 when
    the kill waited for the screenshot to return (86 ms median, 172 ms at most, on a page allocating 1.3 GB/s).
    The watchdog ``hold()``s the gate, kills once the screenshots in flight have returned, then ``release()``s it;
    a screenshot taken meanwhile waits at the gate through ``wait``, a Playwright call (``page.wait_for_timeout``)
    that lets the browser's event loop, and the screenshots in flight, go on."""

    def __init__(self) -> None:
        self._state = threading.Condition()
        self._in_flight = 0
        self._held = False

    @contextlib.contextmanager
    def passage(self, wait: Callable[[float], object], patience: float = 5.0) -> Iterator[None]:
        """Around one screenshot; raises TimeoutError after ``patience`` seconds at a held gate."""
        deadline = time.monotonic() + patience
        while True:
            with self._state:
                if not self._held:
                    self._in_flight += 1
                    break
            if time.monotonic() > deadline:
                raise TimeoutError("screenshots held back by the memory watchdog")
            wait(20)  # milliseconds, as page.wait_for_timeout takes them
        try:
            yield
        finally:
            with self._state:
                self._in_flight -= 1
                self._state.notify_all()

    def hold(self, timeout: float) -> bool:
        """Stop new screenshots and wait for those in flight; False when some are still in flight at ``timeout``."""
        with self._state:
            self._held = True
            return self._state.wait_for(lambda: self._in_flight == 0, timeout)

    def release(self) -> None:
        with self._state:
            self._held = False


class MemoryWatchdog:
    """Samples a browser's process tree every ``interval`` seconds. A renderer above ``limit_mb``, or the whole
    tree above ``limit_mb`` times the scenarios running (``running()``), gets its largest renderer killed, so
    the pending Playwright calls of the scenario that lived there fail at once; a tree over budget without any
    renderer (the browser process itself) is killed whole.

    It never calls Playwright: it reads /proc and sends signals, once the screenshots in flight have returned
    (``captures``). Each scenario watches through a ``scope()``, which tells whether the scenario ended because of
    memory.
    """

    MESSAGE = "page exceeded the memory budget"
    #: How long a kill waits for the screenshots in flight (each takes 0.1-0.2 s even on a page that allocates
    #: 1.3 GB/s); past it the renderer is killed anyway.
    CAPTURE_WAIT = 2.0

    def __init__(self, pid: int | None, limit_mb: int, interval: float = 0.25,
                 running: Callable[[], int] = lambda: 1) -> None:
        self.pid = pid
        self.limit_mb = limit_mb
        self.interval = interval
        self.running = running
        self.kills = 0
        self.killed_tree = False
        self.captures = CaptureGate()
        self._scopes: set[WatchScope] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="browser-memory-watchdog", daemon=True)

    def start(self) -> MemoryWatchdog:
        if self.pid:
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def scope(self) -> WatchScope:
        return WatchScope(self)

    def _watch(self) -> None:
        assert self.pid is not None
        while not self._stop.wait(self.interval):
            tree = [self.pid, *descendants(self.pid)]
            sizes = {pid: anonymous_mb([pid]) for pid in tree}
            used = sum(sizes.values())
            renderers = [pid for pid in tree if _is_renderer(pid)]
            biggest = max(renderers, key=sizes.__getitem__) if renderers else None
            with self._lock:
                for scope in self._scopes:
                    scope.peak_mb = max(scope.peak_mb, sizes[biggest] if biggest else used)
            over_tree = used > self.limit_mb * max(1, self.running())
            if not over_tree and (biggest is None or sizes[biggest] <= self.limit_mb):
                continue
            victims = [biggest] if biggest is not None else tree
            log.warning("browser over its memory budget: renderer killed" if biggest else
                        "browser over its memory budget: killed", used_mb=round(used), budget_mb=self.limit_mb)
            with self._lock:
                self.kills += 1
                self.killed_tree = biggest is None
            if not self.captures.hold(self.CAPTURE_WAIT):
                log.warning("killing a renderer with a screenshot in flight", wait_s=self.CAPTURE_WAIT)
            try:
                for pid in victims:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
                if self.killed_tree:
                    return
                time.sleep(self.interval)  # let the kernel reap it (and Chromium learn of it) before going on
            finally:
                self.captures.release()


class WatchScope:
    """One scenario's view of its browser's watchdog, while it runs."""

    def __init__(self, watchdog: MemoryWatchdog) -> None:
        self.watchdog = watchdog
        self.peak_mb = 0.0
        self._kills_before = 0
        self._kills_during = 0

    def __enter__(self) -> WatchScope:
        with self.watchdog._lock:
            self._kills_before = self.watchdog.kills
            self.watchdog._scopes.add(self)
        return self

    def __exit__(self, *exc: object) -> None:
        with self.watchdog._lock:
            self.watchdog._scopes.discard(self)
            self._kills_during = self.watchdog.kills - self._kills_before

    def explains(self, error: dict[str, str | None] | None, page_crashed: bool) -> bool:
        """Whether the scenario ended because of memory: the watchdog killed the whole browser under it, or its
        own page crashed while the watchdog killed a renderer, or above three quarters of the budget (V8's heap
        limit). A scenario whose browser died under it without its page crashing was not the one over budget."""
        if not error or "browser failure" not in (error.get("error_description") or ""):
            return False
        if self._kills_during and self.watchdog.killed_tree:
            return True
        return page_crashed and (self._kills_during > 0 or self.peak_mb >= 0.75 * self.watchdog.limit_mb)
