"""How long to wait for a consent banner on the home page: until it shows, until the banner timeout, or until
nothing the page still has scheduled could show one.

A banner appears because something runs: a script that loads, a response that arrives, a timer that fires.
Once the network has been quiet, the DOM still, and no timer or interval of the page's own scripts is due
before the timeout (``js/settle.js`` keeps count, in every frame), nothing is left to show a banner, and a
page without one needs not wait the whole timeout. A page that keeps an interval running, or keeps changing,
is waited for to the end. The scenarios of one report share what they learnt: once one of them waited the
whole timeout on the home page and saw nothing, the others need not wait again (they may run side by side,
or later in the same process).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

SETTLE_JS = (Path(__file__).with_name("js") / "settle.js").read_text()
#: Seconds without a request in flight and without a DOM change before the page counts as settled.
SETTLED_FOR = 1.0
#: Seconds the DOM-change wait lasts at most, between two looks for a banner.
LOOK_EVERY = 0.5
#: Seconds at least between two looks for a banner (a page that changes all the time is not looked at
#: continuously: the banner finder walks the whole DOM).
LOOK_AT_MOST_EVERY = 0.15
_REPORT_JS = "h => { const s = window[Symbol.for('consentscan.settle')]; return s ? s.report(h) : null; }"
_NEXT_JS = "ms => { const s = window[Symbol.for('consentscan.settle')]; return s ? s.next(ms) : " \
           "new Promise(r => setTimeout(() => r(false), ms)); }"


class _NoBannerBoard:
    """Reports whose home page some scenario watched for the whole banner timeout without seeing a banner."""

    def __init__(self, size: int = 2048) -> None:
        self._reports: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()
        self._size = size

    def mark(self, report_id: str) -> None:
        with self._lock:
            self._reports[report_id] = time.monotonic()
            while len(self._reports) > self._size:
                self._reports.popitem(last=False)

    def has(self, report_id: str) -> bool:
        with self._lock:
            return report_id in self._reports


NO_BANNER = _NoBannerBoard()


class BannerWait:
    """The wait for a banner on one page: ``over()`` says when to stop looking, ``next_change()`` sleeps until
    the DOM changes (a MutationObserver) or a short while has passed."""

    def __init__(self, page: Any, network_quiet_for: Callable[[float], bool], report_id: str,
                 timeout: float) -> None:
        self.page = page
        self.network_quiet_for = network_quiet_for
        self.report_id = report_id
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self.ended_early = False

    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def over(self, rules_done: bool) -> bool:
        """No banner yet: whether to stop waiting for one. ``rules_done``: autoconsent's rules found no CMP
        (or there are none)."""
        if self.expired():
            NO_BANNER.mark(self.report_id)
            return True
        if NO_BANNER.has(self.report_id) or (rules_done and self.settled()):
            self.ended_early = True
            return True
        return False

    def settled(self) -> bool:
        """Nothing left that could show a banner before the deadline: the network quiet, every frame loaded,
        still, and without a timer of its own scripts due (nor an interval or idle callback)."""
        if not self.network_quiet_for(SETTLED_FOR):
            return False
        horizon_ms = max(0.0, self.deadline - time.monotonic()) * 1000
        for frame in self.page.frames:
            try:
                report = frame.evaluate(_REPORT_JS, horizon_ms)
            except Exception:
                if frame.is_detached():
                    continue
                return False  # a frame that cannot answer may be busy loading
            if report is None:
                if (frame.url or "").startswith(("http:", "https:")):
                    return False  # a page the hook could not reach: it cannot tell
                continue
            if (report["timers"] or report["intervals"] or report["idle"] or not report["ready"]
                    or report["still_ms"] < SETTLED_FOR * 1000):
                return False
        return True

    def next_change(self) -> None:
        started = time.monotonic()
        ms = max(0.0, min(LOOK_EVERY, self.deadline - started)) * 1000
        try:
            self.page.main_frame.evaluate(_NEXT_JS, ms)
        except Exception:
            self.page.wait_for_timeout(ms)  # navigating: the document changed anyway
        rest = LOOK_AT_MOST_EVERY - (time.monotonic() - started)
        if rest > 0:
            self.page.wait_for_timeout(rest * 1000)
