"""Dashboard benchmark (``make bench``): the portfolio page of one organization with 10,000 properties and
120,000 reports (12 each), served by ``consentscan api`` over real HTTP. Prints the server time (the page's
``Server-Timing``) and the time seen by the client, median of several requests per view (target < 300 ms
server time). Asserts nothing."""

from __future__ import annotations

import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

PROPERTIES = int(os.environ.get("BENCH_PROPERTIES", "10000"))
REPORTS_EACH = int(os.environ.get("BENCH_REPORTS_EACH", "12"))
ROUNDS = 7
ROOT = Path(__file__).resolve().parents[2]
VIEWS = {"by name, page 1": "/ui/", "by score, worst first": "/ui/?sort=score&order=asc",
         "got worse, by last scan": "/ui/?worse=1&sort=last_scan&order=desc",
         "text search": "/ui/?q=site42", "score 40-60, failed": "/ui/?min=40&max=60&status=failed",
         "page 100": "/ui/?page=100"}


def seed(data: Path) -> None:
    from pipeline.control import runtime
    from pipeline.control.portfolio import rebuild
    from pipeline.control.properties import Properties, property_from_api
    from pipeline.control.schema import reports
    from pipeline.model.messages import Scan, ScanOptions
    from pipeline.settings import Settings

    rt = runtime.init(Settings(data_dir=data))
    rng = random.Random(7)
    started = time.perf_counter()
    Properties(rt.controlplane).add(
        property_from_api({"url": f"https://www.site{i}.example.org/", "id": f"site{i}", "name": f"Site {i}",
                           "scheduledScanEnabled": i % 3 != 0, "scanPeriod": "weekly", "scheduledHour": i % 24},
                          "bench") for i in range(PROPERTIES))
    first = datetime(2026, 1, 5, tzinfo=UTC)
    rows = []
    for i in range(PROPERTIES):
        score = rng.randint(20, 95)
        for n in range(REPORTS_EACH):
            created = (first + timedelta(weeks=n, minutes=i)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            scan = Scan(report_id=f"r{i}x{n}", property_id=f"site{i}", organization_id="bench",
                        url=f"https://www.site{i}.example.org/", created_at=created, options=ScanOptions())
            status = "failed" if rng.random() < 0.05 else "success"
            score = max(0, min(100, score + rng.randint(-8, 8)))
            row = rt.controlplane.report_row(scan)
            row.update(status=status, score=0 if status == "failed" else score, trackers_count=rng.randint(0, 40),
                       vendors_count=rng.randint(0, 10),
                       summary=json.dumps({"total": 3, "before_consent": rng.randint(0, 9),
                                           "after_refusal": rng.randint(0, 5)}))
            rows.append(row)
    with rt.controlplane.engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            conn.execute(reports.insert(), rows[start:start + 5000])
    print(f"seed {PROPERTIES} properties and {len(rows)} reports: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    rebuild(rt)
    print(f"portfolio rows for {PROPERTIES} properties (rebuild, one report read each): "
          f"{time.perf_counter() - started:.1f} s")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        seed(data)
        env = {**os.environ, "CONSENTSCAN_DATA_DIR": tmp, "CONSENTSCAN_LOG_LEVEL": "WARNING"}
        key = subprocess.run([sys.executable, "-m", "pipeline.cli", "apikey", "create", "--organization", "bench"],
                             cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout.strip()
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "api", "--port", str(port)], cwd=ROOT,
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    urllib.request.urlopen(base + "/openapi.json")
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.3)
            cookie = _sign_in(base, key)
            print(f"portfolio page, {PROPERTIES} properties, {PROPERTIES * REPORTS_EACH} reports, 50 a page "
                  f"(median of {ROUNDS}; target < 300 ms server time):")
            for label, path in VIEWS.items():
                server_ms, client_ms = [], []
                for _ in range(ROUNDS):
                    request = urllib.request.Request(base + path, headers={"cookie": cookie})
                    started = time.perf_counter()
                    with urllib.request.urlopen(request) as response:
                        response.read()
                        timing = response.headers["server-timing"]
                    client_ms.append((time.perf_counter() - started) * 1000)
                    server_ms.append(float(timing.split("dur=")[1]))
                print(f"  {label:<26} server {statistics.median(server_ms):6.1f} ms, "
                      f"client {statistics.median(client_ms):6.1f} ms")
        finally:
            server.terminate()
            server.wait(15)


def _sign_in(base: str, key: str) -> str:
    """The session cookie, through the login form as a browser gets it."""
    import http.cookiejar
    import re
    from urllib.parse import urlencode

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(base + "/ui/login").read().decode()
    token = re.search(r"name='csrf' value='([^']+)'", form).group(1)
    opener.open(base + "/ui/login", data=urlencode({"csrf": token, "api_key": key, "next": "/ui/"}).encode())
    return "; ".join(f"{c.name}={c.value}" for c in jar if c.name == "consentscan_session")


if __name__ == "__main__":
    main()
