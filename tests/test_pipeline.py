"""The analysis stages through Dramatiq's StubBroker (no browser): a stub crawl leaves evidence and HARs in
storage, the real actors do the rest. Diffs between reports, redelivery, poison messages, failing stages."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

import dramatiq
import pyarrow.dataset as ds
import pytest
from dramatiq import Worker
from dramatiq.middleware import Middleware
from prometheus_client import REGISTRY

from pipeline.control import runtime
from pipeline.engine import flow, registry
from pipeline.errors import ServiceUnavailable
from pipeline.model.evidence import CmpEvidence, Observation, PageVisit, ScenarioEvidence
from pipeline.model.messages import ReportTask, Scan, ScanOptions, encode
from pipeline.model.report import ScenarioOutcome, report_key, scenario_key
from pipeline.services.boot import setup_broker
from pipeline.settings import Settings
from pipeline.storage.objects import get_json

SCENARIOS = ("no_user_choice", "consent_to_all", "refuse_to_all")


@pytest.fixture(params=["sqlite", "postgresql"])
def pipeline(request, tmp_path):
    # SQLite in the data directory, or this session's own PostgreSQL database.
    database_url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else ""
    settings = Settings(data_dir=tmp_path, max_retries=1, database_url=database_url)
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    worker = Worker(broker, worker_threads=2, worker_timeout=50)
    worker.start()
    yield broker, rt
    worker.stop()


def stub_crawl(rt, scan: Scan, cookie_names: list[str], requests: int = 1) -> None:
    """What the crawl stage would leave: evidence, a HAR per scenario, the scenario outcomes."""
    rt.controlplane.create_report(scan)
    for scenario in SCENARIOS:
        evidence = ScenarioEvidence(
            report_id=scan.report_id, scenario=scenario, started_at=1000.0, site_loaded=True,
            cmp=CmpEvidence(detected=True, popup_found=True, source="heuristic", has_accept=True, has_refuse=True),
            pages=[PageVisit(url=scan.url, final_url=scan.url, status=200, title="Home", step="no_user_choice",
                             loaded_at=1000.0, links=[{"href": scan.url + "privacy", "text": "Privacy policy"}])],
            observations=[Observation(type="cookie", source="js_browser", name=n, host="www.shop.example",
                                      page_url=scan.url, time=1000.0, step="no_user_choice", max_age=3600)
                          for n in cookie_names])
        rt.storage.put_bytes(scenario_key(scan.report_id, scenario, "crawl.json"),
                             json.dumps(evidence.to_dict()).encode())
        har = {"log": {"entries": [{
            "startedDateTime": "2026-11-22T10:00:00.000Z", "time": 5, "_resourceType": "image", "pageref": "p",
            "request": {"method": "GET", "url": f"https://www.facebook.com/tr?id={i}", "headers": []},
            "response": {"status": 200, "headers": [{"name": "Set-Cookie", "value": "fr=1; Max-Age=60"}],
                         "content": {"size": 43, "mimeType": "image/gif"}, "_transferSize": 43}}
            for i in range(requests)]}}
        rt.storage.put_bytes(scenario_key(scan.report_id, scenario, "proof_of_scan.har"), json.dumps(har).encode())
        rt.controlplane.record_scenario(scan.report_id, ScenarioOutcome(scenario))


def run_analysis(broker, rt, scan: Scan, timeout: float = 30) -> dict:
    flow.advance("crawl", scan)
    deadline = time.monotonic() + timeout
    while rt.controlplane.get_report(scan.report_id)["status"] not in ("success", "partial", "failed"):
        assert time.monotonic() < deadline, "report stuck"
        for queue in flow.FLOW:
            broker.join(queue, timeout=10_000, fail_fast=False)
    return get_json(rt.storage, report_key(scan.report_id, "reports.json"))


ORGANIZATION = f"acme-{os.getpid()}-{time.time_ns()}"  # PostgreSQL keeps reports across runs


def new_scan(**kw) -> Scan:
    scan = Scan.new("https://www.shop.example/", property_id="shop", organization_id=ORGANIZATION,
                    options=ScanOptions())
    return dataclasses.replace(scan, **kw)


def test_second_report_lists_new_and_removed_trackers_and_vendors(pipeline):
    broker, rt = pipeline
    first = new_scan(created_at="2026-11-20T10:00:00.000Z")
    stub_crawl(rt, first, ["_ga", "old_cookie"])
    report = run_analysis(broker, rt, first)
    assert report["status"] == "success" and report["changes"]["previous_report_id"] is None
    second = new_scan(created_at="2026-11-21T10:00:00.000Z")
    stub_crawl(rt, second, ["_ga", "_ga_NEW123XYZ"])
    report = run_analysis(broker, rt, second)
    changes = report["changes"]
    assert changes["previous_report_id"] == first.report_id
    assert [t["name"] for t in changes["trackers"]["new"]] == ["_ga_NEW123XYZ"]
    assert [t["name"] for t in changes["trackers"]["removed"]] == ["old_cookie"]
    assert changes["vendors"] == {"new": [], "removed": []}
    rows = ds.dataset(rt.settings.data_dir / "datasets" / "changes", partitioning="hive").to_table().to_pylist()
    assert {(r["kind"], r["change"], r["name"]) for r in rows if r["report_id"] == second.report_id} == {
        ("tracker", "new", "_ga_NEW123XYZ"), ("tracker", "removed", "old_cookie")}


def test_redelivered_messages_do_not_duplicate_rows(pipeline):
    broker, rt = pipeline
    scan = new_scan()
    stub_crawl(rt, scan, ["_ga", "sid"])
    run_analysis(broker, rt, scan)

    def count(table):
        return ds.dataset(rt.settings.data_dir / "datasets" / table, partitioning="hive").to_table().num_rows

    before = {t: count(t) for t in ("requests", "trackers", "vendors", "privacy", "reports")}
    for stage in ("har_parse", "trackers", "vendors", "privacy", "score"):
        dramatiq.get_broker().get_actor(stage).send(encode(ReportTask(scan)))
    for queue in flow.FLOW:
        broker.join(queue, timeout=10_000, fail_fast=False)
    assert {t: count(t) for t in before} == before


class Enqueued(Middleware):
    """Records the queue of every message enqueued."""

    def __init__(self):
        self.queues: list[str] = []

    def after_enqueue(self, broker, message, delay):
        self.queues.append(message.queue_name)


ANALYSIS = flow.FLOW[1:]


def stage_runs() -> dict[str, float]:
    """How many times each analysis stage ran in this process, from the worker's Prometheus metric."""
    return {stage: REGISTRY.get_sample_value("consentscan_stage_duration_seconds_count", {"stage": stage}) or 0
            for stage in ANALYSIS}


def rows(rt, table: str, scan: Scan) -> int:
    return ds.dataset(rt.settings.data_dir / "datasets" / table, partitioning="hive").to_table(
        filter=ds.field("id" if table == "reports" else "report_id") == scan.report_id).num_rows


def test_a_worker_runs_the_analysis_stages_it_consumes_on_one_message(pipeline):
    broker, rt = pipeline
    enqueued, before = Enqueued(), stage_runs()
    broker.add_middleware(enqueued)
    scan = new_scan()
    stub_crawl(rt, scan, ["_ga", "sid"])
    assert run_analysis(broker, rt, scan)["status"] == "success"
    assert enqueued.queues == ["har_parse"]
    assert {stage: runs - before[stage] for stage, runs in stage_runs().items()} == dict.fromkeys(ANALYSIS, 1)
    trackers = get_json(rt.storage, report_key(scan.report_id, "report_aggregated_trackers.json"))
    assert rows(rt, "trackers", scan) == len(trackers) == 4 and rows(rt, "reports", scan) == 1


def test_a_fused_stage_that_fails_goes_to_its_own_queue_and_the_report_still_succeeds(pipeline, monkeypatch):
    broker, rt = pipeline
    enqueued = Enqueued()
    broker.add_middleware(enqueued)
    calls = []

    def storage_down_in_the_fused_run(task, rt):
        calls.append(task.scan.report_id)
        raise ServiceUnavailable("object store unavailable")

    monkeypatch.setitem(registry.REGISTRY.handlers, "vendors", storage_down_in_the_fused_run)  # the fused run
    scan = new_scan()
    stub_crawl(rt, scan, ["_ga"])
    report = run_analysis(broker, rt, scan)
    assert report["status"] == "success" and report["errors"] == []
    assert enqueued.queues == ["har_parse", "vendors"] and calls == [scan.report_id]
    assert rows(rt, "vendors", scan) == report["vendors_count"] == 1 and rows(rt, "reports", scan) == 1


def test_stages_a_worker_does_not_consume_are_sent_to_their_queue(tmp_path):
    # Scaling one stage alone: this worker leaves vendors (and what follows) to other workers.
    settings = Settings(data_dir=tmp_path)
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    scan = new_scan()
    stub_crawl(rt, scan, ["_ga"])
    first = Worker(broker, queues={"har_parse", "trackers"}, worker_threads=1, worker_timeout=50)
    first.start()
    try:
        flow.advance("crawl", scan)
        broker.join("har_parse", timeout=10_000)
        broker.join("trackers", timeout=10_000)
    finally:
        first.stop()
    assert broker.queues["vendors"].qsize() == 1
    assert rt.controlplane.get_report(scan.report_id)["status"] in ("queued", "pending")  # not finished
    rest = Worker(broker, queues={"vendors", "privacy", "score"}, worker_threads=1, worker_timeout=50)
    rest.start()
    try:
        for queue in ("vendors", "privacy", "score"):
            broker.join(queue, timeout=10_000)
    finally:
        rest.stop()
    assert rt.controlplane.get_report(scan.report_id)["status"] == "success"


def test_without_fusion_every_stage_goes_through_its_queue(tmp_path):
    settings = Settings(data_dir=tmp_path, fuse_stages=False)
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    enqueued = Enqueued()
    broker.add_middleware(enqueued)
    worker = Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        scan = new_scan()
        stub_crawl(rt, scan, ["_ga"])
        assert run_analysis(broker, rt, scan)["status"] == "success"
    finally:
        worker.stop()
    assert enqueued.queues == list(ANALYSIS)


def test_poison_messages_are_dead_lettered_without_retries(pipeline):
    broker, rt = pipeline
    actor = dramatiq.get_broker().get_actor("trackers")
    actor.send({"version": 99, "kind": "report"})
    actor.send("garbage")
    broker.join("trackers", timeout=10_000, fail_fast=False)
    assert len(broker.dead_letters_by_queue["trackers"]) == 2
    assert all(m.options.get("retries", 0) <= 1 for m in broker.dead_letters_by_queue["trackers"])


def test_a_stage_that_keeps_failing_ends_the_report_failed_not_pending(pipeline):
    broker, rt = pipeline
    scan = new_scan()
    stub_crawl(rt, scan, ["_ga"])
    rt.controlplane.mark_pending(scan.report_id)
    dramatiq.get_broker().get_actor("trackers").send(encode(ReportTask(scan)))  # no requests table yet
    deadline = time.monotonic() + 30
    while rt.controlplane.get_report(scan.report_id)["status"] != "failed":
        assert time.monotonic() < deadline, rt.controlplane.get_report(scan.report_id)
        broker.join("trackers", timeout=10_000, fail_fast=False)
    report = get_json(rt.storage, report_key(scan.report_id, "reports.json"))
    assert report["status"] == "failed"
    assert {e["error_type"] for e in report["errors"]} == {"general_error"}
    assert "trackers" in report["errors"][0]["error_description"]


def test_the_reaper_fails_reports_stuck_past_their_deadline(tmp_path):
    from pipeline.control.reports import ControlPlane
    from pipeline.control.schema import reports
    from tests.conftest import run_cli

    control = ControlPlane(f"sqlite:///{tmp_path / 'consentscan.db'}")
    stuck, fresh = new_scan(), new_scan()
    for scan in (stuck, fresh):
        control.create_report(scan)
        control.mark_pending(scan.report_id)
    with control.engine.begin() as conn:  # no progress for two hours
        conn.execute(reports.update().where(reports.c.id == stuck.report_id)
                     .values(updated_at="2000-01-01T00:00:00.000Z"))
    result = run_cli("reap", "--older-than", "60", env={"CONSENTSCAN_DATA_DIR": str(tmp_path)}, timeout=60)
    assert result.returncode == 0 and result.stdout.split() == [stuck.report_id]
    assert control.get_report(stuck.report_id)["status"] == "failed"
    assert control.get_report(fresh.report_id)["status"] == "pending"
    report = json.loads((tmp_path / "reports" / stuck.report_id / "reports.json").read_text())
    assert report["status"] == "failed" and "reaper" in report["errors"][0]["error_description"]


def test_submit_to_an_unreachable_broker_says_so_and_leaves_no_report_queued(tmp_path):
    import socket

    from pipeline.control.reports import ControlPlane
    from tests.conftest import run_cli

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    batch = tmp_path / "batch.txt"
    batch.write_text("https://www.shop.example/\nhttps://www.other.example/\n")
    env = {"CONSENTSCAN_DATA_DIR": str(tmp_path), "CONSENTSCAN_BROKER_URL": f"amqp://guest:guest@127.0.0.1:{port}/"}
    result = run_cli("submit", "--from", str(batch), env=env, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("consentscan: error: RabbitMQ refused 6 message(s)")
    assert "Traceback" not in result.stderr
    assert ControlPlane(f"sqlite:///{tmp_path / 'consentscan.db'}").count_by_status() == {}


def same_shape(ours, theirs, where: str = "$") -> list[str]:
    """Where ``ours`` departs from Concord's example: a missing field, or another JSON type (extra fields are
    allowed). Arrays are compared item by item against the example's first item."""
    if isinstance(theirs, dict):
        if not isinstance(ours, dict):
            return [f"{where}: an object in Concord's example, {type(ours).__name__} here"]
        missing = [f"{where}.{key}: missing" for key in theirs if key not in ours]
        return missing + [problem for key in theirs if key in ours
                          for problem in same_shape(ours[key], theirs[key], f"{where}.{key}")]
    if isinstance(theirs, list):
        if not isinstance(ours, list):
            return [f"{where}: an array in Concord's example, {type(ours).__name__} here"]
        return [p for i, item in enumerate(ours) for p in same_shape(item, theirs[0], f"{where}[{i}]")]
    json_type = {bool: "boolean", int: "number", float: "number", str: "string", type(None): "null"}
    if json_type[type(ours)] != json_type[type(theirs)]:
        return [f"{where}: {json_type[type(theirs)]} in Concord's example, {json_type[type(ours)]} here"]
    return []


def test_scan_history_has_concords_envelope_field_by_field(pipeline):
    from pipeline.control.properties import property_from_api
    from pipeline.services.history import history_document

    example = json.loads((Path(__file__).parent / "data" / "concord_tracker_scan_history.json").read_text())["example"]
    broker, rt = pipeline
    prop = property_from_api({"url": "https://www.shop.example/", "id": "history-shop", "scheduledScanEnabled": True,
                              "scanPeriod": "weekly", "scheduledHour": 6, "scheduledDayOfWeek": 1}, ORGANIZATION)
    first = new_scan(created_at="2026-11-20T10:00:00.000Z", property_id=prop.id)
    stub_crawl(rt, first, ["_ga", "old_cookie"])
    run_analysis(broker, rt, first)
    second = new_scan(created_at="2026-11-21T10:00:00.000Z", property_id=prop.id)
    stub_crawl(rt, second, ["_ga", "_ga_NEW123XYZ", "mystery"])
    run_analysis(broker, rt, second)
    document = history_document(rt.controlplane, prop, offset=0, limit=10, order="desc")

    assert same_shape(document, example) == []
    assert list(document)[:4] == list(example) and list(document["items"][0])[:8] == list(example["items"][0])
    assert (document["offset"], document["count"], document["total"]) == (0, 2, 2)
    item = document["items"][0]
    assert (item["organizationId"], item["projectId"], item["scheduledScanEnabled"], item["scanPeriod"],
            item["scheduledHour"], item["scheduledDayOfWeek"]) == (ORGANIZATION, "history-shop", True, "weekly", 6, 1)
    latest = item["scanHistory"][0]
    assert list(latest)[:6] == list(example["items"][0]["scanHistory"][0])
    assert latest["date"] == 1795255200000  # 2026-11-21T10:00:00Z in milliseconds since the epoch
    assert latest["taskArn"] == second.report_id and latest["status"] == "success" and latest["scanType"] == "manual"
    # _ga, _ga_* (new), mystery (new), and from the HAR: the fr cookie and the Meta pixel
    assert latest["results"]["total"] == 5 and latest["results"]["new"] == 2
    categories = latest["results"]["categories"]
    assert list(categories) == list(example["items"][0]["scanHistory"][0]["results"]["categories"])
    assert (categories["analytics"], categories["marketing"], categories["unclassified"]) == (2, 2, 1)
    assert latest["results"]["global"] == 5 and latest["results"]["project"] == 0
    assert latest["domainsCount"] == 1  # facebook.com

    ascending = history_document(rt.controlplane, prop, offset=1, limit=1, order="asc")
    assert [e["taskArn"] for e in ascending["items"][0]["scanHistory"]] == [second.report_id]
    assert (ascending["offset"], ascending["count"], ascending["total"]) == (1, 1, 2)
    # Concord's query filters select the item: one that does not match leaves an empty envelope.
    for filters in ({"item_id": "another"}, {"organization_id": "another"}, {"schedule": {"scanPeriod": "daily"}}):
        empty = history_document(rt.controlplane, prop, **filters)
        assert (empty["items"], empty["count"], empty["total"]) == ([], 0, 0), filters
    assert history_document(rt.controlplane, prop, item_id="history-shop", organization_id=ORGANIZATION,
                            schedule={"scheduledHour": 6})["total"] == 2
