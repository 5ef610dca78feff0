"""Shared fixtures. A StubBroker is current before any stage module is imported (actors bind to it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import dramatiq
import pytest
from dramatiq.brokers.stub import StubBroker

dramatiq.set_broker(StubBroker())

ROOT = Path(__file__).resolve().parents[1]
SITES = Path(__file__).with_name("sites")


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``consentscan`` as a user would, in a subprocess."""
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture(scope="session")
def demo_site():
    from pipeline.demo.server import SiteServer

    with SiteServer() as server:
        yield server


@pytest.fixture(scope="session")
def test_sites():
    from pipeline.demo.server import SiteServer

    with SiteServer(SITES) as server:
        yield server
