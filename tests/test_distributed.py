"""Scans through the real RabbitMQ server and a real S3 server, with ``consentscan worker`` subprocesses:
the objects in the bucket, batches, and the faults operators meet (killed workers, broker restarts, S3
outages, poison messages)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid

import pika
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pytest
from dramatiq.brokers.rabbitmq import RabbitmqBroker

from pipeline.demo.server import DEMO_URL
from pipeline.engine.flow import FLOW
from pipeline.model.report import REPORT_FILES
from tests.conftest import ROOT, run_cli
from tests.s3server import S3Server

pytestmark = pytest.mark.integration
BROKER_URL = os.environ.get("CONSENTSCAN_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/")
SCENARIOS = ("no_user_choice", "consent_to_all", "refuse_to_all")


@pytest.fixture(scope="module")
def s3():
    server = S3Server().start()
    yield server
    server.stop()


def _broker_up() -> bool:
    try:
        pika.BlockingConnection(pika.URLParameters(BROKER_URL)).close()
        return True
    except Exception:
        return False


@pytest.fixture(scope="module")
def rabbitmq():
    if not _broker_up():  # fail loudly: CI must start RabbitMQ (.ci/run does)
        pytest.fail(f"RabbitMQ is not reachable at {BROKER_URL}")
    return BROKER_URL


class Cluster:
    """One test's bucket, database and workers."""

    def __init__(self, s3: S3Server, tmp_path, demo_site) -> None:
        self.s3 = s3
        self.tmp = tmp_path
        self.bucket = f"t{uuid.uuid4().hex[:12]}"
        self.metrics_port = _free_port()
        self.env = {**s3.env(self.bucket), "CONSENTSCAN_BROKER_URL": BROKER_URL,
                    "CONSENTSCAN_DATA_DIR": str(tmp_path), "CONSENTSCAN_ALLOW_PRIVATE_NETWORKS": "true",
                    "CONSENTSCAN_METRICS_PORT": str(self.metrics_port)}
        self.rules = demo_site.host_rules
        self.workers: list[subprocess.Popen] = []
        _purge()

    def worker(self, queues: str = "", env: dict[str, str] | None = None) -> subprocess.Popen:
        args = [sys.executable, "-m", "pipeline.cli", "worker", "--processes", "1", "--threads", "1"]
        if queues:
            args += ["--queues", queues]
        log = open(self.tmp / f"worker-{len(self.workers)}.log", "wb")
        process = subprocess.Popen(args, cwd=ROOT, env={**os.environ, **self.env, **(env or {})},
                                   stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        self.workers.append(process)
        return process

    def submit(self, *args: str, env: dict[str, str] | None = None, timeout: float = 600):
        return run_cli("submit", *args, "--host-resolver-rules", self.rules, "--ignore-https-errors",
                       env={**self.env, **(env or {})}, timeout=timeout)

    def status(self, report_id: str) -> str:
        from pipeline.control.reports import ControlPlane

        return ControlPlane(f"sqlite:///{self.tmp / 'consentscan.db'}").get_report(report_id)["status"]

    def get(self, key: str) -> bytes:
        from minio import Minio

        client = Minio(self.s3.endpoint, access_key=self.env["CONSENTSCAN_S3_ACCESS_KEY"],
                       secret_key=self.env["CONSENTSCAN_S3_SECRET_KEY"], secure=False, region="us-east-1")
        response = client.get_object(self.bucket, key)
        try:
            return response.read()
        finally:
            response.close()

    def keys(self) -> set[str]:
        from minio import Minio

        client = Minio(self.s3.endpoint, access_key=self.env["CONSENTSCAN_S3_ACCESS_KEY"],
                       secret_key=self.env["CONSENTSCAN_S3_SECRET_KEY"], secure=False, region="us-east-1")
        return {o.object_name for o in client.list_objects(self.bucket, recursive=True)}

    def dataset(self, table: str) -> list[dict]:
        fs = pafs.S3FileSystem(endpoint_override=self.s3.endpoint, scheme="http", region="us-east-1",
                               access_key=self.env["CONSENTSCAN_S3_ACCESS_KEY"],
                               secret_key=self.env["CONSENTSCAN_S3_SECRET_KEY"])
        return ds.dataset(f"{self.bucket}/datasets/{table}", filesystem=fs, partitioning="hive").to_table().to_pylist()

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-3000:] for p in sorted(self.tmp.glob("worker-*.log")))

    def stop(self) -> None:
        for process in self.workers:
            kill(process, signal.SIGTERM)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def kill(process: subprocess.Popen, sig: int) -> None:
    """Signal the worker's whole process group (dramatiq's main process and its worker processes)."""
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        return
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)


def _purge() -> None:
    connection = pika.BlockingConnection(pika.URLParameters(BROKER_URL))
    for queue in FLOW:
        for name in (queue, f"{queue}.DQ", f"{queue}.XQ"):
            channel = connection.channel()
            try:
                channel.queue_purge(name)
                channel.close()
            except pika.exceptions.ChannelClosedByBroker:
                pass
    connection.close()


@pytest.fixture
def cluster(s3, rabbitmq, demo_site, tmp_path):
    cluster = Cluster(s3, tmp_path, demo_site)
    yield cluster
    cluster.stop()


def wait_for(predicate, timeout: float, what: str, cluster: Cluster):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    pytest.fail(f"timed out waiting for {what}\n{cluster.logs()}")


def test_scan_through_rabbitmq_lands_in_the_bucket(cluster):
    cluster.worker()
    submitted = cluster.submit(DEMO_URL, "--pages", "2", "--property-id", "shop", "--organization-id", "acme",
                               "--wait", "240", "--json")
    assert submitted.returncode == 0, submitted.stderr[-2000:] + cluster.logs()
    report = json.loads(submitted.stdout)
    report_id = report["id"]
    assert report["status"] == "success" and report["organization_id"] == "acme"
    keys = cluster.keys()
    for name in REPORT_FILES:
        assert f"reports/{report_id}/{name}" in keys
    for scenario in SCENARIOS:
        assert f"reports/{report_id}/{scenario}/proof_of_scan.har" in keys
        assert f"reports/{report_id}/{scenario}/proof_of_scan.gif" in keys
    date = report["created_at"][:10]
    for table in ("reports", "trackers", "vendors", "privacy", "requests"):
        assert f"datasets/{table}/organization_id=acme/date={date}/{report_id}.parquet" in keys
    trackers = json.loads(cluster.get(f"reports/{report_id}/report_aggregated_trackers.json"))
    assert any(t["name"] == "_ga" and t["cmp"]["scenario_step"]["id"] == ["consent_to_all"] for t in trackers)
    # Links to the files are presigned and expire after 5 minutes.
    links = json.loads(run_cli("report", "show", report_id, "--links", "--json", env=cluster.env).stdout)
    assert set(links) >= {"reports.json", "consent_to_all/proof_of_scan.gif", "refuse_to_all/proof_of_scan.har"}
    assert "X-Amz-Expires=300" in links["reports.json"]
    with urllib.request.urlopen(links["reports.json"]) as response:
        assert json.loads(response.read())["id"] == report_id
    tampered = links["reports.json"].replace("reports.json", "report_privacy.json")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(tampered)
    # Worker logs are JSON lines carrying the report, property, stage and scenario.
    lines = [json.loads(line) for line in cluster.logs().splitlines() if line.startswith("{")]
    crawled = [line for line in lines if line.get("event") == "scenario crawled"]
    assert crawled and all(line["report_id"] == report_id and line["property_id"] == "shop"
                           and line["stage"] == "crawl" and line["scenario"] in SCENARIOS for line in crawled)
    assert any(line.get("event") == "message processed" and "duration_s" in line for line in lines)
    # The worker's Prometheus endpoint counts scenarios, reports and Dramatiq's messages. This worker serves
    # every analysis queue: the report took one analysis message, har_parse (Dramatiq counts it once it is
    # acknowledged, just after the report is written), and the four stages after it ran fused in its wake.
    def scrape() -> str | None:
        with urllib.request.urlopen(f"http://127.0.0.1:{cluster.metrics_port}/metrics") as response:
            text = response.read().decode()
        return text if 'dramatiq_messages_total{actor_name="har_parse",queue_name="har_parse"} 1.0' in text else None

    exposition = wait_for(scrape, 10, "the har_parse message counted", cluster)
    assert 'consentscan_scenarios_total{outcome="ok",scenario="consent_to_all"} 1.0' in exposition
    assert 'consentscan_reports_total{status="success"} 1.0' in exposition
    assert "consentscan_scenario_duration_seconds_bucket" in exposition
    assert 'dramatiq_messages_total{actor_name="score"' not in exposition
    for stage in ("har_parse", "trackers", "vendors", "privacy", "score"):
        assert f'consentscan_stage_duration_seconds_count{{stage="{stage}"}} 1.0' in exposition
    assert {line["stage"] for line in lines if line.get("event") == "stage processed" and line.get("fused")
            and line["report_id"] == report_id} == {"trackers", "vendors", "privacy", "score"}


def test_batch_with_progress_and_status(cluster, tmp_path):
    cluster.worker()
    batch = tmp_path / "batch.csv"
    batch.write_text("url,property_id,organization_id\n"
                     f"{DEMO_URL},shop,acme\n"
                     "http://nowhere.invalid/,ghost,acme\n"
                     "ftp://bad.example/,bad,acme\n")
    result = cluster.submit("--from", str(batch), "--pages", "1", "--wait", "300")
    assert result.returncode == 0, result.stderr[-3000:] + cluster.logs()
    lines = [line.split() for line in result.stdout.splitlines()]
    assert [(status, url) for _, status, url in lines] == [("success", DEMO_URL), ("failed", "http://nowhere.invalid/")]
    assert "skipped 'ftp://bad.example/'" in result.stderr
    assert "done 1  failed 1  remaining 0" in result.stderr
    status = json.loads(run_cli("status", "--json", env=cluster.env).stdout)
    assert status["reports"] == {"success": 1, "failed": 1}
    assert status["queues"]["crawl"]["consumers"] >= 1


def test_poison_messages_go_to_the_dead_letter_queue_and_show_in_status(cluster):
    cluster.worker(queues="trackers")
    broker = RabbitmqBroker(url=BROKER_URL)
    import dramatiq

    broker.enqueue(dramatiq.Message(queue_name="trackers", actor_name="trackers", args=({"version": 42},),
                                    kwargs={}, options={}))
    broker.enqueue(dramatiq.Message(queue_name="trackers", actor_name="trackers", args=("garbage",),
                                    kwargs={}, options={}))
    broker.close()
    wait_for(lambda: json.loads(run_cli("status", "--json", env=cluster.env).stdout)["queues"]["trackers"]["dead"] == 2,
             60, "two dead letters in trackers.XQ", cluster)


def test_a_crawl_worker_killed_mid_scan_loses_nothing(cluster):
    crawl = cluster.worker(queues="crawl")
    cluster.worker(queues="har_parse,trackers,vendors,privacy,score")
    submitted = cluster.submit(DEMO_URL, "--pages", "3", "--property-id", "shop")
    report_id = submitted.stdout.strip()
    wait_for(lambda: cluster.status(report_id) == "pending", 60, "the crawl to start", cluster)
    time.sleep(2)  # well inside the first scenario
    kill(crawl, signal.SIGKILL)
    assert cluster.status(report_id) == "pending"
    cluster.worker(queues="crawl")
    wait_for(lambda: cluster.status(report_id) in ("success", "partial", "failed"), 300, "the report", cluster)
    report = json.loads(cluster.get(f"reports/{report_id}/reports.json"))
    assert report["status"] == "success", report["errors"]
    trackers = json.loads(cluster.get(f"reports/{report_id}/report_aggregated_trackers.json"))
    assert {"_ga", "_fbp", "fr", "shop_session"} <= {t["name"] for t in trackers}
    rows = [r for r in cluster.dataset("trackers") if r["report_id"] == report_id]
    assert len(rows) == len(trackers) == len({r["id"] for r in rows})
    requests = [r for r in cluster.dataset("requests") if r["report_id"] == report_id]
    assert len(requests) == len({(r["scenario"], r["request_index"]) for r in requests})


def test_workers_reconnect_after_a_rabbitmq_restart(cluster, tmp_path):
    cluster.worker()
    batch = tmp_path / "batch.txt"
    batch.write_text(f"{DEMO_URL}\n{DEMO_URL}\n")
    submitted = cluster.submit("--from", str(batch), "--pages", "1")
    report_ids = submitted.stdout.split()
    subprocess.run(["rabbitmqctl", "stop_app"], check=True, capture_output=True, timeout=120)
    time.sleep(2)
    subprocess.run(["rabbitmqctl", "start_app"], check=True, capture_output=True, timeout=120)
    wait_for(_broker_up, 60, "RabbitMQ to answer again", cluster)
    wait_for(lambda: all(cluster.status(r) in ("success", "partial", "failed") for r in report_ids), 300,
             "the batch to complete", cluster)
    assert [cluster.status(r) for r in report_ids] == ["success", "success"]


def test_an_s3_outage_past_the_retry_budget_fails_the_report_instead_of_leaving_it_pending(cluster):
    cluster.worker(env={"CONSENTSCAN_MAX_RETRIES": "0"})
    cluster.s3.pause()
    try:
        submitted = cluster.submit(DEMO_URL, "--pages", "1", "--scenarios", "no_user_choice")
        report_id = submitted.stdout.strip()
        wait_for(lambda: cluster.status(report_id) == "failed", 180, "the report to fail", cluster)
    finally:
        cluster.s3.resume()
    shown = json.loads(run_cli("report", "show", report_id, "--json", env=cluster.env).stdout)
    assert shown["status"] == "failed"
    assert shown["errors"][0]["error_type"] == "general_error"


def test_a_short_s3_outage_is_absorbed_by_retries(cluster):
    cluster.worker()
    cluster.s3.pause()
    submitted = cluster.submit(DEMO_URL, "--pages", "1", "--scenarios", "no_user_choice")
    report_id = submitted.stdout.strip()
    time.sleep(6)
    cluster.s3.resume()
    wait_for(lambda: cluster.status(report_id) in ("success", "partial", "failed"), 240, "the report", cluster)
    assert cluster.status(report_id) == "success"


def test_the_api_end_to_end_with_workers_and_s3(cluster):
    """A report created over HTTP is scanned by the workers; its outputs are presigned S3 links."""
    cluster.worker()
    port = _free_port()
    key = run_cli("apikey", "create", "--organization", "acme", env=cluster.env, timeout=60).stdout.strip()
    api = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "api", "--port", str(port)], cwd=ROOT,
                           env={**os.environ, **cluster.env}, stdout=subprocess.DEVNULL,
                           stderr=open(cluster.tmp / "api.log", "wb"))
    base = f"http://127.0.0.1:{port}"

    def call(method, path, body=None):
        request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None,
                                         headers={"x-api-key": key, "content-type": "application/json"})
        with urllib.request.urlopen(request) as response:
            return response.status, response.read()

    try:
        wait_for(lambda: _answers(base + "/openapi.json"), 30, "the API to start", cluster)
        status, _ = call("POST", "/properties", {"url": DEMO_URL, "id": "shop", "pages": 2,
                                                 "host_resolver_rules": cluster.rules, "ignore_https_errors": True})
        assert status == 201
        status, body = call("POST", "/reports/compliances/reports", {"organization_id": "acme", "property_id": "shop"})
        report = json.loads(body)
        assert status == 201 and report["status"] == "queued"
        path = f"/reports/compliances/reports/{report['id']}?organization_id=acme"
        wait_for(lambda: json.loads(call("GET", path)[1])["status"] in ("success", "partial", "failed"), 240,
                 "the scan", cluster)
        done = json.loads(call("GET", path + "&$with[]=outputs")[1])
        assert done["status"] == "success" and done["trackers_count"] > 5
        outputs = done["outputs"]
        assert set(outputs) >= {"reports.json", "report_aggregated_trackers.json", "consent_to_all"}
        assert "X-Amz-Expires=300" in outputs["consent_to_all"]["proof_of_scan.gif"]
        with urllib.request.urlopen(outputs["reports.json"]) as response:
            assert json.loads(response.read())["id"] == report["id"]
        with urllib.request.urlopen(outputs["consent_to_all"]["proof_of_scan.gif"]) as response:
            assert response.read()[:6] == b"GIF89a"
        status, page = call("GET", f"/reports/{report['id']}")
        assert status == 200 and b"data:image/gif;base64," in page and report["id"].encode() in page
    finally:
        api.terminate()
        api.wait(15)


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url).close()
        return True
    except OSError:
        return False


def test_scheduled_scans_are_published_in_batches_and_survive_a_dropped_connection(rabbitmq, tmp_path):
    """The scheduler's path on the real RabbitMQ: 700 due scans in two batches (one transaction each), the
    broker's connection dropped between them; every crawl message arrives once, decodable."""
    from datetime import UTC, datetime

    import dramatiq

    from pipeline.control import runtime
    from pipeline.control.properties import Properties, property_from_api
    from pipeline.model.messages import CrawlTask, decode
    from pipeline.services.boot import setup_broker
    from pipeline.services.scheduler import enqueue_scheduled
    from pipeline.settings import Settings

    _purge()
    settings = Settings(data_dir=tmp_path, broker_url=BROKER_URL, schedule_window=0)
    broker = setup_broker(settings)
    try:
        rt = runtime.init(settings)
        props = Properties(rt.controlplane)
        many = [property_from_api({"url": f"https://www.site{i}.example.org/", "id": f"site{i}",
                                   "scheduledScanEnabled": True, "scanPeriod": "daily"}, "acme") for i in range(700)]
        props.add(many)
        due = datetime(2026, 11, 22, tzinfo=UTC)
        assert enqueue_scheduled(rt, [(p, due) for p in many[:500]]) == ["enqueued"] * 500
        broker.connection.close()  # as a broker restart would: the next batch must reconnect and publish
        assert enqueue_scheduled(rt, [(p, due) for p in many[500:]]) == ["enqueued"] * 200
        assert enqueue_scheduled(rt, [(many[0], due)]) == ["duplicate"]
        connection = pika.BlockingConnection(pika.URLParameters(BROKER_URL))
        channel = connection.channel()
        tasks = []
        while (frame := channel.basic_get("crawl", auto_ack=True))[0] is not None:
            message = dramatiq.Message.decode(frame[2])
            tasks.append(decode(message.args[0], CrawlTask))
        connection.close()
        assert len(tasks) == 2100
        assert {(t.scan.property_id, t.scenario) for t in tasks} == {
            (p.id, s) for p in many for s in SCENARIOS}
        assert all(t.scan.scan_type == "scheduled" for t in tasks)
    finally:
        broker.close()
        _purge()
