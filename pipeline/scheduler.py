"""``consentscan scheduler``: APScheduler turns properties' schedules into scans on the queue.

- Jobs live in the control-plane database (APScheduler's SQLAlchemy job store) and only enqueue; workers
  do the work. Each enabled property has one job, kept in step with the properties table.
- A fire time missed while the scheduler was down runs once on restart (``coalesce``, within
  ``schedule_grace``). Every scheduled scan has the key ``<property>@<fire time>``, unique in the reports
  table, so neither a restart nor a second replica can enqueue it twice.
- Properties due at the same hour are spread over ``schedule_window`` seconds (a stable offset per
  property) and enqueued at most ``schedule_rate`` per second.
- A property whose previous scan is still queued or pending is skipped, and the skip is recorded.
- Two maintenance jobs: the reaper (every 5 minutes) and the compaction of past days (02:30 UTC daily).
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
import structlog

from pipeline import flow, runtime
from pipeline.controlplane import reports
from pipeline.messages import now_iso
from pipeline.properties import Properties, Property, schedule_events
from pipeline.schedules import Schedule, ScheduleTrigger, next_fire_time, spread

log = structlog.get_logger("consentscan.scheduler")


#: How far back one period reaches: the latest fire time is never older than this (plus the spread).
LOOKBACK = {"daily": timedelta(days=2), "weekly": timedelta(days=8), "monthly": timedelta(days=32),
            "quarterly": timedelta(days=93)}


def latest_fire_time(schedule: Schedule, now: datetime, offset: timedelta = timedelta(0)) -> datetime | None:
    """The last fire time (offset included) at or before ``now``."""
    current, latest = now - offset - LOOKBACK[schedule.period], None
    while True:
        current = next_fire_time(schedule, current)
        if current + offset > now:
            return latest
        latest = current + offset


class RateLimiter:
    """At most ``rate`` enqueues a second across the scheduler's threads."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            now = time.monotonic()
            wait = self._next - now
            self._next = max(now, self._next) + self.interval
        if wait > 0:
            time.sleep(wait)


_limiter: RateLimiter | None = None


#: Built once, compiled once (this runs for every scheduled scan).
_RUNNING = (sa.select(reports.c.id)
            .where(reports.c.organization_id == sa.bindparam("org"), reports.c.property_id == sa.bindparam("prop"),
                   reports.c.status.in_(("queued", "pending"))).limit(1))


def enqueue_scheduled(rt: runtime.Runtime, props: Properties, prop: Property, fire_time: datetime,
                      limiter: RateLimiter | None = None) -> str:
    """Enqueue the scan of ``prop`` due at ``fire_time``; returns the outcome recorded.

    One transaction decides and records: the previous scan still running (skip), the same scan already
    enqueued by another scheduler or before a restart (its key exists), or a new report. The messages go
    out after the commit; a crash in between leaves a queued report the reaper ends.
    """
    fire = fire_time.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    scan = prop.scan(scan_type="scheduled")
    event = {"organization_id": prop.organization_id, "property_id": prop.id, "fire_time": fire}
    with rt.controlplane.engine.begin() as conn:
        running = conn.execute(_RUNNING, {"org": prop.organization_id, "prop": prop.id}).scalar()
        if running is not None:
            conn.execute(schedule_events.insert(), {**event, "outcome": "skipped_running", "report_id": running,
                                                    "at": now_iso()})
            log.info("scheduled scan skipped: previous scan still running", property_id=prop.id, report_id=running)
            return "skipped_running"
        try:
            with conn.begin_nested():
                conn.execute(reports.insert(), rt.controlplane.report_row(
                    scan, f"{prop.organization_id}/{prop.id}@{fire}"))
        except sa.exc.IntegrityError:
            return "duplicate"  # another scheduler (or this one before a restart) already enqueued it
        conn.execute(schedule_events.insert(), {**event, "outcome": "enqueued", "report_id": scan.report_id,
                                                "at": now_iso()})
    if limiter is not None:
        limiter.acquire()
    flow.start(scan)
    log.info("scheduled scan enqueued", property_id=prop.id, report_id=scan.report_id, fire_time=fire)
    return "enqueued"


def fire(organization_id: str, property_id: str) -> None:
    """The job of every scheduled property (an importable reference, as the job store requires)."""
    rt = runtime.current()
    props = Properties(rt.controlplane)
    prop = props.get(organization_id, property_id)
    if prop is None or not prop.schedule.enabled:
        return
    offset = spread(prop.id, rt.settings.schedule_window)
    due = latest_fire_time(prop.schedule, datetime.now(UTC), offset)
    if due is not None:
        enqueue_scheduled(rt, props, prop, due - offset, _limiter)


def reap() -> None:
    """Maintenance job: end reports stuck without progress past ``report_deadline`` minutes."""
    from pipeline.finalize import fail_report

    rt = runtime.current()
    for report_id in rt.controlplane.stuck_reports(timedelta(minutes=rt.settings.report_deadline)):
        fail_report(rt, report_id, f"no progress for {rt.settings.report_deadline} minutes: ended by the reaper")
        log.warning("stuck report failed by the reaper", report_id=report_id)


def compact_yesterday() -> None:
    """Maintenance job: merge past days' per-report Parquet files, one file per partition."""
    from pipeline.compaction import compact

    rt = runtime.current()
    for prefix, files, rows in compact(rt.storage, datetime.now(UTC).strftime("%Y-%m-%d")):
        log.info("partition compacted", partition=prefix, files=files, rows=rows)


#: Jobs every scheduler keeps beside the properties' own (ids start with "_": no property id does).
MAINTENANCE = {"_reaper": ("pipeline.scheduler:reap", {"trigger": "interval", "minutes": 5}),
               "_compaction": ("pipeline.scheduler:compact_yesterday", {"trigger": "cron", "hour": 2, "minute": 30})}


def job_id(prop: Property) -> str:
    return f"{prop.organization_id}:{prop.id}"


def sync_jobs(scheduler: Any, props: Properties, window: int) -> tuple[int, int]:
    """Make the job store match the scheduled properties: ``(added or changed, removed)``."""
    wanted = {job_id(p): p for p in props.list(scheduled_only=True)}
    changed = removed = 0
    for key, (func, trigger) in MAINTENANCE.items():
        if scheduler.get_job(key) is None:
            scheduler.add_job(func, id=key, replace_existing=True, **trigger)
    for job in scheduler.get_jobs():
        if job.id not in wanted and job.id not in MAINTENANCE:
            job.remove()
            removed += 1
    for key, prop in wanted.items():
        trigger = ScheduleTrigger(prop.schedule, int(spread(prop.id, window).total_seconds()))
        job = scheduler.get_job(key)
        if job is not None and job.trigger.__getstate__() == trigger.__getstate__():
            continue  # unchanged: keep its next run time (and any misfire to catch up)
        scheduler.add_job("pipeline.scheduler:fire", trigger, args=(prop.organization_id, prop.id), id=key,
                          replace_existing=True)
        changed += 1
    return changed, removed


def build_scheduler(settings: Any) -> Any:
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    global _limiter
    _limiter = RateLimiter(settings.schedule_rate)
    return BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(url=settings.database, tablename="apscheduler_jobs")},
        executors={"default": ThreadPoolExecutor(4)},
        job_defaults={"coalesce": True, "misfire_grace_time": settings.schedule_grace, "max_instances": 1},
        timezone=UTC)


def run(settings: Any, stop: threading.Event | None = None, sync_every: float = 60.0) -> None:
    """Run until ``stop`` is set (or forever): start the scheduler, keep its jobs in step."""
    rt = runtime.current()
    props = Properties(rt.controlplane)
    scheduler = build_scheduler(settings)
    scheduler.start()
    stop = stop or threading.Event()
    try:
        while not stop.is_set():
            changed, removed = sync_jobs(scheduler, props, settings.schedule_window)
            if changed or removed:
                log.info("schedules synchronised", changed=changed, removed=removed, jobs=len(scheduler.get_jobs()))
            stop.wait(sync_every)
    finally:
        scheduler.shutdown(wait=True)
