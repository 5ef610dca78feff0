"""Shared fixtures. A StubBroker is current before any stage module is imported (actors bind to it)."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import Future
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


class Reports:
    """Scans running in the background, by host: a test waits only for the report of its own site."""

    def __init__(self, futures: dict[str, Future]) -> None:
        self.futures = futures

    def __getitem__(self, host: str) -> dict:
        return self.futures[host].result()


def cookies(evidence: dict) -> set[str]:
    """The names of the cookies a scenario's evidence observed."""
    return {o["name"] for o in evidence["observations"] if o["type"] == "cookie"}


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


POSTGRES_ADMIN_URL = os.environ.get("CONSENTSCAN_TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def postgres_url():
    """A fresh PostgreSQL database for this test session (fails loudly when PostgreSQL is down)."""
    import time

    import sqlalchemy as sa

    name = f"consentscan_test_{os.getpid()}_{time.time_ns() % 10**9}"
    try:
        admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # CI starts PostgreSQL (.ci/run)
        pytest.fail(f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL}: {exc}")
    url = sa.engine.make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
