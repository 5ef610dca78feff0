"""API fairness benchmark (``make bench``): one organization's latency alone, then while another organization
floods the API (2,000 requests, 32 at a time, as fast as it can), against a real ``consentscan api``.
Prints p50/p95 side by side and their ratio (the goal: p95 under flood within 3x of idle); asserts nothing."""

from __future__ import annotations

import collections
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

FLOOD_REQUESTS = int(os.environ.get("BENCH_FLOOD_REQUESTS", "2000"))
FLOOD_CONCURRENCY = 32
#: The measured organization stays within its rate (CONSENTSCAN_API_KEY_RATE, 20 a second by default).
VICTIM_INTERVAL = 1 / 15
VICTIM_SAMPLES = int(os.environ.get("BENCH_VICTIM_SAMPLES", "90"))
ROOT = Path(__file__).resolve().parents[2]


def _key(env: dict[str, str], organization: str) -> str:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "apikey", "create", "--organization", organization],
                          cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout.strip()


class Client:
    """One keep-alive connection, as a dashboard or a script would hold."""

    def __init__(self, port: int, key: str, organization: str) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.headers = {"x-api-key": key}
        self.path = f"/properties?organization_id={organization}"

    def get(self) -> tuple[int, float]:
        started = time.perf_counter()
        self.connection.request("GET", self.path, headers=self.headers)
        response = self.connection.getresponse()
        response.read()
        return response.status, (time.perf_counter() - started) * 1000


def _paced(client: Client, until: threading.Event | None, count: int) -> list[float]:
    """Latencies (ms) of requests sent every VICTIM_INTERVAL: ``count`` of them, and on until ``until`` is set."""
    latencies: list[float] = []
    next_at = time.perf_counter()
    while len(latencies) < count or (until is not None and not until.is_set()):
        status, elapsed = client.get()
        if status != 200:
            raise RuntimeError(f"the measured organization got {status}")
        latencies.append(elapsed)
        next_at += VICTIM_INTERVAL
        time.sleep(max(0.0, next_at - time.perf_counter()))
    return latencies


def _flood(port: int, key: str, statuses: collections.Counter) -> None:
    local = threading.local()

    def one(_: int) -> None:
        if not hasattr(local, "client"):
            local.client = Client(port, key, "flood")
        statuses[local.client.get()[0]] += 1

    with ThreadPoolExecutor(FLOOD_CONCURRENCY) as pool:
        list(pool.map(one, range(FLOOD_REQUESTS)))


def _percentiles(latencies: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(latencies, n=100)
    return cuts[49], cuts[94]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CONSENTSCAN_DATA_DIR": tmp}
        keys = {org: _key(env, org) for org in ("victim", "flood")}
        port = _free_port()
        process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "api", "--port", str(port)], cwd=ROOT,
                                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_ready(port)
            for org in keys:  # something to list: ten properties each
                for i in range(10):
                    body = f'{{"url": "https://www{i}.{org}.example.org/", "id": "p{i}"}}'.encode()
                    request = urllib.request.Request(f"http://127.0.0.1:{port}/properties", data=body, method="POST",
                                                     headers={"content-type": "application/json",
                                                              "x-api-key": keys[org]})
                    urllib.request.urlopen(request).read()
            time.sleep(3)  # the buckets refill after the set-up
            victim = Client(port, keys["victim"], "victim")
            _paced(victim, None, 10)  # warm-up
            idle = _paced(victim, None, VICTIM_SAMPLES)

            done, statuses, rounds = threading.Event(), collections.Counter(), 0
            measured: list[float] = []
            thread = threading.Thread(target=lambda: measured.extend(_paced(victim, done, 0)))
            thread.start()
            started = time.perf_counter()
            # Another round only while the measured organization has had fewer than VICTIM_SAMPLES requests.
            while rounds == 0 or time.perf_counter() - started < VICTIM_SAMPLES * VICTIM_INTERVAL:
                _flood(port, keys["flood"], statuses)
                rounds += 1
            flood_s = time.perf_counter() - started
            done.set()
            thread.join()
        finally:
            process.terminate()
            process.wait(15)

    (idle50, idle95), (flood50, flood95) = _percentiles(idle), _percentiles(measured)
    print(f"API fairness: organization B's GET /properties, paced at {1 / VICTIM_INTERVAL:.0f}/s, alone and while "
          f"organization A sends {rounds} x {FLOOD_REQUESTS} requests, {FLOOD_CONCURRENCY} at a time")
    print(f"  {'':<24}{'p50 ms':>8}{'p95 ms':>8}{'samples':>9}")
    print(f"  {'B idle':<24}{idle50:>8.1f}{idle95:>8.1f}{len(idle):>9}")
    print(f"  {'B under A flood':<24}{flood50:>8.1f}{flood95:>8.1f}{len(measured):>9}")
    print(f"  {'ratio (flood / idle)':<24}{flood50 / idle50:>8.1f}{flood95 / idle95:>8.1f}   (goal: p95 within 3x)")
    total = sum(statuses.values())
    print(f"  A's flood: {total / flood_s:.0f} requests/s, answers "
          + ", ".join(f"{code}: {count}" for code, count in sorted(statuses.items())))


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_ready(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json").read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("the API did not start")


if __name__ == "__main__":
    main()
