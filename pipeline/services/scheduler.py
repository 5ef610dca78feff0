"""``consentscan scheduler``: APScheduler turns properties' schedules into scans on the queue.

- Jobs live in the control-plane database (APScheduler's SQLAlchemy job store) and only enqueue; workers
  do the work. Properties with the same schedule and offset share one job (a slot), kept in step with the
  properties table. A job hands its properties to the dispatcher, which enqueues them in batches: one
  transaction and one publish for up to 500 scans.
- A fire time missed while the scheduler was down runs once on restart (``coalesce``, within
  ``schedule_grace``); so does one lost in a crash after it fired (``missed_scans``, enqueued at start).
  Every scheduled scan has the key ``<organization>/<property>@<fire time>``, unique in the reports table,
  and a skipped fire is recorded, so neither a restart nor a second replica can decide a fire twice.
- Properties due at the same hour are spread over ``schedule_window`` seconds (a stable offset per
  property, in whole minutes) and enqueued at most ``schedule_rate`` per second.
- A property whose previous scan is still queued or pending is skipped, and the skip is recorded.
- Two maintenance jobs: the reaper (every 5 minutes) and the compaction of past days (02:30 UTC daily).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog

from pipeline.control import runtime, schedules
from pipeline.control.properties import Properties, Property
from pipeline.engine import flow
from pipeline.model.schedule import Schedule, ScheduleTrigger, next_fire_time, spread
from pipeline.services import maintenance

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
        self.rate = rate
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self, count: int = 1) -> None:
        """Wait until ``count`` more enqueues fit in the rate."""
        with self._lock:
            now = time.monotonic()
            wait = self._next - now
            self._next = max(now, self._next) + self.interval * count
        if wait > 0:
            time.sleep(wait)


#: Scans decided in one transaction and published in one batch.
BATCH = 500

def enqueue_scheduled(rt: runtime.Runtime, due: Sequence[tuple[Property, datetime]],
                      limiter: RateLimiter | None = None) -> list[str]:
    """Enqueue the scans of ``due`` (property, fire time) pairs; returns each one's outcome, in order.

    Outcomes: ``enqueued``; ``skipped_running`` when the property's previous scan is still queued or pending
    (recorded as a schedule event); ``duplicate`` when the same scan was already enqueued, by another
    scheduler or before a restart (its key ``<organization>/<property>@<fire time>`` exists).
    Up to ``BATCH`` scans are decided and recorded in one transaction, then their messages published in one
    batch; with a limiter, batches are no larger than a second's worth of its rate.
    """
    size = BATCH if limiter is None or limiter.rate <= 0 else max(1, min(BATCH, int(limiter.rate)))
    outcomes: list[str] = []
    for start in range(0, len(due), size):
        outcomes += _enqueue_batch(rt, due[start:start + size], limiter)
    return outcomes


def _enqueue_batch(rt: runtime.Runtime, due: Sequence[tuple[Property, datetime]],
                   limiter: RateLimiter | None) -> list[str]:
    items = [(prop, fire.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")) for prop, fire in due]
    decided = schedules.decide_batch(rt.controlplane, items)
    if decided is None:
        # Another scheduler inserted one of these keys between our check and our insert: nothing of this
        # batch was committed; decide each scan alone, where the loser of the race sees a duplicate.
        if len(items) == 1:
            return ["duplicate"]
        return [outcome for pair in due for outcome in _enqueue_batch(rt, [pair], limiter)]
    outcomes, scans = decided
    for outcome, (prop, fire) in zip(outcomes, items, strict=True):
        if outcome == "skipped_running":
            log.info("scheduled scan skipped: previous scan still running", property_id=prop.id, fire_time=fire)
    # The messages go out after the commit; a crash in between leaves queued reports the reaper ends.
    if limiter is not None and scans:
        limiter.acquire(len(scans))
    try:
        flow.start_many(scans)
    except Exception:
        _withdraw(rt, [scan.report_id for scan in scans])  # as if never decided: a retry enqueues them
        raise
    for scan in scans:
        log.info("scheduled scan enqueued", property_id=scan.property_id, report_id=scan.report_id)
    return outcomes


def due_scans(rt: runtime.Runtime, fired: Sequence[tuple[str, str, datetime]]) -> list[tuple[Property, datetime]]:
    """``(property, fire time)`` for jobs that fired: ``(organization_id, property_id, when it fired)``. A
    property removed or unscheduled since is left out. Properties are read in one query."""
    found = Properties(rt.controlplane).get_many((org, prop_id) for org, prop_id, _ in fired)
    due = []
    for org, prop_id, fired_at in fired:
        prop = found.get((org, prop_id))
        if prop is None or not prop.schedule.enabled:
            continue
        offset = spread(prop.id, rt.settings.schedule_window)
        latest = latest_fire_time(prop.schedule, fired_at, offset)
        if latest is not None:
            due.append((prop, latest - offset))
    return due


def _withdraw(rt: runtime.Runtime, report_ids: list[str]) -> None:
    """Remove reports whose messages could not be published, and their schedule events."""
    schedules.withdraw(rt.controlplane, report_ids)


class Dispatcher:
    """Gathers the scans that APScheduler's jobs make due and enqueues them in batches.

    Properties due at the same time fire as many jobs at once; enqueued one by one, each would cost a
    property lookup, a transaction and a publish round trip. A job only hands its property to this queue;
    one thread takes what has gathered (up to ``BATCH``) and reads, decides and enqueues it together.
    A stopped scheduler (``run`` returning) drains the queue first; one killed with scans still in it gets
    them back at start (``missed_scans``). A batch the store or the broker refuses is retried with backoff.
    """

    RETRIES = 6

    def __init__(self, limiter: RateLimiter | None, backoff: float = 1.0) -> None:
        self.limiter = limiter
        self.backoff = backoff
        self._queue: queue.Queue[tuple[str, str, datetime]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, fired: Sequence[tuple[str, str, datetime]]) -> None:
        """Hand over ``(organization_id, property_id, when it fired)`` triples."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="consentscan-dispatcher", daemon=True)
                self._thread.start()
        for item in fired:
            self._queue.put(item)

    def drain(self) -> None:
        """Wait until every submitted scan has been enqueued (or its failure logged)."""
        self._queue.join()

    def _run(self) -> None:
        rt = runtime.current()
        while True:
            batch = [self._queue.get()]
            while len(batch) < BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                self._enqueue(rt, batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    def _enqueue(self, rt: runtime.Runtime, batch: list[tuple[str, str, datetime]]) -> None:
        """Enqueue a batch, retrying while the store or the broker is down (what was done comes back as
        duplicates); after ``RETRIES`` the fires are logged as lost until their next time."""
        for attempt in range(1, self.RETRIES + 1):
            try:
                enqueue_scheduled(rt, due_scans(rt, batch), self.limiter)
                return
            except Exception as exc:
                log.error("scheduled scans not enqueued", count=len(batch), error=repr(exc), attempt=attempt,
                          property_ids=[p for _, p, _ in batch][:20])
                if attempt < self.RETRIES:
                    time.sleep(self.backoff * 2 ** (attempt - 1))


#: Made by ``build_scheduler``: the slot jobs of its scheduler hand their properties to it.
_dispatcher: Dispatcher | None = None


def _active_dispatcher() -> Dispatcher:
    if _dispatcher is None:
        raise RuntimeError("slot jobs run in a scheduler made by build_scheduler")
    return _dispatcher


def drain() -> None:
    """Wait until the scans the jobs have fired so far are enqueued."""
    if _dispatcher is not None:
        _dispatcher.drain()


def fire(members: Sequence[tuple[str, str]]) -> None:
    """The job of a slot: its properties' scans are due (an importable reference, as the job store requires)."""
    now = datetime.now(UTC)
    _active_dispatcher().submit([(organization_id, property_id, now) for organization_id, property_id in members])


def reap() -> None:
    """Maintenance job: end reports stuck without progress past ``report_deadline`` minutes."""
    rt = runtime.current()
    for report_id in maintenance.reap(rt, rt.settings.report_deadline):
        log.warning("stuck report failed by the reaper", report_id=report_id)


def compact_yesterday() -> None:
    """Maintenance job: merge past days' per-report Parquet files, one file per partition."""
    rt = runtime.current()
    for prefix, files, rows in maintenance.compact_before(rt.storage, datetime.now(UTC).strftime("%Y-%m-%d")):
        log.info("partition compacted", partition=prefix, files=files, rows=rows)


#: What a slot's job calls (a text reference: the job store keeps it).
FIRE = "pipeline.services.scheduler:fire"
#: Jobs every scheduler keeps beside the properties' own (ids start with "_": no property id does).
MAINTENANCE = {"_reaper": ("pipeline.services.scheduler:reap", {"trigger": "interval", "minutes": 5}),
               "_compaction": ("pipeline.services.scheduler:compact_yesterday",
                               {"trigger": "cron", "hour": 2, "minute": 30})}


def slot(prop: Property, window: int) -> tuple[str, ScheduleTrigger]:
    """The job of ``prop``: its id and trigger. Properties with the same schedule and offset share one job."""
    offset = int(spread(prop.id, window).total_seconds())
    schedule = prop.schedule
    key = f"slot:{schedule.period}:{schedule.hour}:{schedule.day_of_week}:{schedule.day_of_month}:+{offset}"
    return key, ScheduleTrigger(schedule, offset)


def job_id(prop: Property, window: int) -> str:
    return slot(prop, window)[0]


def sync_jobs(scheduler: Any, props: Properties, window: int) -> tuple[int, int]:
    """Make the job store match the scheduled properties: ``(added or changed, removed)``.

    One job per slot (schedule and offset), whose argument is the slot's properties: 10,000 properties due
    at the same hour are a few jobs, not 10,000 (APScheduler spends about 0.4 ms on each job it runs).
    """
    wanted: dict[str, tuple[ScheduleTrigger, list[tuple[str, str]]]] = {}
    for prop in props.list(scheduled_only=True):
        key, trigger = slot(prop, window)
        wanted.setdefault(key, (trigger, []))[1].append((prop.organization_id, prop.id))
    existing = {job.id: job for job in scheduler.get_jobs()}
    changed = removed = 0
    for key, (func, trigger_options) in MAINTENANCE.items():
        # A job store written before the modules moved names the old path: such a job is added again.
        if key not in existing or existing[key].func_ref != func:
            scheduler.add_job(func, id=key, replace_existing=True, **trigger_options)
    for key, job in existing.items():
        if key not in wanted and key not in MAINTENANCE:
            job.remove()
            removed += 1
    for key, (trigger, members) in wanted.items():
        args = (tuple(members),)
        job = existing.get(key)
        if job is None or job.trigger.__getstate__() != trigger.__getstate__() or job.func_ref != FIRE:
            scheduler.add_job(FIRE, trigger, args=args, id=key, replace_existing=True)
        elif tuple(job.args) != args:
            job.modify(args=args)  # keeps its next run time (and any misfire to catch up)
        else:
            continue
        changed += 1
    return changed, removed


def build_scheduler(settings: Any) -> Any:
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    global _dispatcher
    _dispatcher = Dispatcher(RateLimiter(settings.schedule_rate))
    return BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=runtime.current().controlplane.engine,
                                                 tablename="apscheduler_jobs")},
        executors={"default": ThreadPoolExecutor(4)},
        job_defaults={"coalesce": True, "misfire_grace_time": settings.schedule_grace, "max_instances": 1},
        timezone=UTC)


def missed_scans(props: Properties, window: int, grace: int, now: datetime) -> list[tuple[str, str, datetime]]:
    """``(organization_id, property_id, when it fired)`` of each scheduled property's latest fire, when at most
    ``grace`` seconds old and the property was not written since. Handed to the dispatcher at start, they cover
    what a crash lost: fires APScheduler had marked done and the dispatcher had not yet enqueued. Those already
    enqueued or skipped come back as duplicates."""
    missed = []
    for prop, written in props.scheduled_since():
        offset = spread(prop.id, window)
        latest = latest_fire_time(prop.schedule, now, offset)
        if latest is not None and now - latest <= timedelta(seconds=grace) and latest - offset > written:
            missed.append((prop.organization_id, prop.id, latest))
    return missed


def run(settings: Any, stop: threading.Event | None = None, sync_every: float = 60.0) -> None:
    """Run until ``stop`` is set (or forever): start the scheduler, keep its jobs in step."""
    rt = runtime.current()
    props = Properties(rt.controlplane)
    scheduler = build_scheduler(settings)
    scheduler.start(paused=True)  # jobs in step with the properties before any fires (a misfire catching up)
    stop = stop or threading.Event()
    missed = missed_scans(props, settings.schedule_window, settings.schedule_grace, datetime.now(UTC))
    if missed:
        _active_dispatcher().submit(missed)
    try:
        while not stop.is_set():
            changed, removed = sync_jobs(scheduler, props, settings.schedule_window)
            if changed or removed:
                log.info("schedules synchronised", changed=changed, removed=removed, jobs=len(scheduler.get_jobs()))
            scheduler.resume()
            stop.wait(sync_every)
    finally:
        scheduler.shutdown(wait=True)
        drain()
