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
#: The control plane: SQLite in the temporary directory, or BENCH_DATABASE_URL (an empty PostgreSQL database).
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "")
STORE = "PostgreSQL" if DATABASE_URL.startswith("postgresql") else "SQLite"
ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    from pipeline.control import runtime
    from pipeline.control.properties import Properties
    from pipeline.control.schema import reports
    from pipeline.engine import logs
    from pipeline.services.boot import setup_broker
    from pipeline.services.scheduler import enqueue_scheduled, latest_fire_time
    from pipeline.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        csv_file = Path(tmp) / "properties.csv"
        csv_file.write_text("url,id,organization_id,scanPeriod,scheduledScanEnabled,scheduledHour\n" + "".join(
            f"https://www.site{i}.example.org/,site{i},org{i % 20},daily,true,0\n" for i in range(PROPERTIES)))
        env = {**os.environ, "CONSENTSCAN_DATA_DIR": tmp, "CONSENTSCAN_DATABASE_URL": DATABASE_URL}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline.cli", "property", "import", str(csv_file)], cwd=ROOT,
                       env=env, check=True, capture_output=True)
        print(f"register {PROPERTIES} properties (property import, validated): {time.perf_counter() - started:.1f} s "
              "(target < 10 s)")

        settings = Settings(data_dir=Path(tmp), database_url=DATABASE_URL, schedule_window=0, log_format="json")
        logs.configure(settings)  # as `consentscan scheduler` does: one JSON line per enqueued scan
        broker = setup_broker(settings, stub=True)
        rt = runtime.init(settings)
        props = Properties(rt.controlplane)
        started = time.perf_counter()
        due = [(p, latest_fire_time(p.schedule, datetime.now(UTC))) for p in props.list(scheduled_only=True)]
        outcomes = enqueue_scheduled(rt, due)
        elapsed = time.perf_counter() - started
        print(f"compute and enqueue {len(due)} due scans ({STORE} control plane, in-process queue): {elapsed:.1f} s, "
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
        outcomes = enqueue_scheduled(rt, later)  # what the dispatcher does with the scans the jobs hand it
        elapsed = time.perf_counter() - started
        print(f"compute and enqueue {len(later)} due scans ({STORE} control plane, RabbitMQ): {elapsed:.1f} s, "
              f"{outcomes.count('enqueued')} enqueued (target < 10 s)")
        _purge()
        through_apscheduler(rt, settings, props, [when for _, when in due])
        _purge()


def through_apscheduler(rt, settings, props, first_round) -> None:
    """The whole path of ``consentscan scheduler``: APScheduler finds the slot job of 10,000 properties due
    (one schedule, no spread window), the job hands them to the dispatcher, which enqueues them in batches on
    RabbitMQ. Rate cap off (``schedule_rate`` 0)."""
    import dataclasses

    import sqlalchemy as sa

    from pipeline.control.schema import reports
    from pipeline.services import scheduler as scheduling

    settings = dataclasses.replace(settings, schedule_rate=0)
    sched = scheduling.build_scheduler(settings)
    sched.start(paused=True)
    started = time.perf_counter()
    scheduling.sync_jobs(sched, props, 0)
    print(f"register {PROPERTIES} schedules in APScheduler's job store: {time.perf_counter() - started:.1f} s, "
          f"{len(sched.get_jobs()) - 2} slot job(s)")
    now = datetime.now(UTC)
    store = sched._jobstores["default"]
    for job in store.get_all_jobs():  # due now (set up, not timed)
        job._modify(next_run_time=now)
        store.update_job(job)
    keys = {f"%@{w.isoformat(timespec='seconds').replace('+00:00', 'Z')}" for w in first_round}
    with rt.controlplane.engine.begin() as conn:  # the jobs will fire the first round's times again
        conn.execute(reports.update().values(status="success"))
        for key in keys:
            conn.execute(reports.delete().where(reports.c.scan_key.like(key)))
    started = time.perf_counter()
    sched.resume()
    count = sa.select(sa.func.count()).select_from(reports).where(reports.c.status == "queued")
    enqueued = 0
    while enqueued < PROPERTIES and time.perf_counter() - started < 300:
        time.sleep(0.2)
        with rt.controlplane.engine.connect() as conn:
            enqueued = conn.execute(count).scalar_one()
    scheduling.drain()
    elapsed = time.perf_counter() - started
    sched.shutdown()
    print(f"{PROPERTIES} properties due at once through APScheduler and the dispatcher ({STORE}, RabbitMQ): "
          f"{elapsed:.1f} s, {enqueued} enqueued (target < 10 s)")


if __name__ == "__main__":
    main()
