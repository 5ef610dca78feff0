"""``make setup``'s browser step: make a Chromium available to Playwright.

In order: ``CONSENTSCAN_CHROMIUM``; Playwright's own build if installed; ``playwright install chromium``;
where that cannot download (no internet), Debian's package (``apt-get install -y chromium``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from pipeline.settings import Settings

DEBIAN_CHROMIUM = "/usr/lib/chromium/chromium"


def playwright_chromium(playwright: Any = None) -> str | None:
    """Playwright's own Chromium build, if installed. ``playwright``: a running Playwright to ask (starting
    one only for this costs a driver start, 0.5-1 s)."""
    if playwright is not None:
        path = playwright.chromium.executable_path
    else:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as started:
            path = started.chromium.executable_path
    return path if path and Path(path).exists() else None


def discover_chromium(settings: Settings, playwright: Any = None) -> tuple[str, str] | None:
    """Where a Chromium is, and which: ``("setting", path)`` (``CONSENTSCAN_CHROMIUM``), else
    ``("playwright", path)`` (Playwright's own build), else ``("debian", path)`` (Debian's package); None if none."""
    if settings.chromium:
        return "setting", settings.chromium
    try:
        own = playwright_chromium(playwright)
    except Exception:  # Playwright broken or missing its driver: look further
        own = None
    if own:
        return "playwright", own
    if Path(DEBIAN_CHROMIUM).exists():
        return "debian", DEBIAN_CHROMIUM
    return None


def ensure_chromium(settings: Settings) -> str:
    if settings.chromium and not Path(settings.chromium).exists():
        raise SystemExit(f"CONSENTSCAN_CHROMIUM={settings.chromium} does not exist")
    found = discover_chromium(settings)
    if found is not None:
        return found[1]
    result = subprocess.run([sys.executable, "-m", "playwright", "install", "chromium"], capture_output=True,
                            timeout=900)
    if result.returncode == 0 and playwright_chromium():
        return playwright_chromium() or ""
    print("playwright could not download Chromium; installing Debian's package", file=sys.stderr)
    apt = ["apt-get"] if os.geteuid() == 0 else ["sudo", "apt-get"]
    if shutil.which(apt[0]) is None:
        raise SystemExit("no Chromium: set CONSENTSCAN_CHROMIUM or install chromium")
    subprocess.run([*apt, "update", "-qq"], check=True)
    subprocess.run([*apt, "install", "-y", "-qq", "chromium"], check=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    return DEBIAN_CHROMIUM


if __name__ == "__main__":
    print(f"chromium: {ensure_chromium(Settings.from_env())}")
