"""Pipeline benchmarks (``make bench``): overhead of the five analysis stages per report (stub crawl), with
and without stage fusion, and demo-site scans through RabbitMQ with 1 and 2 crawl processes. Prints figures;
asserts nothing about speed.

BENCH_REPORTS (default 500) stub reports a round, BENCH_ROUNDS (default 3) rounds a measure, in two workloads
(see WORKLOADS), with the data on the disk and in memory; BENCH_THREADS (default 1) worker threads for the
StubBroker measure; BENCH_DIST_SCANS (default 200) demo scans per configuration.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from pipeline.demo.server import DEMO_URL, SiteServer
from pipeline.model.messages import ReportTask, Scan, ScanOptions, encode
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
REPORTS = int(os.environ.get("BENCH_REPORTS", "500"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
WARMUP = 30  # reports processed before the clock starts: imports, the Public Suffix List, the vendor catalog
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


@contextlib.contextmanager
def scratch_dirs() -> Iterator[dict[str, str]]:
    """Where the stub reports are stored: a fresh directory on the disk beside the project (where ``make demo``
    writes) and one in memory (tmpfs) where the machine has one. Measures leave their files there and all are
    removed at the end: on this VM's ext4 (mounted with ``discard``), writing a report's 12 objects cost from
    0.3 to 2.6 ms of kernel time, the most in the minute after thousands of files were deleted, so deleting
    each round's files made the next round measure that deletion. ``file_creation_us`` prints the cost."""
    places = {"disk": str(ROOT)}
    if Path("/dev/shm").is_dir():
        places["tmpfs"] = "/dev/shm"
    dirs = {name: tempfile.mkdtemp(dir=where, prefix=".bench-") for name, where in places.items()}
    try:
        yield dirs
    finally:
        for path in dirs.values():
            shutil.rmtree(path, ignore_errors=True)


def file_creation_us(where: str, count: int = 500) -> float:
    """Microseconds to write a 2 KB object the way ``LocalStorage.put_bytes`` does (new file, rename)."""
    from pipeline.storage.objects import LocalStorage

    storage = LocalStorage(Path(tempfile.mkdtemp(dir=where)))
    started = time.perf_counter()
    for index in range(count):
        storage.put_bytes(f"a/{index}", b"x" * 2048)
    return (time.perf_counter() - started) / count * 1e6


def _rounds(measure, *args) -> str:
    """Run ``measure`` ROUNDS times (reports/s each): the median, then every round, as this VM varies."""
    rates = [measure(*args) for _ in range(ROUNDS)]
    return f"median {statistics.median(rates):.0f}/s (rounds: {', '.join(f'{r:.0f}' for r in rates)})"


def stub_broker_rate(workload: str, where: str) -> float:
    """Reports/s through the five analysis stages on Dramatiq's StubBroker, one worker, THREADS threads."""
    from dramatiq import Worker

    from pipeline.control import runtime
    from pipeline.engine import flow, logs
    from pipeline.services.boot import setup_broker

    tmp = tempfile.mkdtemp(dir=where)  # removed by ``scratch_dirs``
    settings = Settings(data_dir=Path(tmp), log_format="json")
    stderr, sys.stderr = sys.stderr, open(os.devnull, "w")  # a worker's JSON log lines, not on the terminal
    logs.configure(settings)
    sys.stderr = stderr
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    warmup, scans = _stub_reports(rt, WARMUP, workload), _stub_reports(rt, REPORTS, workload)
    worker = Worker(broker, worker_threads=THREADS)
    worker.start()
    try:
        for batch in (warmup, scans):
            started = time.perf_counter()
            for scan in batch:
                flow.advance("crawl", scan)
            _wait_final(rt, [s.report_id for s in batch])
        return REPORTS / (time.perf_counter() - started)
    finally:
        worker.stop()


def _worker(env: dict[str, str], queues: str, processes: int, threads: int, log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "worker", "--queues", queues, "--processes",
                             str(processes), "--threads", str(threads)], cwd=ROOT, env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=open(log, "wb"), start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(60)


def _session_cpu_seconds(session: int) -> float:
    """CPU time used so far by every process of a session (a worker and the processes it forked)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session:  # field 6 of proc(5), the session id
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def rabbitmq_rate(workload: str, threads: int, where: str, extra_env: dict[str, str],
                  cpu: list[float] | None = None) -> float:
    """Reports/s through the five analysis stages on RabbitMQ, one ``consentscan worker`` process; appends
    the worker's CPU milliseconds per report to ``cpu``."""
    import dramatiq

    from pipeline.control import runtime
    from pipeline.engine.broker import RabbitmqBroker
    from tests.test_distributed import _purge

    _purge()
    tmp = tempfile.mkdtemp(dir=where)  # removed by ``scratch_dirs``
    env = {"CONSENTSCAN_DATA_DIR": tmp, "CONSENTSCAN_METRICS_PORT": "0", **extra_env}
    settings = Settings.from_env({**os.environ, **env})
    rt = runtime.init(settings)
    warmup, scans = _stub_reports(rt, WARMUP, workload), _stub_reports(rt, REPORTS, workload)
    broker = RabbitmqBroker(url=settings.broker_url)
    worker = _worker(env, ANALYSIS, 1, threads, Path(tmp) / "worker.log")
    try:
        for batch in (warmup, scans):
            started, used = time.perf_counter(), _session_cpu_seconds(worker.pid)
            broker.enqueue_batch([dramatiq.Message(queue_name="har_parse", actor_name="har_parse",
                                                   args=(encode(ReportTask(scan)),), kwargs={}, options={})
                                  for scan in batch])
            _wait_final(rt, [s.report_id for s in batch])
        if cpu is not None:
            cpu.append((_session_cpu_seconds(worker.pid) - used) / REPORTS * 1000)
        return REPORTS / (time.perf_counter() - started)
    finally:
        _stop(worker)
        broker.close()


NO_FUSION = {"CONSENTSCAN_FUSE_STAGES": "false"}


def overhead(s3_env: dict[str, str]) -> None:
    """The pipeline's own cost per report: stub crawl, then the five analysis stages on one worker process,
    with stage fusion (the default: one analysis message a report) and without (five)."""
    with scratch_dirs() as dirs:
        for name, where in dirs.items():
            print(f"writing a 2 KB object on {name}: {file_creation_us(where):.0f} µs")
        for workload, (cookies, requests) in WORKLOADS.items():
            for name, where in dirs.items():
                print(f"analysis, {workload} ({cookies} cookie(s), {requests} request(s) per scenario), "
                      f"StubBroker, {THREADS} thread(s), local storage on {name}: "
                      f"{_rounds(stub_broker_rate, workload, where)}, {REPORTS} reports a round (target > 100/s)")
        runs = [(workload, 1, {}) for workload in WORKLOADS] + [("overhead", 2, {}), ("overhead", 2, NO_FUSION)]
        for workload, threads, env in runs:
            for name, where in dirs.items():
                cpu: list[float] = []
                rate = _rounds(rabbitmq_rate, workload, threads, where, env, cpu)
                print(f"analysis, {workload}, RabbitMQ, 1 worker process x {threads} thread(s), "
                      f"{'without' if env else 'with'} stage fusion, local storage on {name}: {rate}; "
                      f"worker CPU {statistics.median(cpu):.1f} ms a report (target > 100/s)")
        from pipeline.cli.main import default_threads

        s3_threads = default_threads(ANALYSIS.split(","), Settings.from_env({**os.environ, **s3_env}))
        for workload in WORKLOADS:  # the control plane (SQLite) on the disk, the objects in S3
            rate = _rounds(rabbitmq_rate, workload, s3_threads, dirs["disk"], s3_env)
            print(f"analysis, {workload}, RabbitMQ, 1 worker process x {s3_threads} thread(s), with stage "
                  f"fusion, S3 (SeaweedFS on the same machine): {rate}")


def demo_scans(tmp: Path, crawl_processes: int, server: SiteServer) -> None:
    from pipeline.control import runtime
    from pipeline.control.schema import scenario_runs
    from tests.test_distributed import _purge

    _purge()
    env = {"CONSENTSCAN_DATA_DIR": str(tmp), "CONSENTSCAN_ALLOW_PRIVATE_NETWORKS": "true",
           "CONSENTSCAN_METRICS_PORT": "0"}
    settings = Settings.from_env({**os.environ, **env})
    rt = runtime.init(settings)
    workers = [_worker(env, "crawl", crawl_processes, 1, tmp / "crawl.log"),
               _worker(env, ANALYSIS, 1, 0, tmp / "analysis.log")]  # 0: the default threads
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
    from tests.s3server import S3Server

    s3 = S3Server().start()
    try:
        overhead(s3.env("bench"))
    finally:
        s3.stop()
    with SiteServer() as server:
        for processes in (1, 2):
            with tempfile.TemporaryDirectory() as tmp:
                demo_scans(Path(tmp), processes, server)


if __name__ == "__main__":
    main()
