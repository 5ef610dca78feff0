"""Scheduler benchmarks (``make bench``): register 10,000 properties (``property import``), then compute and
enqueue 10,000 due scheduled scans (target under 10 s each). Prints figures; asserts nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

PROPERTIES = int(os.environ.get("BENCH_PROPERTIES", "10000"))
ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    from pipeline import logs, runtime
    from pipeline.broker import setup_broker
    from pipeline.controlplane import reports
    from pipeline.properties import Properties
    from pipeline.scheduler import enqueue_scheduled, latest_fire_time
    from pipeline.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        csv_file = Path(tmp) / "properties.csv"
        csv_file.write_text("url,id,organization_id,scanPeriod,scheduledScanEnabled,scheduledHour\n" + "".join(
            f"https://www.site{i}.example.org/,site{i},org{i % 20},daily,true,0\n" for i in range(PROPERTIES)))
        env = {**os.environ, "CONSENTSCAN_DATA_DIR": tmp}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline.cli", "property", "import", str(csv_file)], cwd=ROOT,
                       env=env, check=True, capture_output=True)
        print(f"register {PROPERTIES} properties (property import, validated): {time.perf_counter() - started:.1f} s "
              "(target < 10 s)")

        settings = Settings(data_dir=Path(tmp), schedule_window=0, log_format="json")
        logs.configure(settings)  # as `consentscan scheduler` does: one JSON line per enqueued scan
        broker = setup_broker(settings, stub=True)
        rt = runtime.init(settings)
        props = Properties(rt.controlplane)
        started = time.perf_counter()
        due = [(p, latest_fire_time(p.schedule, datetime.now(UTC))) for p in props.list(scheduled_only=True)]
        outcomes = [enqueue_scheduled(rt, props, p, when) for p, when in due]
        elapsed = time.perf_counter() - started
        print(f"compute and enqueue {len(due)} due scans (SQLite control plane, in-process queue): {elapsed:.1f} s, "
              f"{outcomes.count('enqueued')} enqueued, {broker.queues['crawl'].qsize()} crawl messages "
              "(target < 10 s)")

        # The same through RabbitMQ (publisher confirms on), for a second round of fire times.
        from tests.test_distributed import _purge

        setup_broker(settings)
        _purge()
        started = time.perf_counter()
        later = [(p, when + timedelta(days=1)) for p, when in due]
        with rt.controlplane.engine.begin() as conn:  # the first round's scans are done
            conn.execute(reports.update().values(status="success"))
        outcomes = [enqueue_scheduled(rt, props, p, when) for p, when in later]
        elapsed = time.perf_counter() - started
        print(f"compute and enqueue {len(later)} due scans (SQLite control plane, RabbitMQ): {elapsed:.1f} s, "
              f"{outcomes.count('enqueued')} enqueued (target < 10 s)")
        _purge()


if __name__ == "__main__":
    main()
