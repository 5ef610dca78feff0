"""Properties, schedules and the scheduler against the real PostgreSQL database (StubBroker queue)."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from pipeline.control import runtime
from pipeline.control.properties import Properties, property_from_api
from pipeline.control.schema import reports
from pipeline.model.schedule import Schedule
from pipeline.services.boot import setup_broker
from pipeline.services.scheduler import (
    RateLimiter,
    build_scheduler,
    drain,
    enqueue_scheduled,
    job_id,
    latest_fire_time,
    run,
    sync_jobs,
)
from pipeline.settings import Settings
from tests.conftest import run_cli


@pytest.fixture
def world(postgres_url, tmp_path):
    settings = Settings(data_dir=tmp_path, database_url=postgres_url, schedule_window=0, schedule_rate=1000)
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    props = Properties(rt.controlplane)
    yield settings, broker, rt, props
    for queue in list(broker.queues):
        broker.flush(queue)


def _property(props, name: str, **schedule):
    prop = property_from_api({"url": "https://www.example.com/", "id": f"{name}-{time.time_ns()}",
                              "scheduledScanEnabled": True, "scanPeriod": "daily", "scheduledHour": 6, **schedule},
                             "acme")
    props.add([prop])
    return prop


def _reports(rt, prop) -> list[dict]:
    with rt.controlplane.engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.select(reports).where(reports.c.property_id == prop.id)).mappings()]


def test_latest_fire_time_is_the_due_one():
    schedule = Schedule(enabled=True, period="daily", hour=6)
    now = datetime(2026, 11, 22, 7, 30, tzinfo=UTC)
    assert latest_fire_time(schedule, now) == datetime(2026, 11, 22, 6, tzinfo=UTC)
    assert latest_fire_time(schedule, now, timedelta(hours=2)) == datetime(2026, 11, 21, 8, tzinfo=UTC)


def _crawl_messages(broker, report_id: str) -> int:
    return sum(1 for m in list(broker.queues["crawl"].queue) if report_id.encode() in m)


def test_two_replicas_never_enqueue_the_same_scan_twice(world):
    settings, broker, rt, props = world
    # Two properties with the same schedule: one job (slot) for both.
    prop, other = _property(props, "replicas", scheduledHour=1), _property(props, "replicas-b", scheduledHour=1)
    assert job_id(prop, 0) == job_id(other, 0)
    first, second = build_scheduler(settings), build_scheduler(settings)
    first.start(paused=True)
    sync_jobs(first, props, 0)
    first.modify_job(job_id(prop, 0), next_run_time=datetime.now(UTC) + timedelta(seconds=2))
    second.start()
    first.resume()
    # Both replicas may fire the job; the scans must be enqueued once.
    deadline = time.monotonic() + 20
    while not (_reports(rt, prop) and _reports(rt, other)) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1)  # the other replica's fire, a moment later
    first.shutdown()
    second.shutdown()
    drain()
    for scheduled in (prop, other):
        found = _reports(rt, scheduled)
        assert len(found) == 1 and found[0]["scan_type"] == "scheduled"
        assert found[0]["scan_key"].startswith(f"acme/{scheduled.id}@")
        assert _crawl_messages(broker, found[0]["id"]) == 3  # one scan: its three scenarios
        assert [e["outcome"] for e in props.events(scheduled.id)] == ["enqueued"]
    # The same due scan once more, as a second replica would after the first: a duplicate, not enqueued.
    found = _reports(rt, prop)
    due = datetime.fromisoformat(found[0]["scan_key"].split("@")[1].replace("Z", "+00:00"))
    assert enqueue_scheduled(rt, [(prop, due)]) == ["duplicate"]
    assert len(_reports(rt, prop)) == 1


def test_a_fire_time_missed_while_down_runs_once_on_restart(world):
    settings, broker, rt, props = world
    prop = _property(props, "restart", scheduledHour=2)
    scheduler = build_scheduler(settings)
    scheduler.start(paused=True)
    sync_jobs(scheduler, props, 0)
    scheduler.shutdown()
    store = scheduler._jobstores["default"]  # the store the scheduler left in the database
    job = store.lookup_job(job_id(prop, 0))
    job._modify(next_run_time=datetime.now(UTC) - timedelta(minutes=30))  # it should have fired while down
    store.update_job(job)
    for _ in range(2):  # restart, then restart again: the missed fire runs once
        restarted = build_scheduler(settings)
        restarted.start()
        time.sleep(3)
        restarted.shutdown()
        drain()
    assert len(_reports(rt, prop)) == 1
    assert [e["outcome"] for e in props.events(prop.id)] == ["enqueued"]


def test_a_fire_lost_in_a_crash_is_enqueued_when_the_scheduler_starts_again(world):
    settings, broker, rt, props = world
    from pipeline.control.schema import properties

    # Due an hour ago (within the grace period): APScheduler had fired it, the crash lost it.
    hour = (datetime.now(UTC) - timedelta(hours=1)).hour
    lost, edited = _property(props, "lost", scheduledHour=hour), _property(props, "edited", scheduledHour=hour)
    with rt.controlplane.engine.begin() as conn:  # "lost" was written days before; "edited" just now
        conn.execute(properties.update().where(properties.c.id == lost.id).values(updated_at="2026-01-01T00:00:00Z"))
    for _ in range(2):  # start, then start again: once
        stop = threading.Event()
        thread = threading.Thread(target=run, args=(settings, stop, 0.2))
        thread.start()
        deadline = time.monotonic() + 10
        while not _reports(rt, lost) and time.monotonic() < deadline:
            time.sleep(0.1)
        stop.set()
        thread.join(10)
    found = _reports(rt, lost)
    assert len(found) == 1 and found[0]["scan_type"] == "scheduled"
    assert found[0]["scan_key"].endswith(f"T{hour:02d}:00:00Z")
    assert [e["outcome"] for e in props.events(lost.id)] == ["enqueued"]
    assert _reports(rt, edited) == []  # its schedule was set after that fire time


def test_a_batch_the_broker_refuses_is_withdrawn_then_retried(world, monkeypatch):
    settings, broker, rt, props = world
    from pipeline.engine import flow
    from pipeline.services.scheduler import Dispatcher

    prop = _property(props, "refused", scheduledHour=4)
    publish, calls = flow.start_many, []

    def broker_down_once(scans):  # the fault: RabbitMQ refuses the first publish
        calls.append(len(scans))
        if len(calls) == 1:
            raise ConnectionError("broker down")
        publish(scans)

    monkeypatch.setattr(flow, "start_many", broker_down_once)
    dispatcher = Dispatcher(None, backoff=0.1)
    dispatcher.submit([("acme", prop.id, datetime.now(UTC))])
    dispatcher.drain()
    found = _reports(rt, prop)
    assert calls == [1, 1]  # the retry found nothing decided: the refused batch was withdrawn
    assert len(found) == 1 and _crawl_messages(broker, found[0]["id"]) == 3
    assert [e["outcome"] for e in props.events(prop.id)] == ["enqueued"]


def test_a_property_whose_previous_scan_still_runs_is_skipped_and_recorded(world):
    settings, broker, rt, props = world
    prop = _property(props, "busy")
    running = prop.scan()
    rt.controlplane.create_report(running)
    rt.controlplane.mark_pending(running.report_id)
    due = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    assert enqueue_scheduled(rt, [(prop, due)]) == ["skipped_running"]
    assert len(_reports(rt, prop)) == 1
    assert props.events(prop.id)[0]["outcome"] == "skipped_running"
    assert props.events(prop.id)[0]["report_id"] == running.report_id
    # The same fire again (a second replica, a restart): decided already, not skipped twice.
    assert enqueue_scheduled(rt, [(prop, due)]) == ["duplicate"]
    assert len(props.events(prop.id)) == 1


def test_enqueues_are_capped_to_the_configured_rate(world):
    settings, broker, rt, props = world
    limiter = RateLimiter(20)
    many = [_property(props, f"rate{i}") for i in range(50)]
    due = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    started = time.monotonic()
    assert enqueue_scheduled(rt, [(p, due) for p in many], limiter) == ["enqueued"] * 50
    # 50 at 20 per second, in batches of a second's worth: 20 at once, 20 a second later, 10 a second later.
    assert time.monotonic() - started >= 1.95
    assert broker.queues["crawl"].qsize() == 150


def test_the_scheduler_loop_follows_property_changes(world):
    settings, broker, rt, props = world
    prop, stays = _property(props, "loop", scheduledHour=3), _property(props, "loop-stays", scheduledHour=3)
    stop = threading.Event()
    thread = threading.Thread(target=run, args=(settings, stop, 0.2))
    thread.start()

    def members() -> set[str]:
        job = store.lookup_job(job_id(prop, settings.schedule_window))
        return {property_id for _, property_id in job.args[0]} if job else set()

    try:
        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

        store = SQLAlchemyJobStore(url=settings.database, tablename="apscheduler_jobs")
        store.start(None, "default")  # creates the table if the scheduler thread has not yet
        deadline = time.monotonic() + 10
        while not {prop.id, stays.id} <= members() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert {prop.id, stays.id} <= members()
        assert store.lookup_job("_reaper") is not None and store.lookup_job("_compaction") is not None
        props.update(property_from_api({"scheduledScanEnabled": False}, "acme", base=prop))
        deadline = time.monotonic() + 10
        while prop.id in members() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert prop.id not in members() and stays.id in members()
        props.remove("acme", stays.id)
        deadline = time.monotonic() + 10
        while stays.id in members() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert stays.id not in members()
    finally:
        stop.set()
        thread.join(10)


def test_property_commands_and_history(tmp_path):
    env = {"CONSENTSCAN_DATA_DIR": str(tmp_path)}
    added = run_cli("property", "add", "https://shop.example.org/", "--organization", "acme", "--id", "shop",
                    "--schedule", "monthly", "--hour", "23", "--day-of-month", "31", "--json", env=env, timeout=60)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["scheduledDayOfMonth"] == 31
    upcoming = json.loads(run_cli("schedule", "next", "shop", "--count", "3", "--json", env=env, timeout=60).stdout)
    assert all(t.endswith("T23:00:00Z") for t in upcoming["next"])
    bad = run_cli("property", "update", "shop", "--day-of-week", "9", env=env, timeout=60)
    assert bad.returncode == 2 and "scheduledDayOfWeek" in bad.stderr
    csv_file = tmp_path / "props.csv"
    csv_file.write_text("url,id,organization_id,scanPeriod,scheduledScanEnabled,scheduledHour\n" +
                        "".join(f"https://site{i}.example.org/,site{i},acme,weekly,true,{i % 24}\n" for i in range(50)))
    imported = run_cli("property", "import", str(csv_file), env=env, timeout=60)
    assert imported.returncode == 0 and "imported 50 properties" in imported.stdout
    listed = json.loads(run_cli("property", "list", "--organization", "acme", "--json", env=env, timeout=60).stdout)
    assert len(listed) == 51
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("url,id\nhttps://ok.example.org/,ok\nftp://nope/,nope\n")
    refused = run_cli("property", "import", str(bad_csv), env=env, timeout=60)
    assert refused.returncode == 2 and "entry 2" in refused.stderr
    history = json.loads(run_cli("history", "shop", "--json", env=env, timeout=60).stdout)
    item = history["items"][0]
    assert (item["projectId"], item["scanPeriod"], item["scheduledDayOfMonth"]) == ("shop", "monthly", 31)
    assert item["scanHistory"] == [] and (history["offset"], history["count"], history["total"]) == (0, 0, 0)
    assert run_cli("history", "shop", "--limit", "5000", env=env, timeout=60).returncode == 2
    assert run_cli("history", "shop", "--offset", "9" * 40, env=env, timeout=60).returncode == 2


def test_properties_import_from_json(tmp_path):
    env = {"CONSENTSCAN_DATA_DIR": str(tmp_path)}
    entries = [{"url": f"https://blog{i}.example.org/", "id": f"blog{i}", "organization_id": "globex",
                "scanPeriod": "quarterly", "scheduledScanEnabled": True, "scheduledHour": 5,
                "scheduledDayOfMonth": 31, "pages": 3} for i in range(20)]
    (tmp_path / "props.json").write_text(json.dumps(entries))
    result = run_cli("property", "import", str(tmp_path / "props.json"), env=env, timeout=60)
    assert result.returncode == 0 and "imported 20 properties" in result.stdout
    shown = json.loads(run_cli("property", "show", "blog7", "--json", env=env, timeout=60).stdout)
    assert (shown["organization_id"], shown["pages"], shown["scanPeriod"], shown["scheduledDayOfMonth"]) == (
        "globex", 3, "quarterly", 31)
    (tmp_path / "bad.json").write_text(json.dumps([{"url": "https://x.example.org/", "scheduledHour": 30}]))
    refused = run_cli("property", "import", str(tmp_path / "bad.json"), env=env, timeout=60)
    assert refused.returncode == 2 and "scheduledHour" in refused.stderr
