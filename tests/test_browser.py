"""The crawl's browser: presented like a visitor's Chrome, replaced when it dies."""

from __future__ import annotations

import os
import signal
import time

import pytest

from pipeline.settings import Settings
from stages.crawl.browser import BrowserPool

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
