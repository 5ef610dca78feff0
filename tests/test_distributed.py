"""A scan through the real RabbitMQ server and a real S3 server, with ``consentscan worker`` in a
subprocess: the same objects land in the bucket as on local disk."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid

import pika
import pytest

from pipeline.demo.server import DEMO_URL
from pipeline.reports import REPORT_FILES
from tests.conftest import ROOT, run_cli
from tests.s3server import S3Server

pytestmark = pytest.mark.integration
BROKER_URL = os.environ.get("CONSENTSCAN_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/")


@pytest.fixture(scope="module")
def s3():
    server = S3Server().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def rabbitmq():
    try:
        pika.BlockingConnection(pika.URLParameters(BROKER_URL)).close()
    except Exception as exc:  # fail loudly: CI must start RabbitMQ (.ci/run does)
        pytest.fail(f"RabbitMQ is not reachable at {BROKER_URL}: {exc}")
    return BROKER_URL


def _purge(url: str) -> None:
    connection = pika.BlockingConnection(pika.URLParameters(url))
    channel = connection.channel()
    for queue in ("crawl", "har_parse", "trackers", "vendors", "privacy", "score"):
        for name in (queue, f"{queue}.DQ", f"{queue}.XQ"):
            try:
                channel.queue_purge(name)
            except Exception:
                channel = connection.channel()
    connection.close()


def test_scan_through_rabbitmq_lands_in_the_bucket(s3, rabbitmq, demo_site, tmp_path):
    bucket = f"t{uuid.uuid4().hex[:12]}"
    env = {**s3.env(bucket), "CONSENTSCAN_BROKER_URL": rabbitmq, "CONSENTSCAN_DATA_DIR": str(tmp_path),
           "CONSENTSCAN_ALLOW_PRIVATE_NETWORKS": "true"}
    _purge(rabbitmq)
    worker = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "worker", "--processes", "1", "--threads", "1"],
                              cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                              stderr=open(tmp_path / "worker.log", "wb"), start_new_session=True)
    try:
        submitted = run_cli("submit", DEMO_URL, "--pages", "2", "--property-id", "shop", "--organization-id", "acme",
                            "--host-resolver-rules", demo_site.host_rules, "--ignore-https-errors", env=env)
        assert submitted.returncode == 0, submitted.stderr[-2000:]
        report_id = submitted.stdout.strip()
        from minio import Minio

        client = Minio(s3.endpoint, access_key=env["CONSENTSCAN_S3_ACCESS_KEY"],
                       secret_key=env["CONSENTSCAN_S3_SECRET_KEY"], secure=False, region="us-east-1")
        deadline = time.monotonic() + 240
        report = None
        while time.monotonic() < deadline and report is None:
            try:
                report = json.loads(client.get_object(bucket, f"reports/{report_id}/reports.json").read())
            except Exception:
                time.sleep(1)
        assert report is not None, (tmp_path / "worker.log").read_text()[-4000:]
        assert report["status"] == "success" and report["organization_id"] == "acme"
        keys = {o.object_name for o in client.list_objects(bucket, recursive=True)}
        for name in REPORT_FILES:
            assert f"reports/{report_id}/{name}" in keys
        for scenario in ("no_user_choice", "consent_to_all", "refuse_to_all"):
            assert f"reports/{report_id}/{scenario}/proof_of_scan.har" in keys
            assert f"reports/{report_id}/{scenario}/proof_of_scan.gif" in keys
        date = report["created_at"][:10]
        for table in ("reports", "trackers", "vendors", "privacy", "requests"):
            assert f"datasets/{table}/organization_id=acme/date={date}/{report_id}.parquet" in keys
        trackers = json.loads(client.get_object(bucket, f"reports/{report_id}/report_aggregated_trackers.json").read())
        assert any(t["name"] == "_ga" and t["cmp"]["scenario_step"]["id"] == ["consent_to_all"] for t in trackers)
        shown = run_cli("report", "show", report_id, "--json", env=env)
        assert json.loads(shown.stdout)["id"] == report_id
        logs = [json.loads(line) for line in (tmp_path / "worker.log").read_text().splitlines()
                if line.startswith("{")]
        crawled = [line for line in logs if line.get("event") == "scenario crawled"]
        assert crawled and all(line["report_id"] == report_id and line["stage"] == "crawl" and line["scenario"]
                               for line in crawled)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
