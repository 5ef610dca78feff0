"""The HTTP API through real HTTP: a ``consentscan api`` subprocess, real RabbitMQ for the scans it enqueues."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.conftest import ROOT, run_cli

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from tests.test_distributed import _purge

    data = tmp_path_factory.mktemp("api")
    env = {**os.environ, "CONSENTSCAN_DATA_DIR": str(data), "CONSENTSCAN_COLLECTOR_RATE": "5",
           "CONSENTSCAN_API_KEY_RATE": "1000", "CONSENTSCAN_API_KEY_BURST": "1000"}  # the fuzz sends hundreds
    with _serve(data, env, ("acme", "globex")) as served:
        yield served
    _purge()


@contextlib.contextmanager
def _serve(data, env: dict[str, str], organizations: tuple[str, ...]):
    """``consentscan api`` in a subprocess on a free port, with an API key per organization: (base, keys)."""
    keys = {org: run_cli("apikey", "create", "--organization", org, env=env, timeout=60).stdout.strip()
            for org in organizations}
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "api", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=open(data / "api.log", "wb"))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/openapi.json")
            break
        except OSError:
            time.sleep(0.3)
    _DATA_DIRS[base] = data
    _PROCESSES[base] = process
    try:
        yield base, keys
    finally:
        process.terminate()
        process.wait(15)


_DATA_DIRS: dict = {}
_PROCESSES: dict = {}


def api_data_dir(api):
    return _DATA_DIRS[api[0]]


def call(api, method: str, path: str, key: str | None = None, body=None, raw: bytes | None = None,
         headers_out: dict | None = None):
    base, _ = api
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    headers = {"content-type": "application/json", **({"x-api-key": key} if key else {})}
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            data = response.read()
            return response.status, json.loads(data) if data else None
    except urllib.error.HTTPError as error:
        if headers_out is not None:
            headers_out.update(error.headers.items())
        return error.code, json.loads(error.read())


def test_keys_are_required_and_errors_have_the_documented_shape(api):
    status, body = call(api, "GET", "/reports/compliances/reports?organization_id=acme")
    assert status == 403 and body == {"statusCode": 403, "error": "Forbidden",
                                      "message": "a valid x-api-key header is required"}
    assert call(api, "GET", "/reports/compliances/reports?organization_id=acme", "cs_wrong")[0] == 403


def test_properties_reports_and_history_for_one_organization(api):
    _, keys = api
    acme, globex = keys["acme"], keys["globex"]
    status, prop = call(api, "POST", "/properties", acme, {
        "url": "https://www.shop.example.org/", "id": "shop", "scheduledScanEnabled": True, "scanPeriod": "weekly",
        "scheduledHour": 6, "scheduledDayOfWeek": 1})
    assert status == 201 and prop["organization_id"] == "acme" and prop["scanPeriod"] == "weekly"
    status, body = call(api, "POST", "/properties", acme, {"url": "https://x.example.org/", "scheduledHour": 25})
    assert status == 422 and "scheduledHour" in body["message"]
    status, body = call(api, "POST", "/properties", acme, {"url": "http://169.254.169.254/"})
    assert status == 422 and "non-public" in body["message"]
    status, body = call(api, "POST", "/properties", acme, {"url": "https://x.example.org/", "color": "red"})
    assert status == 422 and "color" in body["message"]
    assert call(api, "PATCH", "/properties/shop", acme, {"scanPeriod": "daily"})[1]["scanPeriod"] == "daily"

    status, report = call(api, "POST", "/reports/compliances/reports", acme,
                          {"organization_id": "acme", "property_id": "shop"})
    assert status == 201 and report["status"] == "queued" and report["property_id"] == "shop"
    listed = call(api, "GET", "/reports/compliances/reports?organization_id=acme&status=queued&$limit=10", acme)[1]
    assert listed["total"] == 1 and listed["data"][0]["id"] == report["id"]
    since = report["created_at"][:10]
    assert call(api, "GET", f"/reports/compliances/reports?organization_id=acme&created_at[$gte]={since}",
                acme)[1]["total"] == 1
    assert call(api, "GET", "/reports/compliances/reports?organization_id=acme&created_at[$lte]=2000-01-01",
                acme)[1]["total"] == 0
    one = call(api, "GET", f"/reports/compliances/reports/{report['id']}?organization_id=acme&$with[]=outputs", acme)
    assert one[0] == 200 and one[1]["outputs"] == {}  # nothing crawled yet: no files to link

    history = call(api, "GET", "/organizations/acme/projects/shop/tracker-scan-history?limit=5", acme)[1]
    item = history["items"][0]
    assert (history["offset"], history["count"], history["total"]) == (0, 1, 1)
    assert (item["organizationId"], item["projectId"], item["scanPeriod"]) == ("acme", "shop", "daily")
    entry = item["scanHistory"][0]
    assert entry["status"] == "running" and entry["taskArn"] == report["id"] and isinstance(entry["date"], int)
    # the same document as the CLI prints
    cli = run_cli("history", "shop", "--organization", "acme", "--limit", "5", "--json", timeout=60,
                  env={"CONSENTSCAN_DATA_DIR": str(api_data_dir(api))})
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout) == history
    for query, found in (("id=shop&organizationId=acme", 1), ("id=other", 0), ("organizationId=globex", 0)):
        filtered = call(api, "GET", f"/organizations/acme/projects/shop/tracker-scan-history?{query}", acme)[1]
        assert (len(filtered["items"]), filtered["total"]) == (found, found), query
    assert call(api, "GET", "/organizations/acme/projects/shop/tracker-scan-history?limit=5000", acme)[0] == 422
    for path in ("/properties?organization_id=acme&$skip=" + "9" * 40,  # found by the fuzz: a 500 before
                 "/reports/compliances/reports?organization_id=acme&$skip=" + "9" * 40,
                 "/organizations/acme/projects/shop/tracker-scan-history?offset=" + "9" * 40):
        status, body = call(api, "GET", path, acme)
        assert status == 422 and "offset" in body["message"], path
    matching = call(api, "GET", "/organizations/acme/projects/shop/tracker-scan-history?scanPeriod=daily"
                    "&scheduledScanEnabled=true&scheduledHour=6", acme)[1]
    assert matching["total"] == 1
    other = call(api, "GET", "/organizations/acme/projects/shop/tracker-scan-history?scanPeriod=monthly", acme)[1]
    assert other["total"] == 0 and other["items"] == []
    assert call(api, "GET", "/organizations/acme/projects/shop/tracker-scan-history?scheduledHour=24", acme)[0] == 422

    # Another organization's key sees none of it, and cannot tell whether it exists.
    for path in (f"/reports/compliances/reports/{report['id']}?organization_id=globex", "/properties/shop",
                 "/organizations/acme/projects/shop/tracker-scan-history",
                 "/reports/compliances/reports?organization_id=acme"):
        status, body = call(api, "GET", path, globex)
        assert status == 404 and body["error"] == "Not Found", path
    assert call(api, "POST", "/reports/compliances/reports", globex,
                {"organization_id": "globex", "property_id": "shop"})[0] == 404
    assert call(api, "GET", "/reports/compliances/reports/..%2F..%2Fetc?organization_id=acme", acme)[0] == 404
    assert call(api, "DELETE", "/properties/shop", globex)[0] == 404
    assert call(api, "DELETE", "/properties/shop", acme)[0] == 200


def test_a_scan_requested_while_rabbitmq_is_down_answers_503_and_leaves_no_report(tmp_path):
    env = {**os.environ, "CONSENTSCAN_DATA_DIR": str(tmp_path),
           "CONSENTSCAN_BROKER_URL": f"amqp://guest:guest@127.0.0.1:{_free_port()}/"}  # nothing listens there
    with _serve(tmp_path, env, ("acme",)) as served:
        key = served[1]["acme"]
        shop = {"url": "https://www.shop.example.org/", "id": "shop"}
        assert call(served, "POST", "/properties", key, shop)[0] == 201
        status, body = call(served, "POST", "/reports/compliances/reports", key,
                            {"organization_id": "acme", "property_id": "shop"})
        assert status == 503 and body["message"].startswith("RabbitMQ refused 3 message(s)")
        listed = call(served, "GET", "/reports/compliances/reports?organization_id=acme", key)[1]
        assert listed["total"] == 0


def test_bodies_are_size_limited_and_openapi_is_served(api):
    _, keys = api
    status, body = call(api, "POST", "/properties", keys["acme"], raw=b"{" + b" " * 70_000 + b"}")
    assert status == 413 and body["statusCode"] == 413
    base, _ = api
    with urllib.request.urlopen(base + "/openapi.json") as response:
        document = json.loads(response.read())
    assert {"/reports/compliances/reports", "/reports/compliances/reports/{report_id}", "/properties",
            "/organizations/{organization_id}/projects/{project_id}/tracker-scan-history"} <= set(document["paths"])


def test_api_keys_are_stored_hashed(api, tmp_path):
    import sqlalchemy as sa

    env = {"CONSENTSCAN_DATA_DIR": str(tmp_path)}
    key = run_cli("apikey", "create", "--organization", "initech", env=env, timeout=60).stdout.strip()
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'consentscan.db'}")
    with engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT key_hash, organization_id FROM api_keys")).all()
    assert key.startswith("cs_") and len(stored) == 1 and key not in stored[0][0] and stored[0][1] == "initech"


def test_reporting_api_collector(api):
    base, keys = api
    call(api, "POST", "/properties", keys["acme"], {"url": "https://news.example.org/", "id": "news"})

    def post(path: str, payload, media="application/reports+json"):
        request = urllib.request.Request(base + path, data=json.dumps(payload).encode(), method="POST",
                                         headers={"content-type": media})
        try:
            with urllib.request.urlopen(request) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    reports = [{"type": "csp-violation", "age": 3, "url": "https://news.example.org/a",
                "body": {"blockedURL": "https://evil.example.net/x.js", "effectiveDirective": "script-src"}},
               {"type": "deprecation", "url": "https://news.example.org/b", "body": {"id": "UnloadHandler"}}]
    assert post("/reporting/news", reports) == 204
    assert post("/reporting/news", [{"type": "made-up", "url": "https://news.example.org/"}]) == 422
    assert post("/reporting/news", {"not": "an array"}) == 422
    assert post("/reporting/news", reports, media="text/plain") == 415
    assert post("/reporting/nobody", reports) == 404
    # The test server allows 5 requests a minute per property; the 3 above (1 accepted, 2 invalid) count.
    statuses = [post("/reporting/news", reports) for _ in range(4)]
    assert statuses == [204, 204, 429, 429]
    import pyarrow.dataset as ds

    data = ds.dataset(api_data_dir(api) / "datasets" / "reporting_api", partitioning="hive").to_table().to_pylist()
    assert {r["type"] for r in data} == {"csp-violation", "deprecation"} and len(data) == 6
    assert {r["organization_id"] for r in data} == {"acme"} and {r["source"] for r in data} == {"collector"}
    assert {r["url"] for r in data if r["type"] == "csp-violation"} == {"https://evil.example.net/x.js"}


# -- property-based fuzz of the API from its own OpenAPI document (schemathesis) ------------------------
def test_no_request_the_schema_allows_makes_the_server_fail(api):
    """Whatever the OpenAPI document allows, sent with a valid key, never answers 5xx, and every JSON error
    keeps its shape. (Schemathesis's pytest plugin does not run under pytest 9 yet: its strategies are
    driven here directly, one Hypothesis run per operation.)"""
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_url(api[0] + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    failures, sent = [], []

    def run(operation) -> None:
        label = operation.label

        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def check(case):
            # The organization is the key's, so that the fuzz reaches the handlers behind the 404 of others.
            for part in (case.query, case.path_parameters, case.body):
                if isinstance(part, dict) and "organization_id" in part:
                    part["organization_id"] = "acme"
            response = case.call(headers={"x-api-key": api[1]["acme"]})
            sent.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{label}: {response.status_code} {response.text[:200]}")
            elif response.status_code >= 400 and "json" in response.headers.get("content-type", ""):
                body = response.json()
                if set(body) != {"statusCode", "error", "message"}:
                    failures.append(f"{label}: error body {body}")

        check()

    for operation in operations:
        run(operation)
    assert failures == []
    assert len(sent) >= 5 * len(operations) and any(code < 300 for code in sent)


# -- hostile bodies ---------------------------------------------------------------------------------------
def _rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))


def _api_pid(api) -> int:
    return _PROCESSES[api[0]].pid


def _chunked(total: int, chunk: int = 1 << 20):
    """A body of ``total`` bytes sent in chunks, made as it is sent (the client holds one chunk)."""
    block = b"[" + b" " * (chunk - 1)
    for _ in range(total // chunk):
        yield block


def _post_chunked(api, path: str, body, headers: dict[str, str]) -> tuple[int, dict]:
    import http.client

    port = int(api[0].rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", path, body=body, headers=headers, encode_chunked=True)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server answered and closed before the body ended: its answer is still to be read
    response = connection.getresponse()
    data = response.read()
    return response.status, json.loads(data) if data else {}


def test_chunked_bodies_are_capped_while_read_and_memory_stays_flat(api):
    _, keys = api
    call(api, "POST", "/properties", keys["acme"], {"url": "https://big.example.org/", "id": "big"})
    pid = _api_pid(api)
    before = _rss_mib(pid)
    targets = [("/reporting/big", {}), ("/reporting/acme/big", {}), ("/properties", {"x-api-key": keys["acme"]}),
               ("/reporting/big", {})]
    for path, extra in targets:  # 4 x 200 MiB, no Content-Length
        status, body = _post_chunked(api, path, _chunked(200 << 20),
                                     {"content-type": "application/reports+json", **extra})
        assert status == 413 and body["message"] == "request bodies are limited to 65536 bytes", path
    growth = _rss_mib(pid) - before
    print(f"API RSS {before:.0f} MiB before 4 chunked 200 MiB bodies, growth {growth:.1f} MiB")
    assert growth < 64
    # A chunked body under the cap is read whole and reaches the route.
    reports = json.dumps([{"type": "deprecation", "url": "https://big.example.org/", "body": {}}]).encode()
    status = _post_chunked(api, "/reporting/acme/big", iter([reports[:10], reports[10:]]),
                           {"content-type": "application/reports+json"})
    assert status[0] == 204


@pytest.mark.parametrize(("path", "raw"), [
    ("/reporting/acme/news2", b'[{"type": "deprecation", "url": "https://news.example.org/\\ud800", "body": {}}]'),
    ("/reporting/acme/news2", b'[{"type": "deprecation", "url": "https://news.example.org/\xff", "body": {}}]'),
    ("/reporting/acme/news2", b'[{"type": "deprecation", "url": '),
    ("/properties", b'{"url": "https://x.example.org/", "name": "\\udfff"}'),
    ("/properties", b'{"url": "https://x.example.org/", "pages": NaN}'),
    ("/properties", b'{"url": "https://x.example.org/\xc3"}'),
    ("/reports/compliances/reports", b'{"organization_id": "acme", "property_id": "\\ud83d"}'),
])
def test_invalid_utf8_or_json_answers_400(api, path, raw):
    _, keys = api
    call(api, "POST", "/properties", keys["acme"], {"url": "https://news.example.org/", "id": "news2"})
    status, body = call(api, "POST", path, keys["acme"], raw=raw)
    assert status == 400 and set(body) == {"statusCode", "error", "message"} and body["error"] == "Bad Request"


# -- properties belong to their organization ------------------------------------------------------------
def _collected(api, organization: str, property_id: str) -> list[str]:
    import pyarrow.dataset as ds

    root = api_data_dir(api) / "datasets" / "reporting_api" / f"organization_id={organization}"
    if not root.exists():
        return []
    rows = ds.dataset(root, partitioning="hive").to_table().to_pylist()
    return [r["page_url"] for r in rows if r["property_id"] == property_id]


def test_another_organization_cannot_take_over_or_disable_a_property_id(api):
    _, keys = api
    acme, globex = keys["acme"], keys["globex"]
    assert call(api, "POST", "/properties", acme, {"url": "https://blog.acme.example/", "id": "blog"})[0] == 201
    # globex makes a property with the same id: its own, beside acme's.
    status, theirs = call(api, "POST", "/properties", globex, {"url": "https://blog.globex.example/", "id": "blog"})
    assert status == 201 and theirs["organization_id"] == "globex"
    assert call(api, "POST", "/properties", globex, {"url": "https://x.globex.example/", "id": "blog"})[0] == 422
    assert call(api, "GET", "/properties/blog", acme)[1]["url"] == "https://blog.acme.example/"
    assert call(api, "GET", "/properties/blog", globex)[1]["url"] == "https://blog.globex.example/"

    def report(path: str, page: str) -> int:
        payload = [{"type": "deprecation", "url": page, "body": {}}]
        return call(api, "POST", path, raw=json.dumps(payload).encode())[0]

    # The unqualified path stays acme's (it made "blog" first); each organization has its qualified path.
    assert report("/reporting/blog", "https://blog.acme.example/1") == 204
    assert report("/reporting/acme/blog", "https://blog.acme.example/2") == 204
    assert report("/reporting/globex/blog", "https://blog.globex.example/1") == 204
    assert report("/reporting/globex/news", "https://blog.globex.example/2") == 404  # acme's id, not globex's
    assert report("/reporting/nobody/blog", "https://blog.globex.example/3") == 404
    assert sorted(_collected(api, "acme", "blog")) == ["https://blog.acme.example/1", "https://blog.acme.example/2"]
    assert _collected(api, "globex", "blog") == ["https://blog.globex.example/1"]

    # globex deleting its property leaves acme's alone; acme deleting its own does not hand the path to globex.
    assert call(api, "DELETE", "/properties/blog", globex)[0] == 200
    assert call(api, "GET", "/properties/blog", acme)[0] == 200
    assert report("/reporting/blog", "https://blog.acme.example/3") == 204
    assert call(api, "POST", "/properties", globex, {"url": "https://blog.globex.example/", "id": "blog"})[0] == 201
    assert call(api, "DELETE", "/properties/blog", acme)[0] == 200
    assert report("/reporting/blog", "https://blog.acme.example/4") == 404
    assert report("/reporting/globex/blog", "https://blog.globex.example/4") == 204
    assert len(_collected(api, "acme", "blog")) == 3 and len(_collected(api, "globex", "blog")) == 2


def test_properties_created_before_collector_paths_keep_their_unqualified_path(tmp_path):
    """A database from before: properties but no claims. An id only one organization holds stays that
    organization's, also when another organization creates the same id later; an id several hold is nobody's."""
    import sqlalchemy as sa

    from pipeline.control.properties import Properties
    from pipeline.control.reports import ControlPlane
    from pipeline.control.schema import collector_paths, properties

    controlplane = ControlPlane(f"sqlite:///{tmp_path / 'cp.db'}")
    props = Properties(controlplane)
    rows = [{"organization_id": org, "id": pid, "name": pid, "url": "https://x.example.org/", "options": "{}",
             "schedule": "{}", "scheduled": False, "created_at": "2026-01-01T00:00:00Z",
             "updated_at": "2026-01-01T00:00:00Z"} for org, pid in (("acme", "old"), ("acme", "both"),
                                                                      ("globex", "both"))]
    with controlplane.engine.begin() as conn:
        conn.execute(properties.insert(), rows)
    from pipeline.control.properties import Property

    props.add([Property("globex", "old", "old", "https://old.globex.example/"),
               Property("initech", "both", "both", "https://both.initech.example/"),
               Property("initech", "fresh", "fresh", "https://fresh.initech.example/")])
    with controlplane.engine.connect() as conn:
        claims = dict(conn.execute(sa.select(collector_paths.c.property_id, collector_paths.c.organization_id)).all())
    assert claims == {"old": "acme", "fresh": "initech"}
    assert props.collector_owner("both") is None
    assert props.collector_owner("fresh").organization_id == "initech"


# -- fairness: a token bucket per key, a throttle per address on wrong keys ---------------------------------
def test_each_key_has_its_rate_and_wrong_keys_are_throttled_per_address(tmp_path):
    env = {**os.environ, "CONSENTSCAN_DATA_DIR": str(tmp_path), "CONSENTSCAN_API_KEY_RATE": "1",
           "CONSENTSCAN_API_KEY_BURST": "3", "CONSENTSCAN_API_FAILED_KEY_RATE": "0.1",
           "CONSENTSCAN_API_FAILED_KEY_BURST": "3"}
    with _serve(tmp_path, env, ("acme", "globex")) as served:
        acme, globex = served[1]["acme"], served[1]["globex"]
        assert call(served, "POST", "/properties", acme, {"url": "https://news.example.org/", "id": "news"})[0] == 201
        listing = "/properties?organization_id={}"
        assert [call(served, "GET", listing.format("acme"), acme)[0] for _ in range(2)] == [200, 200]
        headers: dict = {}
        status, body = call(served, "GET", listing.format("acme"), acme, headers_out=headers)
        assert status == 429 and body["error"] == "Too Many Requests" and "this API key" in body["message"]
        assert headers["retry-after"] == "1"
        assert call(served, "GET", listing.format("globex"), globex)[0] == 200  # its own bucket
        time.sleep(1.1)
        assert call(served, "GET", listing.format("acme"), acme)[0] == 200

        # Wrong keys: 3 answered 403 (the burst), then 429 for the address until its bucket refills (10 s).
        statuses = [call(served, "GET", listing.format("acme"), f"cs_wrong{i}")[0] for i in range(3)]
        assert statuses == [403, 403, 403]
        headers = {}
        status, body = call(served, "GET", listing.format("acme"), "cs_wrong", headers_out=headers)
        assert status == 429 and "wrong API key" in body["message"] and 1 <= int(headers["retry-after"]) <= 10
        assert call(served, "GET", listing.format("acme"))[0] == 429  # no key at all: the same
        time.sleep(1.1)
        assert call(served, "GET", listing.format("globex"), globex)[0] == 200  # a known key still passes
        reports = json.dumps([{"type": "deprecation", "url": "https://news.example.org/", "body": {}}]).encode()
        assert call(served, "POST", "/reporting/acme/news", raw=reports)[0] == 204  # the collector is public
