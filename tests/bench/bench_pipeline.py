"""Pipeline benchmarks (``make bench``): overhead of the five analysis stages per report (stub crawl), and
demo-site scans through RabbitMQ with 1 and 2 crawl processes. Prints figures; asserts nothing about speed.

BENCH_REPORTS (default 300) stub reports, in two workloads (see WORKLOADS); BENCH_THREADS (default 1) worker
threads for the StubBroker measure; BENCH_DIST_SCANS (default 200) demo scans per configuration.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from pipeline.demo.server import DEMO_URL, SiteServer
from pipeline.messages import ReportTask, Scan, ScanOptions, encode
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
REPORTS = int(os.environ.get("BENCH_REPORTS", "300"))
THREADS = int(os.environ.get("BENCH_THREADS", "1"))  # worker threads of the StubBroker measure
SCANS = int(os.environ.get("BENCH_DIST_SCANS", "200"))
ANALYSIS = "har_parse,trackers,vendors,privacy,score"


#: What the stub crawl leaves per scenario: (cookies, requests). "overhead": the pipeline's own cost per
#: report; "typical": about what a scan of a small shop leaves.
WORKLOADS = {"overhead": (1, 1), "typical": (40, 20)}


def _stub_reports(rt, count: int, workload: str = "typical") -> list[Scan]:
    from tests.test_pipeline import stub_crawl

    cookies, requests = WORKLOADS[workload]
    scans = []
    for index in range(count):
        scan = Scan.new("https://www.shop.example/", property_id=f"p{index % 50}", options=ScanOptions())
        stub_crawl(rt, scan, [f"cookie_{i}" for i in range(cookies)], requests=requests)
        scans.append(scan)
    return scans


def _wait_final(rt, report_ids: list[str], timeout: float = 1800) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        statuses = rt.controlplane.statuses(report_ids)
        if all(s in ("success", "partial", "failed") for s in statuses.values()):
            return
        time.sleep(0.2)
    raise TimeoutError("reports did not finish")


def overhead_stub_broker(tmp: Path, workload: str) -> None:
    from dramatiq import Worker

    from pipeline import flow, logs, runtime
    from pipeline.broker import setup_broker

    settings = Settings(data_dir=tmp, log_format="json")
    stderr, sys.stderr = sys.stderr, open(os.devnull, "w")  # a worker's JSON log lines, not on the terminal
    logs.configure(settings)
    sys.stderr = stderr
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    scans = _stub_reports(rt, REPORTS, workload)
    worker = Worker(broker, worker_threads=THREADS)
    worker.start()
    started = time.perf_counter()
    for scan in scans:
        flow.advance("crawl", scan)
    _wait_final(rt, [s.report_id for s in scans])
    elapsed = time.perf_counter() - started
    worker.stop()
    cookies, requests = WORKLOADS[workload]
    print(f"analysis, {workload} ({cookies} cookies, {requests} requests per scenario), StubBroker, "
          f"{THREADS} thread(s), local storage: {REPORTS / elapsed:.0f} reports/s ({REPORTS} reports in "
          f"{elapsed:.1f} s; target > 100/s)")


def _worker(env: dict[str, str], queues: str, processes: int, threads: int, log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "worker", "--queues", queues, "--processes",
                             str(processes), "--threads", str(threads)], cwd=ROOT, env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=open(log, "wb"), start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(60)


def overhead_rabbitmq(tmp: Path, label: str, extra_env: dict[str, str]) -> None:
    import dramatiq
    from dramatiq.brokers.rabbitmq import RabbitmqBroker

    from pipeline import runtime

    env = {"CONSENTSCAN_DATA_DIR": str(tmp), "CONSENTSCAN_METRICS_PORT": "0", **extra_env}
    settings = Settings.from_env({**os.environ, **env})
    rt = runtime.init(settings)
    scans = _stub_reports(rt, REPORTS)
    broker = RabbitmqBroker(url=settings.broker_url)
    from pipeline.cli import default_threads

    threads = default_threads(ANALYSIS.split(","), settings)  # what `consentscan worker` picks for this storage
    worker = _worker(env, ANALYSIS, 1, threads, tmp / "worker.log")
    time.sleep(2)
    started = time.perf_counter()
    for scan in scans:
        broker.enqueue(dramatiq.Message(queue_name="har_parse", actor_name="har_parse",
                                        args=(encode(ReportTask(scan)),), kwargs={}, options={}))
    _wait_final(rt, [s.report_id for s in scans])
    elapsed = time.perf_counter() - started
    _stop(worker)
    broker.close()
    print(f"analysis, typical, RabbitMQ, 1 worker process x {threads} thread(s), {label}: "
          f"{REPORTS / elapsed:.0f} reports/s ({REPORTS} reports in {elapsed:.1f} s)")


def demo_scans(tmp: Path, crawl_processes: int, server: SiteServer) -> None:
    from pipeline import runtime
    from pipeline.controlplane import scenario_runs
    from tests.test_distributed import _purge

    _purge()
    env = {"CONSENTSCAN_DATA_DIR": str(tmp), "CONSENTSCAN_ALLOW_PRIVATE_NETWORKS": "true",
           "CONSENTSCAN_METRICS_PORT": "0"}
    settings = Settings.from_env({**os.environ, **env})
    rt = runtime.init(settings)
    workers = [_worker(env, "crawl", crawl_processes, 1, tmp / "crawl.log"),
               _worker(env, ANALYSIS, 1, 4, tmp / "analysis.log")]
    batch = tmp / "batch.txt"
    batch.write_text(f"{DEMO_URL}\n" * SCANS)
    started = time.perf_counter()
    submitted = subprocess.run([sys.executable, "-m", "pipeline.cli", "submit", "--from", str(batch), "--pages", "5",
                                "--host-resolver-rules", server.host_rules, "--ignore-https-errors"],
                               cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, check=True)
    report_ids = submitted.stdout.split()
    _wait_final(rt, report_ids, timeout=SCANS * 60)
    elapsed = time.perf_counter() - started
    for worker in workers:
        _stop(worker)
    import sqlalchemy as sa

    lags = []
    with rt.controlplane.engine.connect() as conn:
        for report_id in report_ids:
            crawled = conn.execute(sa.select(sa.func.max(scenario_runs.c.finished_at))
                                   .where(scenario_runs.c.report_id == report_id)).scalar()
            written = rt.controlplane.get_report(report_id)["updated_at"]
            lags.append(_ts(written) - _ts(crawled))
    statuses = rt.controlplane.statuses(report_ids)
    print(f"{SCANS} demo scans through RabbitMQ, {crawl_processes} crawl process(es): {elapsed:.0f} s, "
          f"{SCANS / elapsed * 60:.1f} scans/min, statuses {sorted(set(statuses.values()))}; crawl end -> report "
          f"written: median {statistics.median(lags):.2f} s, max {max(lags):.2f} s (target median < 1 s)")


def _ts(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def main() -> None:
    for workload in WORKLOADS:
        with tempfile.TemporaryDirectory() as tmp:
            overhead_stub_broker(Path(tmp), workload)
    with tempfile.TemporaryDirectory() as tmp:
        overhead_rabbitmq(Path(tmp), "local storage", {})
    from tests.s3server import S3Server

    s3 = S3Server().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            overhead_rabbitmq(Path(tmp), "S3 (SeaweedFS)", s3.env("bench"))
    finally:
        s3.stop()
    with SiteServer() as server:
        for processes in (1, 2):
            with tempfile.TemporaryDirectory() as tmp:
                demo_scans(Path(tmp), processes, server)


if __name__ == "__main__":
    main()
