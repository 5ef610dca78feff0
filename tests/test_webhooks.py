"""Webhooks with a real local receiver (``http.server`` on loopback, allowed through
``CONSENTSCAN_ALLOWED_NETWORKS`` as the crawler tests do): signed events, retries with backoff, the dead
letter and the delivery log, through Dramatiq's StubBroker and the real analysis actors."""

from __future__ import annotations

import dataclasses
import http.server
import json
import os
import threading
import time
import types

import pytest
from dramatiq import Worker

from pipeline.control import runtime
from pipeline.control.properties import Properties, property_from_api
from pipeline.control.webhooks import Webhooks
from pipeline.errors import DeliveryFailed, TargetRefused
from pipeline.model.messages import Scan, ScanOptions
from pipeline.model.webhook_events import ReportView, event_id, regression
from pipeline.netguard import Guard, parse_networks
from pipeline.services.boot import setup_broker
from pipeline.services.webhooks.formats import verify
from pipeline.services.webhooks.service import new_webhook
from pipeline.services.webhooks.transport import checked_address, post
from pipeline.settings import Settings
from tests.conftest import run_cli
from tests.test_pipeline import run_analysis, stub_crawl

SECRET = "a-receiver-secret-of-32-characters"


class Receiver:
    """A webhook receiver on loopback. ``plan``: what to answer to each request in turn (a status, or
    ``"hang"`` to never answer within the sender's timeout); 200 once the plan is used up."""

    def __init__(self, plan: list[int | str] | None = None) -> None:
        self.plan = list(plan or [])
        self.requests: list[dict] = []
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.requests.append({"headers": {k.lower(): v for k, v in self.headers.items()},
                                          "body": body, "at": time.monotonic()})
                answer = receiver.plan.pop(0) if receiver.plan else 200
                if answer == "hang":
                    time.sleep(1.5)
                    return
                self.send_response(int(answer))
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/consentscan"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    made: list[Receiver] = []

    def make(plan=None) -> Receiver:
        made.append(Receiver(plan))
        return made[-1]

    yield make
    for one in made:
        one.close()


@pytest.fixture
def monitored(tmp_path):
    """The analysis actors and the webhooks queue on a StubBroker; loopback allowed; short backoff."""
    settings = Settings(data_dir=tmp_path, max_retries=1, allowed_networks="127.0.0.1/32", webhook_max_retries=2,
                        webhook_min_backoff=100, webhook_max_backoff=400, webhook_timeout=0.5,
                        public_url="https://scan.example.org")
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    Properties(rt.controlplane).add([property_from_api({"url": "https://www.shop.example/", "id": "shop",
                                                        "name": "The shop"}, "acme")])
    worker = Worker(broker, worker_threads=2, worker_timeout=50)
    worker.start()
    yield broker, rt
    worker.stop()


def scan_of_shop(day: int) -> Scan:
    scan = Scan.new("https://www.shop.example/", property_id="shop", organization_id="acme", options=ScanOptions())
    return dataclasses.replace(scan, created_at=f"2026-11-{day:02d}T10:00:00.000Z")


def finish(broker, rt, day: int, cookies: list[str]) -> dict:
    scan = scan_of_shop(day)
    stub_crawl(rt, scan, cookies)
    report = run_analysis(broker, rt, scan)
    broker.join("webhooks", timeout=20_000, fail_fast=False)
    return report


def test_a_regression_sends_one_signed_event_naming_the_new_tracker(monitored, receiver):
    broker, rt = monitored
    site = receiver()
    hook = new_webhook(rt, "acme", site.url, events=["property.regressed"], secret=SECRET, min_drop=5)
    first = finish(broker, rt, 20, ["_ga"])
    assert site.requests == []  # nothing to compare the first report with
    second = finish(broker, rt, 21, ["_ga", "mystery_tracker"])

    assert len(site.requests) == 1
    request = site.requests[0]
    sent = request["headers"]
    assert sent["x-consentscan-event"] == "property.regressed" and sent["content-type"] == "application/json"
    assert abs(int(sent["x-consentscan-timestamp"]) - time.time()) < 60
    assert verify(SECRET, sent["x-consentscan-timestamp"], request["body"], sent["x-consentscan-signature"])
    assert not verify("another secret of enough length", sent["x-consentscan-timestamp"], request["body"],
                      sent["x-consentscan-signature"])
    event = json.loads(request["body"])
    assert event["type"] == "property.regressed" and event["id"] == event_id(hook.id, event["type"], second["id"])
    assert sent["x-consentscan-event-id"] == event["id"]
    assert event["property"] == {"id": "shop", "name": "The shop", "url": "https://www.shop.example/"}
    assert event["report"]["id"] == second["id"] and event["previous_report"]["id"] == first["id"]
    assert [t["name"] for t in event["changes"]["new_trackers_before_consent"]] == ["mystery_tracker"]
    # an unclassified tracker before consent costs 5 points; the stub crawl sets no cookie after a click
    assert set(event["changes"]) == {"new_trackers_before_consent", "score"}
    assert event["changes"]["score"] == {"previous": first["score"], "current": second["score"], "drop": 5}
    assert "mystery_tracker" in event["summary"]
    assert event["links"]["report"] == f"https://scan.example.org/ui/reports/{second['id']}"
    log = Webhooks(rt.controlplane).deliveries(hook.id)
    assert [(r["status"], r["attempt"], r["http_status"]) for r in log] == [("delivered", 1, 200)]

    # The same report evaluated again (a redelivered message) sends nothing twice.
    from pipeline.services.webhooks.actors import VERSION, evaluate

    evaluate.send({"version": VERSION, "report_id": second["id"]})
    broker.join("webhooks", timeout=20_000)
    assert len(site.requests) == 1


def test_a_receiver_that_fails_twice_gets_the_event_on_the_third_try_with_the_same_id(monitored, receiver):
    broker, rt = monitored
    site = receiver([500, 503])
    hook = new_webhook(rt, "acme", site.url, events=["report.finished"], secret=SECRET)
    report = finish(broker, rt, 20, ["_ga"])

    assert len(site.requests) == 3
    ids = {json.loads(r["body"])["id"] for r in site.requests}
    assert ids == {event_id(hook.id, "report.finished", report["id"])}  # receivers deduplicate on it
    gaps = [b["at"] - a["at"] for a, b in zip(site.requests, site.requests[1:], strict=False)]
    assert all(gap >= 0.05 for gap in gaps)  # a backoff between attempts, not a burst
    log = list(reversed(Webhooks(rt.controlplane).deliveries(hook.id)))
    assert [(r["status"], r["attempt"], r["http_status"]) for r in log] == [
        ("failed", 1, 500), ("failed", 2, 503), ("delivered", 3, 200)]
    assert broker.dead_letters_by_queue["webhooks"] == []


def test_a_receiver_that_never_answers_ends_in_the_dead_letter_and_the_log(monitored, receiver):
    broker, rt = monitored
    site = receiver(["hang"] * 10)
    hook = new_webhook(rt, "acme", site.url, events=["report.finished"], secret=SECRET)
    finish(broker, rt, 20, ["_ga"])

    dead = broker.dead_letters_by_queue["webhooks"]
    assert len(dead) == 1 and dead[0].actor_name == "webhook_deliver"
    assert len(site.requests) == 3  # the first try and webhook_max_retries=2 retries
    log = list(reversed(Webhooks(rt.controlplane).deliveries(hook.id)))
    assert [r["status"] for r in log] == ["failed", "failed", "failed", "dead"]
    assert "timed out" in log[0]["error"] and "gave up after 3 attempts" in log[-1]["error"]
    printed = run_cli("webhook", "deliveries", hook.id, "--json", timeout=60,
                      env={"CONSENTSCAN_DATA_DIR": str(rt.settings.data_dir)})
    assert [r["status"] for r in json.loads(printed.stdout)] == ["dead", "failed", "failed", "failed"]


def test_failing_scans_send_property_failing_once_the_threshold_is_reached(monitored, receiver):
    from pipeline.engine.finalize import fail_report

    broker, rt = monitored
    site = receiver()
    new_webhook(rt, "acme", site.url, events=["property.failing"], secret=SECRET, failing_after=2)
    for day in (20, 21, 22):
        scan = scan_of_shop(day)
        rt.controlplane.create_report(scan)
        fail_report(rt, scan.report_id, "the site timed out")
        broker.join("webhooks", timeout=20_000, fail_fast=False)
    events = [json.loads(r["body"]) for r in site.requests]
    assert [(e["type"], e["changes"]) for e in events] == [("property.failing", {"failed_scans": 2})]


def test_chat_formats_carry_the_summary(monitored, receiver):
    broker, rt = monitored
    slack, teams = receiver(), receiver()
    new_webhook(rt, "acme", slack.url, events=["report.finished"], secret=SECRET, form="slack")
    new_webhook(rt, "acme", teams.url, events=["report.finished"], secret=SECRET, form="teams")
    finish(broker, rt, 20, ["_ga"])
    text = json.loads(slack.requests[0]["body"])["text"]
    card = json.loads(teams.requests[0]["body"])
    assert text.startswith("[consentscan] The shop: scan success") and "/ui/reports/" in text
    assert card["@type"] == "MessageCard" and card["summary"].startswith("The shop: scan success")
    assert card["potentialAction"][0]["targets"][0]["uri"].startswith("https://scan.example.org/")


def test_webhook_urls_pass_the_network_guard():
    refusing = types.SimpleNamespace(settings=Settings(), controlplane=None)
    for url in ("http://127.0.0.1:9000/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/x",
                "http://10.0.0.5/x"):
        with pytest.raises(TargetRefused):
            new_webhook(refusing, "acme", url)
    with pytest.raises(TargetRefused):  # a name that resolves to loopback, at delivery time
        checked_address("http://localhost:9/hook", Guard())
    with pytest.raises(DeliveryFailed):  # nothing listens there
        post("http://127.0.0.1:9/hook", b"{}", {}, Guard(allowed_networks=parse_networks("127.0.0.1/32")), timeout=1)


def test_regressions_cover_score_vendor_cmp_and_privacy():
    previous = ReportView(report={"id": "a", "score": 80, "cmp_name": "Didomi"},
                          vendors=[{"id": "google", "partner": {"name": "Google"}}],
                          privacy={"has_privacy_policy": True, "has_user_consent_choice": True})
    current = ReportView(report={"id": "b", "score": 72, "cmp_name": None},
                         vendors=[{"id": "google"}, {"id": "criteo", "partner": {"name": "Criteo"}}],
                         privacy={"has_privacy_policy": True, "has_user_consent_choice": False})
    changes = regression(current, previous, min_drop=5)
    assert changes == {"score": {"previous": 80, "current": 72, "drop": 8},
                       "new_vendors": [{"id": "criteo", "name": "Criteo"}],
                       "cmp_disappeared": {"previous": "Didomi"},
                       "privacy_turned_false": ["has_user_consent_choice"]}
    assert "score" not in regression(current, previous, min_drop=10)
    assert regression(previous, previous, min_drop=1) == {}


def test_webhooks_through_the_api_and_the_cli(tmp_path, receiver):
    from tests.test_api import _serve, call

    site = receiver()
    env = {**os.environ, "CONSENTSCAN_DATA_DIR": str(tmp_path), "CONSENTSCAN_ALLOWED_NETWORKS": "127.0.0.1/32"}
    with _serve(tmp_path, env, ("acme", "globex")) as api:
        _, keys = api
        status, hook = call(api, "POST", "/webhooks", keys["acme"], {"url": site.url, "secret": SECRET,
                                                                     "events": ["property.regressed"]})
        assert status == 201 and hook["secret"] == SECRET and hook["organization_id"] == "acme"
        assert call(api, "POST", "/webhooks", keys["acme"], {"url": "http://169.254.169.254/"})[0] == 422
        assert call(api, "POST", "/webhooks", keys["acme"], {"url": site.url, "events": ["made.up"]})[0] == 422
        listed = call(api, "GET", "/webhooks", keys["acme"])[1]["data"]
        assert [h["id"] for h in listed] == [hook["id"]] and "secret" not in listed[0]
        tested = call(api, "POST", f"/webhooks/{hook['id']}/test", keys["acme"])[1]
        assert tested["status"] == "delivered" and site.requests[-1]["headers"]["x-consentscan-event"] == "webhook.test"
        assert call(api, "GET", f"/webhooks/{hook['id']}/deliveries", keys["acme"])[1]["data"][0]["status"] == \
            "delivered"
        for method, path in (("GET", f"/webhooks/{hook['id']}"), ("DELETE", f"/webhooks/{hook['id']}"),
                             ("POST", f"/webhooks/{hook['id']}/test"), ("GET", f"/webhooks/{hook['id']}/deliveries")):
            assert call(api, method, path, keys["globex"])[0] == 404, path
        assert call(api, "GET", "/webhooks", keys["globex"])[1]["data"] == []
        cli_env = {"CONSENTSCAN_DATA_DIR": str(tmp_path), "CONSENTSCAN_ALLOWED_NETWORKS": "127.0.0.1/32"}
        added = run_cli("webhook", "add", "--organization", "acme", site.url, "--format", "slack", "--min-drop", "10",
                        "--json", env=cli_env, timeout=60)
        assert added.returncode == 0, added.stderr
        made = json.loads(added.stdout)
        assert made["format"] == "slack" and made["secret"].startswith("whsec_")
        assert run_cli("webhook", "test", made["id"], env=cli_env, timeout=60).stdout.strip() == "delivered (200)"
        assert len(json.loads(run_cli("webhook", "list", "--organization", "acme", "--json", env=cli_env,
                                      timeout=60).stdout)) == 2
        assert run_cli("webhook", "remove", made["id"], "--organization", "globex", env=cli_env,
                       timeout=60).returncode == 2
        assert call(api, "DELETE", f"/webhooks/{hook['id']}", keys["acme"])[0] == 200
        assert call(api, "GET", f"/webhooks/{hook['id']}", keys["acme"])[0] == 404
    refused = run_cli("webhook", "add", "--organization", "acme", "http://127.0.0.1:1/x",
                      env={"CONSENTSCAN_DATA_DIR": str(tmp_path)}, timeout=60)
    assert refused.returncode == 2 and "non-public" in refused.stderr


def test_no_regression_against_a_previous_report_whose_files_are_gone(monitored, receiver):
    broker, rt = monitored
    site = receiver()
    new_webhook(rt, "acme", site.url, events=["property.regressed"], secret=SECRET)
    earlier = scan_of_shop(19)
    rt.controlplane.create_report(earlier)
    rt.controlplane.finish_report(earlier.report_id, "success", score=100, trackers_count=0, vendors_count=0)
    finish(broker, rt, 20, ["_ga", "mystery_tracker"])
    assert site.requests == []  # nothing to compare with, rather than every tracker "new"
